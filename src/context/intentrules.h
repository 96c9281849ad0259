#pragma once

#include <QDate>
#include <QString>

namespace coro {

/**
 * @brief The fast local rules that decide whether a prompt needs a web search: recency and
 *        news words, recent dates, prices, scores, live facts and explicit requests ("search
 *        the web", "look up") say yes; code, maths and rewriting the user's own text say no.
 *
 * Pure and quick (a few regular expressions over at most the first kMaxScannedChars), so it
 * can run on every prompt before anything is sent. An explicit request or a "never" rule is
 * certain; the other verdicts are guesses a model may overrule (SearchIntent).
 */
class IntentRules
{
public:
    static constexpr qsizetype kMaxScannedChars = 2000;
    /// A prompt longer than this is mostly the user's own text: no search unless asked for.
    static constexpr qsizetype kLongTextChars = 1500;
    static constexpr qsizetype kMaxQueryChars = 200;

    struct Verdict
    {
        bool shouldSearch = false;
        bool certain = false;
        /// Which rule decided: explicit, rewrite, code, maths, long_text, recency, date,
        /// price, score, weather, live_fact, no_signal.
        QString reason;
        QString query; ///< The normalized query to search (also when shouldSearch is false).
    };

    /// @p today places years and weekdays ("2024" is recent in 2025, "1848" never is).
    static Verdict evaluate(const QString &prompt, QDate today = QDate::currentDate());

    /// Compiles every rule's expression now, at a quiet moment, instead of in the first
    /// question's turn (a few milliseconds of pattern and JIT compilation).
    static void prepare();

    /// The prompt as a search query: request phrases ("search the web for", "please", "can
    /// you") and trailing punctuation dropped, whitespace collapsed, lower case, cut at a word
    /// to at most kMaxQueryChars.
    static QString searchQuery(const QString &prompt);
};

} // namespace coro
