#include "modeldiscovery.h"
#include "providers/providerprotocol.h"

#include <memory>

namespace coro {

ModelDiscovery::ModelDiscovery(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{}

void ModelDiscovery::fetch(const ProviderConfig &provider, const QString &apiKey,
                           HttpStream::Timeouts timeouts)
{
    std::shared_ptr<ProviderProtocol> protocol = ProviderProtocol::create(provider.protocol);
    auto *stream = new HttpStream(m_network, this);
    auto body = std::make_shared<QByteArray>();
    const QString id = provider.id;

    connect(stream, &HttpStream::dataReceived, this,
            [this, stream, body, id](const QByteArray &bytes) {
                body->append(bytes);
                if (body->size() <= kMaxBodyBytes)
                    return;
                stream->abort();
                stream->deleteLater();
                ProviderError error;
                error.code = ErrorCode::ServerError;
                error.message = tr("The model list is larger than %1 MB; it was not read.")
                                    .arg(kMaxBodyBytes / (1024 * 1024));
                Q_EMIT failed(id, error);
            });
    connect(stream, &HttpStream::finished, this, [this, stream, protocol, body, id] {
        stream->deleteLater();
        const HttpResponseHead &head = stream->responseHead();
        if (head.status >= 300) {
            Q_EMIT failed(id, protocol->httpError(head, *body));
            return;
        }
        Q_EMIT modelsReady(id, protocol->parseModels(*body));
    });
    connect(stream, &HttpStream::failed, this,
            [this, stream, id](ErrorCode code, const QString &message) {
                stream->deleteLater();
                ProviderError error;
                error.code = code;
                error.message = message;
                Q_EMIT failed(id, error);
            });
    if (timeouts.totalMs <= 0)
        timeouts.totalMs = kDefaultTotalMs;
    stream->start(protocol->modelsRequest(provider, apiKey), timeouts);
}

} // namespace coro
