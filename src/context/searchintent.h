#pragma once

#include "core/modelref.h"
#include "intentrules.h"

#include <QObject>
#include <functional>
#include <optional>

namespace coro {

class ModelQuery;

/**
 * @brief Decides whether a prompt gets a web search, and what to search: the user's
 *        per-prompt choice (always, never), then IntentRules, then — only when the rules are
 *        guessing and a small model is configured — that model's strict JSON verdict, under a
 *        short deadline, falling back to the rules' guess.
 */
class SearchIntent : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Auto, Always, Never };
    static constexpr int kDefaultModelTimeoutMs = 3000;
    static constexpr qsizetype kMaxReplyChars = 2000;

    struct Decision
    {
        bool shouldSearch = false;
        QString query;     ///< Normalized; what to search when shouldSearch.
        QString reason;    ///< The rule (IntentRules::Verdict::reason), "user" or "model".
        QString decidedBy; ///< "user", "rules" or "model".
        QString note;      ///< Why the model was not followed, when it was asked and failed.
    };
    using Done = std::function<void(const Decision &)>;

    static std::optional<Mode> modeFromName(QStringView name);
    static QString modeName(Mode mode);

    /// Without a model: the rules alone, at once.
    static Decision decideByRules(const QString &prompt, Mode mode,
                                  QDate today = QDate::currentDate());

    /// What the model is told; it must answer {"should_search": bool, "query": "..."}.
    static QString modelInstructions();
    /// The model's verdict from its reply: the first JSON object in it (code fences and
    /// chatter around it tolerated), with a boolean should_search; nullopt otherwise.
    static std::optional<Decision> parseModelReply(const QString &reply);

    /// @param query asks the model; null: rules only.
    explicit SearchIntent(ModelQuery *query = nullptr, QObject *parent = nullptr);
    /// The small model consulted when the rules are unsure; an empty ref turns it off.
    void setModel(const ModelRef &model, int timeoutMs = kDefaultModelTimeoutMs);

    /// @p done runs once, later, from the event loop.
    void decide(const QString &prompt, Mode mode, Done done);

private:
    ModelQuery *m_query;
    std::optional<ModelRef> m_model;
    int m_timeoutMs = kDefaultModelTimeoutMs;
};

} // namespace coro
