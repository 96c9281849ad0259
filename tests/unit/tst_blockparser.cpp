#include "../benchmarks/answergenerator.h"
#include "markdown/blockparser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace coro;

namespace {

QString readAnswer(const QString &name)
{
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/markdown/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList answerNames()
{
    return QDir(QStringLiteral(CORO_TEST_DATA_DIR "/markdown"))
        .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

// A readable one-line description, so that a failing comparison shows the first difference.
QString describe(const MarkdownBlock &block, bool looseness = true)
{
    QStringList path;
    for (const BlockContainer &c : block.containers) {
        const char *kind = c.kind == BlockContainer::Kind::Quote  ? "quote"
                           : c.kind == BlockContainer::Kind::List ? "list"
                                                                  : "item";
        path << QStringLiteral("%1#%2%3%4")
                    .arg(QLatin1String(kind))
                    .arg(c.id)
                    .arg(c.kind == BlockContainer::Kind::List && c.loose && looseness
                             ? QStringLiteral("L")
                             : QString())
                    .arg(c.kind == BlockContainer::Kind::Item ? QStringLiteral("n%1").arg(c.number)
                                                              : QString());
    }
    return QStringLiteral("%1 [%2] %3%4")
        .arg(MarkdownBlock::kindName(block.kind), path.join(QLatin1Char('/')), block.html,
             block.code);
}

QStringList describe(const QList<MarkdownBlock> &blocks, bool looseness = true)
{
    QStringList lines;
    for (const MarkdownBlock &block : blocks)
        lines << describe(block, looseness);
    return lines;
}

// Splits text into random chunks of 1..maxChunk characters, like tokens of a stream.
QList<QStringView> randomChunks(QStringView text, QRandomGenerator &random, int maxChunk)
{
    QList<QStringView> chunks;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype size = std::min<qsizetype>(1 + random.bounded(maxChunk), text.size() - at);
        chunks << text.sliced(at, size);
        at += size;
    }
    return chunks;
}

MarkdownBlock firstBlock(const QString &markdown)
{
    const QList<MarkdownBlock> blocks = BlockParser::parse(markdown);
    return blocks.isEmpty() ? MarkdownBlock() : blocks.constFirst();
}

} // namespace

class TestBlockParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headingsKeepTheirLevel();
    void listItemsCarryDepthNumberAndTask();
    void quotesCarryDepth();
    void codeKeepsInfoStringAndLanguage();
    void tablesKeepAlignmentAndCells();
    void ruleAndInlineMarkup();
    void crlfGivesTheBlocksOfLf_data();
    void crlfGivesTheBlocksOfLf();
    void splitCrlfAndSurrogatesAcrossDeltas();
    void streamingInAnyChunkingEqualsParsingWhole_data();
    void streamingInAnyChunkingEqualsParsingWhole();
    void finishedBlocksNeverChangeWhileStreaming();
    void generatedAnswersShowTheirPrefixWhileStreaming();
    void finishedBlocksArriveWhileStreaming();
    void openRegionIsOnlyTheUnfinishedTail();
    void referenceDefinitionsResolveWhenTheAnswerEnds();
    void hugeAnswersAreCutOffNotCrashed();
};

void TestBlockParser::headingsKeepTheirLevel()
{
    const QList<MarkdownBlock> blocks = BlockParser::parse(u"# One\n\n### Three\n\nTwo\n---\n");
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(0).kind, BlockKind::Heading);
    QCOMPARE(blocks.at(0).level, 1);
    QCOMPARE(blocks.at(1).level, 3);
    QCOMPARE(blocks.at(2).level, 2);
    QCOMPARE(blocks.at(2).plain, QStringLiteral("Two"));
}

void TestBlockParser::listItemsCarryDepthNumberAndTask()
{
    const QList<MarkdownBlock> blocks =
        BlockParser::parse(u"3. three\n4. four\n   - [ ] open\n   - [x] done\n");
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(0).kind, BlockKind::ListItem);
    QVERIFY(blocks.at(0).ordered);
    QCOMPARE(blocks.at(0).number, 3);
    QCOMPARE(blocks.at(1).number, 4);
    QCOMPARE(blocks.at(1).listDepth, 1);
    QCOMPARE(blocks.at(2).listDepth, 2);
    QVERIFY(!blocks.at(2).ordered);
    QCOMPARE(blocks.at(2).task, TaskState::Open);
    QCOMPARE(blocks.at(3).task, TaskState::Done);
    QCOMPARE(blocks.at(3).plain, QStringLiteral("done"));
}

void TestBlockParser::quotesCarryDepth()
{
    const QList<MarkdownBlock> blocks = BlockParser::parse(u"> outer\n>\n> > inner\n");
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).kind, BlockKind::Quote);
    QCOMPARE(blocks.at(0).quoteDepth, 1);
    QCOMPARE(blocks.at(1).quoteDepth, 2);
    QCOMPARE(blocks.at(1).plain, QStringLiteral("inner"));
}

void TestBlockParser::codeKeepsInfoStringAndLanguage()
{
    const MarkdownBlock code =
        firstBlock(QStringLiteral("```Python title=x.py\nprint(1)\n\n```\n"));
    QCOMPARE(code.kind, BlockKind::Code);
    QVERIFY(code.fenced);
    QCOMPARE(code.info, QStringLiteral("Python title=x.py"));
    QCOMPARE(code.language, QStringLiteral("python"));
    QCOMPARE(code.code, QStringLiteral("print(1)\n\n"));
    const MarkdownBlock indented = firstBlock(QStringLiteral("    x = 1\n"));
    QVERIFY(!indented.fenced);
    QCOMPARE(indented.code, QStringLiteral("x = 1\n"));
}

void TestBlockParser::tablesKeepAlignmentAndCells()
{
    const MarkdownBlock table =
        firstBlock(QStringLiteral("| a | b | c | d |\n|:--|:-:|--:|---|\n| *x* | 2 |\n"));
    QCOMPARE(table.kind, BlockKind::Table);
    QCOMPARE(table.alignments,
             (QList<CellAlignment>{CellAlignment::Left, CellAlignment::Center, CellAlignment::Right,
                                   CellAlignment::Default}));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(1).size(), 4); // Missing cells are empty ones.
    QCOMPARE(table.rows.at(1).at(0).html, QStringLiteral("<em>x</em>"));
    QCOMPARE(table.rows.at(1).at(0).plain, QStringLiteral("x"));
}

void TestBlockParser::ruleAndInlineMarkup()
{
    const QList<MarkdownBlock> blocks = BlockParser::parse(u"a **b** *c* ~~d~~ `e`  \nf\n\n***\n");
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(
        blocks.at(0).html,
        QStringLiteral("a <strong>b</strong> <em>c</em> <del>d</del> <code>e</code><br />\nf"));
    QCOMPARE(blocks.at(0).richText(),
             QStringLiteral("a <b>b</b> <i>c</i> <s>d</s> <code>e</code><br>\nf"));
    QCOMPARE(blocks.at(1).kind, BlockKind::Rule);
}

void TestBlockParser::crlfGivesTheBlocksOfLf_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : answerNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestBlockParser::crlfGivesTheBlocksOfLf()
{
    QFETCH(QString, name);
    const QString lf = readAnswer(name);
    QVERIFY(!lf.isEmpty());
    QString crlf = lf;
    crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    QString cr = lf;
    cr.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    const QStringList expected = describe(BlockParser::parse(lf));
    QCOMPARE(describe(BlockParser::parse(crlf)), expected);
    QCOMPARE(describe(BlockParser::parse(cr)), expected);
}

void TestBlockParser::splitCrlfAndSurrogatesAcrossDeltas()
{
    // "\r" | "\n" must stay one line end; a smiley split between its UTF-16 halves must arrive
    // whole.
    const QString text = QStringLiteral("a\r\n\r\nb \U0001F600 c\r\n");
    BlockParser streamed;
    for (const QChar c : text) {
        streamed.append(QStringView(&c, 1));
        streamed.refresh();
    }
    streamed.finish();
    QCOMPARE(describe(streamed.finishedBlocks()),
             describe(BlockParser::parse(u"a\n\nb \U0001F600 c\n")));
    QCOMPARE(streamed.finishedBlocks().size(), 2);
}

void TestBlockParser::streamingInAnyChunkingEqualsParsingWhole_data()
{
    QTest::addColumn<QString>("text");
    QString all;
    for (const QString &name : answerNames()) {
        const QString text = readAnswer(name);
        QTest::newRow(qPrintable(name)) << text;
        QString crlf = text;
        crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QTest::newRow(qPrintable(name + QStringLiteral(" (CRLF)"))) << crlf;
        all += text + QLatin1Char('\n');
    }
    QTest::newRow("all answers in one") << all;
    QTest::newRow("long list") << [] {
        QString list;
        for (int i = 1; i <= 60; ++i)
            list += QStringLiteral("%1. item %1 with **bold**\n%2")
                        .arg(i)
                        .arg(i % 7 == 0 ? QStringLiteral("\n") : QString());
        return list;
    }();
    QTest::newRow("unclosed fence") << QStringLiteral("Text\n\n```python\nx = 1\n\ny = 2\n");
    QTest::newRow("nested quotes") << QStringLiteral("> a\n> > b\n> > > c\n\n> d\n\ne\n");
}

void TestBlockParser::streamingInAnyChunkingEqualsParsingWhole()
{
    QFETCH(QString, text);
    const QStringList expected = describe(BlockParser::parse(text));
    // Seeded: a failure names its seed, and the same seed gives the same chunks again.
    for (quint32 seed = 1; seed <= 60; ++seed) {
        QRandomGenerator random(seed);
        const int maxChunk = 1 + static_cast<int>(seed % 12);
        BlockParser streamed;
        for (const QStringView chunk : randomChunks(text, random, maxChunk)) {
            streamed.append(chunk);
            if (random.bounded(3) != 0) // Refresh after some chunks only, like a frame timer.
                streamed.refresh();
        }
        streamed.finish();
        const QStringList got = describe(streamed.finishedBlocks());
        if (got != expected) {
            qWarning("seed %u, chunks up to %d characters", seed, maxChunk);
            QCOMPARE(got, expected);
        }
    }
}

void TestBlockParser::finishedBlocksNeverChangeWhileStreaming()
{
    // What was final stays exactly as it was, and the blocks shown at any moment (final plus
    // open, parsed or extended without parsing) are those of parsing the text received so far.
    for (const QString &name : answerNames()) {
        const QString text = readAnswer(name);
        if (text.contains(QLatin1String("]:"))) // Reference definitions settle at the end.
            continue;
        for (const int chunk : {1, 3, 7}) {
            BlockParser streamed;
            QStringList final;
            for (qsizetype i = 0; i < text.size(); i += chunk) {
                streamed.append(
                    QStringView(text).sliced(i, std::min<qsizetype>(chunk, text.size() - i)));
                streamed.refresh();
                const QStringList nowFinal = describe(streamed.finishedBlocks());
                QCOMPARE(nowFinal.mid(0, final.size()), final);
                final = nowFinal;

                BlockParser prefix;
                prefix.append(QStringView(text).first(std::min(i + chunk, text.size())));
                prefix.finish();
                // Looseness is settled at the end: compare the rest.
                const QStringList shown = describe(streamed.blocks(), false);
                const QStringList expected = describe(prefix.finishedBlocks(), false);
                if (shown != expected)
                    qWarning("%s, chunks of %d, after %lld characters", qPrintable(name), chunk,
                             static_cast<long long>(i + chunk));
                QCOMPARE(shown, expected);
            }
        }
    }
}

void TestBlockParser::generatedAnswersShowTheirPrefixWhileStreaming()
{
    // Model-like tokens over generated answers (inline markup, links, tables, code, nested
    // lists): after every token the blocks shown, mostly extended without a parse, are those
    // of parsing the text so far.
    for (quint32 seed = 1; seed <= 4; ++seed) {
        coro::bench::AnswerGenerator generator(seed);
        const QString text = generator.answer(3000);
        BlockParser streamed;
        qsizetype length = 0;
        for (const QString &token : generator.deltas(text)) {
            streamed.append(token);
            streamed.refresh();
            length += token.size();
            if (describe(streamed.blocks(), false) !=
                describe(BlockParser::parse(QStringView(text).first(length)), false)) {
                qWarning("seed %u after %lld characters", seed, static_cast<long long>(length));
                QCOMPARE(describe(streamed.blocks(), false),
                         describe(BlockParser::parse(QStringView(text).first(length)), false));
            }
        }
        streamed.finish();
        QCOMPARE(describe(streamed.finishedBlocks()), describe(BlockParser::parse(text)));
    }
}

void TestBlockParser::finishedBlocksArriveWhileStreaming()
{
    const QString text = readAnswer(QStringLiteral("nested-lists.md"));
    BlockParser streamed;
    streamed.append(text);
    streamed.refresh();
    // The last item may still grow; everything before it is final before the stream ends.
    QVERIFY2(streamed.finishedBlocks().size() >= BlockParser::parse(text).size() - 2,
             qPrintable(QString::number(streamed.finishedBlocks().size())));
    QVERIFY(!streamed.openBlocks().isEmpty());
}

void TestBlockParser::openRegionIsOnlyTheUnfinishedTail()
{
    BlockParser streamed;
    streamed.append(u"First paragraph.\n\nSecond paragraph.\n\n- item one\n- item two\n- item th");
    streamed.refresh();
    QCOMPARE(streamed.finishedBlocks().size(), 4);
    QCOMPARE(streamed.openBlocks().size(), 1);
    QCOMPARE(streamed.openBlocks().constFirst().plain, QStringLiteral("item th"));
    QCOMPARE(streamed.openBlocks().constFirst().listDepth, 1);
    // The continued list keeps its identity across the cut.
    QCOMPARE(streamed.openBlocks().constFirst().containers.constFirst().id,
             streamed.finishedBlocks().constLast().containers.constFirst().id);
    streamed.append(u"ree\n");
    QVERIFY(streamed.isStale());
    streamed.refresh();
    QCOMPARE(streamed.openBlocks().constFirst().plain, QStringLiteral("item three"));
}

void TestBlockParser::referenceDefinitionsResolveWhenTheAnswerEnds()
{
    const QString text =
        QStringLiteral("See [the docs][d].\n\nMore text.\n\n[d]: https://example.com\n");
    BlockParser streamed;
    for (const QChar c : text) {
        streamed.append(QStringView(&c, 1));
        streamed.refresh();
    }
    streamed.finish();
    QCOMPARE(streamed.finishedBlocks().constFirst().html,
             QStringLiteral("See <a href=\"https://example.com\">the docs</a>."));
    QCOMPARE(describe(streamed.finishedBlocks()), describe(BlockParser::parse(text)));
}

void TestBlockParser::hugeAnswersAreCutOffNotCrashed()
{
    const QString line = QStringLiteral("- ") + QString(1000, QLatin1Char('x')) + QLatin1Char('\n');
    BlockParser parser;
    for (int i = 0; i < 5000 && !parser.truncated(); ++i)
        parser.append(line);
    QVERIFY(parser.truncated());
    QCOMPARE(parser.size(), BlockParser::kMaxBytes);
    parser.finish();
    QVERIFY(parser.finishedBlocks().size() > 4000);
}

QTEST_GUILESS_MAIN(TestBlockParser)
#include "tst_blockparser.moc"
