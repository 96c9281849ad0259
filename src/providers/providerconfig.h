#pragma once

#include "modelprice.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace coro {

/** @brief The wire protocol a provider speaks. */
enum class ProtocolKind { OpenAi, Anthropic, Gemini, Ollama };

/// "openai", "anthropic", "gemini", "ollama": the spelling used in providers.json.
QString protocolName(ProtocolKind kind);
std::optional<ProtocolKind> protocolFromName(QStringView name);

/**
 * @brief A model as the picker shows it.
 */
struct ModelInfo
{
    QString id;
    QString displayName;
    QString tagline;                                ///< One line on what the model is.
    QString recommendedUse;                         ///< When to pick it.
    std::optional<ModelPrice> price = std::nullopt; ///< Per million tokens; none when unknown.
};

/**
 * @brief One configured provider: where it is, how to talk to it, where its key comes from.
 *
 * Holds no key: keys live in the keychain under the provider id, or in the environment
 * variable named by keyEnv.
 */
struct ProviderConfig
{
    QString id;
    QString name;
    ProtocolKind protocol = ProtocolKind::OpenAi;
    QUrl baseUrl;
    QString keyEnv;
    bool requiresKey = true; ///< False for local servers that accept anonymous requests.
    QList<ModelInfo> models;

    const ModelInfo *findModel(const QString &modelId) const;
    /// The price of @p modelId when one is known.
    std::optional<ModelPrice> priceOf(const QString &modelId) const;
};

} // namespace coro
