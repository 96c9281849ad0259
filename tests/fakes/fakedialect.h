#pragma once

#include "fakeresponse.h"
#include "fakescenario.h"

#include <memory>
#include <optional>

namespace coro::test {

/**
 * @brief Why an error answer is sent, which decides its body and its retry hints.
 */
struct FakeFault
{
    enum class Kind {
        Status,               ///< The protocol's usual body for the status.
        Quota,                ///< Out of credit; the dialect chooses the status.
        UnsupportedMaxTokens, ///< OpenAI's 400 for max_tokens on a reasoning model.
        Message,              ///< Our own detail text (malformed request, unknown path).
    };

    Kind kind = Kind::Status;
    int status = 500;
    std::optional<int> retryAfterMs; ///< Replaces the usual retry hints (flaky:N, ratelimit:N).
    QString detail;
};

/**
 * @brief One protocol's wire shapes: stream frames, error bodies and model lists.
 *
 * The scenario logic (which frames, in what order, with what pauses) is shared in respond();
 * subclasses only say how each frame looks. One instance serves one request, and counts the
 * deltas it wrote so that the usage it reports matches them.
 */
class FakeDialect
{
public:
    explicit FakeDialect(FakeChat chat);
    virtual ~FakeDialect() = default;

    static std::unique_ptr<FakeDialect> create(const FakeChat &chat);

    /// The whole scripted answer to the chat request, error or stream.
    FakeResponse respond(int tokenDelayMs);

    virtual FakeResponse error(const FakeFault &fault) const = 0;
    virtual FakeResponse models() const = 0;

protected:
    virtual QByteArray contentType() const { return "text/event-stream; charset=utf-8"; }
    virtual HttpHeaders streamHeaders() const { return {}; }
    /// Frames before the first delta.
    virtual QByteArray begin() { return {}; }
    virtual QByteArray reasoningFrame(const QString &text) = 0;
    /// Frames between the last reasoning delta and the first text delta.
    virtual QByteArray endReasoning() { return {}; }
    virtual QByteArray textFrame(const QString &text) = 0;
    /// Frames after the last delta, end-of-stream marker included.
    virtual QByteArray finish(bool filtered) = 0;
    virtual QByteArray midstreamError() = 0;
    /// A comment frame; empty for a framing without comments.
    virtual QByteArray comment(const QByteArray &text) const { return ": " + text + "\n\n"; }
    /// A protocol-level keep-alive event besides comments, if the protocol has one.
    virtual QByteArray ping() const { return {}; }

    int outputTokens() const { return m_textDeltas + m_reasoningDeltas; }
    QByteArray requestId() const { return "req_fake_" + QByteArray::number(m_chat.serial); }

    const FakeChat m_chat;
    int m_textDeltas = 0;
    int m_reasoningDeltas = 0;

private:
    QByteArray text(const QString &text);
    QByteArray reasoning(const QString &text);
    FakeResponse stream(int tokenDelayMs);
    FakeResponse longStream();
    FakeResponse hugeLine();
};

/// The models a fake provider lists (its models endpoint and providers.json), default first.
QStringList fakeModelIds(ProtocolKind protocol);

std::unique_ptr<FakeDialect> makeOpenAiDialect(const FakeChat &chat);
std::unique_ptr<FakeDialect> makeAnthropicDialect(const FakeChat &chat);
std::unique_ptr<FakeDialect> makeGeminiDialect(const FakeChat &chat);
std::unique_ptr<FakeDialect> makeOllamaDialect(const FakeChat &chat);

} // namespace coro::test
