#pragma once

// A synthetic history shaped like a heavy user's: 10,000 conversations and 1,000,000 answers at
// scale 1, written through the real schema so the search index is built by its triggers. The
// benchmark (bench_storage.cpp) times the store on it. Reproducible: a fixed seed and splitmix64
// with our own transforms, not std::*_distribution, whose output differs between libraries.

#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/sqlexec.h"

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

// Words placed on purpose, so the searches have known targets.
constexpr char kCommonWord[] = "function";   ///< Vocabulary rank 50: in 17% of answers.
constexpr char kVeryCommonWord[] = "the";    ///< Rank 1: in 81% of answers.
constexpr char kRareWord[] = "zanzibarite";  ///< In exactly kRareAnswers answers (at scale 1).
constexpr char kPrefix[] = "optim";          ///< optimize, optimization, optimal.
constexpr char kPhrase[] = "race condition"; ///< Put in 0.5% of answers; each word also alone.
constexpr int kRareAnswers = 12;
constexpr int kLongestTurns = 2000; ///< The one very long conversation, at every scale.

/**
 * @brief splitmix64 with the few distributions the generator needs.
 */
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    int between(int lo, int hi) { return lo + static_cast<int>(next() % (hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    /// Log-normal around @p median, clamped to [lo, hi].
    int logNormal(double median, double sigma, int lo, int hi)
    {
        const double normal = std::sqrt(-2.0 * std::log(1.0 - uniform())) *
                              std::cos(2.0 * 3.14159265358979323846 * uniform());
        return std::clamp(static_cast<int>(median * std::exp(sigma * normal)), lo, hi);
    }

private:
    quint64 m_state;
};

/**
 * @brief Text with English-like term frequencies: a head of real words, a Zipf-distributed tail
 *        of made-up ones, sentences, paragraphs and now and then a code block.
 */
class TextSource
{
public:
    TextSource()
    {
        // Rank order: function words first, then the technical words an assistant repeats.
        const QString head = QStringLiteral(
            "the of and to a in is it you that for this with be on as are can not or use if your "
            "by from an will at have which when so but more one each all should we code data "
            "then also example here its new set time function other there how need only using "
            "error type return list make string used way like some same number any two they "
            "do run model test these key line into because class user without what after "
            "different object method output default instead change check name result order "
            "state python file value first call values server request memory version case "
            "create update simple following note step loop array table query index build "
            "optimize thread write read option performance about most both while where example "
            "approach issue problem solution condition library support package config system "
            "process application response variable field message input sure however make "
            "optimization add remove start stop time user cache network test race format main "
            "optimal common specific information important consider possible single multiple "
            "directly always within between similar better large small current previous");
        QSet<QString> seen;
        for (const QString &word : head.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
        static const char *const onsets[] = {"b",  "c",  "d",  "f",  "g",  "h",  "j",  "k",
                                             "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v",
                                             "w",  "z",  "br", "cr", "dr", "fl", "gr", "pl",
                                             "pr", "sh", "st", "th", "tr", "ch", "qu", "sp"};
        static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"};
        static const char *const codas[] = {"", "n", "r", "s", "l", "t", "m", "nd", "st", "x"};
        Rng rng(7);
        seen.insert(QLatin1String(kRareWord));
        while (m_words.size() < kVocabulary) {
            QString word;
            const int syllables = rng.between(2, 4);
            for (int i = 0; i < syllables; ++i) {
                word += QLatin1String(onsets[rng.next() % std::size(onsets)]);
                word += QLatin1String(vowels[rng.next() % std::size(vowels)]);
            }
            word += QLatin1String(codas[rng.next() % std::size(codas)]);
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
        // Zipf–Mandelbrot: frequency of rank r ~ 1 / (r + 2.7).
        double sum = 0;
        for (int rank = 1; rank <= m_words.size(); ++rank) {
            sum += 1.0 / (rank + 2.7);
            m_cumulative.push_back(sum);
        }
    }

    const QString &word(Rng &rng) const
    {
        const double u = rng.uniform() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return m_words.at(std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1));
    }

    /// About @p length characters of prose, sometimes with a list or a code block.
    QString prose(Rng &rng, int length) const
    {
        QString text;
        text.reserve(length + 64);
        int left = rng.between(6, 20);
        bool capital = true;
        while (text.size() < length) {
            if (capital && text.size() > 200 && rng.chance(0.04)) {
                appendCode(rng, &text);
                continue;
            }
            const QString &next = word(rng);
            if (capital) {
                text += next.at(0).toUpper();
                text += QStringView(next).mid(1);
            } else {
                text += next;
            }
            capital = --left == 0;
            if (!capital) {
                text += rng.chance(0.06) ? QStringLiteral(", ") : QStringLiteral(" ");
                continue;
            }
            left = rng.between(6, 20);
            text += rng.chance(0.2) ? QStringLiteral(".\n\n") : QStringLiteral(". ");
            if (rng.chance(0.05))
                text += QStringLiteral("- ");
        }
        return text;
    }

private:
    static constexpr int kVocabulary = 30000;

    void appendCode(Rng &rng, QString *text) const
    {
        *text += QStringLiteral("\n\n```python\n");
        const int lines = rng.between(2, 8);
        for (int i = 0; i < lines; ++i) {
            // One draw per statement: the operands of + are evaluated in no fixed order.
            QString words[4];
            for (QString &w : words)
                w = word(rng);
            *text += QStringLiteral("    ") + words[0] + QLatin1Char('_') + words[1] +
                     QStringLiteral(" = ") + words[2] + QLatin1Char('(') + words[3] +
                     QStringLiteral(")\n");
        }
        *text += QStringLiteral("```\n\n");
    }

    QStringList m_words;
    std::vector<double> m_cumulative;
};

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
