#pragma once

#include "providerprotocol.h"

namespace coro {

/**
 * @brief Ollama's native /api/chat: NDJSON lines, sampling parameters under "options".
 */
class OllamaProtocol : public ProviderProtocol
{
public:
    ProtocolKind kind() const override { return ProtocolKind::Ollama; }
    StreamFraming framing() const override { return StreamFraming::NdJson; }
    HttpRequest chatRequest(const ProviderConfig &provider, const ChatRequest &request,
                            const QString &apiKey) const override;
    StreamDelta decodeEvent(QStringView eventType, QByteArrayView data) const override;
    ProviderError httpError(const HttpResponseHead &head, const QByteArray &body) const override;
    HttpRequest modelsRequest(const ProviderConfig &provider, const QString &apiKey) const override;
    QList<ModelInfo> parseModels(const QByteArray &body) const override;
};

} // namespace coro
