#include "openaiprotocol.h"
#include "errormapping.h"
#include "streamjson.h"
#include "wiremessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace coro {

namespace {

// OpenAI's "code"/"type" strings, OpenRouter's numeric codes and vLLM's bare objects.
ErrorCode codeForErrorObject(const QJsonObject &error, int httpStatus)
{
    const QString code = error.value(QLatin1String("code")).toString();
    const QString type = error.value(QLatin1String("type")).toString();
    if (code == QLatin1String("insufficient_quota") || type == QLatin1String("insufficient_quota"))
        return ErrorCode::QuotaExceeded;
    if (code == QLatin1String("invalid_api_key"))
        return ErrorCode::AuthenticationFailed;
    if (code == QLatin1String("model_not_found"))
        return ErrorCode::ModelNotFound;
    if (code == QLatin1String("rate_limit_exceeded"))
        return ErrorCode::RateLimited;
    if (code == QLatin1String("content_filter") ||
        code == QLatin1String("content_policy_violation"))
        return ErrorCode::ContentFiltered;
    const QString message = error.value(QLatin1String("message")).toString();
    const int status = error.value(QLatin1String("code")).toInt(httpStatus);
    if ((status == 503 || status == 500) && message.contains(QLatin1String("overloaded")))
        return ErrorCode::ModelOverloaded;
    if (status >= 400)
        return errormapping::codeForStatus(status);
    if (type == QLatin1String("server_error") || code == QLatin1String("server_error"))
        return ErrorCode::ServerError;
    if (type == QLatin1String("invalid_request_error"))
        return ErrorCode::InvalidRequest;
    return ErrorCode::UnknownError;
}

ProviderError errorFromObject(const QJsonObject &error, int httpStatus)
{
    ProviderError result;
    result.code = codeForErrorObject(error, httpStatus);
    result.message = error.value(QLatin1String("message")).toString();
    result.parameter = error.value(QLatin1String("param")).toString();
    result.providerCode = error.value(QLatin1String("code")).toString();
    return result;
}
} // namespace

bool OpenAiProtocol::isReasoningModel(QStringView model)
{
    static const QRegularExpression pattern(QStringLiteral("(^|/)(o[1-9]|gpt-5)([-.]|$)"));
    // The chat-tuned gpt-5 variants take the classic parameters.
    return pattern.match(model).hasMatch() && !model.contains(QLatin1String("-chat"));
}

HttpRequest OpenAiProtocol::chatRequest(const ProviderConfig &provider, const ChatRequest &request,
                                        const QString &apiKey) const
{
    const QJsonArray messages = wiremessages::roleContentMessages(request);
    const bool reasoning = isReasoningModel(request.model);
    const auto &params = request.params;
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
    };
    const bool completionTokens = reasoning || request.adaptations.useMaxCompletionTokens;
    body.insert(completionTokens ? QStringLiteral("max_completion_tokens")
                                 : QStringLiteral("max_tokens"),
                params.maxTokens);
    if (!reasoning && !request.adaptations.omitTemperature)
        body.insert(QStringLiteral("temperature"), params.temperature);
    if (params.topP && !reasoning && !request.adaptations.omitTopP)
        body.insert(QStringLiteral("top_p"), *params.topP);

    HttpRequest http;
    http.url = errormapping::join(provider.baseUrl, u"chat/completions");
    http.headers = {{"Content-Type", "application/json"}, {"Accept", "text/event-stream"}};
    if (!apiKey.isEmpty())
        http.addHeader("Authorization", "Bearer " + apiKey.toUtf8());
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return http;
}

StreamDelta OpenAiProtocol::decodeEvent(QStringView, QByteArrayView data) const
{
    StreamDelta delta;
    if (data.trimmed() == "[DONE]") {
        delta.streamEnd = true;
        return delta;
    }
    const auto chunk = streamjson::parseObject(data);
    if (!chunk)
        return delta;

    // OpenAI/OpenRouter: {"error":{...}}; vLLM: {"object":"error","message":...}. Rare: the
    // error mapping shared with HTTP errors does the work.
    const bool vllmError = streamjson::string(*chunk, "object") == QLatin1String("error");
    if (streamjson::field(*chunk, "error") || vllmError) {
        const QJsonObject object = errormapping::parseObject(data);
        delta.error = errormapping::inStream(errorFromObject(
            vllmError ? object : object.value(QLatin1String("error")).toObject(), 0));
        return delta;
    }

    simdjson::dom::array choices;
    if ((*chunk)["choices"].get(choices) == simdjson::SUCCESS && choices.begin() != choices.end()) {
        const streamjson::Element choice = *choices.begin();
        if (const auto d = streamjson::field(choice, "delta")) {
            delta.text = streamjson::string(*d, "content");
            delta.reasoning = streamjson::string(*d, "reasoning_content");
            if (delta.reasoning.isEmpty())
                delta.reasoning = streamjson::string(*d, "reasoning");
        }
        delta.finishReason = streamjson::string(choice, "finish_reason");
        if (delta.finishReason == QLatin1String("content_filter")) {
            delta.error.code = ErrorCode::ContentFiltered;
            delta.error.message =
                QStringLiteral("The provider's content filter stopped the answer.");
        }
    }

    auto usage = streamjson::field(*chunk, "usage");
    if (!usage) { // Groq puts it under x_groq.
        if (const auto groq = streamjson::field(*chunk, "x_groq"))
            usage = streamjson::field(*groq, "usage");
    }
    if (usage && usage->is_object()) {
        delta.usage = Usage{streamjson::integer(*usage, "prompt_tokens"),
                            streamjson::integer(*usage, "completion_tokens")};
    }
    return delta;
}

ProviderError OpenAiProtocol::httpError(const HttpResponseHead &head, const QByteArray &body) const
{
    ProviderError error = errormapping::fromHead(head, "x-request-id");
    if (error.requestId.isEmpty()) // OpenRouter
        error.requestId = QString::fromLatin1(head.header("x-generation-id"));
    const QJsonObject root = errormapping::parseObject(body);
    QJsonObject object = root.value(QLatin1String("error")).toObject();
    if (object.isEmpty() &&
        root.value(QLatin1String("object")).toString() == QLatin1String("error"))
        object = root;
    if (object.isEmpty()) {
        const QJsonValue text = root.value(QLatin1String("error"));
        error.message =
            text.isString() ? text.toString() : errormapping::statusMessage(head.status, body);
        return error;
    }
    const ProviderError fromBody = errorFromObject(object, head.status);
    error.code = fromBody.code;
    error.message = fromBody.message;
    error.parameter = fromBody.parameter;
    error.providerCode = fromBody.providerCode;
    return error;
}

bool OpenAiProtocol::adaptToRejection(const ProviderError &error,
                                      RequestAdaptations &adaptations) const
{
    // Only "this model does not take that parameter/value" is fixed by renaming or dropping
    // it; "max_tokens is too large" is not, and is left for the user to see.
    const bool unsupported =
        error.providerCode.startsWith(QLatin1String("unsupported_")) ||
        error.message.contains(QLatin1String("Unsupported"), Qt::CaseInsensitive) ||
        error.message.contains(QLatin1String("not supported"));
    if (error.code != ErrorCode::InvalidRequest || !unsupported)
        return false;
    const RequestAdaptations before = adaptations;
    const auto mentions = [&](const char *name) {
        return error.parameter == QLatin1String(name) ||
               error.message.contains(QLatin1Char('\'') + QLatin1String(name) + QLatin1Char('\''));
    };
    if (mentions("max_tokens"))
        adaptations.useMaxCompletionTokens = true;
    else if (mentions("temperature"))
        adaptations.omitTemperature = true;
    else if (mentions("top_p"))
        adaptations.omitTopP = true;
    return !(adaptations == before);
}

HttpRequest OpenAiProtocol::modelsRequest(const ProviderConfig &provider,
                                          const QString &apiKey) const
{
    HttpRequest http;
    http.method = HttpRequest::Method::Get;
    http.url = errormapping::join(provider.baseUrl, u"models");
    if (!apiKey.isEmpty())
        http.addHeader("Authorization", "Bearer " + apiKey.toUtf8());
    return http;
}

QList<ModelInfo> OpenAiProtocol::parseModels(const QByteArray &body) const
{
    return wiremessages::idList(body, QLatin1String("data"), QLatin1String("name"));
}

} // namespace coro
