#pragma once

#include "conversationimporter.h"

class QJsonDocument;
class QJsonObject;

namespace coro {

/**
 * @brief Coro's own conversation file ("coro.conversation", version 1): written and read here
 *        together, so every field has its name in one place and the round trip stays exact.
 */
class CoroJsonFormat
{
public:
    static constexpr int kVersion = 1;
    static QLatin1String formatName() { return QLatin1String("coro.conversation"); }

    static QByteArray write(const ConversationArchive &archive);
    static ImportResult read(const QByteArray &bytes);
    static ImportResult read(const QJsonDocument &document);
    /// Whether a parsed document claims to be ours (whatever its version).
    static bool claims(const QJsonObject &root);
};

} // namespace coro
