#pragma once

#include "storage/conversationarchive.h"

namespace coro {

/**
 * @brief The wording the readable exports (Markdown, HTML) share: a title, an answer's one-line
 *        facts, dates and durations, always in UTC so an export reads the same wherever opened.
 */
class ReadableFacts
{
public:
    /// "error rate_limited: Too many requests · version 2 of 3 · chosen · 12 in / 345 out
    /// tokens · first token 410 ms · total 2.3 s". Parts that are unknown or usual (done) are
    /// left out, so a plain finished answer may give only its figures.
    static QString line(const StoredTurn &turn, int answerIndex);
    /// The conversation's title, or "Untitled conversation" rather than an empty heading.
    static QString title(const ConversationArchive &archive);
    /// "2025-06-15 10:32 UTC"; empty for 0 (never set).
    static QString timestamp(qint64 msSinceEpoch);
    /// ISO 8601 for machine-readable attributes: "2025-06-15T10:32:05Z".
    static QString isoTimestamp(qint64 msSinceEpoch);
    /// "410 ms" below a second, "2.3 s" above.
    static QString duration(qint64 ms);
    /// "version 2 of 3" when the message was edited, else empty.
    static QString versionOf(const ConversationArchive &archive, const StoredTurn &turn);
};

} // namespace coro
