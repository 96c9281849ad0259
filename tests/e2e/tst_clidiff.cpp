#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace coro::test;

namespace {
QString dataSet(const char *name)
{
    return QStringLiteral(CORO_TEST_DATA_DIR "/diff/") + QLatin1String(name);
}

QList<QJsonObject> expectedLines(const QString &set)
{
    QFile file(QDir(set).filePath(QStringLiteral("expected.jsonl")));
    QList<QJsonObject> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

// Runs coro-cli in the set's folder, so files are named as in expected.jsonl.
CliResult diffIn(const QString &set, const QStringList &arguments)
{
    const QString previous = QDir::currentPath();
    QDir::setCurrent(set);
    CliResult result = runCli(QStringList{QStringLiteral("diff")} + arguments);
    QDir::setCurrent(previous);
    return result;
}
} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonClassifiesEverySentence_data();
    void jsonClassifiesEverySentence();
    void twoFilesGiveAWordDiff();
    void moreFilesWithoutJsonGiveASummary();
    void badUsageExitsOne_data();
    void badUsageExitsOne();
};

void TestCliDiff::jsonClassifiesEverySentence_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("eiffel") << dataSet("eiffel")
                            << QStringList{QStringLiteral("a.md"), QStringLiteral("b.md"),
                                           QStringLiteral("c.md")};
    QTest::newRow("tuple") << dataSet("tuple")
                           << QStringList{QStringLiteral("a.md"), QStringLiteral("b.md")};
    QTest::newRow("threads") << dataSet("threads")
                             << QStringList{QStringLiteral("a.md"), QStringLiteral("b.md")};
}

void TestCliDiff::jsonClassifiesEverySentence()
{
    QFETCH(QString, set);
    QFETCH(QStringList, files);
    const CliResult r = diffIn(set, QStringList{QStringLiteral("--json")} + files);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines, expectedLines(set));
}

void TestCliDiff::twoFilesGiveAWordDiff()
{
    const CliResult r = diffIn(dataSet("eiffel"), {QStringLiteral("a.md"), QStringLiteral("b.md")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("It is [-330-]{+300+} metres tall."), r.out.constData());
    // Whole sentences that only one answer has are whole pieces, not scattered words.
    QVERIFY(r.out.contains("{+- The tower is repainted every seven years.\n+}"));
    QVERIFY(
        r.out.contains("[-- It was designed by the engineering company of Gustave Eiffel.\n-]"));
}

void TestCliDiff::moreFilesWithoutJsonGiveASummary()
{
    const CliResult r = diffIn(dataSet("eiffel"), {QStringLiteral("a.md"), QStringLiteral("b.md"),
                                                   QStringLiteral("c.md")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("== a.md\n"));
    QVERIFY(r.out.contains("= The tower was completed in 1889.\n"));
    QVERIFY(r.out.contains("+ It is 330 metres tall.  ! contradicts b.md\n"));
    QVERIFY(r.out.contains(
        "~ It was designed by the engineering company of Gustave Eiffel.  (c.md)\n"));
}

void TestCliDiff::badUsageExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("one file") << QStringList{QStringLiteral("a.md")};
    QTest::newRow("one file, json")
        << QStringList{QStringLiteral("--json"), QStringLiteral("a.md")};
    QTest::newRow("missing file") << QStringList{QStringLiteral("a.md"), QStringLiteral("nope.md")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--html"), QStringLiteral("a.md"), QStringLiteral("b.md")};
}

void TestCliDiff::badUsageExitsOne()
{
    QFETCH(QStringList, arguments);
    const CliResult r = diffIn(dataSet("eiffel"), arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith("coro-cli diff: "));
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_clidiff.moc"
