#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace coro {

/**
 * @brief The sampling parameters a user sets for a model, validated before anything is sent.
 */
struct GenerationParams
{
    static constexpr double kMinTemperature = 0.0;
    static constexpr double kMaxTemperature = 2.0;
    static constexpr int kMinMaxTokens = 1;
    static constexpr int kMaxMaxTokens = 32000;

    double temperature = 0.7;
    int maxTokens = 2000;
    std::optional<double> topP;
    QString systemPrompt;

    /// One readable sentence per invalid value; empty when every value is acceptable.
    QStringList validate() const;
};

} // namespace coro
