#include "anthropicprotocol.h"
#include "errormapping.h"
#include "streamjson.h"
#include "wiremessages.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace coro {

namespace {
// The documented base is the host; a base ending in /v1 (as SDK users often write) works too.
QUrl apiUrl(const QUrl &base, QStringView path)
{
    const bool hasVersion =
        base.path().endsWith(QLatin1String("/v1")) || base.path().endsWith(QLatin1String("/v1/"));
    return errormapping::join(base, hasVersion ? path : QString(QStringLiteral("v1/") + path));
}

void addAuthHeaders(HttpRequest &http, const QString &apiKey)
{
    http.addHeader("anthropic-version", AnthropicProtocol::kApiVersion);
    if (!apiKey.isEmpty())
        http.addHeader("x-api-key", apiKey.toUtf8());
}
} // namespace

ErrorCode AnthropicProtocol::codeForErrorType(QStringView type)
{
    if (type == QLatin1String("authentication_error"))
        return ErrorCode::AuthenticationFailed;
    if (type == QLatin1String("permission_error"))
        return ErrorCode::PermissionDenied;
    if (type == QLatin1String("not_found_error"))
        return ErrorCode::ModelNotFound;
    if (type == QLatin1String("rate_limit_error"))
        return ErrorCode::RateLimited;
    if (type == QLatin1String("overloaded_error"))
        return ErrorCode::ModelOverloaded;
    if (type == QLatin1String("api_error"))
        return ErrorCode::ServerError;
    if (type == QLatin1String("billing_error"))
        return ErrorCode::QuotaExceeded;
    if (type == QLatin1String("timeout_error"))
        return ErrorCode::Timeout;
    if (type == QLatin1String("invalid_request_error") ||
        type == QLatin1String("request_too_large"))
        return ErrorCode::InvalidRequest;
    return ErrorCode::UnknownError;
}

HttpRequest AnthropicProtocol::chatRequest(const ProviderConfig &provider,
                                           const ChatRequest &request, const QString &apiKey) const
{
    QStringList system;
    if (!request.params.systemPrompt.isEmpty())
        system << request.params.systemPrompt;
    QJsonArray messages;
    for (const auto &message : request.messages) {
        if (message.role == ChatMessage::Role::System) {
            system << message.content; // There is no system role: it goes top level.
            continue;
        }
        const bool user = message.role == ChatMessage::Role::User;
        messages.append(QJsonObject{
            {QStringLiteral("role"), user ? QStringLiteral("user") : QStringLiteral("assistant")},
            {QStringLiteral("content"), message.content}});
    }

    const auto &params = request.params;
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("max_tokens"), params.maxTokens}, // Required by the API.
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
    };
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system.join(QStringLiteral("\n\n")));
    // Anthropic accepts temperature 0–1 only: our 0–2 range is clamped, not refused.
    if (!request.adaptations.omitTemperature)
        body.insert(QStringLiteral("temperature"), std::min(params.temperature, 1.0));
    if (params.topP && !request.adaptations.omitTopP)
        body.insert(QStringLiteral("top_p"), *params.topP);

    HttpRequest http;
    http.url = apiUrl(provider.baseUrl, u"messages");
    addAuthHeaders(http, apiKey);
    http.addHeader("content-type", "application/json");
    http.addHeader("accept", "text/event-stream");
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return http;
}

StreamDelta AnthropicProtocol::decodeEvent(QStringView eventType, QByteArrayView data) const
{
    StreamDelta delta;
    const auto event = streamjson::parseObject(data);
    if (!event)
        return delta;
    QString type = streamjson::string(*event, "type");
    if (type.isEmpty())
        type = eventType.toString();

    const auto readUsage = [](streamjson::Element object) -> std::optional<Usage> {
        const auto usage = streamjson::field(object, "usage");
        if (!usage || !usage->is_object())
            return std::nullopt;
        return Usage{streamjson::integer(*usage, "input_tokens"),
                     streamjson::integer(*usage, "output_tokens")};
    };

    if (type == QLatin1String("content_block_delta")) {
        if (const auto d = streamjson::field(*event, "delta")) {
            const QString kind = streamjson::string(*d, "type");
            if (kind == QLatin1String("text_delta"))
                delta.text = streamjson::string(*d, "text");
            else if (kind == QLatin1String("thinking_delta"))
                delta.reasoning = streamjson::string(*d, "thinking");
            // signature_delta and input_json_delta carry nothing a reader sees.
        }
    } else if (type == QLatin1String("message_start")) {
        if (const auto message = streamjson::field(*event, "message"))
            delta.usage = readUsage(*message);
    } else if (type == QLatin1String("message_delta")) {
        if (const auto d = streamjson::field(*event, "delta"))
            delta.finishReason = streamjson::string(*d, "stop_reason");
        delta.usage = readUsage(*event);
        if (delta.finishReason == QLatin1String("refusal")) {
            delta.error.code = ErrorCode::ContentFiltered;
            delta.error.message = QStringLiteral("The model declined to answer.");
        }
    } else if (type == QLatin1String("message_stop")) {
        delta.streamEnd = true;
    } else if (type == QLatin1String("error")) {
        if (const auto error = streamjson::field(*event, "error")) {
            delta.error.code = codeForErrorType(streamjson::string(*error, "type"));
            delta.error.message = streamjson::string(*error, "message");
        }
        delta.error = errormapping::inStream(delta.error);
        delta.error.requestId = streamjson::string(*event, "request_id");
    }
    // ping, content_block_start/stop and unknown event types are ignored, as the API asks.
    return delta;
}

ProviderError AnthropicProtocol::httpError(const HttpResponseHead &head,
                                           const QByteArray &body) const
{
    ProviderError error = errormapping::fromHead(head, "request-id");
    const QJsonObject root = errormapping::parseObject(body);
    const QJsonObject object = root.value(QLatin1String("error")).toObject();
    if (object.isEmpty()) {
        error.message = errormapping::statusMessage(head.status, body);
        return error;
    }
    if (const ErrorCode code = codeForErrorType(object.value(QLatin1String("type")).toString());
        code != ErrorCode::UnknownError) {
        error.code = code;
    }
    error.message = object.value(QLatin1String("message")).toString();
    if (error.requestId.isEmpty())
        error.requestId = root.value(QLatin1String("request_id")).toString();
    return error;
}

HttpRequest AnthropicProtocol::modelsRequest(const ProviderConfig &provider,
                                             const QString &apiKey) const
{
    HttpRequest http;
    http.method = HttpRequest::Method::Get;
    http.url = apiUrl(provider.baseUrl, u"models");
    http.url.setQuery(QStringLiteral("limit=1000"));
    addAuthHeaders(http, apiKey);
    return http;
}

QList<ModelInfo> AnthropicProtocol::parseModels(const QByteArray &body) const
{
    return wiremessages::idList(body, QLatin1String("data"), QLatin1String("display_name"));
}

} // namespace coro
