#include "modelprice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cmath>

namespace coro {

namespace {
// The catalog's context: these messages are part of what providers.json errors say.
struct PriceText
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCatalog)
};

constexpr double kTokensPerPriceUnit = 1'000'000;

int decimalsFor(double usd)
{
    if (usd == 0 || usd >= 10)
        return 2;
    return usd < 0.1 ? 4 : 3;
}

constexpr double kSmallest = 0.0001; // What 4 decimals can show.
} // namespace

std::optional<double> ModelPrice::costOf(qint64 tokensIn, qint64 tokensOut) const
{
    if (tokensIn < 0 || tokensOut < 0)
        return std::nullopt;
    return (double(tokensIn) * input + double(tokensOut) * output) / kTokensPerPriceUnit;
}

std::optional<ModelPrice> ModelPrice::fromJson(const QJsonValue &value, QString *error)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !object.contains(QLatin1String("input")) ||
        !object.contains(QLatin1String("output"))) {
        *error = PriceText::tr("\"price\" must be an object with \"input\" and \"output\", in US "
                               "dollars per million tokens");
        return std::nullopt;
    }
    ModelPrice price;
    for (const auto &[field, target] :
         {std::pair{"input", &price.input}, std::pair{"output", &price.output}}) {
        const QJsonValue number = object.value(QLatin1String(field));
        const double usd = number.toDouble(-1);
        if (!number.isDouble() || !std::isfinite(usd) || usd < 0 || usd > kMaxPerMillion) {
            //: %1 is "input" or "output", %2 the largest price accepted.
            *error = PriceText::tr("\"price\" \"%1\" must be a number from 0 to %2 (US dollars "
                                   "per million tokens)")
                         .arg(QLatin1String(field))
                         .arg(kMaxPerMillion);
            return std::nullopt;
        }
        *target = usd;
    }
    return price;
}

QJsonValue ModelPrice::toJson() const
{
    return QJsonObject{{QStringLiteral("input"), input}, {QStringLiteral("output"), output}};
}

QString formatUsd(double usd, const QLocale &locale)
{
    if (!(usd >= 0) || !std::isfinite(usd))
        return {};
    if (usd > 0 && usd < kSmallest) {
        //: A cost too small to show with four decimals; %1 is the smallest amount shown.
        return PriceText::tr("<%1").arg(formatUsd(kSmallest, locale));
    }
    //: An amount in US dollars; %1 is the number, already in the user's format.
    return PriceText::tr("$%1").arg(locale.toString(usd, 'f', decimalsFor(usd)));
}

QString describeUsd(double usd, const QLocale &locale)
{
    if (!(usd >= 0) || !std::isfinite(usd))
        return {};
    if (usd > 0 && usd < kSmallest) {
        return PriceText::tr("less than %1 US dollars")
            .arg(locale.toString(kSmallest, 'f', decimalsFor(kSmallest)));
    }
    return PriceText::tr("%1 US dollars").arg(locale.toString(usd, 'f', decimalsFor(usd)));
}

} // namespace coro
