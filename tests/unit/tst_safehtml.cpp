#include "htmlwhitelist.h"
#include "markdown/blockparser.h"
#include "markdown/htmlrenderer.h"
#include "markdown/safehtml.h"

#include <QTest>

using namespace coro;
using coro::test::unsafeMarkup;

namespace {

// Every output one Markdown text has: each block's HTML, its QML rich text, its table cells,
// and the exported HTML fragment.
QStringList allOutputs(const QString &markdown)
{
    const QList<MarkdownBlock> blocks = BlockParser::parse(markdown);
    QStringList outputs{HtmlRenderer::render(blocks)};
    for (const MarkdownBlock &block : blocks) {
        outputs << block.html << block.richText();
        for (const QList<TableCell> &row : block.rows) {
            for (const TableCell &cell : row)
                outputs << cell.html;
        }
    }
    return outputs;
}

} // namespace

class TestSafeHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyWebAndMailLinksAreClickable_data();
    void onlyWebAndMailLinksAreClickable();
    void hostileMarkdownStaysInertInEveryOutput_data();
    void hostileMarkdownStaysInertInEveryOutput();
    void rawHtmlIsShownAsText();
    void imagesBecomeTheirAltTextAndALink();
    void entitiesAreDecodedThenEscaped();
    void hrefsArePercentEncoded();
};

void TestSafeHtml::onlyWebAndMailLinksAreClickable_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("clickable");
    QTest::newRow("http") << QStringLiteral("http://example.com") << true;
    QTest::newRow("https upper case") << QStringLiteral("HTTPS://example.com/a?b=c") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:a@example.com") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("javascript mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
    QTest::newRow("javascript after space") << QStringLiteral(" javascript:alert(1)") << false;
    QTest::newRow("javascript with tab") << QStringLiteral("java\tscript:alert(1)") << false;
    QTest::newRow("http after control") << QStringLiteral("\x01http://x") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html;base64,PHNjcmlwdD4=") << false;
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("relative") << QStringLiteral("/settings") << false;
    QTest::newRow("protocol relative") << QStringLiteral("//evil.example.com") << false;
    QTest::newRow("fragment") << QStringLiteral("#top") << false;
    QTest::newRow("bare word") << QStringLiteral("readme.html") << false;
}

void TestSafeHtml::onlyWebAndMailLinksAreClickable()
{
    QFETCH(QString, url);
    QFETCH(bool, clickable);
    QCOMPARE(SafeHtml::isClickable(url), clickable);
    QCOMPARE(SafeHtml::href(url).isEmpty(), !clickable);
    const QString html =
        HtmlRenderer::render(BlockParser::parse(QStringLiteral("[label](<%1>)").arg(url)));
    QCOMPARE(html.contains(QLatin1String("<a ")), clickable);
    QVERIFY(html.contains(QLatin1String("label"))); // The text stays, inert or not.
}

void TestSafeHtml::hostileMarkdownStaysInertInEveryOutput_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("script") << QStringLiteral("<script>alert(document.cookie)</script>\n");
    QTest::newRow("script inline") << QStringLiteral("Hi <script>alert(1)</script> there");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example\"></iframe>");
    QTest::newRow("event handler") << QStringLiteral(
        "<img src=x onerror=alert(1)> and <a href=\"x\" onclick=\"alert(1)\">a</a>");
    QTest::newRow("style url") << QStringLiteral(
        "<div style=\"background:url(https://x/b.gif)\">x</div>");
    QTest::newRow("javascript link") << QStringLiteral("[click](javascript:alert(1))");
    QTest::newRow("entity-hidden javascript")
        << QStringLiteral("[click](&#x6A;avascript&colon;alert(1)) [two](java&#115;cript:x)");
    QTest::newRow("data link") << QStringLiteral("[x](data:text/html,<script>alert(1)</script>)");
    QTest::newRow("autolink javascript") << QStringLiteral("<javascript:alert(1)>");
    QTest::newRow("image beacon") << QStringLiteral("![](https://tracker.example/pixel.gif?id=42)");
    QTest::newRow("image with javascript") << QStringLiteral("![x](javascript:alert(1) \"t\")");
    QTest::newRow("reference link")
        << QStringLiteral("[a][r]\n\n[r]: javascript:alert(1) \"title\"\n");
    QTest::newRow("html in table")
        << QStringLiteral("| <b onmouseover=x> | b |\n|---|---|\n| <script> | [a](vbscript:x) |\n");
    QTest::newRow("html in code") << QStringLiteral("```html\n<script>alert(1)</script>\n```\n");
    QTest::newRow("html in code span") << QStringLiteral("`<iframe>`");
    QTest::newRow("title with quotes")
        << QStringLiteral("[a](https://x \"\\\" onmouseover=\\\"x\")");
    QTest::newRow("entities") << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;");
    QTest::newRow("nul") << QString::fromUtf8("a\0b<script>", 11);
}

void TestSafeHtml::hostileMarkdownStaysInertInEveryOutput()
{
    QFETCH(QString, markdown);
    for (const QString &output : allOutputs(markdown)) {
        const QString offender = unsafeMarkup(output);
        QVERIFY2(offender.isEmpty(), qPrintable(offender + QStringLiteral(" in ") + output));
        QVERIFY2(!output.contains(QLatin1String("<script"), Qt::CaseInsensitive),
                 qPrintable(output));
    }
}

void TestSafeHtml::rawHtmlIsShownAsText()
{
    const QList<MarkdownBlock> blocks =
        BlockParser::parse(u"Hi <b>there</b>\n\n<div>\nblock\n</div>\n");
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).plain, QStringLiteral("Hi <b>there</b>"));
    QCOMPARE(blocks.at(0).html, QStringLiteral("Hi &lt;b&gt;there&lt;/b&gt;"));
    QCOMPARE(blocks.at(1).plain, QStringLiteral("<div> block </div>"));
}

void TestSafeHtml::imagesBecomeTheirAltTextAndALink()
{
    const QList<MarkdownBlock> blocks =
        BlockParser::parse(u"![a *chart*](https://example.com/c.png) ![x](file:///etc/passwd) "
                           u"[![badge](https://b/x.svg)](https://ci)");
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks.at(0).html,
             QStringLiteral("<a href=\"https://example.com/c.png\">a chart</a> x "
                            "<a href=\"https://ci\">badge</a>"));
    QVERIFY(!HtmlRenderer::render(blocks).contains(QLatin1String("<img")));
}

void TestSafeHtml::entitiesAreDecodedThenEscaped()
{
    const QList<MarkdownBlock> blocks =
        BlockParser::parse(u"&copy; &#35; &#x1F600; &amp;lt; &bogus; &#0; `&amp;`");
    QCOMPARE(blocks.at(0).plain, QStringLiteral("© # \U0001F600 &lt; &bogus; \uFFFD &amp;"));
    QCOMPARE(blocks.at(0).html,
             QStringLiteral("© # \U0001F600 &amp;lt; &amp;bogus; \uFFFD <code>&amp;amp;</code>"));
}

void TestSafeHtml::hrefsArePercentEncoded()
{
    QCOMPARE(SafeHtml::href(u"https://example.com/a b\"<>ä?x=1&y=%20"),
             QStringLiteral("https://example.com/a%20b%22%3C%3E%C3%A4?x=1&amp;y=%20"));
}

QTEST_GUILESS_MAIN(TestSafeHtml)
#include "tst_safehtml.moc"
