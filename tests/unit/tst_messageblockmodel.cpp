#include "htmlwhitelist.h"
#include "markdown/blockparser.h"
#include "markdown/codehighlighter.h"
#include "markdown/hljshighlighter.h"
#include "markdown/messageblockmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace coro;

namespace {

QString readAnswer(const char *name)
{
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/markdown/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QVariant roleData(const MessageBlockModel &model, int row, MessageBlockModel::Role role)
{
    return model.data(model.index(row), role);
}

/// Reads every row's text as a view showing all of them does, then lets the colours that
/// reading asked for be requested (the model asks after the read, from the event loop).
void readAsAView(const MessageBlockModel &model)
{
    for (int row = 0; row < model.count(); ++row)
        roleData(model, row, MessageBlockModel::TextRole);
    QCoreApplication::processEvents();
}

/// Records highlight requests and answers them at once with a marker.
class RecordingHighlighter : public CodeHighlighter
{
public:
    QStringList requests;

    void highlight(const QString &code, const QString &, CodeThemeVariant theme, QObject *,
                   Callback callback, quintptr) override
    {
        requests << code;
        callback(QStringLiteral("<span style=\"color:%1\">")
                     .arg(theme == CodeThemeVariant::Dark ? QLatin1String("dark")
                                                          : QLatin1String("light")) +
                 plainHtml(code) + QStringLiteral("</span>"));
    }
    QString highlightNow(const QString &code, const QString &, CodeThemeVariant) override
    {
        return plainHtml(code);
    }
    bool supports(const QString &) override { return true; }
    QString backendName() const override { return QStringLiteral("recording"); }
};

} // namespace

class TestMessageBlockModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rolesDescribeEachKind();
    void streamingChangesOnlyTheLastRow();
    void finalRowsNeverChangeWhileStreaming();
    void streamedRowsEqualTheParsedAnswer();
    void updatesAreCoalescedPerInterval();
    void streamingCodeIsColouredAFewTimesPerSecond();
    void richTextIsSafe();
    void highlightJsColoursCodeRows();
    void clearStartsOver();
    void answerOutOfSightIsLaidOutWhenShown();
    void onlyCodeAViewReadsIsColoured();
};

void TestMessageBlockModel::rolesDescribeEachKind()
{
    MessageBlockModel model;
    QAbstractItemModelTester tester(&model);
    model.setText(
        QStringLiteral("## Head\n\n3. a **b**\n   - [x] done\n\n> q\n\n```Py\nx = 1\n```\n\n"
                       "| a | b |\n|:-:|--:|\n| *1* | 2 |\n\n---\n"));
    QCOMPARE(model.count(), 7);
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(MessageBlockModel::KindRole), QByteArray("kind"));
    QCOMPARE(names.value(MessageBlockModel::TextRole), QByteArray("text"));
    QCOMPARE(roleData(model, 0, MessageBlockModel::KindRole).toString(), QStringLiteral("heading"));
    QCOMPARE(roleData(model, 0, MessageBlockModel::LevelRole).toInt(), 2);
    QCOMPARE(roleData(model, 1, MessageBlockModel::TextRole).toString(),
             QStringLiteral("a <b>b</b>"));
    QCOMPARE(roleData(model, 1, MessageBlockModel::PlainTextRole).toString(),
             QStringLiteral("a b"));
    QCOMPARE(roleData(model, 1, MessageBlockModel::NumberRole).toInt(), 3);
    QVERIFY(roleData(model, 1, MessageBlockModel::OrderedRole).toBool());
    QCOMPARE(roleData(model, 2, MessageBlockModel::ListDepthRole).toInt(), 2);
    QCOMPARE(roleData(model, 2, MessageBlockModel::TaskStateRole).toString(),
             QStringLiteral("done"));
    QCOMPARE(roleData(model, 3, MessageBlockModel::QuoteDepthRole).toInt(), 1);
    QCOMPARE(roleData(model, 4, MessageBlockModel::LanguageRole).toString(), QStringLiteral("py"));
    QCOMPARE(roleData(model, 4, MessageBlockModel::CodeRole).toString(), QStringLiteral("x = 1\n"));
    QCOMPARE(roleData(model, 4, MessageBlockModel::TextRole).toString(),
             QStringLiteral("<pre>x = 1\n</pre>")); // No highlighter: escaped, uncoloured.
    QCOMPARE(roleData(model, 5, MessageBlockModel::ColumnAlignmentsRole).toStringList(),
             (QStringList{QStringLiteral("center"), QStringLiteral("right")}));
    const QVariantList rows = roleData(model, 5, MessageBlockModel::RowsRole).toList();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toStringList().at(0), QStringLiteral("<i>1</i>"));
    QCOMPARE(
        roleData(model, 5, MessageBlockModel::PlainRowsRole).toList().at(1).toStringList().at(0),
        QStringLiteral("1"));
    QVERIFY(roleData(model, 5, MessageBlockModel::TextRole)
                .toString()
                .startsWith(QLatin1String("<table>")));
    QCOMPARE(roleData(model, 6, MessageBlockModel::KindRole).toString(), QStringLiteral("rule"));
    QVERIFY(!roleData(model, 6, MessageBlockModel::OpenRole).toBool());
}

void TestMessageBlockModel::streamingChangesOnlyTheLastRow()
{
    MessageBlockModel model;
    QAbstractItemModelTester tester(&model);
    model.setUpdateInterval(0);
    int changes = 0;
    int settled = 0;
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &top, const QModelIndex &bottom, const QList<int> &roles) {
                if (roles == QList<int>{MessageBlockModel::OpenRole}) {
                    ++settled; // A row became final as it was: only its flag changes.
                    return;
                }
                ++changes;
                QCOMPARE(top.row(), model.count() - 1);
                QCOMPARE(bottom.row(), model.count() - 1);
            });
    int inserted = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                inserted += last - first + 1;
                QCOMPARE(last, model.count() - 1); // Always at the end.
            });
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QString text = readAnswer("tables.md") + readAnswer("code.md");
    for (qsizetype i = 0; i < text.size(); i += 4)
        model.appendText(text.mid(i, 4));
    QVERIFY(model.isStreaming());
    QVERIFY(changes > 100);
    QVERIFY(settled > 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted, model.count());
}

void TestMessageBlockModel::finalRowsNeverChangeWhileStreaming()
{
    for (const char *name : {"nested-lists.md", "quotes.md", "mixed.md", "tables.md"}) {
        MessageBlockModel model;
        model.setUpdateInterval(0);
        QList<int> finalRows;
        connect(&model, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &top, const QModelIndex &bottom) {
                    for (int row = top.row(); row <= bottom.row(); ++row)
                        QVERIFY2(!finalRows.contains(row), name);
                    for (int row = top.row(); row <= bottom.row(); ++row) {
                        if (!roleData(model, row, MessageBlockModel::OpenRole).toBool())
                            finalRows << row;
                    }
                });
        const QString text = readAnswer(name);
        for (qsizetype i = 0; i < text.size(); i += 3)
            model.appendText(text.mid(i, 3));
    }
}

void TestMessageBlockModel::streamedRowsEqualTheParsedAnswer()
{
    const QString text =
        readAnswer("nested-lists.md") + QLatin1Char('\n') + readAnswer("quotes.md");
    MessageBlockModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy streaming(&model, &MessageBlockModel::streamingChanged);
    for (qsizetype i = 0; i < text.size(); i += 5)
        model.appendText(text.mid(i, 5));
    model.finish();
    QVERIFY(!model.isStreaming());
    QCOMPARE(streaming.count(), 2);
    QCOMPARE(model.blocks(), BlockParser::parse(text));
    for (int row = 0; row < model.count(); ++row)
        QVERIFY(!roleData(model, row, MessageBlockModel::OpenRole).toBool());
}

void TestMessageBlockModel::updatesAreCoalescedPerInterval()
{
    qint64 now = 1000;
    MessageBlockModel model;
    model.setClock([&now] { return now; });
    model.setUpdateInterval(16);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendText(QStringLiteral("Hello")); // Leading edge: shown at once.
    QCOMPARE(model.count(), 1);
    for (int i = 0; i < 50; ++i) // Same frame: held back.
        model.appendText(QStringLiteral(" word"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(roleData(model, 0, MessageBlockModel::PlainTextRole).toString(),
             QStringLiteral("Hello"));
    now += 16; // Next frame: one update with everything.
    model.appendText(QStringLiteral("!"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(roleData(model, 0, MessageBlockModel::PlainTextRole)
                .toString()
                .endsWith(QLatin1String("word!")));
    model.appendText(QStringLiteral(" tail")); // Waits for the timer (real time here).
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(inserted.count(), 1);
}

void TestMessageBlockModel::streamingCodeIsColouredAFewTimesPerSecond()
{
    qint64 now = 0;
    RecordingHighlighter highlighter;
    MessageBlockModel model;
    model.setClock([&now] { return now; });
    model.setUpdateInterval(0);
    model.setHighlighter(&highlighter);
    model.appendText(QStringLiteral("```python\n"));
    // 200 lines over 20 simulated seconds, one delta every 20 ms.
    for (int line = 0; line < 200; ++line) {
        for (const QString &token : {QStringLiteral("value = "), QStringLiteral("compute("),
                                     QString::number(line), QStringLiteral(")\n")}) {
            model.appendText(token);
            readAsAView(model);
            now += 20;
        }
    }
    const int whileStreaming = static_cast<int>(highlighter.requests.size());
    // At most one per 250 ms interval: 16 s / 0.25 s = 64, plus the leading edge.
    QVERIFY2(whileStreaming <= 66, qPrintable(QString::number(whileStreaming)));
    QVERIFY(whileStreaming >= 30);
    model.appendText(QStringLiteral("```\n"));
    model.finish();
    readAsAView(model);
    QCOMPARE(highlighter.requests.size(), whileStreaming + 1); // Once more, final.
    QCOMPARE(highlighter.requests.constLast(),
             roleData(model, 0, MessageBlockModel::CodeRole).toString());
    QVERIFY(roleData(model, 0, MessageBlockModel::TextRole)
                .toString()
                .startsWith(QLatin1String("<pre><span style=\"color:light\">value")));
    model.setDarkTheme(true);
    readAsAView(model);
    QVERIFY(roleData(model, 0, MessageBlockModel::TextRole)
                .toString()
                .contains(QLatin1String("color:dark")));
}

void TestMessageBlockModel::onlyCodeAViewReadsIsColoured()
{
    // An answer with many code blocks: only the ones a view shows (reads) are coloured, each
    // once; scrolling to another colours that one.
    QString text;
    for (int i = 0; i < 20; ++i)
        text += QStringLiteral("Step %1.\n\n```python\nx = %1\n```\n\n").arg(i);
    RecordingHighlighter highlighter;
    MessageBlockModel model;
    model.setHighlighter(&highlighter);
    model.setText(text);
    QCoreApplication::processEvents();
    QVERIFY(highlighter.requests.isEmpty()); // Nothing shown yet.
    const auto codeRow = [&model](int n) {
        int seen = 0;
        for (int row = 0; row < model.count(); ++row) {
            if (roleData(model, row, MessageBlockModel::KindRole) == QStringLiteral("code") &&
                seen++ == n)
                return row;
        }
        return -1;
    };
    roleData(model, codeRow(0), MessageBlockModel::TextRole); // The first screen.
    roleData(model, codeRow(1), MessageBlockModel::TextRole);
    QVERIFY(highlighter.requests.isEmpty()); // Not while the view reads.
    QCoreApplication::processEvents();
    QCOMPARE(highlighter.requests,
             (QStringList{QStringLiteral("x = 0\n"), QStringLiteral("x = 1\n")}));
    QVERIFY(roleData(model, codeRow(0), MessageBlockModel::TextRole)
                .toString()
                .contains(QLatin1String("color:light")));
    readAsAView(model); // Read again: no second request for the coloured ones.
    QCOMPARE(highlighter.requests.size(), 20);
    model.setDarkTheme(true); // New colours, again only for what is read.
    roleData(model, codeRow(5), MessageBlockModel::TextRole);
    QCoreApplication::processEvents();
    QCOMPARE(highlighter.requests.size(), 21);
    QCOMPARE(highlighter.requests.constLast(), QStringLiteral("x = 5\n"));
}

void TestMessageBlockModel::richTextIsSafe()
{
    MessageBlockModel model;
    model.setText(
        QStringLiteral("<script>x</script> [a](javascript:x) ![b](https://t/p.gif)\n\n"
                       "| <iframe> | [c](data:x) |\n|---|---|\n| 1 | 2 |\n\n```\n<b>\n```\n"));
    for (int row = 0; row < model.count(); ++row) {
        const QString text = roleData(model, row, MessageBlockModel::TextRole).toString();
        QVERIFY2(coro::test::unsafeMarkup(text).isEmpty(), qPrintable(text));
        for (const QVariant &cells : roleData(model, row, MessageBlockModel::RowsRole).toList()) {
            for (const QString &cell : cells.toStringList())
                QVERIFY2(coro::test::unsafeMarkup(cell).isEmpty(), qPrintable(cell));
        }
    }
    QVERIFY(coro::test::unsafeMarkup(model.html()).isEmpty());
}

void TestMessageBlockModel::highlightJsColoursCodeRows()
{
    HljsHighlighter highlighter;
    if (!highlighter.supports(QStringLiteral("python")))
        QSKIP("highlight.js is not installed (libjs-highlight.js)");
    MessageBlockModel model;
    model.setHighlighter(&highlighter);
    model.setText(QStringLiteral("```python\ndef f():\n    return 1\n```\n"));
    const QString keyword =
        CodeTheme::colorName(CodeTheme::color(CodeToken::Keyword, CodeThemeVariant::Light));
    QTRY_VERIFY(roleData(model, 0, MessageBlockModel::TextRole).toString().contains(keyword));
    model.setDarkTheme(true);
    const QString darkKeyword =
        CodeTheme::colorName(CodeTheme::color(CodeToken::Keyword, CodeThemeVariant::Dark));
    QTRY_VERIFY(roleData(model, 0, MessageBlockModel::TextRole).toString().contains(darkKeyword));
    QVERIFY(model.html().contains(darkKeyword)); // Copy as HTML keeps the colours shown.
}

void TestMessageBlockModel::clearStartsOver()
{
    MessageBlockModel model;
    QAbstractItemModelTester tester(&model);
    model.setUpdateInterval(0);
    model.appendText(QStringLiteral("first answer\n\nwith two"));
    QCOMPARE(model.count(), 2);
    model.clear();
    QCOMPARE(model.count(), 0);
    QVERIFY(!model.isStreaming());
    model.appendText(QStringLiteral("# again"));
    QCOMPARE(roleData(model, 0, MessageBlockModel::KindRole).toString(), QStringLiteral("heading"));
}

void TestMessageBlockModel::answerOutOfSightIsLaidOutWhenShown()
{
    // A pane scrolled out of sight has no view: its answer streams into the parser only, is
    // neither laid out nor coloured, and shows complete and right the moment a view comes.
    const QString text =
        readAnswer("nested-lists.md") + QStringLiteral("\n```python\nx = 1\n```\n");
    RecordingHighlighter highlighter;
    MessageBlockModel model;
    QAbstractItemModelTester tester(&model);
    model.setUpdateInterval(0); // Every delta would show at once, were it shown.
    model.setHighlighter(&highlighter);
    model.setLaidOutOnlyWhenShown(true);

    auto view = std::make_unique<QObject>();
    model.addView(view.get());
    model.appendText(text.left(40));
    QVERIFY(model.count() > 0); // Shown: laid out as it comes.
    const QList<MarkdownBlock> whileShown = model.blocks();
    view.reset(); // Scrolled away.
    for (qsizetype i = 40; i < text.size(); i += 7)
        model.appendText(text.mid(i, 7));
    QCOMPARE(model.blocks(), whileShown);
    QVERIFY(model.isStreaming());
    model.finish();
    QVERIFY(!model.isStreaming());
    QCOMPARE(model.blocks(), whileShown);
    QVERIFY(highlighter.requests.isEmpty());

    QObject again;
    model.addView(&again);
    QCOMPARE(model.blocks(), BlockParser::parse(text));
    readAsAView(model);
    QVERIFY(!highlighter.requests.isEmpty()); // Coloured once shown.
    QCOMPARE(highlighter.requests.constLast(), QStringLiteral("x = 1\n"));
    for (int row = 0; row < model.count(); ++row)
        QVERIFY(!roleData(model, row, MessageBlockModel::OpenRole).toBool());
    model.appendText(QStringLiteral("more")); // Nothing after the end.
    QCOMPARE(model.blocks(), BlockParser::parse(text));

    // An answer from the history that is never shown is never parsed.
    MessageBlockModel stored;
    stored.setLaidOutOnlyWhenShown(true);
    stored.setText(text);
    QCOMPARE(stored.count(), 0);
    QObject storedView;
    stored.addView(&storedView);
    QCOMPARE(stored.blocks(), BlockParser::parse(text));
}

QTEST_GUILESS_MAIN(TestMessageBlockModel)
#include "tst_messageblockmodel.moc"
