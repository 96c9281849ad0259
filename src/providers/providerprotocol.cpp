#include "providerprotocol.h"
#include "anthropicprotocol.h"
#include "geminiprotocol.h"
#include "ollamaprotocol.h"
#include "openaiprotocol.h"

namespace coro {

bool ProviderProtocol::adaptToRejection(const ProviderError &, RequestAdaptations &) const
{
    return false;
}

std::unique_ptr<ProviderProtocol> ProviderProtocol::create(ProtocolKind kind)
{
    switch (kind) {
    case ProtocolKind::OpenAi:
        return std::make_unique<OpenAiProtocol>();
    case ProtocolKind::Anthropic:
        return std::make_unique<AnthropicProtocol>();
    case ProtocolKind::Gemini:
        return std::make_unique<GeminiProtocol>();
    case ProtocolKind::Ollama:
        return std::make_unique<OllamaProtocol>();
    }
    return nullptr;
}

} // namespace coro
