#pragma once

#include "providerprotocol.h"

namespace coro {

/**
 * @brief The OpenAI Chat Completions wire format, spoken by OpenAI and every compatible server
 *        (Groq, DeepSeek, Cerebras, Mistral, OpenRouter, xAI, Together, LM Studio, llama.cpp,
 *        Ollama's /v1).
 */
class OpenAiProtocol : public ProviderProtocol
{
public:
    ProtocolKind kind() const override { return ProtocolKind::OpenAi; }
    HttpRequest chatRequest(const ProviderConfig &provider, const ChatRequest &request,
                            const QString &apiKey) const override;
    StreamDelta decodeEvent(QStringView eventType, QByteArrayView data) const override;
    ProviderError httpError(const HttpResponseHead &head, const QByteArray &body) const override;
    HttpRequest modelsRequest(const ProviderConfig &provider, const QString &apiKey) const override;
    QList<ModelInfo> parseModels(const QByteArray &body) const override;
    bool adaptToRejection(const ProviderError &error,
                          RequestAdaptations &adaptations) const override;

    /// Reasoning families (o1, o3, o4, gpt-5) take max_completion_tokens and no temperature.
    static bool isReasoningModel(QStringView model);
};

} // namespace coro
