#pragma once

#include "codehighlighter.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace coro {

class HljsEngine;

/**
 * @brief The highlight.js backend: Debian's libjs-highlight.js (9.18) in the process's shared
 * HljsEngine; results come back to this object's thread.
 *
 * A watchdog stops a script that runs for more than a few seconds (a runaway regular
 * expression on hostile code); that block then stays plain.
 */
class HljsHighlighter : public CodeHighlighter
{
    Q_OBJECT
public:
    explicit HljsHighlighter(QObject *parent = nullptr);
    ~HljsHighlighter() override;

    void highlight(const QString &code, const QString &language, CodeThemeVariant theme,
                   QObject *context, Callback callback, quintptr key = 0) override;
    QString highlightNow(const QString &code, const QString &language,
                         CodeThemeVariant theme) override;
    bool supports(const QString &language) override;
    QString backendName() const override { return QStringLiteral("highlight.js"); }
    void warmUp() override;

private:
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void deliver(quint64 id, const QString &html);
    void watch();

    std::shared_ptr<HljsEngine> m_engine;
    QHash<quint64, Pending> m_pending;
    QHash<quintptr, quint64> m_latestByKey; ///< A newer request replaces a waiting one.
    QTimer m_watchdog;
};

} // namespace coro
