#include "runnablecode.h"

#include "markdown/blockparser.h"

namespace coro {

QString RunnableCode::languageFor(const QString &fenceLanguage)
{
    const QString name = fenceLanguage.trimmed().toLower();
    for (const char *alias : {"py", "python", "python3", "py3"}) {
        if (name == QLatin1String(alias))
            return QStringLiteral("python");
    }
    for (const char *alias : {"sh", "bash", "shell", "zsh", "console"}) {
        if (name == QLatin1String(alias))
            return QStringLiteral("sh");
    }
    for (const char *alias : {"js", "javascript", "node", "nodejs", "mjs", "cjs"}) {
        if (name == QLatin1String(alias))
            return QStringLiteral("js");
    }
    return {};
}

RunnableCode RunnableCode::firstIn(const QString &markdown, const QString &untaggedAs)
{
    RunnableCode untagged;
    QString firstOther;
    for (const MarkdownBlock &block : BlockParser::parse(markdown)) {
        if (block.kind != BlockKind::Code)
            continue;
        if (const QString language = languageFor(block.language); !language.isEmpty())
            return {language, block.code, block.language, {}};
        if (block.language.isEmpty() && untagged.code.isEmpty())
            untagged = {untaggedAs, block.code, {}, {}};
        else if (firstOther.isEmpty())
            firstOther = block.language;
    }
    if (!untagged.code.isEmpty() && !untaggedAs.isEmpty())
        return untagged;
    RunnableCode none;
    none.problem = firstOther.isEmpty()
                       ? tr("No code block in this answer.")
                       : tr("Its code is %1; the workspace runs Python, shell and JavaScript.")
                             .arg(firstOther);
    return none;
}

} // namespace coro
