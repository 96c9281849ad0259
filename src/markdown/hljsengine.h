#pragma once

#include "codetheme.h"
#include "hljslinecache.h"

#include <QHash>
#include <QJSValue>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class QJSEngine;

namespace coro {

/**
 * @brief highlight.js in a QJSEngine, owned by one worker thread and shared by every
 * HljsHighlighter in the process (QJSEngine is not thread-safe; one thread owns it).
 *
 * Jobs queue in the thread's event loop. A job whose key has a newer job waiting is skipped.
 * Code is highlighted line by line with highlight.js's continuation state, and complete lines
 * are cached by (language, state, text) in HljsLineCache, so a streaming block costs only its
 * new lines.
 */
class HljsEngine : public QObject
{
    Q_OBJECT
public:
    /// Debian's libjs-highlight.js; CORO_HIGHLIGHTJS overrides the path.
    static QString scriptPath();
    /// The process's engine, started on first use.
    static std::shared_ptr<HljsEngine> shared();

    ~HljsEngine() override;

    /// Thread-safe: queues a job; finished(id, html) follows on success.
    void submit(quint64 id, quintptr key, const QString &code, const QString &language,
                CodeThemeVariant theme);
    /// Thread-safe: highlights now, waiting for the worker.
    QString highlightNow(const QString &code, const QString &language, CodeThemeVariant theme);
    /// Thread-safe: loads highlight.js on the worker thread if it is not loaded yet (the first
    /// hasLanguage() would otherwise wait for the load, ~100 ms of script parsing).
    void preload();
    /// Thread-safe: whether highlight.js has this (canonical) language.
    bool hasLanguage(const QString &language);
    /// Thread-safe: how long the running job has taken, 0 when idle (ms).
    qint64 busyMs() const;
    /// Thread-safe: stops the running script (a runaway regular expression).
    void interrupt();

    /// Maps highlight.js's class-tagged HTML onto the palette: escaped text in colour spans.
    static QString toRichText(const QString &hljsHtml, CodeThemeVariant theme);

Q_SIGNALS:
    void finished(quint64 id, const QString &html);

private:
    HljsEngine();
    void run(quint64 id, quintptr key, const QString &code, const QString &language,
             CodeThemeVariant theme);
    /// On the worker thread: class-tagged HTML, or a null string when there are no colours.
    QString highlightInThread(const QString &code, const QString &language);
    bool ensureLoaded();

    QThread m_thread;
    std::atomic<QJSEngine *> m_js{nullptr}; ///< Created, used and deleted on m_thread.
    QJSValue m_highlightLines;              ///< coroHighlight.highlightLines, on m_thread.
    QJSValue m_has;                         ///< coroHighlight.has, on m_thread.
    bool m_loadTried = false;
    bool m_loaded = false;
    QMutex m_mutex;
    QHash<quintptr, quint64> m_latest; ///< Per key, the newest job id.
    QHash<QString, bool> m_languages;  ///< Known answers of hasLanguage().
    std::atomic<qint64> m_jobStarted{0};
    HljsLineCache m_lineCache; ///< Used on m_thread only.
};

} // namespace coro
