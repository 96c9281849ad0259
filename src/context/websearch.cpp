#include "websearch.h"
#include "contextlogging.h"
#include "net/httpstream.h"
#include "searchcache.h"
#include "searchprotocol.h"
#include "storage/database.h"
#include "storage/storageservice.h"

#include <QDateTime>

namespace coro {

WebSearch::WebSearch(SearchCatalog catalog, ApiKeyResolver *keys, QNetworkAccessManager *network,
                     StorageService *storage, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_keys(keys), m_network(network),
      m_storage(storage)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &WebSearch::timedOut);
}

void WebSearch::timedOut()
{
    skip(QStringLiteral("timeout"),
         tr("The web search (%1) did not answer within %2 s; the models answer without web "
            "context.")
             .arg(m_backend.id)
             .arg(m_limits.timeoutMs / 1000.0));
}

WebSearch::~WebSearch()
{
    cancel();
}

qint64 WebSearch::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void WebSearch::cancel()
{
    ++m_generation;
    m_deadline.stop();
    m_done = nullptr;
    if (m_stream) {
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
}

void WebSearch::search(const QString &query, const QString &backendId, Done done)
{
    cancel();
    m_done = std::move(done);
    m_context = WebContext();
    m_context.query = SearchCache::normalizedQuery(query);
    const int generation = m_generation;
    const SearchBackendConfig *backend = m_catalog.find(backendId);
    if (!backend) {
        const QString message =
            backendId.isEmpty()
                ? tr("No web search is set up: add a \"search\" entry to providers.json.")
                : tr("There is no search entry \"%1\" in providers.json.").arg(backendId);
        QMetaObject::invokeMethod(
            this,
            [this, generation, message] {
                if (generation == m_generation)
                    skip(QStringLiteral("no_backend"), message);
            },
            Qt::QueuedConnection);
        return;
    }
    m_backend = *backend;
    m_context.backendId = backend->id;
    m_deadline.start(std::max(1, m_limits.timeoutMs));
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation)
                return;
            if (m_context.query.isEmpty())
                skip(QStringLiteral("no_results"), tr("There is nothing to search for."));
            else
                lookUpCache(generation);
        },
        Qt::QueuedConnection);
}

void WebSearch::lookUpCache(int generation)
{
    if (!m_storage || m_backend.cacheMinutes <= 0) {
        resolveKey(generation);
        return;
    }
    m_storage->run(
        [backend = m_backend.id, query = m_context.query, at = now()](ConversationStore &store) {
            return SearchCache(store.database().connection()).lookup(backend, query, at);
        },
        this,
        [this, generation](const std::optional<SearchCache::Entry> &entry) {
            if (generation != m_generation)
                return;
            if (!entry) {
                resolveKey(generation);
                return;
            }
            qCDebug(lcContext) << "search cache hit for" << m_backend.id;
            WebContext context = m_context;
            context.sources = entry->sources;
            context.searchedAt = entry->fetchedAt;
            context.cached = true;
            finish(context);
        });
}

void WebSearch::resolveKey(int generation)
{
    if (!m_keys) {
        send(generation, {}, {});
        return;
    }
    const QPointer<WebSearch> self(this);
    m_keys->resolve(m_backend.id, m_backend.keyEnv,
                    [self, generation](const ApiKeyResolver::Resolution &resolution) {
                        WebSearch *search = self.data();
                        if (search && generation == search->m_generation)
                            search->send(generation, resolution.key, resolution.note);
                    });
}

void WebSearch::send(int generation, const QString &apiKey, const QString &keyNote)
{
    auto *stream = new HttpStream(m_network, this);
    m_stream = stream;
    auto body = std::make_shared<QByteArray>();
    connect(stream, &HttpStream::dataReceived, this, [this, stream, body](const QByteArray &bytes) {
        if (stream != m_stream)
            return;
        body->append(bytes);
        if (body->size() > m_limits.maxBodyBytes) {
            skip(QStringLiteral("failed"),
                 tr("The web search (%1) answered more than %2 MB; it was not read.")
                     .arg(m_backend.id)
                     .arg(m_limits.maxBodyBytes / (1024 * 1024)));
        }
    });
    connect(stream, &HttpStream::finished, this, [this, stream, body, keyNote] {
        if (stream == m_stream)
            received(*body, stream->responseHead().status, keyNote);
    });
    connect(
        stream, &HttpStream::failed, this, [this, stream](ErrorCode code, const QString &message) {
            if (stream != m_stream)
                return;
            if (code == ErrorCode::Timeout) { // The stream's own clock ran out with the deadline.
                timedOut();
                return;
            }
            skip(QStringLiteral("failed"),
                 tr("The web search (%1) failed: %2 The models answer without web context.")
                     .arg(m_backend.id, message));
        });
    const int remaining = std::max(1, m_deadline.remainingTime());
    HttpStream::Timeouts timeouts;
    timeouts.connectMs = std::min(m_limits.connectMs, remaining);
    timeouts.idleMs = remaining;
    timeouts.totalMs = remaining;
    m_context.searchedAt = now();
    Q_UNUSED(generation)
    stream->start(SearchProtocol::request(m_backend, m_context.query, apiKey), timeouts);
}

void WebSearch::received(const QByteArray &body, int status, const QString &keyNote)
{
    const SearchProtocol::Parsed parsed = SearchProtocol::parse(m_backend, status, body);
    if (!parsed.error.isEmpty()) {
        QString reason = parsed.error;
        if ((status == 401 || status == 403) && !keyNote.isEmpty())
            reason += QLatin1String(" (") + keyNote + QLatin1Char(')');
        skip(QStringLiteral("failed"),
             tr("The web search (%1) failed: %2. The models answer without web context.")
                 .arg(m_backend.id, reason));
        return;
    }
    if (parsed.sources.isEmpty()) {
        skip(
            QStringLiteral("no_results"),
            tr("The web search (%1) found nothing for \"%2\".").arg(m_backend.id, m_context.query));
        return;
    }
    WebContext context = m_context;
    context.sources = parsed.sources;
    if (m_storage && m_backend.cacheMinutes > 0) {
        // Fire and forget: a cache that cannot be written costs the next search, not this one.
        m_storage->run(
            [backend = m_backend.id, query = context.query, sources = context.sources,
             at = context.searchedAt,
             ttl = qint64(m_backend.cacheMinutes) * 60000](ConversationStore &store) {
                return SearchCache(store.database().connection())
                    .store(backend, query, sources, at, ttl);
            },
            nullptr, std::function<void(bool)>());
    }
    finish(context);
}

void WebSearch::skip(const QString &code, const QString &message)
{
    WebContext context = m_context;
    context.sources.clear();
    context.cached = false;
    context.skipped = code;
    context.message = message;
    qCInfo(lcContext).noquote() << "web search skipped:" << code;
    finish(context);
}

void WebSearch::finish(WebContext context)
{
    Done done = std::exchange(m_done, nullptr);
    cancel();
    if (done)
        done(context);
}

} // namespace coro
