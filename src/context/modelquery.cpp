#include "modelquery.h"
#include "engine/modelrun.h"

#include <QCoreApplication>

namespace coro {

namespace {
struct ModelQueryText
{
    Q_DECLARE_TR_FUNCTIONS(ModelQuery)
};
} // namespace

ModelQuery::ModelQuery(ProviderCatalog catalog, ApiKeyResolver *keys,
                       QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_keys(keys), m_network(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish({false,
                {},
                ModelQueryText::tr("%1 did not answer within %2 s.")
                    .arg(m_run ? m_run->config().ref.toString() : QString())
                    .arg(m_deadline.interval() / 1000.0)});
    });
}

ModelQuery::~ModelQuery()
{
    m_done = nullptr;
    cancel();
}

void ModelQuery::ask(const Request &request, Done done)
{
    cancel();
    m_done = std::move(done);
    const int generation = ++m_generation;
    const ProviderConfig *provider = m_catalog.find(request.model.provider);
    if (!provider) {
        const QString error =
            ModelQueryText::tr("Unknown provider \"%1\".").arg(request.model.provider);
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                finish({false, {}, error});
            },
            Qt::QueuedConnection);
        return;
    }
    m_deadline.start(std::max(1, request.timeoutMs));
    if (!m_keys) {
        QMetaObject::invokeMethod(
            this, [this, request, provider = *provider] { start(request, provider, {}, {}); },
            Qt::QueuedConnection);
        return;
    }
    const QPointer<ModelQuery> self(this);
    m_keys->resolve(provider->id, provider->keyEnv,
                    [self, generation, request,
                     provider = *provider](const ApiKeyResolver::Resolution &resolution) {
                        ModelQuery *query = self.data();
                        if (query && query->m_generation == generation && query->m_done)
                            query->start(request, provider, resolution.key, resolution.note);
                    });
}

void ModelQuery::start(const Request &request, const ProviderConfig &provider, const QString &key,
                       const QString &keyNote)
{
    if (!m_deadline.isActive())
        return; // Timed out while the keychain answered.
    ModelRunConfig config;
    config.ref = request.model;
    config.provider = provider;
    config.apiKey = key;
    config.keyNote = keyNote;
    config.messages = {{ChatMessage::Role::User, request.prompt}};
    config.params.systemPrompt = request.system;
    config.params.temperature = 0.0;
    config.params.maxTokens = request.maxTokens;
    config.retry.maxAttempts = 1;
    const int remaining = std::max(1, m_deadline.remainingTime());
    config.timeouts = {remaining, remaining, remaining};
    config.maxAnswerChars = request.maxChars;
    m_run = new ModelRun(config, m_network, this);
    ModelRun *run = m_run;
    connect(run, &ModelRun::finished, this, [this, run] {
        if (run != m_run)
            return;
        // An answer cut at maxChars is still usable for these short calls.
        const bool ok = run->state() == ModelRun::State::Done ||
                        (run->state() == ModelRun::State::Error && !run->text().isEmpty() &&
                         run->text().size() >= run->config().maxAnswerChars);
        finish({ok, run->text(),
                ok ? QString()
                   : (run->error().message.isEmpty() ? errorCodeName(run->error().code)
                                                     : run->error().message)});
    });
    run->start();
}

void ModelQuery::finish(const Result &result)
{
    m_deadline.stop();
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
        m_run->deleteLater();
        m_run = nullptr;
    }
    if (Done done = std::exchange(m_done, nullptr))
        done(result);
}

void ModelQuery::cancel()
{
    ++m_generation;
    m_deadline.stop();
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_done = nullptr;
}

} // namespace coro
