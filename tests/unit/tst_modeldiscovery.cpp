#include "cannedhttpserver.h"
#include "engine/modeldiscovery.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace coro;
using namespace coro::test;

namespace {
ProviderConfig providerAt(const CannedHttpServer &server)
{
    ProviderConfig provider;
    provider.id = QStringLiteral("canned");
    provider.name = QStringLiteral("Canned");
    provider.protocol = ProtocolKind::OpenAi;
    provider.baseUrl = QUrl(server.url(QStringLiteral("/v1")));
    return provider;
}
} // namespace

/// A models endpoint is read whole, but never without bounds: size and time.
class TestModelDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsModels();
    void endlessListIsCutAtTheCap();
    void listThatNeverEndsHitsTheDeadline();

private:
    QNetworkAccessManager m_network;
};

void TestModelDiscovery::listsModels()
{
    const QByteArray body = R"({"object":"list","data":[{"id":"m-1"},{"id":"m-2"}]})";
    CannedHttpServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Content-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(server.listen());
    ModelDiscovery discovery(&m_network);
    QSignalSpy ready(&discovery, &ModelDiscovery::modelsReady);
    discovery.fetch(providerAt(server), {});
    QVERIFY(ready.wait(5000));
    const auto models = ready.at(0).at(1).value<QList<ModelInfo>>();
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(1).id, QStringLiteral("m-2"));
}

void TestModelDiscovery::endlessListIsCutAtTheCap()
{
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Content-Length: 1000000000\r\n\r\n";
    CannedHttpServer server(head + "[" + QByteArray(ModelDiscovery::kMaxBodyBytes + 1024, ' '));
    server.setHoldOpen(true);
    QVERIFY(server.listen());
    ModelDiscovery discovery(&m_network);
    QSignalSpy failed(&discovery, &ModelDiscovery::failed);
    discovery.fetch(providerAt(server), {});
    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(1).value<ProviderError>();
    QCOMPARE(errorCodeName(error.code), QStringLiteral("server_error"));
    QVERIFY2(error.message.contains(QStringLiteral("larger than")), qPrintable(error.message));
}

void TestModelDiscovery::listThatNeverEndsHitsTheDeadline()
{
    // Bytes keep the idle timer happy; only the deadline ends it.
    CannedHttpServer server("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"data\":[");
    server.setHoldOpen(true);
    QVERIFY(server.listen());
    ModelDiscovery discovery(&m_network);
    QSignalSpy failed(&discovery, &ModelDiscovery::failed);
    QElapsedTimer clock;
    clock.start();
    discovery.fetch(providerAt(server), {}, {5000, 5000, 400});
    QVERIFY(failed.wait(10000));
    QCOMPARE(errorCodeName(failed.at(0).at(1).value<ProviderError>().code),
             QStringLiteral("timeout"));
    QVERIFY(clock.elapsed() < 3000);
}

QTEST_GUILESS_MAIN(TestModelDiscovery)
#include "tst_modeldiscovery.moc"
