#include "geminiprotocol.h"
#include "errormapping.h"
#include "streamjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace coro {

namespace {
// google.rpc canonical status names, as Gemini puts them in error.status.
ErrorCode codeForStatusName(QStringView status, QStringView message)
{
    if (status == QLatin1String("UNAUTHENTICATED"))
        return ErrorCode::AuthenticationFailed;
    if (status == QLatin1String("PERMISSION_DENIED"))
        return ErrorCode::PermissionDenied;
    if (status == QLatin1String("NOT_FOUND"))
        return ErrorCode::ModelNotFound;
    if (status == QLatin1String("RESOURCE_EXHAUSTED"))
        return ErrorCode::RateLimited;
    if (status == QLatin1String("UNAVAILABLE"))
        return ErrorCode::ModelOverloaded;
    if (status == QLatin1String("DEADLINE_EXCEEDED"))
        return ErrorCode::Timeout;
    if (status == QLatin1String("INTERNAL"))
        return ErrorCode::ServerError;
    if (status == QLatin1String("INVALID_ARGUMENT") ||
        status == QLatin1String("FAILED_PRECONDITION")) {
        // An invalid key is reported as a 400 INVALID_ARGUMENT.
        if (message.contains(QLatin1String("API key"), Qt::CaseInsensitive))
            return ErrorCode::AuthenticationFailed;
        return ErrorCode::InvalidRequest;
    }
    return ErrorCode::UnknownError;
}

bool isDailyQuota(const QJsonObject &quotaFailure)
{
    for (const auto &violation : quotaFailure.value(QLatin1String("violations")).toArray()) {
        if (violation.toObject()
                .value(QLatin1String("quotaId"))
                .toString()
                .contains(QLatin1String("PerDay")))
            return true;
    }
    return false;
}

ProviderError errorFromObject(const QJsonObject &error)
{
    bool dailyQuota = false;
    ProviderError result;
    result.message = error.value(QLatin1String("message")).toString();
    result.code =
        codeForStatusName(error.value(QLatin1String("status")).toString(), result.message);
    for (const auto &detail : error.value(QLatin1String("details")).toArray()) {
        const QJsonObject object = detail.toObject();
        const QString type = object.value(QLatin1String("@type")).toString();
        if (type.endsWith(QLatin1String("RetryInfo")))
            result.retryAfterMs =
                errormapping::parseDurationMs(object.value(QLatin1String("retryDelay")).toString());
        else if (object.value(QLatin1String("reason")).toString() ==
                 QLatin1String("API_KEY_INVALID"))
            result.code = ErrorCode::AuthenticationFailed;
        else if (type.endsWith(QLatin1String("QuotaFailure")) && isDailyQuota(object))
            dailyQuota = true;
    }
    // A per-minute limit passes (rate_limited, retried); a daily quota does not until tomorrow.
    if (dailyQuota && result.code == ErrorCode::RateLimited)
        result.code = ErrorCode::QuotaExceeded;
    return result;
}

bool isFilterReason(QStringView reason)
{
    return reason == QLatin1String("SAFETY") || reason == QLatin1String("RECITATION") ||
           reason == QLatin1String("BLOCKLIST") || reason == QLatin1String("PROHIBITED_CONTENT") ||
           reason == QLatin1String("SPII") || reason == QLatin1String("IMAGE_SAFETY");
}

QJsonObject textParts(const QString &text)
{
    return QJsonObject{
        {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), text}}}}};
}
} // namespace

HttpRequest GeminiProtocol::chatRequest(const ProviderConfig &provider, const ChatRequest &request,
                                        const QString &apiKey) const
{
    QStringList system;
    if (!request.params.systemPrompt.isEmpty())
        system << request.params.systemPrompt;
    QJsonArray contents;
    for (const auto &message : request.messages) {
        if (message.role == ChatMessage::Role::System) {
            system << message.content;
            continue;
        }
        QJsonObject content = textParts(message.content);
        content.insert(QStringLiteral("role"), message.role == ChatMessage::Role::User
                                                   ? QStringLiteral("user")
                                                   : QStringLiteral("model"));
        contents.append(content);
    }

    const auto &params = request.params;
    QJsonObject config{{QStringLiteral("maxOutputTokens"), params.maxTokens}};
    if (!request.adaptations.omitTemperature)
        config.insert(QStringLiteral("temperature"), params.temperature);
    if (params.topP && !request.adaptations.omitTopP)
        config.insert(QStringLiteral("topP"), *params.topP);

    QJsonObject body{{QStringLiteral("contents"), contents},
                     {QStringLiteral("generationConfig"), config}};
    if (!system.isEmpty())
        body.insert(QStringLiteral("systemInstruction"),
                    textParts(system.join(QStringLiteral("\n\n"))));

    HttpRequest http;
    http.url = errormapping::join(provider.baseUrl,
                                  QString(QStringLiteral("v1beta/models/") + request.model +
                                          QStringLiteral(":streamGenerateContent")));
    http.url.setQuery(QStringLiteral("alt=sse"));
    http.headers = {{"Content-Type", "application/json"}, {"Accept", "text/event-stream"}};
    if (!apiKey.isEmpty()) // In a header, never in the URL, so it cannot end up in a log line.
        http.addHeader("x-goog-api-key", apiKey.toUtf8());
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return http;
}

StreamDelta GeminiProtocol::decodeEvent(QStringView, QByteArrayView data) const
{
    StreamDelta delta;
    const auto response = streamjson::parseObject(data);
    if (!response)
        return delta;
    if (streamjson::field(*response, "error")) { // Rare: the HTTP error mapping does the work.
        delta.error = errormapping::inStream(errorFromObject(
            errormapping::parseObject(data).value(QLatin1String("error")).toObject()));
        return delta;
    }

    simdjson::dom::array candidates;
    std::optional<streamjson::Element> candidate;
    if ((*response)["candidates"].get(candidates) == simdjson::SUCCESS &&
        candidates.begin() != candidates.end()) {
        candidate = *candidates.begin();
    }
    simdjson::dom::array parts;
    if (candidate && (*candidate)["content"]["parts"].get(parts) == simdjson::SUCCESS) {
        for (const streamjson::Element part : parts) {
            if (streamjson::boolean(part, "thought"))
                delta.reasoning += streamjson::string(part, "text");
            else
                delta.text += streamjson::string(part, "text");
        }
    }

    if (const auto usage = streamjson::field(*response, "usageMetadata")) {
        const int answer = streamjson::integer(*usage, "candidatesTokenCount");
        const int thoughts = streamjson::integer(*usage, "thoughtsTokenCount", 0);
        delta.usage = Usage{streamjson::integer(*usage, "promptTokenCount"),
                            answer < 0 ? -1 : answer + thoughts};
    }

    if (candidate)
        delta.finishReason = streamjson::string(*candidate, "finishReason");
    QString blockReason;
    if (const auto feedback = streamjson::field(*response, "promptFeedback"))
        blockReason = streamjson::string(*feedback, "blockReason");
    if (!blockReason.isEmpty() || isFilterReason(delta.finishReason)) {
        delta.error.code = ErrorCode::ContentFiltered;
        delta.error.message =
            QStringLiteral("Gemini blocked the %1 (%2).")
                .arg(blockReason.isEmpty() ? QStringLiteral("answer") : QStringLiteral("prompt"),
                     blockReason.isEmpty() ? delta.finishReason : blockReason);
    }
    // There is no [DONE]: the chunk with a finishReason is the last one.
    delta.streamEnd = !delta.finishReason.isEmpty();
    return delta;
}

ProviderError GeminiProtocol::httpError(const HttpResponseHead &head, const QByteArray &body) const
{
    ProviderError error = errormapping::fromHead(head, "x-request-id");
    const QJsonObject object =
        errormapping::parseObject(body).value(QLatin1String("error")).toObject();
    if (object.isEmpty()) {
        error.message = errormapping::statusMessage(head.status, body);
        return error;
    }
    const ProviderError fromBody = errorFromObject(object);
    if (fromBody.code != ErrorCode::UnknownError)
        error.code = fromBody.code;
    error.message = fromBody.message;
    if (!error.retryAfterMs)
        error.retryAfterMs = fromBody.retryAfterMs;
    return error;
}

HttpRequest GeminiProtocol::modelsRequest(const ProviderConfig &provider,
                                          const QString &apiKey) const
{
    HttpRequest http;
    http.method = HttpRequest::Method::Get;
    http.url = errormapping::join(provider.baseUrl, u"v1beta/models");
    http.url.setQuery(QStringLiteral("pageSize=1000"));
    if (!apiKey.isEmpty())
        http.addHeader("x-goog-api-key", apiKey.toUtf8());
    return http;
}

QList<ModelInfo> GeminiProtocol::parseModels(const QByteArray &body) const
{
    QList<ModelInfo> models;
    const QJsonArray list =
        errormapping::parseObject(body).value(QLatin1String("models")).toArray();
    for (const auto &entry : list) {
        const QJsonObject object = entry.toObject();
        const QJsonArray methods =
            object.value(QLatin1String("supportedGenerationMethods")).toArray();
        // The list also holds embedding models: keep the ones that can chat.
        if (!methods.contains(QStringLiteral("streamGenerateContent")) &&
            !methods.contains(QStringLiteral("generateContent")))
            continue;
        ModelInfo info;
        info.id = object.value(QLatin1String("name")).toString();
        if (info.id.startsWith(QLatin1String("models/")))
            info.id = info.id.mid(7);
        info.displayName = object.value(QLatin1String("displayName")).toString(info.id);
        info.tagline = object.value(QLatin1String("description")).toString();
        if (!info.id.isEmpty())
            models.append(info);
    }
    return models;
}

} // namespace coro
