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
        out +=
            QStringLiteral("<details>\n<summary>Reasoning</summary>\n\n") +
            MarkdownWriter::closeOpenFence(MarkdownWriter::inertHtml(answer.reasoning.trimmed())) +
            QStringLiteral("\n\n</details>\n\n");
    }
    if (!answer.text.isEmpty())
        out += MarkdownWriter::closeOpenFence(MarkdownWriter::inertHtml(answer.text.trimmed())) +
               QStringLiteral("\n\n");
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
        out += QStringLiteral("**Guide**\n\n") + quoted(inertHtml(archive.guide.trimmed())) +
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
            out += closeOpenFence(inertHtml(turn->userText.trimmed())) + QStringLiteral("\n\n");
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

namespace {
// The fence a line opens or closes ("```", "~~~~", ...), or empty; up to 3 spaces of indent.
QStringView fenceOf(QStringView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == QLatin1Char(' '))
        ++indent;
    if (indent > 3 || indent >= line.size())
        return {};
    const QChar mark = line.at(indent);
    if (mark != QLatin1Char('`') && mark != QLatin1Char('~'))
        return {};
    qsizetype end = indent;
    while (end < line.size() && line.at(end) == mark)
        ++end;
    return end - indent >= 3 ? line.sliced(indent, end - indent) : QStringView();
}

// One line outside fences: "<" escaped except inside a code span closed on the same line.
void appendInertLine(QString &out, QStringView line)
{
    for (qsizetype i = 0; i < line.size();) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            out += line.sliced(i, 2); // Already escaped, whatever it is.
            i += 2;
            continue;
        }
        if (c == QLatin1Char('`')) {
            qsizetype run = i;
            while (run < line.size() && line.at(run) == QLatin1Char('`'))
                ++run;
            const QStringView ticks = line.sliced(i, run - i);
            // The span ends at the next run of exactly as many backticks.
            qsizetype close = line.indexOf(ticks, run);
            while (close >= 0 && close + ticks.size() < line.size() &&
                   line.at(close + ticks.size()) == QLatin1Char('`')) {
                qsizetype skip = close;
                while (skip < line.size() && line.at(skip) == QLatin1Char('`'))
                    ++skip;
                close = line.indexOf(ticks, skip);
            }
            const qsizetype end = close >= 0 ? close + ticks.size() : run;
            out += line.sliced(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char('<'))
            out += QLatin1Char('\\');
        out += c;
        ++i;
    }
}
} // namespace

QString MarkdownWriter::inertHtml(const QString &markdown)
{
    QString out;
    out.reserve(markdown.size() + markdown.size() / 16);
    QString openFence; // The fence of the code block we are in; empty outside code.
    const QList<QStringView> lines = QStringView(markdown).split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        if (n > 0)
            out += QLatin1Char('\n');
        const QStringView line = lines.at(n);
        const QStringView fence = fenceOf(line);
        if (openFence.isEmpty() && !fence.isEmpty()) {
            openFence = fence.toString();
            out += line;
        } else if (!openFence.isEmpty()) {
            // A closing fence: the same character, at least as long, nothing after it.
            if (!fence.isEmpty() && fence.front() == openFence.front() &&
                fence.size() >= openFence.size() &&
                line.sliced(line.indexOf(fence) + fence.size()).trimmed().isEmpty())
                openFence.clear();
            out += line;
        } else {
            appendInertLine(out, line);
        }
    }
    return out;
}

} // namespace coro
