#pragma once

#include <QString>
#include <optional>

namespace coro {

/**
 * @brief Names one model of one provider, written "PROVIDER/MODEL".
 *
 * The text is split at the first slash only: model ids may hold slashes and colons
 * ("openrouter/openai/gpt-4o", "ollama/llama3.2:3b").
 */
struct ModelRef
{
    QString provider;
    QString model;

    static std::optional<ModelRef> parse(QStringView text);
    QString toString() const { return provider + QLatin1Char('/') + model; }
    bool operator==(const ModelRef &other) const
    {
        return provider == other.provider && model == other.model;
    }
};

} // namespace coro
