#include "fakedialect.h"

namespace coro::test {

namespace {
using Kind = FakeScenario::Kind;

// Deltas sent before a stream goes wrong on purpose: enough to prove partial text is kept.
qsizetype deltasBeforeFault(Kind kind, qsizetype available)
{
    switch (kind) {
    case Kind::MidstreamError:
    case Kind::Truncated:
    case Kind::Reset:
    case Kind::Filtered:
        return std::min<qsizetype>(3, available);
    case Kind::Stall:
        return std::min<qsizetype>(2, available);
    default:
        return available;
    }
}
} // namespace

FakeDialect::FakeDialect(FakeChat chat) : m_chat(std::move(chat)) {}

std::unique_ptr<FakeDialect> FakeDialect::create(const FakeChat &chat)
{
    switch (chat.protocol) {
    case ProtocolKind::OpenAi:
        return makeOpenAiDialect(chat);
    case ProtocolKind::Anthropic:
        return makeAnthropicDialect(chat);
    case ProtocolKind::Gemini:
        return makeGeminiDialect(chat);
    case ProtocolKind::Ollama:
        return makeOllamaDialect(chat);
    }
    return nullptr;
}

QStringList fakeModelIds(ProtocolKind protocol)
{
    switch (protocol) {
    case ProtocolKind::OpenAi:
        return {QStringLiteral("gpt-fake"), QStringLiteral("reasoning")};
    case ProtocolKind::Anthropic:
        return {QStringLiteral("claude-fake"), QStringLiteral("reasoning")};
    case ProtocolKind::Gemini:
        return {QStringLiteral("gemini-fake"), QStringLiteral("reasoning")};
    case ProtocolKind::Ollama:
        return {QStringLiteral("llama-fake:latest"), QStringLiteral("reasoning:latest")};
    }
    return {};
}

FakeResponse FakeDialect::respond(int tokenDelayMs)
{
    const FakeScenario &scenario = m_chat.scenario;
    switch (scenario.kind) {
    case Kind::HttpStatus:
        return error({FakeFault::Kind::Status, scenario.argument, std::nullopt, {}});
    case Kind::Quota:
        return error({FakeFault::Kind::Quota, 429, std::nullopt, {}});
    case Kind::RejectMaxTokens:
        if (m_chat.protocol == ProtocolKind::OpenAi &&
            m_chat.body.contains(QLatin1String("max_tokens")))
            return error({FakeFault::Kind::UnsupportedMaxTokens, 400, std::nullopt, {}});
        break;
    case Kind::Flaky:
        if (m_chat.modelRequestNumber <= scenario.argument)
            return error({FakeFault::Kind::Status, 503, 20, {}});
        break;
    case Kind::RateLimit:
        if (m_chat.modelRequestNumber <= scenario.argument)
            return error({FakeFault::Kind::Status, 429, 30, {}});
        break;
    case Kind::NoResponse: {
        FakeResponse response;
        response.silent = true;
        response.ending = FakeResponse::Ending::Hold;
        return response;
    }
    case Kind::Long:
    case Kind::Prose:
        return longStream();
    case Kind::HugeLine:
        return hugeLine();
    case Kind::Cold: {
        FakeResponse response = stream(tokenDelayMs);
        response.headDelayMs = scenario.argument;
        return response;
    }
    case Kind::Think: {
        FakeResponse response = stream(tokenDelayMs);
        if (!response.pieces.isEmpty())
            response.pieces.first().delayMs = scenario.argument;
        return response;
    }
    default:
        break;
    }
    return stream(tokenDelayMs);
}

FakeResponse FakeDialect::stream(int tokenDelayMs)
{
    const Kind kind = m_chat.scenario.kind;
    const int delay = kind == Kind::Slow ? m_chat.scenario.argument : tokenDelayMs;
    const int deltaDelay = delay > 0 ? delay : -1;
    const bool keepAlive = kind == Kind::KeepAlive;
    // Ollama has no content filter end: it gets the normal answer.
    const bool filtered = kind == Kind::Filtered && m_chat.protocol != ProtocolKind::Ollama;

    FakeResponse response = FakeResponse::stream(contentType(), streamHeaders());
    if (keepAlive)
        response.append(comment("keep-alive"));
    response.append(begin());
    if (kind == Kind::Reasoning) {
        for (const QString &token : reasoningTokens())
            response.append(reasoning(token), deltaDelay);
        response.append(endReasoning());
    }

    const QStringList tokens =
        m_chat.script.isNull() ? answerTokens(m_chat.protocol, m_chat.model, m_chat.lastUserMessage)
                               : splitKeepingSpaces(m_chat.script);
    const qsizetype count = kind == Kind::Filtered && !filtered
                                ? tokens.size()
                                : deltasBeforeFault(kind, tokens.size());
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray frame = text(tokens.at(i));
        int frameDelay = deltaDelay;
        if (keepAlive && i == 0) {
            // OpenRouter's comment arrives in the same read as the data that follows it.
            frame.prepend(comment("OPENROUTER PROCESSING"));
        } else if (keepAlive) {
            response.append(comment("keep-alive"), deltaDelay);
            if (i % 3 == 1)
                response.append(ping());
            frameDelay = -1;
        }
        response.append(frame, frameDelay);
    }

    switch (kind) {
    case Kind::MidstreamError:
        response.append(midstreamError());
        break;
    case Kind::Truncated:
        break; // A clean HTTP end without the protocol's end marker.
    case Kind::Reset:
        response.ending = FakeResponse::Ending::Reset;
        break;
    case Kind::Stall:
        response.ending = FakeResponse::Ending::Hold;
        break;
    default:
        response.append(finish(filtered), deltaDelay);
        break;
    }
    if (kind == Kind::Fragmented)
        response.splitIntoSingleBytes();
    return response;
}

FakeResponse FakeDialect::longStream()
{
    // Few large writes: a benchmark must measure the client, not one timer per delta.
    constexpr qsizetype kPieceBytes = 256 * 1024;
    FakeResponse response = FakeResponse::stream(contentType(), streamHeaders());
    QByteArray piece = begin();
    piece.reserve(kPieceBytes + 4096);
    const QStringList tokens = answerTokens(m_chat.protocol, m_chat.model, m_chat.lastUserMessage);
    for (const QString &token : tokens) {
        piece += text(token);
        if (piece.size() >= kPieceBytes) {
            response.append(std::exchange(piece, {}));
            piece.reserve(kPieceBytes + 4096);
        }
    }
    piece += finish(false);
    response.append(piece);
    return response;
}

FakeResponse FakeDialect::hugeLine()
{
    // A hostile server: one frame that never ends, written in 1 MiB pieces. SSE and NDJSON
    // framing alike put it on a single line.
    constexpr qsizetype kPieceBytes = 1024 * 1024;
    FakeResponse response = FakeResponse::stream(contentType(), streamHeaders());
    response.append(begin());
    QByteArray start = textFrame(QStringLiteral("x"));
    start.truncate(start.indexOf('x'));
    response.append(start);
    const QByteArray piece(kPieceBytes, 'x');
    for (int i = 0; i < m_chat.scenario.argument; ++i)
        response.append(piece);
    response.ending = FakeResponse::Ending::Hold;
    return response;
}

QByteArray FakeDialect::text(const QString &text)
{
    ++m_textDeltas;
    return textFrame(text);
}

QByteArray FakeDialect::reasoning(const QString &text)
{
    ++m_reasoningDeltas;
    return reasoningFrame(text);
}

} // namespace coro::test
