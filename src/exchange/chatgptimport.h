#pragma once

#include "conversationimporter.h"

class QJsonDocument;

namespace coro {

/**
 * @brief Converts ChatGPT's data export (conversations.json) to archives: each user message
 *        becomes a turn, the assistant messages under it its answers, an edited message a branch.
 *
 * Regenerated answers are versions of one pane (slot 0); the version on the path to the
 * conversation's current_node is the chosen one, and that path is the current branch.
 */
class ChatGptImport
{
public:
    static ImportResult read(const QJsonDocument &document);
    /// Whether @p document has the shape of ChatGPT's export (or of one conversation of it).
    static bool claims(const QJsonDocument &document);
};

} // namespace coro
