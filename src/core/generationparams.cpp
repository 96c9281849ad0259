#include "generationparams.h"

#include <QCoreApplication>
#include <cmath>

namespace coro {

QStringList GenerationParams::validate() const
{
    QStringList problems;
    if (!std::isfinite(temperature) || temperature < kMinTemperature ||
        temperature > kMaxTemperature) {
        problems << QCoreApplication::translate("GenerationParams",
                                                "Temperature must be between 0 and 2 (got %1).")
                        .arg(temperature);
    }
    if (maxTokens < kMinMaxTokens || maxTokens > kMaxMaxTokens) {
        problems << QCoreApplication::translate("GenerationParams",
                                                "Max tokens must be between 1 and 32000 (got %1).")
                        .arg(maxTokens);
    }
    if (topP && (!std::isfinite(*topP) || *topP < 0.0 || *topP > 1.0)) {
        problems << QCoreApplication::translate("GenerationParams",
                                                "Top-p must be between 0 and 1 (got %1).")
                        .arg(*topP);
    }
    return problems;
}

} // namespace coro
