#include "ollamaprotocol.h"
#include "errormapping.h"
#include "streamjson.h"
#include "wiremessages.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace coro {

namespace {
ErrorCode codeForMessage(const QString &message, int status)
{
    if (message.contains(QLatin1String("not found"), Qt::CaseInsensitive))
        return ErrorCode::ModelNotFound;
    return status ? errormapping::codeForStatus(status) : ErrorCode::ServerError;
}

} // namespace

HttpRequest OllamaProtocol::chatRequest(const ProviderConfig &provider, const ChatRequest &request,
                                        const QString &apiKey) const
{
    const QJsonArray messages = wiremessages::roleContentMessages(request);
    const auto &params = request.params;
    QJsonObject options{{QStringLiteral("num_predict"), params.maxTokens}};
    if (!request.adaptations.omitTemperature)
        options.insert(QStringLiteral("temperature"), params.temperature);
    if (params.topP && !request.adaptations.omitTopP)
        options.insert(QStringLiteral("top_p"), *params.topP);

    const QJsonObject body{{QStringLiteral("model"), request.model},
                           {QStringLiteral("messages"), messages},
                           {QStringLiteral("stream"), true},
                           {QStringLiteral("options"), options}};
    HttpRequest http;
    http.url = errormapping::join(provider.baseUrl, u"api/chat");
    http.headers = {{"Content-Type", "application/json"}};
    if (!apiKey.isEmpty()) // Ollama itself ignores it; a proxy in front of it may not.
        http.addHeader("Authorization", "Bearer " + apiKey.toUtf8());
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return http;
}

StreamDelta OllamaProtocol::decodeEvent(QStringView, QByteArrayView data) const
{
    StreamDelta delta;
    const auto line = streamjson::parseObject(data);
    if (!line)
        return delta;
    if (const auto error = streamjson::field(*line, "error")) {
        delta.error.message = error->is_string() ? streamjson::string(*line, "error")
                                                 : streamjson::string(*error, "message");
        delta.error.code = codeForMessage(delta.error.message, 0);
        return delta;
    }
    if (const auto message = streamjson::field(*line, "message")) {
        delta.text = streamjson::string(*message, "content");
        delta.reasoning = streamjson::string(*message, "thinking");
    }
    if (streamjson::boolean(*line, "done")) {
        delta.streamEnd = true;
        delta.finishReason = streamjson::string(*line, "done_reason");
        if (delta.finishReason.isEmpty())
            delta.finishReason = QStringLiteral("stop");
        delta.usage = Usage{streamjson::integer(*line, "prompt_eval_count"),
                            streamjson::integer(*line, "eval_count")};
    }
    return delta;
}

ProviderError OllamaProtocol::httpError(const HttpResponseHead &head, const QByteArray &body) const
{
    ProviderError error = errormapping::fromHead(head, {});
    const QJsonValue message = errormapping::parseObject(body).value(QLatin1String("error"));
    if (!message.isString()) {
        error.message = errormapping::statusMessage(head.status, body);
        return error;
    }
    error.message = message.toString();
    error.code = codeForMessage(error.message, head.status);
    return error;
}

HttpRequest OllamaProtocol::modelsRequest(const ProviderConfig &provider,
                                          const QString &apiKey) const
{
    HttpRequest http;
    http.method = HttpRequest::Method::Get;
    http.url = errormapping::join(provider.baseUrl, u"api/tags");
    if (!apiKey.isEmpty())
        http.addHeader("Authorization", "Bearer " + apiKey.toUtf8());
    return http;
}

QList<ModelInfo> OllamaProtocol::parseModels(const QByteArray &body) const
{
    QList<ModelInfo> models;
    const QJsonArray list =
        errormapping::parseObject(body).value(QLatin1String("models")).toArray();
    for (const auto &entry : list) {
        const QJsonObject object = entry.toObject();
        ModelInfo info;
        info.id = object.value(QLatin1String("name")).toString();
        const QJsonObject details = object.value(QLatin1String("details")).toObject();
        info.displayName = info.id;
        QStringList facts;
        for (const char *field : {"family", "parameter_size", "quantization_level"}) {
            if (const QString fact = details.value(QLatin1String(field)).toString();
                !fact.isEmpty())
                facts << fact;
        }
        info.tagline = facts.join(QStringLiteral(" · "));
        if (!info.id.isEmpty())
            models.append(info);
    }
    return models;
}

} // namespace coro
