#include "archivesamples.h"
#include "exchange/conversationexporter.h"
#include "exchange/conversationimporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace coro;
using namespace coro::samples;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// Every object key in @p value, at any depth.
void collectKeys(const QJsonValue &value, QStringList *keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            *keys << it.key();
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectKeys(item, keys);
    }
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList words(const char *list)
{
    QStringList result = QString::fromLatin1(list).split(QLatin1Char(' '));
    result.sort();
    return result;
}

// Lines that open or close a fenced code block.
int fenceLines(const QString &markdown)
{
    int count = 0;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("```")))
            ++count;
    }
    return count;
}

ConversationArchive hostileArchive()
{
    const QString hostile = QStringLiteral(
        "<script>alert('x')</script><img src=http://evil.example/p.png onerror=alert(1)> "
        "<a href=\"javascript:alert(1)\">click</a> [md](javascript:alert(2)) & done\x01");
    ConversationArchive archive;
    archive.summary.title = QStringLiteral("</title><script>alert('title')</script>");
    archive.summary.titleSource = QStringLiteral("user");
    archive.guide = QStringLiteral("<style>body{display:none}</style>");
    StoredTurn t =
        turn(1, 0, QStringLiteral("<iframe src=\"https://evil.example\"></iframe>"), 1718000000000);
    StoredAnswer a = answer(1, 0, "openai", "gpt-4o</h3><script>x()</script>", hostile);
    a.reasoning = QStringLiteral("</details><script>r()</script>");
    StoredAnswer failed = answer(2, 1, "anthropic", "claude", QString(), "error");
    failed.errorCode = QStringLiteral("server_error");
    failed.errorMessage = QStringLiteral("<img src=x onerror=alert(3)>");
    t.answers = {a, failed};
    archive.turns = {t};
    archive.currentBranch = {1};
    return archive;
}

} // namespace

class TestConversationExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdownShowsCurrentBranch();
    void markdownShowsEveryAnswerWithFacts();
    void markdownClosesCutOffCodeFence();
    void markdownWithoutBranchShowsLatest();
    void markdownKeepsHtmlInert();
    void htmlShowsEveryAnswer();
    void htmlIsSelfContainedAndAccessible();
    void htmlEscapesHostileContent();
    void jsonHasDocumentedShape();
    void jsonRoundTripIsLossless();
    void emptyConversationExports();
    void noKeyInAnyExport();
    void keyInParametersIsDropped();
};

void TestConversationExporter::markdownShowsCurrentBranch()
{
    const QString md = text(ConversationExporter::toMarkdown(richArchive()));
    QVERIFY(md.startsWith(QStringLiteral("# Trip ideas for Japan 🍣\n")));
    QVERIFY2(md.contains(QStringLiteral("Created 2024-06-10 06:13 UTC")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("3 turns")));
    QVERIFY(md.contains(QStringLiteral("> Answer in English.\n> Be brief.")));
    const qsizetype first = md.indexOf(QStringLiteral("Where should I go in Japan? 日本"));
    const qsizetype osaka = md.indexOf(QStringLiteral("Tell me more about Osaka."));
    const qsizetype thanks = md.indexOf(QStringLiteral("Thanks! 🙏"));
    QVERIFY(first > 0);
    QVERIFY(osaka > first);
    QVERIFY(thanks > osaka);
    // Turn 2 is on the other branch.
    QVERIFY(!md.contains(QStringLiteral("Tell me more about Kyoto.")));
    QVERIFY(!md.contains(QStringLiteral("Kyoto has temples")));
    QVERIFY(md.contains(
        QStringLiteral("## Turn 2\n\n**You** · 2024-06-10 06:16 UTC · version 2 of 2")));
}

void TestConversationExporter::markdownShowsEveryAnswerWithFacts()
{
    const QString md = text(ConversationExporter::toMarkdown(richArchive()));
    for (const char *heading : {"### openai/gpt-4o\n", "### anthropic/claude-sonnet-4-5\n",
                                "### gemini/gemini-2.5-flash\n", "### openai/gpt-4o\n",
                                "### deepseek/deepseek-reasoner\n"})
        QVERIFY2(md.contains(QString::fromUtf8(heading)), heading);
    for (const char *answer :
         {"Kyoto and Osaka.", "Tokyo first, then Kyoto.", "Hokkaido in winter ❄️",
          "Osaka is known for 食い倒れ.", "You're welcome"})
        QVERIFY2(md.contains(QString::fromUtf8(answer)), answer);
    QVERIFY(md.contains(QStringLiteral(
        "*version 1 of 2 · 12 in / 34 out tokens · first token 410 ms · total 2.3 s*")));
    QVERIFY(md.contains(QStringLiteral("*version 2 of 2 · chosen · 12 in / 8 out tokens*")));
    QVERIFY(md.contains(
        QStringLiteral("*error rate_limited: Too many requests, slow down · total 1.2 s*")));
    QVERIFY(md.contains(QStringLiteral("*streaming*")));
    QVERIFY(md.contains(QStringLiteral("<details>\n<summary>Reasoning</summary>\n\nThinking about "
                                       "the seasons… 季節\n\n</details>")));
    QVERIFY(md.contains(QStringLiteral("The user is grateful.")));
}

void TestConversationExporter::markdownClosesCutOffCodeFence()
{
    ConversationArchive archive = richArchive();
    archive.currentBranch = {1, 2};
    const QString md = text(ConversationExporter::toMarkdown(archive));
    QVERIFY(md.contains(QStringLiteral("print('金閣寺\n```")));
    QCOMPARE(fenceLines(md) % 2, 0);
    // The cancelled answer after the cut one still gets its own heading, outside the fence.
    const qsizetype close = md.indexOf(QStringLiteral("print('金閣寺\n```"));
    QVERIFY(md.indexOf(QStringLiteral("### ollama/llama3.2:3b")) > close);
    QVERIFY(md.contains(QStringLiteral("*cancelled*")));
}

void TestConversationExporter::markdownWithoutBranchShowsLatest()
{
    ConversationArchive archive = richArchive();
    archive.currentBranch.clear();
    const QString md = text(ConversationExporter::toMarkdown(archive));
    // Turn 3 (Osaka) is newer than turn 2 (Kyoto), so the latest branch is 1, 3, 4.
    QVERIFY(md.contains(QStringLiteral("Tell me more about Osaka.")));
    QVERIFY(md.contains(QStringLiteral("Thanks! 🙏")));
    QVERIFY(!md.contains(QStringLiteral("Tell me more about Kyoto.")));
}

void TestConversationExporter::markdownKeepsHtmlInert()
{
    ConversationArchive archive = hostileArchive();
    archive.turns[0].answers[0].text +=
        QStringLiteral("\n\nUse `a<b` or ``x<`y``:\n\n```html\n<b>bold</b>\n```\n");
    const QString md = text(ConversationExporter::toMarkdown(archive));
    // The reasoning cannot close its <details> early, and no tag reaches a renderer alive.
    QCOMPARE(md.count(QRegularExpression(QStringLiteral("(?<!\\\\)</details>"))), 1);
    QVERIFY(md.contains(QStringLiteral("\\</details>\\<script>r()\\</script>")));
    static const QRegularExpression liveTag(
        QStringLiteral("(?<!\\\\)<(script|img|iframe|a |style)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString outsideCode = md.left(md.indexOf(QStringLiteral("Use `")));
    QVERIFY2(!outsideCode.contains(liveTag), qPrintable(outsideCode));
    // Code is already literal: left exactly as the model wrote it.
    QVERIFY(md.contains(QStringLiteral("Use `a<b` or ``x<`y``:")));
    QVERIFY(md.contains(QStringLiteral("```html\n<b>bold</b>\n```")));
}

void TestConversationExporter::htmlShowsEveryAnswer()
{
    const QString html = text(ConversationExporter::toHtml(richArchive()));
    QVERIFY(html.contains(QStringLiteral("<h1>Trip ideas for Japan 🍣</h1>")));
    QVERIFY(html.contains(QStringLiteral("<title>Trip ideas for Japan 🍣</title>")));
    for (const char *heading :
         {"<h3>openai/gpt-4o</h3>", "<h3>anthropic/claude-sonnet-4-5</h3>",
          "<h3>gemini/gemini-2.5-flash</h3>", "<h3>deepseek/deepseek-reasoner</h3>"})
        QVERIFY2(html.contains(QString::fromUtf8(heading)), heading);
    for (const char *answer :
         {"Kyoto and Osaka.", "Tokyo first, then Kyoto.", "Hokkaido in winter ❄️",
          "Osaka is known for 食い倒れ.", "You&#39;re welcome", "Where should I go in Japan? 日本"})
        QVERIFY2(html.contains(QString::fromUtf8(answer)), answer);
    QVERIFY(!html.contains(QStringLiteral("Tell me more about Kyoto.")));
    QVERIFY(html.contains(QStringLiteral("error rate_limited: Too many requests, slow down")));
    QVERIFY(html.contains(QStringLiteral("<article class=\"answer failed\">\n<h3>anthropic/")));
    QVERIFY(
        html.contains(QStringLiteral("<details><summary>Reasoning</summary>\n<div class=\"text\">"
                                     "Thinking about the seasons… 季節</div>")));
    QVERIFY(
        html.contains(QStringLiteral("12 in / 34 out tokens · first token 410 ms · total 2.3 s")));
    QVERIFY(html.contains(QStringLiteral("<time datetime=\"2024-06-10T06:13:20Z\">")));
}

void TestConversationExporter::htmlIsSelfContainedAndAccessible()
{
    const QString html = text(ConversationExporter::toHtml(richArchive()));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("@media (prefers-color-scheme:dark)")));
    QVERIFY(html.contains(QStringLiteral(".text{white-space:pre-wrap")));
    QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
    QVERIFY(html.contains(QStringLiteral("<h2 id=\"turn-1\">Turn 1</h2>")));
    const QString lower = html.toLower();
    for (const char *remote :
         {"<script", "<link", "<img", "<iframe", "url(", "@import", "http:", "https:", "src="})
        QVERIFY2(!lower.contains(QString::fromLatin1(remote)), remote);
    QCOMPARE(html.count(QStringLiteral("<section")), html.count(QStringLiteral("</section>")));
    QCOMPARE(html.count(QStringLiteral("<article")), html.count(QStringLiteral("</article>")));
}

void TestConversationExporter::htmlEscapesHostileContent()
{
    const QString html = text(ConversationExporter::toHtml(hostileArchive()));
    const QString lower = html.toLower();
    QVERIFY(!lower.contains(QStringLiteral("<script")));
    QVERIFY(!lower.contains(QStringLiteral("<img")));
    QVERIFY(!lower.contains(QStringLiteral("<iframe")));
    QVERIFY(!lower.contains(QStringLiteral("<a ")));
    QVERIFY(!lower.contains(QStringLiteral("href=\"javascript:")));
    QCOMPARE(lower.count(QStringLiteral("<style")), 1); // ours, not the guide's
    QCOMPARE(html.count(QStringLiteral("</details>")), 1);
    QCOMPARE(html.count(QStringLiteral("</title>")), 1);
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img "
                                         "src=http://evil.example/p.png onerror=alert(1)&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;a href=&quot;javascript:alert(1)&quot;&gt;click")));
    QVERIFY(html.contains(QStringLiteral("[md](javascript:alert(2)) &amp; done\uFFFD")));
    QVERIFY(html.contains(QStringLiteral("<h3>openai/gpt-4o&lt;/h3&gt;&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;/details&gt;&lt;script&gt;r()")));
    QVERIFY(html.contains(QStringLiteral("&lt;iframe src=&quot;https://evil.example&quot;")));
    QVERIFY(html.contains(QStringLiteral("server_error: &lt;img src=x onerror=alert(3)&gt;")));
    QVERIFY(html.contains(QStringLiteral("<title>&lt;/title&gt;&lt;script&gt;")));
}

void TestConversationExporter::jsonHasDocumentedShape()
{
    const QByteArray json = ConversationExporter::toJson(richArchive());
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(sortedKeys(root), words("conversation format version"));
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("coro.conversation"));
    QCOMPARE(root.value(QLatin1String("version")).toInteger(), 1);
    const QJsonObject conversation = root.value(QLatin1String("conversation")).toObject();
    QCOMPARE(sortedKeys(conversation),
             words("archived created_at current_branch guide id pinned title title_source turns "
                   "updated_at"));
    QCOMPARE(conversation.value(QLatin1String("created_at")).toInteger(), 1718000000000);
    QVERIFY(json.contains("\"created_at\": 1718000000000,")); // an integer, not 1.718e+12
    QCOMPARE(conversation.value(QLatin1String("current_branch")).toArray(), (QJsonArray{1, 3, 4}));
    const QJsonArray turns = conversation.value(QLatin1String("turns")).toArray();
    QCOMPARE(turns.size(), 4);
    const QJsonObject first = turns.at(0).toObject();
    QCOMPARE(sortedKeys(first), words("answers created_at id parent_id user_text"));
    QCOMPARE(turns.at(3).toObject().value(QLatin1String("parent_id")).toInteger(), 3);
    const QJsonObject answer = first.value(QLatin1String("answers")).toArray().at(0).toObject();
    QCOMPARE(sortedKeys(answer),
             words("chosen created_at error_code error_message id latency_ms model parameters "
                   "provider reasoning slot status text tokens_in tokens_out ttft_ms updated_at"));
    QCOMPARE(answer.value(QLatin1String("parameters")).toObject().value(QLatin1String("top_p")),
             QJsonValue(0.9));
    QCOMPARE(answer.value(QLatin1String("ttft_ms")).toInteger(), 410);
    const QJsonObject failed = first.value(QLatin1String("answers")).toArray().at(2).toObject();
    QCOMPARE(failed.value(QLatin1String("error_code")).toString(), QStringLiteral("rate_limited"));
    QCOMPARE(failed.value(QLatin1String("tokens_in")).toInteger(0), -1);
}

void TestConversationExporter::jsonRoundTripIsLossless()
{
    const ConversationArchive original = richArchive();
    const QByteArray json = ConversationExporter::toJson(original);
    const ImportResult imported = ConversationImporter::fromCoroJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.conversations.size(), 1);
    QCOMPARE(describe(imported.conversations.first()), describe(original));
    QCOMPARE(ConversationExporter::toJson(imported.conversations.first()), json);
}

void TestConversationExporter::emptyConversationExports()
{
    ConversationArchive archive;
    archive.summary.title = QStringLiteral("New chat");
    archive.summary.titleSource = QStringLiteral("default");
    QVERIFY(
        text(ConversationExporter::toMarkdown(archive)).startsWith(QStringLiteral("# New chat")));
    QVERIFY(text(ConversationExporter::toHtml(archive)).contains(QStringLiteral("0 turns")));
    const ImportResult back =
        ConversationImporter::fromCoroJson(ConversationExporter::toJson(archive));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(describe(back.conversations.value(0)), describe(archive));
}

void TestConversationExporter::noKeyInAnyExport()
{
    const ConversationArchive archive = richArchive();
    QStringList keys;
    collectKeys(QJsonDocument::fromJson(ConversationExporter::toJson(archive)).object(), &keys);
    QVERIFY(keys.contains(QStringLiteral("max_tokens"))); // the parameters were walked
    const QRegularExpression credential(
        QStringLiteral("key|secret|password|passwd|auth|bearer|credential|cookie|(^|_)token$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &key : std::as_const(keys))
        QVERIFY2(!credential.match(key).hasMatch(), qPrintable(key));
    const QRegularExpression leaked(
        QStringLiteral("api.?key|secret|password|authorization|bearer|sk-"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &bytes :
         {ConversationExporter::toJson(archive), ConversationExporter::toMarkdown(archive),
          ConversationExporter::toHtml(archive)}) {
        const QRegularExpressionMatch match = leaked.match(text(bytes));
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
    }
}

void TestConversationExporter::keyInParametersIsDropped()
{
    // StoredAnswer::parameters never holds a key; should one slip in, no export carries it on.
    ConversationArchive archive = richArchive();
    QJsonObject &parameters = archive.turns[0].answers[0].parameters;
    parameters.insert(QStringLiteral("api_key"), QStringLiteral("sk-live-0123456789"));
    parameters.insert(
        QStringLiteral("extra_headers"),
        QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("Bearer sk-live-0123456789")},
                    {QStringLiteral("X-Title"), QStringLiteral("Coro")}});
    for (const QByteArray &bytes :
         {ConversationExporter::toJson(archive), ConversationExporter::toMarkdown(archive),
          ConversationExporter::toHtml(archive)})
        QVERIFY(!bytes.contains("sk-live-0123456789"));
    const QJsonValue root = QJsonDocument::fromJson(ConversationExporter::toJson(archive)).object();
    const QJsonObject exported = root[QLatin1String("conversation")][QLatin1String("turns")][0]
                                     [QLatin1String("answers")][0][QLatin1String("parameters")]
                                         .toObject();
    QCOMPARE(exported.value(QLatin1String("temperature")), QJsonValue(0.7));
    QCOMPARE(exported.value(QLatin1String("extra_headers")).toObject(),
             (QJsonObject{{QStringLiteral("X-Title"), QStringLiteral("Coro")}}));
    QVERIFY(!exported.contains(QLatin1String("api_key")));
}

QTEST_GUILESS_MAIN(TestConversationExporter)
#include "tst_conversationexporter.moc"
