#include "chatsession.h"
#include "context/promptcomposer.h"
#include "context/turncontextstore.h"
#include "storage/database.h"
#include "storage/storageservice.h"
#include "turnrecorder.h"

#include <QJsonObject>
#include <QPointer>
#include <memory>
#include <utility>

namespace coro {

/// What the storage thread works out for a turn: ids, and each model's history.
struct ChatSession::Plan
{
    qint64 conversationId = 0;
    qint64 turnId = 0;
    QList<qint64> answerIds;
    QList<ChatMessages> history; ///< Per model, the earlier turns as user/assistant messages.
    QString prompt;              ///< The message answered (a regenerated turn's own text).
    QString guide;               ///< The conversation's guide, as stored for this turn.
    QString error;
};

namespace {
// Where the new answers go, and what history the models see: after the end of the latest
// branch for a new question, after the message's parent when it is edited or regenerated.
struct Placement
{
    qint64 contextLeaf = 0; ///< Last turn given as context; 0 for none.
    qint64 turnId = 0;      ///< The turn answered (regenerate) or 0 to create one.
    QString prompt;
    QList<StoredAnswer> existing; ///< Answers the regenerated turn already has.
    QString guide;                ///< The conversation's guide.
};

std::optional<Placement> place(ConversationStore &store, const ChatSession::AskOptions &options,
                               QString *error)
{
    Placement placement{0, 0, options.prompt, {}, {}};
    const qint64 target = options.editTurnId ? options.editTurnId : options.regenerateTurnId;
    const auto conversation = store.conversation(options.conversationId, target);
    if (!conversation) {
        *error = target
                     ? ChatSession::tr("There is no message %1 in conversation %2.")
                           .arg(target)
                           .arg(options.conversationId)
                     : ChatSession::tr("There is no conversation %1.").arg(options.conversationId);
        return std::nullopt;
    }
    placement.guide = conversation->guide;
    if (!target) {
        placement.contextLeaf = conversation->turns.isEmpty() ? 0 : conversation->turns.last().id;
        return placement;
    }
    for (int i = 0; i < conversation->turns.size(); ++i) {
        const StoredTurn &turn = conversation->turns.at(i);
        if (turn.id != target)
            continue;
        placement.contextLeaf = i > 0 ? conversation->turns.at(i - 1).id : 0;
        if (options.regenerateTurnId) {
            placement.turnId = turn.id;
            placement.prompt = turn.userText;
            placement.existing = turn.answers;
        }
        return placement;
    }
    *error = ChatSession::tr("There is no message %1 in conversation %2.")
                 .arg(target)
                 .arg(options.conversationId);
    return std::nullopt;
}

// A regenerated answer takes its model's pane; a model new to the turn gets the next one.
int slotFor(const ModelRef &ref, const QList<StoredAnswer> &existing, int *nextFree)
{
    for (const StoredAnswer &answer : existing) {
        if (answer.provider == ref.provider && answer.model == ref.model)
            return answer.slot;
    }
    return (*nextFree)++;
}
} // namespace

ChatSession::Plan ChatSession::plan(ConversationStore &store, const AskOptions &options,
                                    const QJsonObject &parameters)
{
    // The conversation, turn and answer rows land together or not at all: no orphans.
    auto transaction = store.transaction();
    if (!transaction.isActive()) { // e.g. another process held the file locked for too long
        Plan failed;
        failed.error =
            tr("The turn could not be saved to the history file: %1").arg(store.lastError());
        return failed;
    }
    Plan plan = placeAndRecord(store, options, parameters);
    if (plan.error.isEmpty() && !transaction.commit())
        plan.error =
            tr("The turn could not be saved to the history file: %1").arg(store.lastError());
    if (!plan.error.isEmpty())
        plan.answerIds.clear(); // Rolled back: nothing to checkpoint into.
    return plan;
}

ChatSession::Plan ChatSession::placeAndRecord(ConversationStore &store, const AskOptions &options,
                                              const QJsonObject &parameters)
{
    Plan plan;
    Placement placement;
    if (options.conversationId) {
        const auto placed = place(store, options, &plan.error);
        if (!placed)
            return plan;
        placement = *placed;
        plan.conversationId = options.conversationId;
    } else {
        plan.conversationId = store.createConversation();
        placement.prompt = options.prompt;
    }
    plan.prompt = placement.prompt;
    plan.guide = placement.guide;
    if (options.guide) {
        if (!store.setGuide(plan.conversationId, *options.guide)) {
            plan.error =
                tr("The turn could not be saved to the history file: %1").arg(store.lastError());
            return plan;
        }
        plan.guide = *options.guide;
    }
    for (const ModelRef &ref : options.models) {
        ChatMessages messages;
        if (placement.contextLeaf) {
            for (const ContextTurn &turn : store.contextFor(
                     plan.conversationId, placement.contextLeaf, ref.provider, ref.model)) {
                messages.append({ChatMessage::Role::User, turn.userText});
                if (!turn.assistantText.isEmpty())
                    messages.append({ChatMessage::Role::Assistant, turn.assistantText});
            }
        }
        plan.history.append(messages);
    }
    if (placement.turnId)
        plan.turnId = placement.turnId;
    else if (options.editTurnId)
        plan.turnId = store.editTurn(options.editTurnId, placement.prompt);
    else // Also replaces "New chat" with a title made from the first prompt.
        plan.turnId = store.addTurn(plan.conversationId, placement.contextLeaf, placement.prompt);
    // The turn keeps which web sources its answers were given, and when they were fetched.
    TurnContextStore context(store.database().connection());
    if (plan.turnId && !context.recordWeb(plan.turnId, options.web)) {
        plan.error =
            tr("The turn could not be saved to the history file: %1").arg(context.lastError());
        return plan;
    }

    int nextFree = 0;
    for (const StoredAnswer &answer : placement.existing)
        nextFree = std::max(nextFree, answer.slot + 1);
    for (qsizetype i = 0; i < options.models.size(); ++i) {
        const ModelRef &ref = options.models.at(i);
        const int slot = slotFor(ref, placement.existing, &nextFree);
        // Each answer keeps the parameters it was asked with: a model's own, if it had any.
        QJsonObject asked = parameters;
        if (const auto &own = options.modelParams.value(i)) {
            asked.insert(QStringLiteral("temperature"), own->temperature);
            asked.insert(QStringLiteral("max_tokens"), own->maxTokens);
            if (own->topP)
                asked.insert(QStringLiteral("top_p"), *own->topP);
            else
                asked.remove(QStringLiteral("top_p"));
        }
        plan.answerIds.append(store.addAnswer(plan.turnId, slot, ref.provider, ref.model, asked));
    }
    if (!plan.conversationId || !plan.turnId || plan.answerIds.contains(0))
        plan.error =
            tr("The turn could not be saved to the history file: %1").arg(store.lastError());
    return plan;
}

namespace {
QJsonObject parametersJson(const GenerationParams &params)
{
    QJsonObject json{{QStringLiteral("temperature"), params.temperature},
                     {QStringLiteral("max_tokens"), params.maxTokens}};
    if (params.topP)
        json.insert(QStringLiteral("top_p"), *params.topP);
    if (!params.systemPrompt.isEmpty())
        json.insert(QStringLiteral("system"), params.systemPrompt);
    return json;
}
} // namespace

ChatSession::ChatSession(ProviderCatalog catalog, ApiKeyResolver *keys,
                         QNetworkAccessManager *network, StorageService *storage, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_keys(keys), m_network(network),
      m_storage(storage)
{}

bool ChatSession::validate(const AskOptions &options, QString *error) const
{
    if (options.models.isEmpty()) {
        *error = tr("Choose at least one model.");
        return false;
    }
    if (options.prompt.trimmed().isEmpty() && !options.regenerateTurnId) {
        *error = tr("The prompt is empty.");
        return false;
    }
    if (const QStringList problems = options.params.validate(); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return false;
    }
    for (qsizetype i = 0; i < options.modelParams.size() && i < options.models.size(); ++i) {
        const auto &own = options.modelParams.at(i);
        if (const QStringList problems = own ? own->validate() : QStringList();
            !problems.isEmpty()) {
            *error =
                tr("%1: %2").arg(options.models.at(i).toString(), problems.join(QLatin1Char(' ')));
            return false;
        }
    }
    for (const ModelRef &ref : options.models) {
        if (!m_catalog.find(ref.provider)) {
            QStringList known;
            for (const auto &p : m_catalog.providers())
                known << p.id;
            *error = tr("Unknown provider \"%1\" in \"%2\". Known providers: %3.")
                         .arg(ref.provider, ref.toString(), known.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (options.conversationId && (options.ephemeral || !m_storage)) {
        *error = tr("An ephemeral turn cannot continue a saved conversation.");
        return false;
    }
    if ((options.editTurnId || options.regenerateTurnId) && !options.conversationId) {
        *error = tr("Editing or regenerating a message needs its conversation.");
        return false;
    }
    return true;
}

bool ChatSession::ask(const AskOptions &options, Ready ready, QString *error)
{
    if (!validate(options, error))
        return false;
    if (options.ephemeral || !m_storage) {
        Plan plan;
        plan.history.resize(options.models.size());
        plan.prompt = options.prompt;
        plan.guide = options.guide.value_or(QString());
        QMetaObject::invokeMethod(
            this, [=] { launch(options, plan, ready); }, Qt::QueuedConnection);
        return true;
    }

    // One job on the storage thread: the conversation, each model's context, the turn row and
    // one answer row per model, so that checkpoints have somewhere to go from the first token.
    const QJsonObject parameters = parametersJson(options.params);
    m_storage->run([options, parameters](
                       ConversationStore &store) { return plan(store, options, parameters); },
                   this,
                   [this, options, ready](const Plan &plan) { launch(options, plan, ready); });
    return true;
}

ChatSession::Plan ChatSession::planFusion(ConversationStore &store, const FuseOptions &options,
                                          const QJsonObject &parameters)
{
    Plan plan;
    plan.conversationId = options.conversationId;
    plan.turnId = options.turnId;
    plan.prompt = options.prompt;
    plan.history.resize(1); // The message holds everything the fusing model needs.
    auto transaction = store.transaction();
    const auto conversation = store.conversation(options.conversationId, options.turnId);
    int slot = -1;
    for (const StoredTurn &turn : conversation ? conversation->turns : QList<StoredTurn>()) {
        if (turn.id != options.turnId)
            continue;
        for (const StoredAnswer &answer : turn.answers)
            slot = std::max(slot, answer.slot);
    }
    if (!transaction.isActive() || !conversation || slot < 0) {
        plan.error = tr("There is no message %1 in conversation %2.")
                         .arg(options.turnId)
                         .arg(options.conversationId);
        return plan;
    }
    plan.guide = conversation->guide;
    const qint64 answerId = store.addAnswer(options.turnId, slot + 1, options.model.provider,
                                            options.model.model, parameters);
    TurnContextStore context(store.database().connection());
    if (!answerId || !context.markFusion(answerId, options.sources) || !transaction.commit()) {
        plan.error = tr("The turn could not be saved to the history file: %1")
                         .arg(answerId ? context.lastError() : store.lastError());
        return plan;
    }
    plan.answerIds = {answerId};
    return plan;
}

bool ChatSession::fuse(const FuseOptions &fusion, Ready ready, QString *error)
{
    AskOptions options;
    options.models = {fusion.model};
    options.prompt = fusion.prompt;
    options.params = fusion.params;
    options.params.systemPrompt = fusion.system;
    options.timeouts = fusion.timeouts;
    options.retry = fusion.retry;
    options.maxAnswerChars = fusion.maxAnswerChars;
    options.defaultGuide = fusion.defaultGuide;
    options.conversationId = fusion.conversationId;
    options.ephemeral = !fusion.conversationId || !m_storage;
    if (options.ephemeral)
        options.conversationId = 0;
    if (!validate(options, error))
        return false;
    if (options.ephemeral) {
        Plan plan;
        plan.history.resize(1);
        plan.prompt = options.prompt;
        QMetaObject::invokeMethod(
            this, [=] { launch(options, plan, ready); }, Qt::QueuedConnection);
        return true;
    }
    // Stored like any answer's parameters, without the long instructions.
    QJsonObject parameters = parametersJson(fusion.params);
    parameters.insert(QStringLiteral("fusion"), true);
    m_storage->run([fusion, parameters](
                       ConversationStore &store) { return planFusion(store, fusion, parameters); },
                   this,
                   [this, options, ready](const Plan &plan) { launch(options, plan, ready); });
    return true;
}

void ChatSession::launch(const AskOptions &options, const Plan &plan, const Ready &ready)
{
    if (!plan.error.isEmpty()) {
        ready({nullptr, plan.conversationId, plan.turnId, {}, plan.error});
        return;
    }
    // One key lookup per provider. The keychain answers over IPC, so this waits for callbacks
    // instead of blocking the thread (the GUI's) in a nested event loop.
    QStringList providerIds;
    for (const ModelRef &ref : options.models) {
        if (!providerIds.contains(ref.provider))
            providerIds << ref.provider;
    }
    if (const QString gone = missingProvider(options); !gone.isEmpty()) {
        ready({nullptr, plan.conversationId, plan.turnId, {}, gone});
        return;
    }
    auto keys = std::make_shared<Keys>();
    if (!m_keys) {
        start(options, plan, *keys, ready);
        return;
    }
    auto pending = std::make_shared<qsizetype>(providerIds.size());
    const QPointer<ChatSession> self(this);
    for (const QString &id : std::as_const(providerIds)) {
        m_keys->resolve(id, m_catalog.find(id)->keyEnv,
                        [=](const ApiKeyResolver::Resolution &resolution) {
                            keys->insert(id, resolution);
                            if (--*pending == 0 && self)
                                self->start(options, plan, *keys, ready);
                        });
    }
}

QString ChatSession::missingProvider(const AskOptions &options) const
{
    // Settings may remove a provider while a turn waits for the history or the keychain.
    for (const ModelRef &ref : options.models) {
        if (!m_catalog.find(ref.provider))
            return tr("The provider \"%1\" was removed in the meantime.").arg(ref.provider);
    }
    return {};
}

void ChatSession::start(const AskOptions &options, const Plan &plan, const Keys &keys,
                        const Ready &ready)
{
    if (const QString gone = missingProvider(options); !gone.isEmpty()) {
        ready({nullptr, plan.conversationId, plan.turnId, {}, gone});
        return;
    }
    QList<ModelRunConfig> configs;
    const PromptComposer::Parts parts{
        options.params.systemPrompt,
        PromptComposer::effectiveGuide(plan.guide, options.defaultGuide), options.web};
    for (int i = 0; i < options.models.size(); ++i) {
        const ModelRef &ref = options.models.at(i);
        const ProviderConfig *provider = m_catalog.find(ref.provider);
        ModelRunConfig config;
        config.ref = ref;
        config.provider = *provider;
        config.apiKey = keys.value(provider->id).key;
        config.keyNote = keys.value(provider->id).note;
        PromptComposer::Composed composed =
            PromptComposer::compose(parts, plan.history.value(i), plan.prompt);
        config.messages = std::move(composed.messages);
        config.params = options.modelParams.value(i).value_or(options.params);
        config.params.systemPrompt = composed.system;
        config.timeouts = options.timeouts;
        config.retry = options.retry;
        config.maxAnswerChars = options.maxAnswerChars;
        configs.append(config);
    }
    auto *turn = new Turn(configs, m_network, this);
    if (m_storage && !options.ephemeral)
        new TurnRecorder(turn, m_storage, plan.answerIds);
    ready({turn, plan.conversationId, plan.turnId, plan.answerIds, {}});
    QMetaObject::invokeMethod(turn, &Turn::start, Qt::QueuedConnection);
}

} // namespace coro
