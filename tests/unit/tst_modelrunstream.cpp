#include "enginetesthelpers.h"

#include <QNetworkAccessManager>

using namespace coro;
using namespace coro::test;

/**
 * How a run tells its answer: piece by piece as it arrives, and what one network read brought
 * in one textAppended (tst_modelrun: that the whole answer, and every error, comes out right).
 */
class TestModelRunStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clear(); }
    void answerShowsAsItArrives_data();
    void answerShowsAsItArrives();
    void burstIsToldInFewSignals_data();
    void burstIsToldInFewSignals();

private:
    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
};

void TestModelRunStream::answerShowsAsItArrives_data()
{
    addProtocolRows();
}

void TestModelRunStream::answerShowsAsItArrives()
{
    // The server sends a token every 30 ms: each must be told when it comes, not at the end.
    QFETCH(ProtocolKind, kind);
    auto *run =
        new ModelRun(fakeConfig(m_server, kind, QStringLiteral("slow:30")), &m_network, this);
    QSignalSpy deltas(run, &ModelRun::textAppended);
    QSignalSpy finished(run, &ModelRun::finished);
    run->start();
    QVERIFY(deltas.wait(5000));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(run->text(), deltas.first().first().toString());
    QVERIFY(finished.wait(10000));
    QVERIFY2(deltas.count() > 3, "the answer must arrive in pieces, not at the end");
    QCOMPARE(run->state(), ModelRun::State::Done);
}

void TestModelRunStream::burstIsToldInFewSignals_data()
{
    addProtocolRows();
}

void TestModelRunStream::burstIsToldInFewSignals()
{
    // A fast stream: thousands of deltas arrive in a few reads. Each read is told once, with
    // its deltas together, and nothing is lost or repeated. Gemini repeats its token counts in
    // every chunk: they too are told once per read, after the text they count.
    QFETCH(ProtocolKind, kind);
    auto *run =
        new ModelRun(fakeConfig(m_server, kind, QStringLiteral("long:3000")), &m_network, this);
    QSignalSpy deltas(run, &ModelRun::textAppended);
    QSignalSpy usage(run, &ModelRun::usageChanged);
    QString toldBeforeUsage;
    connect(run, &ModelRun::usageChanged, this, [&] { toldBeforeUsage = toldText(deltas); });
    QSignalSpy finished(run, &ModelRun::finished);
    run->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(run->state(), ModelRun::State::Done);
    const QString told = toldText(deltas);
    QCOMPARE(told, run->text());
    QCOMPARE(told.size(), 3000 * 16); // "token-000000042 ", 16 characters each.
    QVERIFY(told.startsWith(QStringLiteral("token-000000000 token-000000001 ")));
    QVERIFY(told.endsWith(QStringLiteral("token-000002999 ")));
    QVERIFY2(deltas.count() < 1000, qPrintable(QString::number(deltas.count())));
    QVERIFY(!usage.isEmpty());
    QVERIFY2(usage.count() < 1000, qPrintable(QString::number(usage.count())));
    QCOMPARE(toldBeforeUsage, told); // The last count came after all the text.
    QVERIFY(run->usage().output > 0);
}

QTEST_MAIN(TestModelRunStream)
#include "tst_modelrunstream.moc"
