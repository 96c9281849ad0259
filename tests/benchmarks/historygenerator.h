#pragma once

// A synthetic history shaped like a heavy user's: 10,000 conversations and 1,000,000 answers at
// scale 1, written through the real schema so the search index is built by its triggers. The
// benchmark (bench_storage.cpp) times the store on it. Reproducible: a fixed seed and splitmix64
// with our own transforms, not std::*_distribution, whose output differs between libraries.

#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/sqlexec.h"
#include "textsource.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <iterator>
#include <memory>
#include <numeric>
#include <vector>

namespace coro::bench {

constexpr int kLongestTurns = 2000; ///< The one very long conversation, at every scale.

/**
 * @brief Writes the synthetic history into a new file through Database's schema.
 */
class HistoryGenerator
{
public:
    struct Totals
    {
        int conversations = 0;
        int turns = 0;
        qint64 answers = 0;
        qint64 textChars = 0; ///< Answer text, the indexed bulk.
    };

    explicit HistoryGenerator(double scale, quint64 seed = 20261122) : m_scale(scale), m_rng(seed)
    {}

    /// Ids are assigned here (1, 2, ...), so @p database must hold no conversation yet.
    bool generate(Database &database, Totals *totals, QString *error)
    {
        plan();
        const QSqlDatabase db = database.connection();
        // Bulk-load settings of this connection only; the file keeps WAL and the app's pragmas.
        for (const char *pragma : {"synchronous = OFF", "cache_size = -262144"}) {
            if (!sql::execStatement(db, QStringLiteral("PRAGMA ") + QLatin1String(pragma), error))
                return false;
        }
        if (!insertConversations(db, error) || !insertTurns(db, totals, error))
            return false;
        totals->conversations = static_cast<int>(m_conversations.size());
        return sql::execStatement(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error);
    }

private:
    struct PlannedConversation
    {
        int turns = 0;
        int models = 0;     ///< How many models the user asks at once.
        int firstModel = 0; ///< Slot s uses model (firstModel + s) % 8.
        qint64 id = 0;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        bool pinned = false;
        bool archived = false;
        bool deleted = false;
        // Filled while turns are written:
        qint64 lastTurn = 0;
        qint64 lastParent = 0;
    };
    struct PlannedTurn
    {
        qint64 at = 0;
        int conversation = 0;
        int answers = 0;
    };

    static constexpr qint64 kStart = 1730419200000; // 2024-11-01, two years of history
    static constexpr qint64 kEnd = 1793491200000;   // 2026-11-01

    void plan()
    {
        const int conversations = std::max(10, static_cast<int>(std::lround(10000 * m_scale)));
        qint64 answers = std::lround(1000000 * m_scale);
        const int longOnes = std::max(1, static_cast<int>(std::lround(20 * m_scale)));
        static const int modelWeights[] = {0, 10, 20, 15, 20, 10, 10, 0, 15}; // 1..8 models
        m_conversations.resize(conversations);
        for (int c = 0; c < conversations; ++c) {
            PlannedConversation &conversation = m_conversations[c];
            if (c == conversations / 3) {
                conversation.turns = kLongestTurns;
                conversation.models = 4;
            } else {
                conversation.turns =
                    c % (conversations / longOnes) == 7
                        ? m_rng.between(200, 600)
                        : 5 + static_cast<int>(46 * std::pow(m_rng.uniform(), 1.4));
                int pick = m_rng.between(1, 100);
                conversation.models = 1;
                while ((pick -= modelWeights[conversation.models]) > 0)
                    ++conversation.models;
            }
            conversation.firstModel = m_rng.between(0, 7);
        }
        // Times: sessions of quick turns, days apart now and then; turns of different
        // conversations interleave in the file as they would in real use.
        for (int c = 0; c < conversations; ++c) {
            std::vector<qint64> offsets;
            qint64 offset = 0;
            for (int t = 0; t < m_conversations[c].turns; ++t) {
                offsets.push_back(offset);
                offset += m_rng.chance(0.1) ? m_rng.between(3600, 5 * 86400) * 1000LL
                                            : m_rng.between(20, 600) * 1000LL;
            }
            const qint64 span = std::min(offset, kEnd - kStart);
            const qint64 start =
                kStart +
                static_cast<qint64>(m_rng.uniform() * static_cast<double>(kEnd - kStart - span));
            for (qint64 at : offsets) {
                m_turns.push_back({start + at * span / std::max<qint64>(1, offset), c,
                                   m_conversations[c].models});
            }
        }
        std::sort(m_turns.begin(), m_turns.end(), [](const PlannedTurn &a, const PlannedTurn &b) {
            return a.at != b.at ? a.at < b.at : a.conversation < b.conversation;
        });
        // A regenerated answer now and then, then exactly the planned total; the longest
        // conversation keeps 4 answers per turn.
        const int longest = conversations / 3;
        qint64 total = 0;
        qint64 others = 0; // turns outside the longest conversation, each 1..8 answers
        for (PlannedTurn &turn : m_turns) {
            if (turn.conversation != longest && turn.answers < 8 && m_rng.chance(0.03))
                ++turn.answers;
            total += turn.answers;
            others += turn.conversation != longest;
        }
        // Tiny scales cannot reach the planned total beside the fixed 8,000 answers.
        const qint64 fixed = 4LL * kLongestTurns;
        answers = std::clamp(answers, fixed + others, fixed + 8 * others);
        while (total != answers) {
            PlannedTurn &turn = m_turns[m_rng.next() % m_turns.size()];
            if (turn.conversation == longest)
                continue;
            if (total < answers && turn.answers < 8) {
                ++turn.answers;
                ++total;
            } else if (total > answers && turn.answers > 1) {
                --turn.answers;
                --total;
            }
        }
        for (const PlannedTurn &turn : m_turns) {
            PlannedConversation &conversation = m_conversations[turn.conversation];
            if (conversation.createdAt == 0)
                conversation.createdAt = turn.at;
            conversation.updatedAt = turn.at;
        }
        m_totalAnswers = answers;
    }

    bool insertConversations(const QSqlDatabase &db, QString *error)
    {
        std::vector<int> order(m_conversations.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            return m_conversations[a].createdAt < m_conversations[b].createdAt;
        });
        const int count = static_cast<int>(order.size());
        const int longest = count / 3;
        const int pinned = std::max(1, static_cast<int>(std::lround(30 * m_scale)));
        const int deleted = std::max(1, static_cast<int>(std::lround(20 * m_scale)));
        sql::WriteTransaction transaction(db, error);
        QSqlQuery insert = sql::prepare(
            db, QStringLiteral("INSERT INTO conversations (id, title, title_source, created_at, "
                               "updated_at, pinned, archived, deleted_at, guide) "
                               "VALUES (?, ?, 'prompt', ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < count; ++i) {
            PlannedConversation &c = m_conversations[order[i]];
            c.id = i + 1;
            const bool special = order[i] == longest;
            c.pinned = !special && m_rng.uniform() < static_cast<double>(pinned) / count;
            c.deleted =
                !special && !c.pinned && m_rng.uniform() < static_cast<double>(deleted) / count;
            c.archived = !special && !c.pinned && m_rng.chance(0.1);
            const QString title =
                ConversationStore::titleFromPrompt(m_text.prose(m_rng, m_rng.between(20, 90)));
            const QVariantList values = {c.id,
                                         title,
                                         c.createdAt,
                                         c.updatedAt,
                                         c.pinned ? 1 : 0,
                                         c.archived ? 1 : 0,
                                         c.deleted ? QVariant(c.updatedAt + 60000) : QVariant(),
                                         m_rng.chance(0.05) ? m_text.prose(m_rng, 200)
                                                            : QString(QLatin1String(""))};
            for (int v = 0; v < values.size(); ++v)
                insert.bindValue(v, values.at(v));
            if (!sql::exec(insert, error))
                return false;
        }
        return transaction.commit(error);
    }

    bool insertTurns(const QSqlDatabase &db, Totals *totals, QString *error)
    {
        static const char *const models[][2] = {{"openrouter", "openai/gpt-4o"},
                                                {"anthropic", "claude-sonnet-4-5"},
                                                {"gemini", "gemini-2.5-pro"},
                                                {"ollama", "llama3.1:8b"},
                                                {"openai", "gpt-5"},
                                                {"openrouter", "deepseek/deepseek-chat"},
                                                {"openrouter", "mistralai/mistral-large"},
                                                {"openrouter", "qwen/qwen3-235b"}};
        static const char *const parameters[] = {"{}", "{\"temperature\":0.7}",
                                                 "{\"max_tokens\":4096,\"temperature\":1}"};
        static const char *const errors[] = {"rate_limited", "server_error", "timeout",
                                             "model_overloaded", "network_error"};
        QSqlQuery turnInsert = sql::prepare(
            db, QStringLiteral("INSERT INTO turns (id, conversation_id, parent_turn_id, "
                               "user_text, created_at) VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery answerInsert = sql::prepare(
            db, QStringLiteral("INSERT INTO answers (id, turn_id, slot, provider, model, "
                               "parameters, text, reasoning, status, error_code, error_message, "
                               "tokens_in, tokens_out, ttft_ms, latency_ms, chosen, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?)"));
        const qint64 rareStride = std::max<qint64>(1, m_totalAnswers / kRareAnswers);
        auto transaction = std::make_unique<sql::WriteTransaction>(db, error);
        qint64 answerId = 0;
        qint64 turnId = 0;
        qint64 sinceCommit = 0;
        for (const PlannedTurn &planned : m_turns) {
            PlannedConversation &c = m_conversations[planned.conversation];
            ++turnId;
            // An edited message (2%) is a sibling of the previous one: a branch.
            const bool edit = c.lastTurn != 0 && m_rng.chance(0.02);
            const qint64 parent = edit ? c.lastParent : c.lastTurn;
            c.lastParent = parent;
            c.lastTurn = turnId;
            const QVariantList turnValues = {
                turnId, c.id, parent ? QVariant(parent) : QVariant(),
                m_text.prose(m_rng, m_rng.logNormal(120, 0.9, 10, 2000)), planned.at};
            for (int v = 0; v < turnValues.size(); ++v)
                turnInsert.bindValue(v, turnValues.at(v));
            if (!sql::exec(turnInsert, error))
                return false;
            const int chosenSlot = m_rng.chance(0.04) ? 0 : -1;
            for (int slot = 0; slot < planned.answers; ++slot) {
                ++answerId;
                QString text = m_text.prose(m_rng, m_rng.logNormal(600, 0.75, 50, 3000));
                QString status = QStringLiteral("done");
                QVariant errorCode, errorMessage;
                if (answerId % rareStride == rareStride / 2) {
                    text += QStringLiteral(" The ") + QLatin1String(kRareWord) +
                            QStringLiteral(" sample was found.");
                } else if (m_rng.chance(0.005)) {
                    text += QStringLiteral(" This is a ") + QLatin1String(kPhrase) +
                            QStringLiteral(" between threads.");
                } else if (const double fate = m_rng.uniform(); fate < 0.04) {
                    text.truncate(fate < 0.02 ? 0 : static_cast<int>(text.size() * fate * 20));
                    status = fate < 0.02   ? QStringLiteral("error")
                             : fate < 0.03 ? QStringLiteral("cancelled")
                                           : QStringLiteral("interrupted");
                    if (fate < 0.02) {
                        errorCode = QLatin1String(errors[m_rng.next() % std::size(errors)]);
                        errorMessage = QStringLiteral("The provider returned an error.");
                    }
                }
                const auto &model = models[(c.firstModel + slot) % 8];
                const bool reasons = (c.firstModel + slot) % 8 == 4 || m_rng.chance(0.05);
                const int ttft = m_rng.between(150, 3000);
                const int latency = ttft + static_cast<int>(text.size()) * m_rng.between(2, 8);
                const QVariantList values = {
                    answerId,
                    turnId,
                    slot,
                    QLatin1String(model[0]),
                    QLatin1String(model[1]),
                    QLatin1String(parameters[m_rng.next() % std::size(parameters)]),
                    text.isNull() ? QStringLiteral("") : text,
                    reasons ? m_text.prose(m_rng, m_rng.between(200, 1500)) : QStringLiteral(""),
                    status,
                    errorCode,
                    errorMessage,
                    m_rng.between(20, 20000),
                    static_cast<int>(text.size() / 4),
                    ttft,
                    latency,
                    slot == chosenSlot ? 1 : 0,
                    planned.at + 10,
                    planned.at + latency};
                for (int v = 0; v < values.size(); ++v)
                    answerInsert.bindValue(v, values.at(v));
                if (!sql::exec(answerInsert, error))
                    return false;
                totals->textChars += text.size();
            }
            // Large transactions, as an import would make; FTS5 flushes its segments as usual.
            if ((sinceCommit += planned.answers) >= 20000) {
                if (!transaction->commit(error))
                    return false;
                transaction = std::make_unique<sql::WriteTransaction>(db, error);
                sinceCommit = 0;
            }
        }
        totals->turns = static_cast<int>(turnId);
        totals->answers = answerId;
        return transaction->commit(error);
    }

    double m_scale;
    Rng m_rng;
    TextSource m_text;
    std::vector<PlannedConversation> m_conversations;
    std::vector<PlannedTurn> m_turns;
    qint64 m_totalAnswers = 0;
};

} // namespace coro::bench
