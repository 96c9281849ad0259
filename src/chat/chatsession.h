#pragma once

#include "context/turncontextstore.h"
#include "context/webcontext.h"
#include "core/modelref.h"
#include "engine/turn.h"
#include "providers/providercatalog.h"
#include "secrets/apikeyresolver.h"

#include <QHash>
#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace coro {

class ConversationStore;
class StorageService;

/**
 * @brief Starts turns for every front end: resolves each named model to its provider and key,
 *        has PromptComposer build each model's messages from the conversation so far (guide,
 *        web sources, history), records the turn in the history store and hands the runs to
 *        an engine Turn.
 */
class ChatSession : public QObject
{
    Q_OBJECT
public:
    struct AskOptions
    {
        QList<ModelRef> models;
        QString prompt;
        GenerationParams params;
        /// Per model (same index as models): its own temperature, max tokens and top_p, so
        /// the same model can be asked twice with different ones. Unset or missing: params.
        /// The system text is composed for every model alike.
        QList<std::optional<GenerationParams>> modelParams;
        ModelRunConfig::Timeouts timeouts;
        RetryPolicy retry;
        qsizetype maxAnswerChars = ModelRunConfig::kDefaultMaxAnswerChars;
        qint64 conversationId = 0; ///< 0: a new conversation.
        bool ephemeral = false;    ///< Never touches the disk.
        /// Ask @p prompt as a new version of this past message: a branch; the old one is kept.
        qint64 editTurnId = 0;
        /// Answer this past message again (prompt unused): new answers in the models' panes.
        qint64 regenerateTurnId = 0;
        /// Replaces the conversation's guide (stored: later turns keep it). Unset: kept as is.
        std::optional<QString> guide;
        /// The guide used when the conversation has none of its own (the app's default).
        QString defaultGuide;
        /// Web sources given to every model (PromptComposer) and recorded with the turn.
        WebContext web;
    };

    /// A fused answer: once a turn's answers are done, one model writes the best of them
    /// (the prompt and instructions come from context/FusionPrompt).
    struct FuseOptions
    {
        ModelRef model;
        qint64 conversationId = 0; ///< 0: an ephemeral turn, nothing is saved.
        qint64 turnId = 0;         ///< The turn whose answers are fused; the new one joins it.
        QList<TurnContextStore::FusionSource> sources; ///< Label and stored id of each answer.
        QString system;                                ///< The fusion instructions.
        QString prompt;                                ///< The question and the labelled answers.
        GenerationParams params;
        /// Per model (same index as models): its own temperature, max tokens and top_p, so
        /// the same model can be asked twice with different ones. Unset or missing: params.
        /// The system text is composed for every model alike.
        QList<std::optional<GenerationParams>> modelParams;
        ModelRunConfig::Timeouts timeouts;
        RetryPolicy retry;
        qsizetype maxAnswerChars = ModelRunConfig::kDefaultMaxAnswerChars;
        QString defaultGuide;
    };

    /// What ask() hands back once the turn is ready to start.
    struct PlannedTurn
    {
        Turn *turn = nullptr;      ///< Owned by the session; starts on the next event-loop turn.
        qint64 conversationId = 0; ///< 0 for an ephemeral turn.
        qint64 turnId = 0;
        QList<qint64> answerIds; ///< The stored answer of each run, in run order.
        QString error;           ///< Set (and turn null) when the turn could not be recorded.
    };
    using Ready = std::function<void(const PlannedTurn &)>;

    /// @param storage the history store; may be null, then every turn is ephemeral.
    ChatSession(ProviderCatalog catalog, ApiKeyResolver *keys, QNetworkAccessManager *network,
                StorageService *storage, QObject *parent = nullptr);

    const ProviderCatalog &catalog() const { return m_catalog; }
    /// Providers added, changed or removed in settings. A turn whose provider is removed before
    /// it starts ends with an error saying so.
    void setCatalog(ProviderCatalog catalog) { m_catalog = std::move(catalog); }

    /// Checks the request at once: returns false and sets @p error when it cannot be sent (no
    /// model, unknown provider, empty prompt, invalid parameters). Otherwise reads the history,
    /// records the turn and calls @p ready (always later, from the event loop) just before the
    /// turn starts, so the caller can connect to every signal.
    bool ask(const AskOptions &options, Ready ready, QString *error);
    /// What ask() checks at once, without asking: false with @p error when it would refuse.
    bool check(const AskOptions &options, QString *error) const { return validate(options, error); }
    /// Like ask(), for a fused answer: saved as one more answer of the turn (in the next free
    /// pane), flagged as a fusion with its sources, and streamed like any other.
    bool fuse(const FuseOptions &options, Ready ready, QString *error);

private:
    struct Plan;
    bool validate(const AskOptions &options, QString *error) const;
    static Plan planFusion(ConversationStore &store, const FuseOptions &options,
                           const QJsonObject &parameters);
    /// Runs on the storage thread: places the turn and records its rows (see chatsession.cpp).
    static Plan plan(ConversationStore &store, const AskOptions &options,
                     const QJsonObject &parameters);
    static Plan placeAndRecord(ConversationStore &store, const AskOptions &options,
                               const QJsonObject &parameters);
    using Keys = QHash<QString, ApiKeyResolver::Resolution>; ///< By provider id.
    /// Resolves each provider's key (asynchronously), then start()s.
    void launch(const AskOptions &options, const Plan &plan, const Ready &ready);
    void start(const AskOptions &options, const Plan &plan, const Keys &keys, const Ready &ready);
    /// Why @p options cannot start: a provider of it is gone from the catalog; empty if none.
    QString missingProvider(const AskOptions &options) const;

    ProviderCatalog m_catalog;
    ApiKeyResolver *m_keys;
    QNetworkAccessManager *m_network;
    StorageService *m_storage;
};

} // namespace coro
