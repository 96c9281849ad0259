// Engine overhead: CPU time the client spends per MB of streamed answer while 8 models stream
// at once from a local fake server running in another process. The baseline, measured in the
// same process on the same responses, is the cost of merely receiving the bytes (HttpStream,
// no parsing), so the ratio shows what parsing, decoding and bookkeeping add.
#include "engine/turn.h"
#include "net/httpstream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace coro;

namespace {
constexpr int kStreams = 8;

struct Measurement
{
    double cpuMs = 0;
    double wallMs = 0;
    qint64 answerBytes = 0; ///< UTF-8 bytes of answer text the user would read.
    qint64 bodyBytes = 0;   ///< Bytes on the wire (JSON framing included).
};

double cpuNowMs()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

QList<ModelRunConfig> configs(quint16 port, int deltas)
{
    QList<ModelRunConfig> list;
    const ProtocolKind kinds[] = {ProtocolKind::OpenAi, ProtocolKind::Anthropic,
                                  ProtocolKind::Gemini, ProtocolKind::Ollama};
    for (int i = 0; i < kStreams; ++i) {
        ModelRunConfig config;
        config.provider.protocol = kinds[i % 4];
        config.provider.id = QStringLiteral("bench-%1").arg(i);
        config.provider.requiresKey = false;
        const QString host = QStringLiteral("http://127.0.0.1:%1").arg(port);
        config.provider.baseUrl = QUrl(
            config.provider.protocol == ProtocolKind::OpenAi ? host + QStringLiteral("/v1") : host);
        config.ref = {config.provider.id, QStringLiteral("long:%1").arg(deltas)};
        config.messages = {ChatMessage{ChatMessage::Role::User, QStringLiteral("benchmark")}};
        config.timeouts = {30000, 60000, 30000};
        list << config;
    }
    return list;
}

Measurement runEngine(QNetworkAccessManager *network, quint16 port, int deltas)
{
    Turn turn(configs(port, deltas), network);
    QEventLoop loop;
    QObject::connect(&turn, &Turn::finished, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    const double cpu0 = cpuNowMs();
    wall.start();
    turn.start();
    loop.exec();
    Measurement m;
    m.cpuMs = cpuNowMs() - cpu0;
    m.wallMs = static_cast<double>(wall.elapsed());
    for (int i = 0; i < turn.size(); ++i) {
        if (turn.run(i)->state() != ModelRun::State::Done) {
            std::fprintf(stderr, "run %d ended %s: %s\n", i,
                         qPrintable(ModelRun::stateName(turn.run(i)->state())),
                         qPrintable(turn.run(i)->error().message));
            std::exit(1);
        }
        m.answerBytes += turn.run(i)->text().toUtf8().size();
    }
    return m;
}

Measurement runBaseline(QNetworkAccessManager *network, quint16 port, int deltas)
{
    std::vector<std::unique_ptr<HttpStream>> streams;
    int pending = kStreams;
    Measurement m;
    QEventLoop loop;
    QElapsedTimer wall;
    const double cpu0 = cpuNowMs();
    wall.start();
    for (const ModelRunConfig &config : configs(port, deltas)) {
        auto protocol = ProviderProtocol::create(config.provider.protocol);
        auto stream = std::make_unique<HttpStream>(network);
        QObject::connect(stream.get(), &HttpStream::dataReceived,
                         [&m](const QByteArray &bytes) { m.bodyBytes += bytes.size(); });
        QObject::connect(stream.get(), &HttpStream::finished, [&] {
            if (--pending == 0)
                loop.quit();
        });
        QObject::connect(stream.get(), &HttpStream::failed, [&] { std::exit(1); });
        stream->start(protocol->chatRequest(config.provider,
                                            {config.ref.model, config.messages, config.params, {}},
                                            {}),
                      {30000, 30000});
        streams.push_back(std::move(stream));
    }
    loop.exec();
    m.cpuMs = cpuNowMs() - cpu0;
    m.wallMs = static_cast<double>(wall.elapsed());
    return m;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int deltas = argc > 1 ? std::atoi(argv[1]) : 65536; // ~1 MB of answer per stream
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 5;

    QProcess server;
    server.start(QStringLiteral(CORO_FAKE_PROVIDER_PATH), {});
    if (!server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "coro-fake-provider did not start\n");
        return 1;
    }
    const auto port = static_cast<quint16>(
        QJsonDocument::fromJson(server.readLine()).object().value(QStringLiteral("port")).toInt());

    QNetworkAccessManager network;
    runEngine(&network, port, 256); // Warm up connections and caches.
    std::vector<double> engineMsPerMb, baselineMsPerMb, ratios;
    Measurement lastEngine, lastBaseline;
    for (int i = 0; i < repetitions; ++i) {
        lastBaseline = runBaseline(&network, port, deltas);
        lastEngine = runEngine(&network, port, deltas);
        const double answerMb = lastEngine.answerBytes / 1e6;
        engineMsPerMb.push_back(lastEngine.cpuMs / answerMb);
        baselineMsPerMb.push_back(lastBaseline.cpuMs / answerMb);
        ratios.push_back(lastEngine.cpuMs / std::max(1.0, lastBaseline.cpuMs));
    }
    server.kill();
    server.waitForFinished();

    std::printf("engine: %d parallel streams (2 each OpenAI, Anthropic, Gemini, Ollama), "
                "%d deltas each, %d repetitions, medians\n",
                kStreams, deltas, repetitions);
    std::printf("  answer text per run      %8.2f MB (on the wire %.2f MB)\n",
                lastEngine.answerBytes / 1e6, lastBaseline.bodyBytes / 1e6);
    std::printf("  client CPU, full engine  %8.1f ms per MB of answer  (target <= 50)\n",
                median(engineMsPerMb));
    std::printf("  client CPU, receive only %8.1f ms per MB of answer  (baseline)\n",
                median(baselineMsPerMb));
    std::printf("  engine / baseline        %8.2f x\n", median(ratios));
    std::printf("  wall time, full engine   %8.0f ms\n", lastEngine.wallMs);
    return 0;
}
