#pragma once

// Archives and helpers shared by the export and import tests.

#include "storage/conversationarchive.h"

#include <QFile>
#include <QJsonDocument>
#include <QStringList>

namespace coro::samples {

inline StoredAnswer answer(qint64 id, int slot, const char *provider, const char *model,
                           const QString &text, const char *status = "done")
{
    StoredAnswer a;
    a.id = id;
    a.slot = slot;
    a.provider = QString::fromUtf8(provider);
    a.model = QString::fromUtf8(model);
    a.text = text;
    a.status = QString::fromUtf8(status);
    a.createdAt = 1718000000000 + id * 1000;
    a.updatedAt = a.createdAt + 500;
    return a;
}

inline StoredTurn turn(qint64 id, qint64 parent, const QString &text, qint64 createdAt)
{
    StoredTurn t;
    t.id = id;
    t.parentTurnId = parent;
    t.userText = text;
    t.createdAt = createdAt;
    return t;
}

/// Four turns on two branches: parallel answers, a regeneration, an error, reasoning, a cut-off
/// answer, unknown (-1) figures, unicode everywhere.
inline ConversationArchive richArchive()
{
    ConversationArchive archive;
    archive.summary.id = 42;
    archive.summary.title = QStringLiteral("Trip ideas for Japan 🍣");
    archive.summary.titleSource = QStringLiteral("user");
    archive.summary.createdAt = 1718000000000;
    archive.summary.updatedAt = 1718003600000;
    archive.summary.pinned = true;
    archive.guide = QStringLiteral("Answer in English.\nBe brief.");

    StoredTurn first =
        turn(1, 0, QStringLiteral("Where should I go in Japan? 日本"), 1718000001000);
    StoredAnswer gpt = answer(1, 0, "openai", "gpt-4o", QStringLiteral("Kyoto and Osaka."));
    gpt.parameters = {{QStringLiteral("temperature"), 0.7},
                      {QStringLiteral("max_tokens"), 2000},
                      {QStringLiteral("top_p"), 0.9}};
    gpt.tokensIn = 12;
    gpt.tokensOut = 34;
    gpt.ttftMs = 410;
    gpt.latencyMs = 2300;
    StoredAnswer claude = answer(2, 1, "anthropic", "claude-sonnet-4-5", QString(), "error");
    claude.errorCode = QStringLiteral("rate_limited");
    claude.errorMessage = QStringLiteral("Too many requests,\nslow down");
    claude.latencyMs = 1200;
    StoredAnswer gemini =
        answer(3, 2, "gemini", "gemini-2.5-flash", QStringLiteral("Hokkaido in winter ❄️"));
    gemini.reasoning = QStringLiteral("Thinking about the seasons… 季節");
    gemini.ttftMs = 300;
    gemini.latencyMs = 900;
    StoredAnswer regenerated =
        answer(4, 0, "openai", "gpt-4o", QStringLiteral("Tokyo first, then Kyoto."));
    regenerated.chosen = true;
    regenerated.tokensIn = 12;
    regenerated.tokensOut = 8;
    first.answers = {gpt, regenerated, claude, gemini};

    StoredTurn kyoto = turn(2, 1, QStringLiteral("Tell me more about Kyoto."), 1718000100000);
    StoredAnswer cut =
        answer(5, 0, "openai", "gpt-4o",
               QStringLiteral("Kyoto has temples:\n```python\nprint('金閣寺"), "interrupted");
    StoredAnswer cancelled = answer(6, 1, "ollama", "llama3.2:3b", QString(), "cancelled");
    kyoto.answers = {cut, cancelled};

    StoredTurn osaka = turn(3, 1, QStringLiteral("Tell me more about Osaka."), 1718000200000);
    StoredAnswer food =
        answer(7, 0, "openai", "gpt-4o", QStringLiteral("Osaka is known for 食い倒れ."));
    food.chosen = true;
    osaka.answers = {food};

    StoredTurn thanks = turn(4, 3, QStringLiteral("Thanks! 🙏"), 1718000300000);
    StoredAnswer streaming = answer(8, 0, "deepseek", "deepseek-reasoner",
                                    QStringLiteral("You're welcome"), "streaming");
    streaming.reasoning = QStringLiteral("The user is grateful.");
    thanks.answers = {streaming};

    archive.turns = {first, kyoto, osaka, thanks};
    archive.currentBranch = {1, 3, 4};
    archive.fillDerivedFields();
    return archive;
}

/// Every field, one line per conversation, turn and answer, so two archives compare in one go.
inline QStringList describe(const ConversationArchive &archive)
{
    const ConversationSummary &s = archive.summary;
    QStringList ids;
    for (qint64 id : archive.currentBranch)
        ids << QString::number(id);
    QStringList lines{
        QStringLiteral("conversation id=%1 title=%2 source=%3 created=%4 updated=%5 pinned=%6 "
                       "archived=%7 guide=%8 branch=%9")
            .arg(s.id)
            .arg(s.title, s.titleSource)
            .arg(s.createdAt)
            .arg(s.updatedAt)
            .arg(s.pinned ? 1 : 0)
            .arg(s.archived ? 1 : 0)
            .arg(archive.guide, ids.join(QLatin1Char(',')))};
    for (const StoredTurn &t : archive.turns) {
        QStringList versions;
        for (qint64 id : t.versionIds)
            versions << QString::number(id);
        lines << QStringLiteral(
                     "turn id=%1 conversation=%2 parent=%3 created=%4 versions=%5 text=%6")
                     .arg(t.id)
                     .arg(t.conversationId)
                     .arg(t.parentTurnId)
                     .arg(t.createdAt)
                     .arg(versions.join(QLatin1Char(',')), t.userText);
        for (const StoredAnswer &a : t.answers) {
            lines << QStringLiteral("  answer id=%1 turn=%2 slot=%3 %4/%5 params=%6 status=%7 "
                                    "code=%8 message=%9")
                         .arg(a.id)
                         .arg(a.turnId)
                         .arg(a.slot)
                         .arg(a.provider, a.model,
                              QString::fromUtf8(
                                  QJsonDocument(a.parameters).toJson(QJsonDocument::Compact)),
                              a.status, a.errorCode, a.errorMessage)
                  << QStringLiteral("    tokens=%1/%2 ttft=%3 latency=%4 chosen=%5 created=%6 "
                                    "updated=%7")
                         .arg(a.tokensIn)
                         .arg(a.tokensOut)
                         .arg(a.ttftMs)
                         .arg(a.latencyMs)
                         .arg(a.chosen ? 1 : 0)
                         .arg(a.createdAt)
                         .arg(a.updatedAt)
                  << QStringLiteral("    text=") + a.text
                  << QStringLiteral("    reasoning=") + a.reasoning;
        }
    }
    return lines;
}

inline QByteArray readTestFile(const QString &relativePath)
{
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace coro::samples
