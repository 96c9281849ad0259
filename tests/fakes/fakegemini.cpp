#include "fakedialect.h"

namespace coro::test {

namespace {
QByteArray number(int value)
{
    return QByteArray::number(value);
}

// Gemini ends every SSE line with CRLF; a parser that only splits on "\n\n" breaks here.
QByteArray frame(const QByteArray &json)
{
    return "data: " + json + "\r\n\r\n";
}

/**
 * @brief Gemini streamGenerateContent?alt=sse: CRLF frames, cumulative usage, no [DONE].
 */
class FakeGemini final : public FakeDialect
{
public:
    using FakeDialect::FakeDialect;

    FakeResponse error(const FakeFault &fault) const override
    {
        HttpHeaders headers;
        int status = fault.status;
        QByteArray body;
        if (fault.kind == FakeFault::Kind::Quota) {
            // Google has no 402; the status name is left out so that the HTTP status decides.
            status = 402;
            body = errorBody(status, {},
                             QStringLiteral("You exceeded your current quota, please check your "
                                            "plan and billing details."),
                             {});
        } else if (fault.kind == FakeFault::Kind::Message) {
            body = errorBody(status, status == 404 ? "NOT_FOUND" : "INVALID_ARGUMENT", fault.detail,
                             {});
        } else {
            body = statusBody(status, fault.retryAfterMs);
        }
        if (fault.retryAfterMs)
            headers.append(HttpHeaders::value_type{"retry-after-ms", number(*fault.retryAfterMs)});
        return FakeResponse::json(status, body, headers);
    }

    FakeResponse models() const override
    {
        QByteArray list;
        for (const QString &id : fakeModelIds(ProtocolKind::Gemini)) {
            list +=
                "{\"name\":" + jsonQuote(QStringLiteral("models/") + id) +
                ",\"version\":\"001\",\"displayName\":" + jsonQuote(QStringLiteral("Fake ") + id) +
                ",\"description\":\"A model of the fake provider\",\"inputTokenLimit\":1048576,"
                "\"outputTokenLimit\":8192,\"supportedGenerationMethods\":"
                "[\"generateContent\",\"streamGenerateContent\",\"countTokens\"]},";
        }
        // The real list mixes in embedding models, which a chat client must leave out.
        list += "{\"name\":\"models/text-embedding-fake\",\"version\":\"004\",\"displayName\":"
                "\"Fake Text Embedding\",\"inputTokenLimit\":2048,\"outputTokenLimit\":1,"
                "\"supportedGenerationMethods\":[\"embedContent\"]}";
        return FakeResponse::json(200, "{\"models\":[" + list + "]}");
    }

protected:
    QByteArray reasoningFrame(const QString &text) override
    {
        return chunk("{\"text\":" + jsonQuote(text) + ",\"thought\":true}", {});
    }

    QByteArray textFrame(const QString &text) override
    {
        return chunk("{\"text\":" + jsonQuote(text) + "}", {});
    }

    QByteArray finish(bool filtered) override
    {
        if (!filtered)
            return chunk("{\"text\":\"\"}", "STOP");
        return frame("{\"candidates\":[{\"finishReason\":\"SAFETY\",\"index\":0,\"safetyRatings\":"
                     "[{\"category\":\"HARM_CATEGORY_DANGEROUS_CONTENT\",\"probability\":\"HIGH\","
                     "\"blocked\":true}]}],\"usageMetadata\":" +
                     usage() + ",\"modelVersion\":" + jsonQuote(m_chat.model) + "}");
    }

    QByteArray midstreamError() override
    {
        return frame("{\"error\":{\"code\":500,\"message\":\"An internal error has occurred. "
                     "Please retry or report in "
                     "https://developers.generativeai.google/guide/troubleshooting\","
                     "\"status\":\"INTERNAL\"}}");
    }

    QByteArray comment(const QByteArray &text) const override { return ": " + text + "\r\n\r\n"; }

private:
    QByteArray chunk(const QByteArray &part, const QByteArray &finishReason) const
    {
        const QByteArray reason =
            finishReason.isEmpty() ? QByteArray() : ",\"finishReason\":\"" + finishReason + "\"";
        return frame("{\"candidates\":[{\"content\":{\"parts\":[" + part + "],\"role\":\"model\"}" +
                     reason + ",\"index\":0}],\"usageMetadata\":" + usage() +
                     ",\"modelVersion\":" + jsonQuote(m_chat.model) + ",\"responseId\":\"fake-" +
                     number(m_chat.serial) + "\"}");
    }

    // Cumulative: every chunk repeats the counts so far.
    QByteArray usage() const
    {
        const QByteArray thoughts = m_reasoningDeltas > 0
                                        ? ",\"thoughtsTokenCount\":" + number(m_reasoningDeltas)
                                        : QByteArray();
        return "{\"promptTokenCount\":" + number(m_chat.inputWords) +
               ",\"candidatesTokenCount\":" + number(m_textDeltas) + thoughts +
               ",\"totalTokenCount\":" + number(m_chat.inputWords + outputTokens()) + "}";
    }

    static QByteArray errorBody(int code, const QByteArray &status, const QString &message,
                                const QByteArray &details)
    {
        return "{\"error\":{\"code\":" + number(code) + ",\"message\":" + jsonQuote(message) +
               (status.isEmpty() ? QByteArray() : ",\"status\":\"" + status + "\"") +
               (details.isEmpty() ? QByteArray() : ",\"details\":" + details) + "}}";
    }

    QByteArray statusBody(int status, std::optional<int> retryAfterMs) const
    {
        switch (status) {
        case 400:
            return errorBody(status, "INVALID_ARGUMENT",
                             QStringLiteral("Invalid JSON payload received. Unknown name \"foo\": "
                                            "Cannot find field."),
                             {});
        case 401:
            return errorBody(status, "UNAUTHENTICATED",
                             QStringLiteral("API key not valid. Please pass a valid API key."),
                             "[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":"
                             "\"API_KEY_INVALID\",\"domain\":\"googleapis.com\"}]");
        case 403:
            return errorBody(status, "PERMISSION_DENIED",
                             QStringLiteral("Method doesn't allow unregistered callers (callers "
                                            "without established identity). Please use API Key "
                                            "or other form of API consumer identity to call this "
                                            "API."),
                             {});
        case 404:
            return errorBody(status, "NOT_FOUND",
                             QStringLiteral("models/%1 is not found for API version v1beta, or is "
                                            "not supported for streamGenerateContent.")
                                 .arg(m_chat.model),
                             {});
        case 429: {
            // "0.03s" for ratelimit:N, as Google writes sub-second delays.
            const QByteArray delay = retryAfterMs
                                         ? QByteArray::number(*retryAfterMs / 1000.0, 'g', 6) + "s"
                                         : QByteArray("1s");
            return errorBody(
                status, "RESOURCE_EXHAUSTED",
                QStringLiteral("You exceeded your current quota, please check your plan and "
                               "billing details."),
                "[{\"@type\":\"type.googleapis.com/google.rpc.QuotaFailure\",\"violations\":[{"
                "\"quotaMetric\":\"generativelanguage.googleapis.com/"
                "generate_content_free_tier_requests\",\"quotaId\":"
                "\"GenerateRequestsPerMinutePerProjectPerModel-FreeTier\"}]},{\"@type\":"
                "\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"" +
                    delay + "\"}]");
        }
        case 500:
            return errorBody(status, "INTERNAL",
                             QStringLiteral("An internal error has occurred. Please retry or "
                                            "report in "
                                            "https://developers.generativeai.google/guide/"
                                            "troubleshooting"),
                             {});
        default:
            break;
        }
        if (status >= 500) {
            return errorBody(status, "UNAVAILABLE",
                             QStringLiteral("The model is overloaded. Please try again later."),
                             {});
        }
        return errorBody(status, "INVALID_ARGUMENT",
                         QStringLiteral("Request failed with status %1.").arg(status), {});
    }
};
} // namespace

std::unique_ptr<FakeDialect> makeGeminiDialect(const FakeChat &chat)
{
    return std::make_unique<FakeGemini>(chat);
}

} // namespace coro::test
