#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <optional>

namespace coro {

/**
 * @brief What a model costs, in US dollars per million tokens, as providers list their prices.
 *
 * Comes from providers.json (`"price": {"input": 0.15, "output": 0.6}`) or the presets' defaults.
 * A model without one has an unknown cost: nothing is shown, never a made-up $0.
 */
struct ModelPrice
{
    /// The largest price accepted per million tokens; above it, the file holds a typo.
    static constexpr double kMaxPerMillion = 10000;

    double input = 0;  ///< USD per million input (prompt) tokens.
    double output = 0; ///< USD per million output tokens, reasoning included.

    /// The cost in USD of an answer; nullopt when either count is unknown (negative).
    std::optional<double> costOf(qint64 tokensIn, qint64 tokensOut) const;

    /// Reads a providers.json "price" object. Sets @p error and returns nullopt unless both
    /// prices are numbers from 0 to kMaxPerMillion.
    static std::optional<ModelPrice> fromJson(const QJsonValue &value, QString *error);
    QJsonValue toJson() const;

    friend bool operator==(const ModelPrice &a, const ModelPrice &b)
    {
        return a.input == b.input && a.output == b.output;
    }
    friend bool operator!=(const ModelPrice &a, const ModelPrice &b) { return !(a == b); }
};

/// An amount in US dollars for a pane or a table: "$0.0012", "$0.153", "$12.30"; fewer
/// decimals as the sum grows, "<$0.0001" for a tiny one. Empty for a negative (unknown) amount.
QString formatUsd(double usd, const QLocale &locale = QLocale());

/// The same amount in words for a screen reader ("0.0012 US dollars").
QString describeUsd(double usd, const QLocale &locale = QLocale());

} // namespace coro
