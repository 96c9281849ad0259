#pragma once

#include <QCoreApplication>
#include <QString>

namespace coro {

/**
 * @brief Code the workspace can run, found in an answer or named by a code fence: which of its
 * languages (python, sh, js) a fence's language word means.
 */
struct RunnableCode
{
    Q_DECLARE_TR_FUNCTIONS(RunnableCode)
public:
    QString language;      ///< "python", "sh" or "js"; empty when nothing runnable was found.
    QString code;          ///< The block's code.
    QString fenceLanguage; ///< The fence's own word ("py", "bash", "cpp"...), for messages.
    /// Why nothing can run (no code block, a language the workspace does not run).
    QString problem;

    bool isRunnable() const { return !language.isEmpty(); }

    /// py, python, python3 -> python; sh, bash, shell, zsh, console -> sh; js, javascript, node
    /// (and mjs, cjs) -> js; empty for anything else.
    static QString languageFor(const QString &fenceLanguage);
    /// The first code block of @p markdown the workspace can run; a block without a language
    /// runs as @p untaggedAs when no tagged block can. Otherwise problem says why not.
    static RunnableCode firstIn(const QString &markdown, const QString &untaggedAs);
};

} // namespace coro
