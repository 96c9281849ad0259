#pragma once

#include "providers/providerconfig.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace coro::test {

/**
 * @brief The behaviour a test asks of the fake server by naming a model, e.g. "flaky:2".
 */
struct FakeScenario
{
    enum class Kind {
        Normal,
        Reasoning,
        KeepAlive,
        Fragmented,
        HttpStatus, ///< "http-429": argument is the status.
        Quota,
        RejectMaxTokens,
        Flaky,     ///< "flaky:N": the first N requests fail with 503.
        RateLimit, ///< "ratelimit:N": the first N requests fail with 429.
        MidstreamError,
        Truncated,
        Reset,
        Stall,
        NoResponse,
        Slow, ///< "slow:MS": argument is the pause between deltas.
        Long, ///< "long:N": argument is the number of deltas.
        Filtered,
        Cold,     ///< "cold:MS": nothing at all, not even headers, for MS (a model loading).
        Think,    ///< "think:MS": headers at once, then MS of silence before the answer.
        HugeLine, ///< "hugeline:MB": one event line of MB megabytes, no line end.
        Redirect, ///< "redirect:PORT": 307 to localhost:PORT; "redirect": to this server.
        Prose,    ///< "prose:N": N deltas shaped like a real Markdown answer, written fast.
    };

    Kind kind = Kind::Normal;
    int argument = 0;

    /// Unknown names are the normal answer; a missing or non-numeric argument takes the default.
    static FakeScenario fromModel(QStringView model);
};

/**
 * @brief What one chat request asked for, whichever protocol carried it.
 */
struct FakeChat
{
    ProtocolKind protocol = ProtocolKind::OpenAi;
    QString model;
    FakeScenario scenario;
    QString lastUserMessage;
    int inputWords = 0; ///< Words in every message, the system prompt included.
    QJsonObject body;
    int serial = 0;             ///< Request number on this server, for ids.
    int modelRequestNumber = 0; ///< 1 for the first request naming this model since clear().
    QString script;             ///< A scripted answer replacing the scenario's text; null: none.

    static FakeChat fromRequest(ProtocolKind protocol, const QString &model,
                                const QJsonObject &body);
};

/// The answer deltas of a scenario's normal answer; their concatenation is the answer.
QStringList answerTokens(ProtocolKind protocol, const QString &model,
                         const QString &lastUserMessage);

/// @p count deltas of a Markdown answer of the usual shape: paragraphs, lists, code.
QStringList proseTokens(int count);

/// The reasoning deltas sent before the answer by the "reasoning" scenario.
QStringList reasoningTokens();

/// Splits after every space, so that joining the pieces gives @p text back exactly.
QStringList splitKeepingSpaces(const QString &text);

} // namespace coro::test
