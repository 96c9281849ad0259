#include "models/consolemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace coro;

namespace {
QStringList rows(const ConsoleModel &console)
{
    QStringList out;
    for (int i = 0; i < console.rowCount(); ++i) {
        const QModelIndex index = console.index(i);
        out << index.data(ConsoleModel::StreamRole).toString() + QLatin1Char(':') +
                   index.data(ConsoleModel::TextRole).toString();
    }
    return out;
}
} // namespace

/**
 * The console as a program's output reaches it: chunks of any size, two streams, hostile sizes.
 */
class TestConsoleModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chunksBecomeLinesOncePerFrame();
    void streamsKeepTheirOwnLines();
    void longLineIsWrappedNotLost();
    void floodIsCutWithANote();
    void imagesAndNotesComeInOrder();
};

void TestConsoleModel::chunksBecomeLinesOncePerFrame()
{
    ConsoleModel console;
    QSignalSpy inserted(&console, &QAbstractItemModel::rowsInserted);
    for (const char *chunk : {"hel", "lo\nwor", "ld", "\n", "tail"})
        console.appendStdout(QString::fromLatin1(chunk));
    QCOMPARE(console.rowCount(), 0); // Nothing before the frame.
    QTRY_COMPARE(console.rowCount(), 3);
    QCOMPARE(inserted.size(), 1); // One insertion for five chunks.
    QCOMPARE(rows(console),
             (QStringList{QStringLiteral("stdout:hello"), QStringLiteral("stdout:world"),
                          QStringLiteral("stdout:tail")}));
    // The open last line goes on in place.
    QSignalSpy changed(&console, &QAbstractItemModel::dataChanged);
    console.appendStdout(QStringLiteral(" end\n"));
    console.flush();
    QCOMPARE(console.rowCount(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(rows(console).last(), QStringLiteral("stdout:tail end"));
}

void TestConsoleModel::streamsKeepTheirOwnLines()
{
    ConsoleModel console;
    console.appendStdout(QStringLiteral("progress 1"));
    console.appendStderr(QStringLiteral("warning\n"));
    console.appendStdout(QStringLiteral("0%\n"));
    console.flush();
    // A stderr line between two chunks of stdout ends the stdout line where it was.
    QCOMPARE(rows(console),
             (QStringList{QStringLiteral("stdout:progress 1"), QStringLiteral("stderr:warning"),
                          QStringLiteral("stdout:0%")}));
    QCOMPARE(console.plainText(), QStringLiteral("progress 1\nstderr: warning\n0%"));
}

void TestConsoleModel::longLineIsWrappedNotLost()
{
    ConsoleModel console;
    const QString line(ConsoleModel::kMaxLineChars * 2 + 10, QLatin1Char('x'));
    console.appendStderr(line + QLatin1Char('\n'));
    console.flush();
    QCOMPARE(console.rowCount(), 3);
    qsizetype total = 0;
    for (int i = 0; i < console.rowCount(); ++i) {
        const QString text = console.index(i).data(ConsoleModel::TextRole).toString();
        QVERIFY(text.size() <= ConsoleModel::kMaxLineChars);
        total += text.size();
    }
    QCOMPARE(total, line.size());
    QCOMPARE(console.plainText(), QStringLiteral("stderr: ") + line);
}

void TestConsoleModel::floodIsCutWithANote()
{
    ConsoleModel console;
    QString flood;
    for (int i = 0; i < ConsoleModel::kMaxRows + 500; ++i)
        flood += QString::number(i) + QLatin1Char('\n');
    console.appendStdout(flood);
    console.flush();
    console.appendStdout(QStringLiteral("more\nand more\n"));
    console.flush();
    QCOMPARE(console.rowCount(), ConsoleModel::kMaxRows + 1);
    const QModelIndex note = console.index(console.rowCount() - 1);
    QCOMPARE(note.data(ConsoleModel::StreamRole).toString(), QStringLiteral("note"));
    // (The English plural form comes from coro_en.ts, merged with the translations.)
    QVERIFY2(note.data(ConsoleModel::TextRole)
                 .toString()
                 .startsWith(QStringLiteral("The output goes on: 502 more line")),
             qPrintable(note.data(ConsoleModel::TextRole).toString()));
    console.clear();
    QCOMPARE(console.rowCount(), 0);
}

void TestConsoleModel::imagesAndNotesComeInOrder()
{
    ConsoleModel console;
    console.appendStdout(QStringLiteral("saved"));
    console.appendImage(QUrl::fromLocalFile(QStringLiteral("/tmp/x/plot.png")),
                        QStringLiteral("plot.png"));
    console.appendNote(QStringLiteral("big.png is not shown"));
    QCOMPARE(rows(console),
             (QStringList{QStringLiteral("stdout:saved"), QStringLiteral("image:plot.png"),
                          QStringLiteral("note:big.png is not shown")}));
    QCOMPARE(console.index(1).data(ConsoleModel::ImageRole).toUrl(),
             QUrl::fromLocalFile(QStringLiteral("/tmp/x/plot.png")));
}

QTEST_GUILESS_MAIN(TestConsoleModel)
#include "tst_consolemodel.moc"
