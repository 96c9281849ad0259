#pragma once

#include "engine/modelrun.h"
#include "fakeproviderserver.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(coro::ProtocolKind) // Test data rows carry it.

namespace coro::test {

inline const QString kPrompt = QStringLiteral("What is 2+2?");

/// The answer FakeProviderServer streams for a normal model.
inline QString expectedAnswer(ProtocolKind kind, const QString &model,
                              const QString &prompt = kPrompt)
{
    return QStringLiteral("Hello from %1 model %2. You said: %3")
        .arg(protocolName(kind), model, prompt);
}

/// A run against the fake server with short timeouts and fast retries.
inline ModelRunConfig fakeConfig(const FakeProviderServer &server, ProtocolKind kind,
                                 const QString &model,
                                 const QString &key = QStringLiteral("test-key"))
{
    ModelRunConfig config;
    config.provider.id = QStringLiteral("fake-") + protocolName(kind);
    config.provider.name = QStringLiteral("Fake ") + protocolName(kind);
    config.provider.protocol = kind;
    config.provider.baseUrl = server.baseUrl(kind);
    config.provider.keyEnv = QStringLiteral("FAKE_KEY");
    config.ref = {config.provider.id, model};
    config.apiKey = key;
    config.messages = {ChatMessage{ChatMessage::Role::User, kPrompt}};
    config.timeouts = {5000, 10000, 5000};
    config.retry.baseDelayMs = 10;
    config.retry.maxAttempts = 3;
    return config;
}

/// Runs one model to its end and returns it (owned by @p parent).
inline ModelRun *runToEnd(ModelRunConfig config, QNetworkAccessManager *network, QObject *parent,
                          int timeoutMs = 20000)
{
    auto *run = new ModelRun(std::move(config), network, parent);
    QSignalSpy finished(run, &ModelRun::finished);
    run->start();
    if (!run->isFinished())
        finished.wait(timeoutMs);
    return run;
}

/// One data row per protocol, in the column "kind".
inline void addProtocolRows()
{
    QTest::addColumn<ProtocolKind>("kind");
    for (const auto kind : {ProtocolKind::OpenAi, ProtocolKind::Anthropic, ProtocolKind::Gemini,
                            ProtocolKind::Ollama})
        QTest::newRow(qPrintable(protocolName(kind))) << kind;
}

/// Every piece of text a run told (textAppended), joined.
inline QString toldText(const QSignalSpy &deltas)
{
    QString told;
    for (const auto &args : deltas)
        told += args.first().toString();
    return told;
}

} // namespace coro::test
