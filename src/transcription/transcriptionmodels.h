#pragma once

#include "core/modelref.h"
#include "providers/providercatalog.h"

#include <optional>

namespace coro {

/**
 * @brief Where speech goes to become text: a provider speaking the OpenAI protocol (which
 *        has /audio/transcriptions) and one of its transcription models.
 */
struct TranscriptionTarget
{
    ProviderConfig provider;
    QString model;

    ModelRef ref() const { return {provider.id, model}; }
};

/**
 * @brief The transcription presets — OpenAI (whisper-1, gpt-4o-mini-transcribe,
 *        gpt-4o-transcribe) and Groq (whisper-large-v3, whisper-large-v3-turbo) — and how a
 *        model name is turned into a target.
 */
class TranscriptionModels
{
public:
    /// The preset models of @p providerId, default first; empty when it has none.
    static QStringList presets(const QString &providerId);

    /// @p ref when its provider is in @p catalog and speaks the OpenAI protocol; else nullopt
    /// and @p error says why.
    static std::optional<TranscriptionTarget> resolve(const ProviderCatalog &catalog,
                                                      const ModelRef &ref, QString *error);
    /// The first provider of @p catalog that has presets, with its default model; nullopt with
    /// @p error when there is none (so the user can be told to set one up).
    static std::optional<TranscriptionTarget> defaultTarget(const ProviderCatalog &catalog,
                                                            QString *error);
};

} // namespace coro
