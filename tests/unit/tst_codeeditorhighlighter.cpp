#include "models/codeeditorhighlighter.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace coro;

/**
 * The editor's colours: the highlighter's rich text read back into ranges per line, and laid
 * over a document as the user would see it, without touching its text.
 */
class TestCodeEditorHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void richTextBecomesRangesPerLine();
    void documentGetsColoursNotEdits();
};

void TestCodeEditorHighlighter::richTextBecomesRangesPerLine()
{
    const auto lines = CodeEditorHighlighter::linesFromRichText(QStringLiteral(
        "<span style=\"color:#cf222e\">def</span> f():\n    <span style=\"color:#0a3069\">"
        "&quot;a &lt;b&gt; &amp;\n<span>c</span>&quot;</span>"));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).text, QStringLiteral("def f():"));
    QCOMPARE(lines.at(0).spans.size(), 1);
    QCOMPARE(lines.at(0).spans.at(0).start, 0);
    QCOMPARE(lines.at(0).spans.at(0).length, 3);
    QCOMPARE(lines.at(0).spans.at(0).color, QColor(QStringLiteral("#cf222e")));
    QCOMPARE(lines.at(1).text, QStringLiteral("    \"a <b> &"));
    QCOMPARE(lines.at(1).spans.at(0).start, 4);
    QCOMPARE(lines.at(1).spans.at(0).length, 8);
    // A string going on over a newline keeps its colour; a plain span inherits it.
    QCOMPARE(lines.at(2).text, QStringLiteral("c\""));
    QCOMPARE(lines.at(2).spans.size(), 2);
    QCOMPARE(lines.at(2).spans.at(0).color, QColor(QStringLiteral("#0a3069")));
    QCOMPARE(lines.at(2).spans.at(1).color, QColor(QStringLiteral("#0a3069")));
}

void TestCodeEditorHighlighter::documentGetsColoursNotEdits()
{
    QTextDocument document;
    document.documentLayout(); // As in a TextArea: without a layout no change is reported.
    const QString code = QStringLiteral("def greet(name):\n    return 'hi ' + name\n");
    document.setPlainText(code);
    CodeEditorHighlighter highlighter;
    highlighter.setLanguage(QStringLiteral("python"));
    QSignalSpy highlighted(&highlighter, &CodeEditorHighlighter::highlighted);
    highlighter.setTextDocument(&document);
    if (!highlighted.wait(10000))
        QSKIP("no highlighter backend here (highlight.js not installed)");
    QCOMPARE(document.toPlainText(), code);
    const QList<QTextLayout::FormatRange> formats = document.firstBlock().layout()->formats();
    QVERIFY(!formats.isEmpty());
    // "def" is a keyword, coloured; the text itself is unchanged.
    QCOMPARE(formats.first().start, 0);
    QCOMPARE(formats.first().length, 3);
    QVERIFY(formats.first().format.foreground().color().isValid());

    // Typing on: the edited line is plain until its colours come, then coloured again.
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("async "));
    QVERIFY(document.firstBlock().layout()->formats().isEmpty());
    QVERIFY(highlighted.wait(10000));
    QCOMPARE(document.toPlainText(), QStringLiteral("async ") + code);
    QVERIFY(!document.firstBlock().layout()->formats().isEmpty());
}

QTEST_MAIN(TestCodeEditorHighlighter)
#include "tst_codeeditorhighlighter.moc"
