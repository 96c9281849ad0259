#include "transcriptionmodels.h"

#include <QCoreApplication>

namespace coro {

namespace {
struct TranscriptionModelsText
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptionModels)
};
} // namespace

QStringList TranscriptionModels::presets(const QString &providerId)
{
    if (providerId == QLatin1String("openai"))
        return {QStringLiteral("whisper-1"), QStringLiteral("gpt-4o-mini-transcribe"),
                QStringLiteral("gpt-4o-transcribe")};
    if (providerId == QLatin1String("groq"))
        return {QStringLiteral("whisper-large-v3"), QStringLiteral("whisper-large-v3-turbo")};
    return {};
}

std::optional<TranscriptionTarget> TranscriptionModels::resolve(const ProviderCatalog &catalog,
                                                                const ModelRef &ref, QString *error)
{
    const ProviderConfig *provider = catalog.find(ref.provider);
    if (!provider) {
        *error = TranscriptionModelsText::tr("Unknown provider \"%1\".").arg(ref.provider);
        return std::nullopt;
    }
    if (provider->protocol != ProtocolKind::OpenAi) {
        *error = TranscriptionModelsText::tr(
                     "%1 does not offer transcription here: only providers with the OpenAI "
                     "protocol have /audio/transcriptions (for example openai/whisper-1 or "
                     "groq/whisper-large-v3).")
                     .arg(provider->name);
        return std::nullopt;
    }
    return TranscriptionTarget{*provider, ref.model};
}

std::optional<TranscriptionTarget>
TranscriptionModels::defaultTarget(const ProviderCatalog &catalog, QString *error)
{
    for (const ProviderConfig &provider : catalog.providers()) {
        const QStringList models = presets(provider.id);
        if (!models.isEmpty() && provider.protocol == ProtocolKind::OpenAi)
            return TranscriptionTarget{provider, models.first()};
    }
    *error = TranscriptionModelsText::tr(
        "No transcription provider is set up: add OpenAI or Groq to providers.json, or name one "
        "with -m PROVIDER/MODEL.");
    return std::nullopt;
}

} // namespace coro
