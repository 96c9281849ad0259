#pragma once

#include "providerprotocol.h"

namespace coro {

/**
 * @brief Anthropic's Messages API: named SSE events from message_start to message_stop.
 */
class AnthropicProtocol : public ProviderProtocol
{
public:
    static constexpr const char *kApiVersion = "2023-06-01";

    ProtocolKind kind() const override { return ProtocolKind::Anthropic; }
    HttpRequest chatRequest(const ProviderConfig &provider, const ChatRequest &request,
                            const QString &apiKey) const override;
    StreamDelta decodeEvent(QStringView eventType, QByteArrayView data) const override;
    ProviderError httpError(const HttpResponseHead &head, const QByteArray &body) const override;
    HttpRequest modelsRequest(const ProviderConfig &provider, const QString &apiKey) const override;
    QList<ModelInfo> parseModels(const QByteArray &body) const override;

    /// Maps an `error.type` such as "overloaded_error" to our code.
    static ErrorCode codeForErrorType(QStringView type);
};

} // namespace coro
