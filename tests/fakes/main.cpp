// coro-fake-provider: the fake provider server on its own, for trying coro-cli by hand.
#include "fakeproviderserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using coro::test::FakeProviderServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coro-fake-provider"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves fake OpenAI, Anthropic, Gemini and Ollama endpoints on 127.0.0.1 until killed. "
        "The model name picks the behaviour: reasoning, keepalive, fragmented, http-429, "
        "flaky:N, ratelimit:N, midstream-error, truncated, reset, stall, no-response, slow:MS, "
        "long:N, filtered, quota, reject-max-tokens; any other name gets a normal answer."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (default: a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Write providers.json for this server into DIR."), QStringLiteral("DIR"));
    const QCommandLineOption delayOption(QStringLiteral("token-delay"),
                                         QStringLiteral("Pause between deltas in milliseconds."),
                                         QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log each request on stderr."));
    parser.addOptions({portOption, dataDirOption, delayOption, verboseOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        QTextStream(stderr) << "coro-fake-provider: --port needs a number from 0 to 65535\n";
        return 1;
    }
    FakeProviderServer server;
    server.setTokenDelayMs(parser.value(delayOption).toInt());
    if (!server.listen(static_cast<quint16>(port))) {
        QTextStream(stderr) << "coro-fake-provider: cannot listen on port " << port << '\n';
        return 1;
    }

    if (parser.isSet(dataDirOption)) {
        const QString dir = parser.value(dataDirOption);
        QFile file(QDir(dir).filePath(QStringLiteral("providers.json")));
        if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(server.providersJson()) < 0) {
            QTextStream(stderr) << "coro-fake-provider: cannot write " << file.fileName() << '\n';
            return 1;
        }
    }
    if (parser.isSet(verboseOption)) {
        QObject::connect(&server, &FakeProviderServer::requestReceived, &app,
                         [](const FakeProviderServer::RecordedRequest &request) {
                             QTextStream(stderr) << request.method << ' ' << request.path << ' '
                                                 << request.model << '\n';
                         });
    }

    // Scripts read the port from this line, so it must leave before anything else happens.
    QTextStream out(stdout);
    out << "{\"port\":" << server.port() << "}\n";
    out.flush();
    return QCoreApplication::exec();
}
