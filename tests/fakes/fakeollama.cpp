#include "fakedialect.h"

namespace coro::test {

namespace {
/**
 * @brief Ollama /api/chat: NDJSON lines, thinking in message.thinking, a final done:true line.
 */
class FakeOllama final : public FakeDialect
{
public:
    using FakeDialect::FakeDialect;

    FakeResponse error(const FakeFault &fault) const override
    {
        int status = fault.status;
        QString message;
        if (fault.kind == FakeFault::Kind::Quota) {
            status = 402; // A proxy in front of Ollama; Ollama itself has no quota.
            message = QStringLiteral("quota exceeded: please check your plan and billing details");
        } else if (fault.kind == FakeFault::Kind::Message) {
            message = fault.detail;
        } else {
            message = messageForStatus(status);
        }
        HttpHeaders headers;
        if (fault.retryAfterMs)
            headers.append(
                HttpHeaders::value_type{"retry-after-ms", QByteArray::number(*fault.retryAfterMs)});
        return FakeResponse::json(status, "{\"error\":" + jsonQuote(message) + "}", headers);
    }

    FakeResponse models() const override
    {
        QByteArray list;
        for (const QString &id : fakeModelIds(ProtocolKind::Ollama)) {
            list +=
                (list.isEmpty() ? "" : ",") + QByteArray("{\"name\":") + jsonQuote(id) +
                ",\"model\":" + jsonQuote(id) +
                ",\"modified_at\":\"2025-01-01T00:00:00.000000Z\",\"size\":2019393189,"
                "\"digest\":\"a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72\","
                "\"details\":{\"parent_model\":\"\",\"format\":\"gguf\",\"family\":"
                "\"llama\",\"families\":[\"llama\"],\"parameter_size\":\"3.2B\","
                "\"quantization_level\":\"Q4_K_M\"}}";
        }
        return FakeResponse::json(200, "{\"models\":[" + list + "]}");
    }

protected:
    QByteArray contentType() const override { return "application/x-ndjson"; }

    QByteArray reasoningFrame(const QString &text) override
    {
        return line("\"message\":{\"role\":\"assistant\",\"content\":\"\",\"thinking\":" +
                    jsonQuote(text) + "},\"done\":false");
    }

    QByteArray textFrame(const QString &text) override
    {
        return line("\"message\":{\"role\":\"assistant\",\"content\":" + jsonQuote(text) +
                    "},\"done\":false");
    }

    QByteArray finish(bool) override
    {
        return line("\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
                    "\"done_reason\":\"stop\",\"total_duration\":4883583458,\"load_duration\":"
                    "1334875,\"prompt_eval_count\":" +
                    QByteArray::number(m_chat.inputWords) +
                    ",\"prompt_eval_duration\":342546000,\"eval_count\":" +
                    QByteArray::number(outputTokens()) + ",\"eval_duration\":4535599000");
    }

    QByteArray midstreamError() override
    {
        return "{\"error\":\"an error was encountered while running the model: unexpected "
               "EOF\"}\n";
    }

    QByteArray comment(const QByteArray &) const override { return {}; } // NDJSON has none.

private:
    QByteArray line(const QByteArray &fields) const
    {
        return "{\"model\":" + jsonQuote(m_chat.model) +
               ",\"created_at\":\"2025-01-01T00:00:00.000000Z\"," + fields + "}\n";
    }

    QString messageForStatus(int status) const
    {
        // Only the 404 may say "not found": the client reads the code from that phrase.
        switch (status) {
        case 400:
            return QStringLiteral("invalid character 'x' looking for beginning of value");
        case 401:
            return QStringLiteral("unauthorized");
        case 403:
            return QStringLiteral("forbidden");
        case 404:
            return QStringLiteral("model \"%1\" not found, try pulling it first").arg(m_chat.model);
        case 429:
            return QStringLiteral("too many requests");
        case 500:
            return QStringLiteral("llama runner process has terminated: exit status 2");
        case 503:
            return QStringLiteral("server busy, please try again.  maximum pending requests "
                                  "exceeded");
        default:
            return QStringLiteral("request failed with status %1").arg(status);
        }
    }
};
} // namespace

std::unique_ptr<FakeDialect> makeOllamaDialect(const FakeChat &chat)
{
    return std::make_unique<FakeOllama>(chat);
}

} // namespace coro::test
