#include "chatsession.h"
#include "secrets/apikeyresolver.h"

#include <QHash>

namespace coro {

ChatSession::ChatSession(ProviderCatalog catalog, ApiKeyResolver *keys,
                         QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_keys(keys), m_network(network)
{}

Turn *ChatSession::ask(const AskOptions &options, QString *error)
{
    if (options.models.isEmpty()) {
        *error = tr("Choose at least one model.");
        return nullptr;
    }
    if (options.prompt.trimmed().isEmpty()) {
        *error = tr("The prompt is empty.");
        return nullptr;
    }
    if (const QStringList problems = options.params.validate(); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return nullptr;
    }

    QHash<QString, ApiKeyResolver::Resolution> keys; // One keychain lookup per provider.
    QList<ModelRunConfig> configs;
    for (const ModelRef &ref : options.models) {
        const ProviderConfig *provider = m_catalog.find(ref.provider);
        if (!provider) {
            QStringList known;
            for (const auto &p : m_catalog.providers())
                known << p.id;
            *error = tr("Unknown provider \"%1\" in \"%2\". Known providers: %3.")
                         .arg(ref.provider, ref.toString(), known.join(QStringLiteral(", ")));
            return nullptr;
        }
        if (!keys.contains(provider->id) && m_keys)
            keys.insert(provider->id, m_keys->resolve(provider->id, provider->keyEnv));

        ModelRunConfig config;
        config.ref = ref;
        config.provider = *provider;
        config.apiKey = keys.value(provider->id).key;
        config.messages = {ChatMessage{ChatMessage::Role::User, options.prompt}};
        config.params = options.params;
        config.timeouts = options.timeouts;
        config.retry = options.retry;
        configs.append(config);
    }
    auto *turn = new Turn(configs, m_network, this);
    // Started from the event loop, so that whoever called ask() can connect to every signal,
    // including failures found before anything is sent.
    QMetaObject::invokeMethod(turn, &Turn::start, Qt::QueuedConnection);
    return turn;
}

} // namespace coro
