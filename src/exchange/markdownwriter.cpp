#include "markdownwriter.h"

#include "core/modelref.h"
#include "readablefacts.h"

#include <QStringList>

namespace coro {

namespace {

QString quoted(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(QStringLiteral("> "));
    return lines.join(QLatin1Char('\n'));
}

QString italic(const QString &plain)
{
    return QLatin1Char('*') + MarkdownWriter::escapeInline(plain) + QLatin1Char('*');
}

void writeAnswer(QString &out, const StoredTurn &turn, int index)
{
    const StoredAnswer &answer = turn.answers.at(index);
    out += QStringLiteral("### ") +
           MarkdownWriter::escapeInline(ModelRef{answer.provider, answer.model}.toString()) +
           QStringLiteral("\n\n");
    const QString facts = ReadableFacts::line(turn, index);
    if (!facts.isEmpty())
        out += italic(facts) + QStringLiteral("\n\n");
    if (!answer.reasoning.isEmpty()) {
        // Blank lines around the body let renderers treat it as Markdown inside the HTML block.
        out += QStringLiteral("<details>\n<summary>Reasoning</summary>\n\n") +
               MarkdownWriter::closeOpenFence(answer.reasoning.trimmed()) +
               QStringLiteral("\n\n</details>\n\n");
    }
    if (!answer.text.isEmpty())
        out += MarkdownWriter::closeOpenFence(answer.text.trimmed()) + QStringLiteral("\n\n");
}

} // namespace

QByteArray MarkdownWriter::write(const ConversationArchive &archive)
{
    const QList<const StoredTurn *> branch = archive.branchTurns();
    QString out =
        QStringLiteral("# ") + escapeInline(ReadableFacts::title(archive)) + QStringLiteral("\n\n");

    QStringList header;
    const QString created = ReadableFacts::timestamp(archive.summary.createdAt);
    if (!created.isEmpty())
        header << QStringLiteral("Created ") + created;
    const QString updated = ReadableFacts::timestamp(archive.summary.updatedAt);
    if (!updated.isEmpty() && updated != created)
        header << QStringLiteral("updated ") + updated;
    header << (branch.size() == 1 ? QStringLiteral("1 turn")
                                  : QStringLiteral("%1 turns").arg(branch.size()));
    out += italic(header.join(QStringLiteral(" · "))) + QStringLiteral("\n\n");

    if (!archive.guide.isEmpty())
        out += QStringLiteral("**Guide**\n\n") + quoted(archive.guide.trimmed()) +
               QStringLiteral("\n\n");

    int number = 0;
    for (const StoredTurn *turn : branch) {
        out += QStringLiteral("---\n\n## Turn %1\n\n").arg(++number);
        QStringList who{QStringLiteral("**You**")};
        const QString when = ReadableFacts::timestamp(turn->createdAt);
        if (!when.isEmpty())
            who << when;
        const QString version = ReadableFacts::versionOf(archive, *turn);
        if (!version.isEmpty())
            who << version;
        out += who.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
        if (!turn->userText.isEmpty())
            out += closeOpenFence(turn->userText.trimmed()) + QStringLiteral("\n\n");
        for (int i = 0; i < turn->answers.size(); ++i)
            writeAnswer(out, *turn, i);
    }
    return out.toUtf8();
}

QString MarkdownWriter::escapeInline(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            escaped += QLatin1Char(' ');
            continue;
        }
        // Underscores stay: within words (rate_limited) CommonMark never reads them as emphasis.
        if (QStringView(u"\\`*[]<>#|").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString MarkdownWriter::closeOpenFence(const QString &text)
{
    int fences = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("```")))
            ++fences;
    }
    return fences % 2 == 0 ? text : text + QStringLiteral("\n```");
}

} // namespace coro
