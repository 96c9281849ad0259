#pragma once

#include "core/chatmessage.h"
#include "core/generationparams.h"
#include "core/streamdelta.h"
#include "net/httprequest.h"
#include "providerconfig.h"

#include <QByteArrayView>
#include <memory>

namespace coro {

/**
 * @brief What a request leaves out or renames after a model rejected a parameter.
 *
 * Starts empty; ProviderProtocol::adaptToRejection fills it from the provider's 400 answer so
 * that the request can be sent again in the form the model accepts.
 */
struct RequestAdaptations
{
    bool useMaxCompletionTokens = false; ///< OpenAI reasoning models reject max_tokens.
    bool omitTemperature = false;        ///< Some models only accept their default temperature.
    bool omitTopP = false;

    bool operator==(const RequestAdaptations &o) const
    {
        return useMaxCompletionTokens == o.useMaxCompletionTokens &&
               omitTemperature == o.omitTemperature && omitTopP == o.omitTopP;
    }
};

/**
 * @brief Everything needed to build one chat request, independent of the wire protocol.
 */
struct ChatRequest
{
    QString model;
    ChatMessages messages; ///< System messages are merged into the protocol's system slot.
    GenerationParams params;
    RequestAdaptations adaptations;
};

enum class StreamFraming { ServerSentEvents, NdJson };

/**
 * @brief One provider wire protocol: builds requests and decodes stream events and errors.
 *
 * Pure: no I/O, no state between calls. Network code sends what chatRequest() describes and
 * feeds what arrives back through decodeEvent() and httpError().
 */
class ProviderProtocol
{
public:
    virtual ~ProviderProtocol() = default;

    virtual ProtocolKind kind() const = 0;
    virtual StreamFraming framing() const { return StreamFraming::ServerSentEvents; }

    virtual HttpRequest chatRequest(const ProviderConfig &provider, const ChatRequest &request,
                                    const QString &apiKey) const = 0;

    /// @param eventType the SSE event type ("message" by default), empty for NDJSON lines.
    virtual StreamDelta decodeEvent(QStringView eventType, QByteArrayView data) const = 0;

    /// Maps a non-2xx response to an error, keeping the provider's message and request id.
    virtual ProviderError httpError(const HttpResponseHead &head, const QByteArray &body) const = 0;

    virtual HttpRequest modelsRequest(const ProviderConfig &provider,
                                      const QString &apiKey) const = 0;
    virtual QList<ModelInfo> parseModels(const QByteArray &body) const = 0;

    /// After a 400 naming a parameter the model does not accept, adjusts @p adaptations so that
    /// a second attempt can succeed. Returns false when nothing would change.
    virtual bool adaptToRejection(const ProviderError &error,
                                  RequestAdaptations &adaptations) const;

    static std::unique_ptr<ProviderProtocol> create(ProtocolKind kind);
};

} // namespace coro
