#pragma once

#include "codetheme.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace coro {

/**
 * @brief Colours code for display: rich text (spans with colours, everything escaped) that
 * QML's Text.RichText shows inside <pre>.
 *
 * Backends: KSyntaxHighlighting where the build finds KF6SyntaxHighlighting, else highlight.js
 * (Debian's libjs-highlight.js) in a QJSEngine on a worker thread. Work is asynchronous: the
 * callback runs in this object's thread, and is dropped if @p context is gone by then. A newer
 * request with the same non-zero key replaces an older one still waiting, so a streaming code
 * block never queues stale work. Unknown languages come back as plain escaped text.
 */
class CodeHighlighter : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QString &html)>;

    using QObject::QObject;

    virtual void highlight(const QString &code, const QString &language, CodeThemeVariant theme,
                           QObject *context, Callback callback, quintptr key = 0) = 0;
    /// The same, waiting for the result (coro-cli, export, tests).
    virtual QString highlightNow(const QString &code, const QString &language,
                                 CodeThemeVariant theme) = 0;
    /// Whether @p language (a fence's info word, aliases allowed) gets colours.
    virtual bool supports(const QString &language) = 0;
    virtual QString backendName() const = 0;
    /// Loads what the backend needs ahead of its first use, off the calling thread, so that
    /// the first code block of an answer never waits for it. Returns at once.
    virtual void warmUp() {}

    /// The fence language in the name backends know: py -> python, c++ -> cpp, yml -> yaml...
    /// Lower case; unknown names come back lower-cased as they are.
    static QString canonicalLanguage(QStringView language);
    /// @p code escaped, as shown when there are no colours.
    static QString plainHtml(QStringView code);
    /// The best backend this build has.
    static std::unique_ptr<CodeHighlighter> create(QObject *parent = nullptr);
};

} // namespace coro
