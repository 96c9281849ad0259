#include "providerconfig.h"

namespace coro {

QString protocolName(ProtocolKind kind)
{
    switch (kind) {
    case ProtocolKind::OpenAi:
        return QStringLiteral("openai");
    case ProtocolKind::Anthropic:
        return QStringLiteral("anthropic");
    case ProtocolKind::Gemini:
        return QStringLiteral("gemini");
    case ProtocolKind::Ollama:
        return QStringLiteral("ollama");
    }
    return {};
}

std::optional<ProtocolKind> protocolFromName(QStringView name)
{
    for (const auto kind : {ProtocolKind::OpenAi, ProtocolKind::Anthropic, ProtocolKind::Gemini,
                            ProtocolKind::Ollama}) {
        if (name == protocolName(kind))
            return kind;
    }
    return std::nullopt;
}

const ModelInfo *ProviderConfig::findModel(const QString &modelId) const
{
    for (const auto &model : models) {
        if (model.id == modelId)
            return &model;
    }
    return nullptr;
}

std::optional<ModelPrice> ProviderConfig::priceOf(const QString &modelId) const
{
    const ModelInfo *model = findModel(modelId);
    return model ? model->price : std::nullopt;
}

} // namespace coro
