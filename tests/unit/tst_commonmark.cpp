#include "htmlnormalizer.h"
#include "htmlwhitelist.h"
#include "markdown/blockparser.h"
#include "markdown/htmlrenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace coro;
using coro::test::HtmlNormalizer;

namespace {

struct Example
{
    int number = 0;
    QString section;
    QString markdown;
    QString html;
};

QList<Example> specExamples()
{
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/markdown/commonmark/spec.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Example> examples;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = value.toObject();
        examples.append({o.value(QLatin1String("number")).toInt(),
                         o.value(QLatin1String("section")).toString(),
                         o.value(QLatin1String("markdown")).toString(),
                         o.value(QLatin1String("html")).toString()});
    }
    return examples;
}

// Raw HTML is text by design (MD_FLAG_NOHTML), and images are alt text plus a link: examples
// that hold either are counted apart. Autolinks (<scheme:...>, <a@b.c>) are not raw HTML.
bool holdsRawHtml(const Example &example)
{
    if (example.section == QLatin1String("HTML blocks") ||
        example.section == QLatin1String("Raw HTML"))
        return true;
    static const QRegularExpression autolink(
        QStringLiteral("<[a-zA-Z][a-zA-Z0-9.+-]{1,31}:[^<>\\s]*>|<[^<>\\s@]+@[^<>\\s@]+>"));
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z/!?]"));
    QString markdown = example.markdown;
    markdown.remove(autolink);
    return tag.match(markdown).hasMatch();
}

bool holdsImage(const Example &example)
{
    return example.html.contains(QLatin1String("<img"));
}

// Our link rule applied to the expected HTML: a link whose address is not http, https or
// mailto is its text. Only which links are live differs; everything else is compared.
QString withLinkRule(const QString &html)
{
    static const QRegularExpression link(
        QStringLiteral("<a href=\"([^\"]*)\"(?: title=\"[^\"]*\")?>(.*?)</a>"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype at = 0;
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += html.mid(at, match.capturedStart() - at);
        const QString href = match.captured(1);
        const bool live = href.startsWith(QLatin1String("http:"), Qt::CaseInsensitive) ||
                          href.startsWith(QLatin1String("https:"), Qt::CaseInsensitive) ||
                          href.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
        out += live ? match.captured() : match.captured(2);
        at = match.capturedEnd();
    }
    return out + html.mid(at);
}

struct Tally
{
    int passed = 0;
    int total = 0;
};

} // namespace

class TestCommonMark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void specExamplesPass_data();
    void specExamplesPass();
    void everySpecExampleStaysInert();
    void everySpecExampleStreamsToTheSameBlocks();
    void everySpecExampleShowsItsPrefixWhileStreaming();

private:
    QList<Example> m_examples;
};

void TestCommonMark::initTestCase()
{
    m_examples = specExamples();
    QCOMPARE(m_examples.size(), 652);
}

void TestCommonMark::specExamplesPass_data()
{
    QTest::addColumn<bool>("githubExtensions");
    QTest::addColumn<double>("minimumRate");
    // Plain CommonMark, as the spec tests it; and the app's dialect, where GitHub's autolinks
    // turn bare URLs and e-mail addresses into links on purpose.
    QTest::newRow("CommonMark") << false << 0.99;
    QTest::newRow("CommonMark + GitHub extensions (the app)") << true << 0.99;
}

void TestCommonMark::specExamplesPass()
{
    QFETCH(bool, githubExtensions);
    QFETCH(double, minimumRate);
    BlockParser::Options options;
    options.githubExtensions = githubExtensions;

    QMap<QString, Tally> sections;
    Tally all;
    int rawHtml = 0;
    int images = 0;
    int changedByLinkRule = 0;
    QStringList failures;
    for (const Example &example : std::as_const(m_examples)) {
        if (holdsRawHtml(example)) {
            ++rawHtml;
            continue;
        }
        if (holdsImage(example)) {
            ++images;
            continue;
        }
        const QString expectedHtml = withLinkRule(example.html);
        changedByLinkRule += expectedHtml != example.html ? 1 : 0;
        const QString got = HtmlNormalizer::normalize(
            HtmlRenderer::render(BlockParser::parse(example.markdown, options)));
        const bool passed = got == HtmlNormalizer::normalize(expectedHtml);
        Tally &section = sections[example.section];
        ++section.total;
        ++all.total;
        section.passed += passed ? 1 : 0;
        all.passed += passed ? 1 : 0;
        if (!passed)
            failures << QStringLiteral("#%1 (%2)").arg(example.number).arg(example.section);
    }

    qInfo().noquote() << QStringLiteral("| section | passed |");
    qInfo().noquote() << QStringLiteral("|---|---:|");
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        qInfo().noquote()
            << QStringLiteral("| %1 | %2 / %3 |").arg(it.key()).arg(it->passed).arg(it->total);
    qInfo().noquote() << QStringLiteral("| **all** | **%1 / %2** (%3 %) |")
                             .arg(all.passed)
                             .arg(all.total)
                             .arg(100.0 * all.passed / all.total, 0, 'f', 1);
    qInfo().noquote() << QStringLiteral(
                             "Set apart: %1 with raw HTML, %2 with images; the link rule "
                             "changed the expected HTML of %3.")
                             .arg(rawHtml)
                             .arg(images)
                             .arg(changedByLinkRule);
    qInfo().noquote() << QStringLiteral("Failing: %1").arg(failures.join(QLatin1String(", ")));
    QVERIFY(all.total > 500);
    QVERIFY2(all.passed >= minimumRate * all.total, qPrintable(failures.join(QLatin1String(", "))));
}

void TestCommonMark::everySpecExampleStaysInert()
{
    // All 652 examples, raw HTML and images included: nothing but our own markup comes out.
    for (const Example &example : std::as_const(m_examples)) {
        const QList<MarkdownBlock> blocks = BlockParser::parse(example.markdown);
        QStringList outputs{HtmlRenderer::render(blocks)};
        for (const MarkdownBlock &block : blocks)
            outputs << block.richText();
        for (const QString &output : std::as_const(outputs)) {
            const QString offender = coro::test::unsafeMarkup(output);
            QVERIFY2(offender.isEmpty(),
                     qPrintable(QStringLiteral("#%1: %2").arg(example.number).arg(offender)));
        }
    }
}

void TestCommonMark::everySpecExampleStreamsToTheSameBlocks()
{
    // The spec's corner cases as streams: three seeded chunkings each.
    for (const Example &example : std::as_const(m_examples)) {
        const QString expected = HtmlRenderer::render(BlockParser::parse(example.markdown));
        for (quint32 seed = 1; seed <= 3; ++seed) {
            QRandomGenerator random(seed * 1000 + static_cast<quint32>(example.number));
            BlockParser streamed;
            const QString &text = example.markdown;
            for (qsizetype at = 0; at < text.size();) {
                const qsizetype size = std::min<qsizetype>(1 + random.bounded(4), text.size() - at);
                streamed.append(QStringView(text).sliced(at, size));
                streamed.refresh();
                at += size;
            }
            streamed.finish();
            QVERIFY2(HtmlRenderer::render(streamed.finishedBlocks()) == expected,
                     qPrintable(QStringLiteral("#%1 seed %2").arg(example.number).arg(seed)));
        }
    }
}

void TestCommonMark::everySpecExampleShowsItsPrefixWhileStreaming()
{
    // At every character, the blocks shown (final, plus the open tail parsed or extended
    // without a parse) render like a parse of the text so far.
    for (const Example &example : std::as_const(m_examples)) {
        const QString &text = example.markdown;
        if (text.contains(QLatin1String("]:")))
            continue; // Reference definitions resolve when the answer ends.
        BlockParser streamed;
        for (qsizetype at = 0; at < text.size(); ++at) {
            streamed.append(QStringView(text).sliced(at, 1));
            streamed.refresh();
            QList<MarkdownBlock> shown = streamed.blocks();
            QList<MarkdownBlock> expected = BlockParser::parse(QStringView(text).first(at + 1));
            for (QList<MarkdownBlock> *blocks : {&shown, &expected}) {
                for (MarkdownBlock &block : *blocks) {
                    for (BlockContainer &container : block.containers)
                        container.loose = false; // Settled at the end.
                }
            }
            QVERIFY2(
                shown == expected,
                qPrintable(
                    QStringLiteral("#%1 after %2 characters").arg(example.number).arg(at + 1)));
        }
    }
}

QTEST_GUILESS_MAIN(TestCommonMark)
#include "tst_commonmark.moc"
