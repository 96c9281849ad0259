#include "htmlwriter.h"

#include "core/modelref.h"
#include "readablefacts.h"

#include <QStringList>

namespace coro {

namespace {

// Colours chosen for at least 4.5:1 contrast (WCAG AA) against their own background.
const char kStyle[] = R"(:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#595959;
--card:#f5f5f7;--user:#eaf1fb;--line:#c9c9d1;--error:#a4161a}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#e6e6e6;--muted:#b3b3b3;
--card:#1e1e1e;--user:#1b2636;--line:#3d3d42;--error:#ff8a80}}
body{margin:0;background:var(--bg);color:var(--fg);
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header,main,footer{max-width:52rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.6rem;margin:1.5rem 0 .25rem}
h2{font-size:1.1rem;border-top:1px solid var(--line);padding-top:1rem;margin-top:1.5rem}
h3{font-size:1rem;margin:0 0 .25rem;font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.meta{color:var(--muted);font-size:.875rem;margin:0 0 .5rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
.user,.answer{border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}
.user{background:var(--user)}
.answer{background:var(--card);border:1px solid var(--line)}
.answer.failed .meta{color:var(--error)}
.guide{border-left:3px solid var(--line);padding-left:1rem}
details{margin:0 0 .5rem}summary{cursor:pointer;color:var(--muted)}
footer{color:var(--muted);font-size:.875rem;padding:2rem 1rem})";

QString timeElement(qint64 ms)
{
    return QStringLiteral("<time datetime=\"%1\">%2</time>")
        .arg(ReadableFacts::isoTimestamp(ms), ReadableFacts::timestamp(ms));
}

QString textBlock(const QString &text)
{
    return QStringLiteral("<div class=\"text\">") + HtmlWriter::escape(text) +
           QStringLiteral("</div>\n");
}

void writeAnswer(QString &out, const StoredTurn &turn, int index)
{
    const StoredAnswer &answer = turn.answers.at(index);
    // The class comes from a fixed pair, never from the (imported, untrusted) status text.
    const bool failed = answer.status == QLatin1String("error");
    out += failed ? QStringLiteral("<article class=\"answer failed\">\n")
                  : QStringLiteral("<article class=\"answer\">\n");
    out += QStringLiteral("<h3>") +
           HtmlWriter::escape(ModelRef{answer.provider, answer.model}.toString()) +
           QStringLiteral("</h3>\n");
    const QString facts = ReadableFacts::line(turn, index);
    if (!facts.isEmpty())
        out += QStringLiteral("<p class=\"meta\">") + HtmlWriter::escape(facts) +
               QStringLiteral("</p>\n");
    if (!answer.reasoning.isEmpty()) {
        out += QStringLiteral("<details><summary>Reasoning</summary>\n") +
               textBlock(answer.reasoning.trimmed()) + QStringLiteral("</details>\n");
    }
    if (!answer.text.isEmpty())
        out += textBlock(answer.text.trimmed());
    out += QStringLiteral("</article>\n");
}

void writeTurn(QString &out, const ConversationArchive &archive, const StoredTurn &turn, int number)
{
    out +=
        QStringLiteral("<section aria-labelledby=\"turn-%1\">\n<h2 id=\"turn-%1\">Turn %1</h2>\n")
            .arg(number);
    QStringList who{QStringLiteral("You")};
    if (turn.createdAt != 0)
        who << timeElement(turn.createdAt);
    const QString version = ReadableFacts::versionOf(archive, turn);
    if (!version.isEmpty())
        who << version;
    out += QStringLiteral("<div class=\"user\">\n<p class=\"meta\">") +
           who.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n") +
           textBlock(turn.userText.trimmed()) + QStringLiteral("</div>\n");
    for (int i = 0; i < turn.answers.size(); ++i)
        writeAnswer(out, turn, i);
    out += QStringLiteral("</section>\n");
}

} // namespace

QByteArray HtmlWriter::write(const ConversationArchive &archive)
{
    const QList<const StoredTurn *> branch = archive.branchTurns();
    const QString title = escape(ReadableFacts::title(archive));
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"color-scheme\" content=\"light dark\">\n<title>") +
        title + QStringLiteral("</title>\n<style>\n") + QString::fromUtf8(kStyle) +
        QStringLiteral("\n</style>\n</head>\n<body>\n<header>\n<h1>") + title +
        QStringLiteral("</h1>\n");

    QStringList meta;
    if (archive.summary.createdAt != 0)
        meta << QStringLiteral("Created ") + timeElement(archive.summary.createdAt);
    if (archive.summary.updatedAt != 0 && archive.summary.updatedAt != archive.summary.createdAt)
        meta << QStringLiteral("updated ") + timeElement(archive.summary.updatedAt);
    meta << (branch.size() == 1 ? QStringLiteral("1 turn")
                                : QStringLiteral("%1 turns").arg(branch.size()));
    out += QStringLiteral("<p class=\"meta\">") + meta.join(QStringLiteral(" · ")) +
           QStringLiteral("</p>\n</header>\n<main>\n");

    if (!archive.guide.isEmpty()) {
        out += QStringLiteral("<section class=\"guide\" aria-label=\"Guide\">\n<h2>Guide</h2>\n") +
               textBlock(archive.guide.trimmed()) + QStringLiteral("</section>\n");
    }
    int number = 0;
    for (const StoredTurn *turn : branch)
        writeTurn(out, archive, *turn, ++number);
    out += QStringLiteral("</main>\n<footer>Exported from Coro.</footer>\n</body>\n</html>\n");
    return out.toUtf8();
}

QString HtmlWriter::escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<':
            escaped += QLatin1String("&lt;");
            break;
        case u'>':
            escaped += QLatin1String("&gt;");
            break;
        case u'&':
            escaped += QLatin1String("&amp;");
            break;
        case u'"':
            escaped += QLatin1String("&quot;");
            break;
        case u'\'':
            escaped += QLatin1String("&#39;");
            break;
        case u'\n':
        case u'\t':
            escaped += c;
            break;
        case u'\r': // CRLF text shows as LF under pre-wrap.
            break;
        default:
            // Other control characters are not allowed in HTML text; show that one was there.
            escaped += (c.unicode() < 0x20 || c.unicode() == 0x7f) ? QChar(0xfffd) : c;
        }
    }
    return escaped;
}

} // namespace coro
