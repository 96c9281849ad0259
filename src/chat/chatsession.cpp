#include "chatsession.h"
#include "secrets/apikeyresolver.h"
#include "storage/storageservice.h"
#include "turnrecorder.h"

#include <QHash>
#include <QJsonObject>

namespace coro {

/// What the storage thread works out for a turn: ids, and each model's history.
struct ChatSession::Plan
{
    qint64 conversationId = 0;
    qint64 turnId = 0;
    QList<qint64> answerIds;
    QList<ChatMessages> history; ///< Per model, the earlier turns as user/assistant messages.
    QString error;
};

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

bool ChatSession::ask(const AskOptions &options, Ready ready, QString *error)
{
    if (options.models.isEmpty()) {
        *error = tr("Choose at least one model.");
        return false;
    }
    if (options.prompt.trimmed().isEmpty()) {
        *error = tr("The prompt is empty.");
        return false;
    }
    if (const QStringList problems = options.params.validate(); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return false;
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

    if (options.ephemeral || !m_storage) {
        Plan plan;
        plan.history.resize(options.models.size());
        QMetaObject::invokeMethod(
            this, [=] { launch(options, plan, ready); }, Qt::QueuedConnection);
        return true;
    }

    // One job on the storage thread: the conversation, each model's context, the turn row and
    // one answer row per model, so that checkpoints have somewhere to go from the first token.
    const QJsonObject parameters = parametersJson(options.params);
    m_storage->run(
        [options, parameters](ConversationStore &store) {
            Plan plan;
            qint64 leaf = 0;
            if (options.conversationId) {
                const auto conversation = store.conversation(options.conversationId);
                if (!conversation) {
                    plan.error = tr("There is no conversation %1.").arg(options.conversationId);
                    return plan;
                }
                plan.conversationId = options.conversationId;
                leaf = conversation->turns.isEmpty() ? 0 : conversation->turns.last().id;
            } else {
                plan.conversationId = store.createConversation();
            }
            for (const ModelRef &ref : options.models) {
                ChatMessages messages;
                if (leaf) {
                    for (const ContextTurn &turn :
                         store.contextFor(plan.conversationId, leaf, ref.provider, ref.model)) {
                        messages.append({ChatMessage::Role::User, turn.userText});
                        if (!turn.assistantText.isEmpty())
                            messages.append({ChatMessage::Role::Assistant, turn.assistantText});
                    }
                }
                plan.history.append(messages);
            }
            // Also replaces "New chat" with a title made from the first prompt.
            plan.turnId = store.addTurn(plan.conversationId, leaf, options.prompt);
            for (int slot = 0; slot < options.models.size(); ++slot) {
                const ModelRef &ref = options.models.at(slot);
                plan.answerIds.append(
                    store.addAnswer(plan.turnId, slot, ref.provider, ref.model, parameters));
            }
            if (!plan.turnId || plan.answerIds.contains(0))
                plan.error = tr("The turn could not be saved to the history file.");
            return plan;
        },
        [this, options, ready](const Plan &plan) { launch(options, plan, ready); });
    return true;
}

void ChatSession::launch(const AskOptions &options, const Plan &plan, const Ready &ready)
{
    if (!plan.error.isEmpty()) {
        ready({nullptr, plan.conversationId, plan.turnId, plan.error});
        return;
    }
    QHash<QString, ApiKeyResolver::Resolution> keys; // One keychain lookup per provider.
    QList<ModelRunConfig> configs;
    for (int i = 0; i < options.models.size(); ++i) {
        const ModelRef &ref = options.models.at(i);
        const ProviderConfig *provider = m_catalog.find(ref.provider);
        if (!keys.contains(provider->id) && m_keys)
            keys.insert(provider->id, m_keys->resolve(provider->id, provider->keyEnv));

        ModelRunConfig config;
        config.ref = ref;
        config.provider = *provider;
        config.apiKey = keys.value(provider->id).key;
        config.messages = plan.history.value(i);
        config.messages.append({ChatMessage::Role::User, options.prompt});
        config.params = options.params;
        config.timeouts = options.timeouts;
        config.retry = options.retry;
        configs.append(config);
    }
    auto *turn = new Turn(configs, m_network, this);
    if (m_storage && !options.ephemeral)
        new TurnRecorder(turn, m_storage, plan.answerIds);
    ready({turn, plan.conversationId, plan.turnId, {}});
    QMetaObject::invokeMethod(turn, &Turn::start, Qt::QueuedConnection);
}

} // namespace coro
