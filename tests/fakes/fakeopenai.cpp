#include "fakedialect.h"

namespace coro::test {

namespace {
QByteArray number(int value)
{
    return QByteArray::number(value);
}

QByteArray errorBody(const QString &message, const QByteArray &type, const QByteArray &param,
                     const QByteArray &code)
{
    const auto orNull = [](const QByteArray &value) {
        return value.isEmpty() ? QByteArray("null") : jsonQuote(QString::fromUtf8(value));
    };
    return "{\"error\":{\"message\":" + jsonQuote(message) + ",\"type\":" + orNull(type) +
           ",\"param\":" + orNull(param) + ",\"code\":" + orNull(code) + "}}";
}

/**
 * @brief OpenAI Chat Completions: SSE data-only chunks, include_usage chunk, then [DONE].
 */
class FakeOpenAi final : public FakeDialect
{
public:
    explicit FakeOpenAi(const FakeChat &chat)
        : FakeDialect(chat),
          m_chunkPrefix("data: {\"id\":\"chatcmpl-fake" + number(chat.serial) +
                        "\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
                        "\"model\":" +
                        jsonQuote(chat.model) + ",\"system_fingerprint\":\"fp_fake\",\"choices\":")
    {}

    FakeResponse error(const FakeFault &fault) const override
    {
        HttpHeaders headers = commonHeaders();
        int status = fault.status;
        QByteArray body;
        if (fault.kind == FakeFault::Kind::Quota) {
            status = 429;
            body = errorBody(QStringLiteral("You exceeded your current quota, please check your "
                                            "plan and billing details."),
                             "insufficient_quota", {}, "insufficient_quota");
        } else if (fault.kind == FakeFault::Kind::UnsupportedMaxTokens) {
            // Verbatim from the API (WIRE-FORMATS §2).
            body = errorBody(QStringLiteral("Unsupported parameter: 'max_tokens' is not supported "
                                            "with this model. Use 'max_completion_tokens' "
                                            "instead."),
                             "invalid_request_error", "max_tokens", "unsupported_parameter");
        } else if (fault.kind == FakeFault::Kind::Message) {
            body = errorBody(fault.detail, "invalid_request_error", {}, {});
        } else {
            body = statusBody(status);
        }
        if (status == 429) {
            headers += {
                {"x-ratelimit-limit-requests", "60"},       {"x-ratelimit-remaining-requests", "0"},
                {"x-ratelimit-reset-requests", "1s"},       {"x-ratelimit-limit-tokens", "150000"},
                {"x-ratelimit-remaining-tokens", "149984"}, {"x-ratelimit-reset-tokens", "6m0s"}};
            if (!fault.retryAfterMs && fault.kind != FakeFault::Kind::Quota)
                headers.append(HttpHeaders::value_type{"retry-after-ms", "50"});
        }
        if (fault.retryAfterMs)
            headers.append(HttpHeaders::value_type{"retry-after-ms", number(*fault.retryAfterMs)});
        return FakeResponse::json(status, body, headers);
    }

    FakeResponse models() const override
    {
        QByteArray data;
        for (const QString &id : fakeModelIds(ProtocolKind::OpenAi)) {
            data += (data.isEmpty() ? "" : ",") + QByteArray("{\"id\":") + jsonQuote(id) +
                    ",\"object\":\"model\",\"created\":1700000000,\"owned_by\":\"fake\"}";
        }
        return FakeResponse::json(200, "{\"object\":\"list\",\"data\":[" + data + "]}",
                                  commonHeaders());
    }

protected:
    HttpHeaders streamHeaders() const override { return commonHeaders(); }

    QByteArray begin() override
    {
        // llama.cpp opens with "content": null rather than "".
        return choice("{\"role\":\"assistant\",\"content\":null}", "null");
    }

    QByteArray reasoningFrame(const QString &text) override
    {
        return choice("{\"content\":null,\"reasoning_content\":" + jsonQuote(text) + "}", "null");
    }

    QByteArray textFrame(const QString &text) override
    {
        return choice("{\"content\":" + jsonQuote(text) + "}", "null");
    }

    QByteArray finish(bool filtered) override
    {
        const int input = m_chat.inputWords;
        const int output = outputTokens();
        return choice("{}", filtered ? "\"content_filter\"" : "\"stop\"") + m_chunkPrefix +
               "[],\"usage\":{\"prompt_tokens\":" + number(input) +
               ",\"completion_tokens\":" + number(output) +
               ",\"total_tokens\":" + number(input + output) + "}}\n\ndata: [DONE]\n\n";
    }

    QByteArray midstreamError() override
    {
        return "data: {\"error\":{\"message\":\"The server had an error while processing your "
               "request. Sorry about that!\",\"type\":\"server_error\",\"code\":null}}\n\n";
    }

private:
    QByteArray choice(const QByteArray &delta, const QByteArray &finishReason) const
    {
        return m_chunkPrefix + "[{\"index\":0,\"delta\":" + delta +
               ",\"logprobs\":null,\"finish_reason\":" + finishReason + "}],\"usage\":null}\n\n";
    }

    HttpHeaders commonHeaders() const
    {
        return {{"x-request-id", requestId()}, {"openai-processing-ms", "1"}};
    }

    QByteArray statusBody(int status) const
    {
        switch (status) {
        case 400:
            return errorBody(QStringLiteral("We could not parse the JSON body of your request."),
                             "invalid_request_error", {}, {});
        case 401:
            return errorBody(QStringLiteral("Incorrect API key provided: bad-key. You can find "
                                            "your API key at "
                                            "https://platform.openai.com/account/api-keys."),
                             "invalid_request_error", {}, "invalid_api_key");
        case 403:
            return errorBody(QStringLiteral("Country, region, or territory not supported"),
                             "request_forbidden", {}, "unsupported_country_region_territory");
        case 404:
            return errorBody(QStringLiteral("The model `%1` does not exist or you do not have "
                                            "access to it.")
                                 .arg(m_chat.model),
                             "invalid_request_error", {}, "model_not_found");
        case 429:
            return errorBody(QStringLiteral("Rate limit reached for %1 in organization org-fake "
                                            "on requests per min (RPM): Limit 60, Used 60, "
                                            "Requested 1. Please try again in 50ms.")
                                 .arg(m_chat.model),
                             "requests", {}, "rate_limit_exceeded");
        case 500:
            return errorBody(QStringLiteral("The server had an error while processing your "
                                            "request. Sorry about that!"),
                             "server_error", {}, {});
        default:
            break;
        }
        if (status >= 500) {
            return errorBody(QStringLiteral("The engine is currently overloaded, please try "
                                            "again later"),
                             "server_error", {}, {});
        }
        return errorBody(QStringLiteral("The request failed with status %1.").arg(status),
                         "invalid_request_error", {}, {});
    }

    QByteArray m_chunkPrefix;
};
} // namespace

std::unique_ptr<FakeDialect> makeOpenAiDialect(const FakeChat &chat)
{
    return std::make_unique<FakeOpenAi>(chat);
}

} // namespace coro::test
