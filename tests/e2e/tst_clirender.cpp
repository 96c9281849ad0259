#include "../unit/htmlwhitelist.h"
#include "clirunner.h"
#include "markdown/blockparser.h"
#include "markdown/htmlrenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace coro;
using namespace coro::test;

namespace {
QByteArray answer(const char *name)
{
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/markdown/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList kinds(const CliResult &result)
{
    QStringList names;
    for (const QJsonObject &line : result.lines)
        names << line.value(QLatin1String("kind")).toString();
    return names;
}

const QByteArray kHostile = "# <script>alert(1)</script>\n\n"
                            "[a](javascript:alert(1)) ![b](https://t.example/p.gif) "
                            "<img src=x onerror=alert(1)> <iframe src=https://x></iframe>\n\n"
                            "| <b onclick=x> |\n|---|\n| [c](data:text/html,x) |\n";
} // namespace

class TestCliRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonHasOneObjectPerBlock();
    void htmlIsTheAppsRenderer();
    void hostileMarkdownIsInertInBothForms();
    void crlfInputGivesTheSameBlocks();
    void badUsageExitsOne_data();
    void badUsageExitsOne();
};

void TestCliRender::jsonHasOneObjectPerBlock()
{
    const CliResult r = runCli({QStringLiteral("render")},
                               "# Title\n\n1. one\n2. two\n   - [x] done\n\n> quoted\n\n"
                               "```py\nx = 1\n```\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n---\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(kinds(r), (QStringList{QStringLiteral("heading"), QStringLiteral("list_item"),
                                    QStringLiteral("list_item"), QStringLiteral("list_item"),
                                    QStringLiteral("quote"), QStringLiteral("code"),
                                    QStringLiteral("table"), QStringLiteral("rule")}));
    QCOMPARE(r.lines.at(0).value(QLatin1String("level")).toInt(), 1);
    QCOMPARE(r.lines.at(0).value(QLatin1String("text")).toString(), QStringLiteral("Title"));
    QCOMPARE(r.lines.at(2).value(QLatin1String("number")).toInt(), 2);
    QCOMPARE(r.lines.at(3).value(QLatin1String("list_depth")).toInt(), 2);
    QCOMPARE(r.lines.at(3).value(QLatin1String("task")).toString(), QStringLiteral("done"));
    QCOMPARE(r.lines.at(4).value(QLatin1String("quote_depth")).toInt(), 1);
    QCOMPARE(r.lines.at(5).value(QLatin1String("language")).toString(), QStringLiteral("py"));
    QCOMPARE(r.lines.at(5).value(QLatin1String("text")).toString(), QStringLiteral("x = 1\n"));
    QCOMPARE(r.lines.at(6).value(QLatin1String("align")).toArray(),
             (QJsonArray{QStringLiteral("center"), QStringLiteral("right")}));
    QCOMPARE(r.lines.at(6).value(QLatin1String("rows")).toArray().at(1).toArray().at(1).toString(),
             QStringLiteral("2"));
}

void TestCliRender::htmlIsTheAppsRenderer()
{
    for (const char *name : {"nested-lists.md", "tables.md", "code.md", "quotes.md", "mixed.md"}) {
        const QByteArray markdown = answer(name);
        QVERIFY(!markdown.isEmpty());
        const CliResult r = runCli({QStringLiteral("render"), QStringLiteral("--html")}, markdown);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out),
                 HtmlRenderer::render(BlockParser::parse(QString::fromUtf8(markdown))));
    }
}

void TestCliRender::hostileMarkdownIsInertInBothForms()
{
    const CliResult html = runCli({QStringLiteral("render"), QStringLiteral("--html")}, kHostile);
    QCOMPARE(html.exitCode, 0);
    QVERIFY2(unsafeMarkup(QString::fromUtf8(html.out)).isEmpty(), html.out.constData());
    QVERIFY(html.out.contains("&lt;script&gt;"));
    QVERIFY(!html.out.contains("<img"));

    const CliResult json = runCli({QStringLiteral("render")}, kHostile);
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.lines.size() >= 3);
    for (const QJsonObject &line : json.lines) {
        const QString blockHtml = line.value(QLatin1String("html")).toString();
        QVERIFY2(unsafeMarkup(blockHtml).isEmpty(), qPrintable(blockHtml));
        for (const QJsonValue &row : line.value(QLatin1String("rows_html")).toArray()) {
            for (const QJsonValue &cell : row.toArray())
                QVERIFY2(unsafeMarkup(cell.toString()).isEmpty(), qPrintable(cell.toString()));
        }
    }
}

void TestCliRender::crlfInputGivesTheSameBlocks()
{
    QByteArray crlf = answer("nested-lists.md");
    const CliResult lf = runCli({QStringLiteral("render")}, crlf);
    crlf.replace("\n", "\r\n");
    const CliResult windows = runCli({QStringLiteral("render")}, crlf);
    QCOMPARE(windows.exitCode, 0);
    QCOMPARE(windows.out, lf.out);
}

void TestCliRender::badUsageExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("file argument") << QStringList{QStringLiteral("render"), QStringLiteral("a.md")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("render"), QStringLiteral("--pdf")};
}

void TestCliRender::badUsageExitsOne()
{
    QFETCH(QStringList, arguments);
    const CliResult r = runCli(arguments, "# x\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("coro-cli render"));
}

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"
