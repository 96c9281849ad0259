#include "fakedialect.h"
#include "fakeproviderserver.h"
#include "models/localserverprobe.h"
#include "providers/providercatalog.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * Finding local model servers: the fake server stands in for Ollama and LM Studio on a free
 * port, and a closed port for a llama.cpp server that is not running.
 */
class TestLocalServerProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreTheLocalPresetsOnTheirUsualPorts();
    void findsRunningServersAndSkipsOthers();
    void aSilentPortDoesNotHoldTheProbeLong();

private:
    static LocalServerProbe::Candidate candidate(const QString &presetId, const QUrl &baseUrl);
    static quint16 closedPort();
};

LocalServerProbe::Candidate TestLocalServerProbe::candidate(const QString &presetId,
                                                            const QUrl &baseUrl)
{
    ProviderConfig provider = *ProviderCatalog::presets().find(presetId);
    provider.baseUrl = baseUrl;
    return {provider, presetId};
}

quint16 TestLocalServerProbe::closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // Closed when server goes.
}

void TestLocalServerProbe::defaultsAreTheLocalPresetsOnTheirUsualPorts()
{
    QStringList where;
    for (const auto &c : LocalServerProbe::defaultCandidates())
        where << c.provider.id + QLatin1Char('@') + c.provider.baseUrl.toString();
    QCOMPARE(where, QStringList({QStringLiteral("ollama@http://127.0.0.1:11434"),
                                 QStringLiteral("lmstudio@http://127.0.0.1:1234/v1"),
                                 QStringLiteral("llamacpp@http://127.0.0.1:8080/v1")}));
}

void TestLocalServerProbe::findsRunningServersAndSkipsOthers()
{
    FakeProviderServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    LocalServerProbe probe(&network);
    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
    probe.setCandidates(
        {candidate(QStringLiteral("ollama"), server.baseUrl(ProtocolKind::Ollama)),
         candidate(QStringLiteral("lmstudio"), server.baseUrl(ProtocolKind::OpenAi)),
         candidate(QStringLiteral("llamacpp"), nowhere)});
    QSignalSpy finished(&probe, &LocalServerProbe::finished);
    probe.probe();
    QVERIFY(probe.isProbing());
    QVERIFY(finished.wait(5000));
    QVERIFY(!probe.isProbing());
    QCOMPARE(probe.rowCount(), 2);
    QStringList found;
    for (int row = 0; row < probe.rowCount(); ++row) {
        const QModelIndex at = probe.index(row);
        found << probe.data(at, LocalServerProbe::PresetIdRole).toString();
        const bool ollama = found.last() == QLatin1String("ollama");
        QCOMPARE(probe.data(at, LocalServerProbe::ModelCountRole).toInt(),
                 fakeModelIds(ollama ? ProtocolKind::Ollama : ProtocolKind::OpenAi).size());
        QCOMPARE(probe.data(at, LocalServerProbe::BaseUrlRole).toString(),
                 server.baseUrl(ollama ? ProtocolKind::Ollama : ProtocolKind::OpenAi).toString());
    }
    found.sort();
    QCOMPARE(found, QStringList({QStringLiteral("lmstudio"), QStringLiteral("ollama")}));
    // The probe asked each server's models endpoint and nothing else.
    for (const auto &request : server.requests())
        QCOMPARE(request.method, QByteArray("GET"));

    // Probing again starts from scratch.
    probe.setCandidates({candidate(QStringLiteral("llamacpp"), nowhere)});
    probe.probe();
    QCOMPARE(probe.rowCount(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(probe.rowCount(), 0);
}

void TestLocalServerProbe::aSilentPortDoesNotHoldTheProbeLong()
{
    // Accepts connections and never answers, like a server stuck loading.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QNetworkAccessManager network;
    LocalServerProbe probe(&network);
    probe.setCandidates(
        {candidate(QStringLiteral("ollama"),
                   QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())))});
    QSignalSpy finished(&probe, &LocalServerProbe::finished);
    QElapsedTimer timer;
    timer.start();
    probe.probe();
    QVERIFY(finished.wait(10000));
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(probe.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestLocalServerProbe)
#include "tst_localserverprobe.moc"
