#pragma once

#include "providerprotocol.h"

namespace coro {

/**
 * @brief Google Gemini's native streamGenerateContent?alt=sse: one GenerateContentResponse per
 *        event, CRLF framing, no end marker (a finishReason ends the answer).
 */
class GeminiProtocol : public ProviderProtocol
{
public:
    ProtocolKind kind() const override { return ProtocolKind::Gemini; }
    HttpRequest chatRequest(const ProviderConfig &provider, const ChatRequest &request,
                            const QString &apiKey) const override;
    StreamDelta decodeEvent(QStringView eventType, QByteArrayView data) const override;
    ProviderError httpError(const HttpResponseHead &head, const QByteArray &body) const override;
    HttpRequest modelsRequest(const ProviderConfig &provider, const QString &apiKey) const override;
    QList<ModelInfo> parseModels(const QByteArray &body) const override;
};

} // namespace coro
