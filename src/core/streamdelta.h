#pragma once

#include "providererror.h"
#include "usage.h"

#include <QString>
#include <optional>

namespace coro {

/**
 * @brief What one stream event of a provider adds to an answer.
 *
 * A single event may carry several parts at once (text, usage and a finish reason in one
 * OpenAI chunk), so every part is optional.
 */
struct StreamDelta
{
    QString text;               ///< Answer text to append.
    QString reasoning;          ///< Thinking/reasoning text to append, shown apart from the answer.
    std::optional<Usage> usage; ///< Usage so far; later values replace earlier ones per field.
    QString finishReason;       ///< The provider's reason, when this event says the answer ended.
    bool streamEnd = false;     ///< The protocol's end-of-stream marker ([DONE], message_stop...).
    ProviderError error;        ///< An error reported inside the stream.
};

} // namespace coro
