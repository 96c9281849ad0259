#include "fakedialect.h"

namespace coro::test {

namespace {
QByteArray event(const QByteArray &name, const QByteArray &data)
{
    return "event: " + name + "\ndata: " + data + "\n\n";
}

/**
 * @brief Anthropic Messages: named events, content blocks, ping, thinking + signature deltas.
 */
class FakeAnthropic final : public FakeDialect
{
public:
    using FakeDialect::FakeDialect;

    FakeResponse error(const FakeFault &fault) const override
    {
        HttpHeaders headers{{"request-id", requestId()}};
        int status = fault.status;
        QByteArray type;
        QString message;
        if (fault.kind == FakeFault::Kind::Quota) {
            status = 402;
            type = "billing_error";
            message =
                QStringLiteral("Your credit balance is too low to access the Anthropic API. "
                               "Please go to Plans & Billing to upgrade or purchase credits.");
        } else if (fault.kind == FakeFault::Kind::Message) {
            type = status == 404 ? "not_found_error" : "invalid_request_error";
            message = fault.detail;
        } else {
            type = typeForStatus(status);
            message = messageForStatus(status);
        }
        if (status == 429) {
            headers += {{"anthropic-ratelimit-requests-limit", "50"},
                        {"anthropic-ratelimit-requests-remaining", "0"},
                        {"anthropic-ratelimit-requests-reset", "2025-01-01T00:00:01Z"}};
            if (!fault.retryAfterMs)
                headers.append(HttpHeaders::value_type{"retry-after", "1"});
        }
        if (fault.retryAfterMs)
            headers.append(
                HttpHeaders::value_type{"retry-after-ms", QByteArray::number(*fault.retryAfterMs)});
        return FakeResponse::json(status, errorBody(type, message), headers);
    }

    FakeResponse models() const override
    {
        const QStringList ids = fakeModelIds(ProtocolKind::Anthropic);
        QByteArray data;
        for (const QString &id : ids) {
            data += (data.isEmpty() ? "" : ",") + QByteArray("{\"type\":\"model\",\"id\":") +
                    jsonQuote(id) + ",\"display_name\":" + jsonQuote(QStringLiteral("Fake ") + id) +
                    ",\"created_at\":\"2025-01-01T00:00:00Z\"}";
        }
        return FakeResponse::json(
            200,
            "{\"data\":[" + data + "],\"has_more\":false,\"first_id\":" + jsonQuote(ids.first()) +
                ",\"last_id\":" + jsonQuote(ids.last()) + "}",
            {{"request-id", requestId()}});
    }

protected:
    HttpHeaders streamHeaders() const override { return {{"request-id", requestId()}}; }

    QByteArray begin() override
    {
        return event("message_start",
                     "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_fake_" +
                         QByteArray::number(m_chat.serial) +
                         "\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[],"
                         "\"model\":" +
                         jsonQuote(m_chat.model) +
                         ",\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{"
                         "\"input_tokens\":" +
                         QByteArray::number(m_chat.inputWords) + ",\"output_tokens\":1}}}") +
               ping();
    }

    QByteArray reasoningFrame(const QString &text) override
    {
        QByteArray frames;
        if (m_openBlock.isEmpty())
            frames += startBlock("{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}");
        return frames + delta("{\"type\":\"thinking_delta\",\"thinking\":" + jsonQuote(text) + "}");
    }

    QByteArray endReasoning() override
    {
        // Signatures are opaque; clients must pass them back unchanged but never show them.
        QByteArray frames =
            delta("{\"type\":\"signature_delta\",\"signature\":\"RmFrZVNpZ25hdHVyZQ==\"}");
        return frames + stopBlock(); // In two statements: stopBlock() forgets the index.
    }

    QByteArray textFrame(const QString &text) override
    {
        QByteArray frames;
        if (m_openBlock.isEmpty())
            frames += startBlock("{\"type\":\"text\",\"text\":\"\"}");
        return frames + delta("{\"type\":\"text_delta\",\"text\":" + jsonQuote(text) + "}");
    }

    QByteArray finish(bool filtered) override
    {
        return stopBlock() +
               event("message_delta",
                     QByteArray("{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":") +
                         (filtered ? "\"refusal\"" : "\"end_turn\"") +
                         ",\"stop_sequence\":null},\"usage\":{\"output_tokens\":" +
                         QByteArray::number(outputTokens()) + "}}") +
               event("message_stop", "{\"type\":\"message_stop\"}");
    }

    QByteArray midstreamError() override
    {
        return event("error", "{\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", "
                              "\"message\": \"Overloaded\"}, \"request_id\": \"" +
                                  requestId() + "\"}");
    }

    QByteArray ping() const override { return event("ping", "{\"type\": \"ping\"}"); }

private:
    QByteArray startBlock(const QByteArray &block)
    {
        m_openBlock = QByteArray::number(m_nextIndex++);
        return event("content_block_start", "{\"type\":\"content_block_start\",\"index\":" +
                                                m_openBlock + ",\"content_block\":" + block + "}");
    }

    QByteArray delta(const QByteArray &delta) const
    {
        return event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" +
                                                m_openBlock + ",\"delta\":" + delta + "}");
    }

    QByteArray stopBlock()
    {
        if (m_openBlock.isEmpty())
            return {};
        return event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" +
                                               std::exchange(m_openBlock, {}) + "}");
    }

    QByteArray errorBody(const QByteArray &type, const QString &message) const
    {
        return "{\"type\":\"error\",\"error\":{\"type\":\"" + type +
               "\",\"message\":" + jsonQuote(message) + "},\"request_id\":\"" + requestId() + "\"}";
    }

    static QByteArray typeForStatus(int status)
    {
        switch (status) {
        case 401:
            return "authentication_error";
        case 402:
            return "billing_error";
        case 403:
            return "permission_error";
        case 404:
            return "not_found_error";
        case 413:
            return "request_too_large";
        case 429:
            return "rate_limit_error";
        case 503: // Anthropic sends 529 when overloaded; a 503 from a proxy means the same.
        case 529:
            return "overloaded_error";
        default:
            return status >= 500 ? "api_error" : "invalid_request_error";
        }
    }

    QString messageForStatus(int status) const
    {
        switch (status) {
        case 401:
            return QStringLiteral("invalid x-api-key");
        case 403:
            return QStringLiteral("Your API key does not have permission to use the specified "
                                  "resource.");
        case 404:
            return QStringLiteral("model: %1").arg(m_chat.model);
        case 429:
            return QStringLiteral("This request would exceed the rate limit for your "
                                  "organization of 50 requests per minute.");
        case 503:
        case 529:
            return QStringLiteral("Overloaded");
        default:
            break;
        }
        if (status >= 500)
            return QStringLiteral("Internal server error");
        return QStringLiteral("messages: roles must alternate between \"user\" and \"assistant\"");
    }

    QByteArray m_openBlock; ///< Index of the content block being streamed; empty between blocks.
    int m_nextIndex = 0;
};
} // namespace

std::unique_ptr<FakeDialect> makeAnthropicDialect(const FakeChat &chat)
{
    return std::make_unique<FakeAnthropic>(chat);
}

} // namespace coro::test
