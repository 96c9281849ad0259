#include "httpstream.h"
#include "netlogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace coro {

namespace {
// QNetworkReply reports 4xx/5xx as errors too; those still carry a body the protocol maps.
bool isHttpLevelError(QNetworkReply::NetworkError error)
{
    return (error >= QNetworkReply::ContentAccessDenied &&
            error <= QNetworkReply::UnknownContentError) ||
           (error >= QNetworkReply::InternalServerError &&
            error <= QNetworkReply::UnknownServerError) ||
           error == QNetworkReply::ProtocolInvalidOperationError;
}

ErrorCode codeForTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
        return ErrorCode::Timeout;
    case QNetworkReply::OperationCanceledError:
        return ErrorCode::Cancelled;
    default:
        return ErrorCode::NetworkError;
    }
}
} // namespace

HttpStream::HttpStream(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    m_connectTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(ErrorCode::Timeout,
             tr("No response from the server within %1 s.").arg(m_timeouts.connectMs / 1000.0));
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        fail(ErrorCode::Timeout,
             tr("The server sent nothing for %1 s.").arg(m_timeouts.idleMs / 1000.0));
    });
}

HttpStream::~HttpStream()
{
    release();
}

void HttpStream::start(const HttpRequest &request, Timeouts timeouts)
{
    release();
    m_timeouts = timeouts;
    m_head = {};
    m_started = false;

    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);

    m_reply = request.method == HttpRequest::Method::Get ? m_network->get(req)
                                                         : m_network->post(req, request.body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpStream::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpStream::onFinished);
    if (m_timeouts.connectMs > 0)
        m_connectTimer.start(m_timeouts.connectMs);
    qCDebug(lcNet) << "started" << request.url.toDisplayString(QUrl::RemoveQuery);
}

void HttpStream::abort()
{
    release();
}

void HttpStream::onMetaData()
{
    if (m_started || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_started = true;
    m_connectTimer.stop();
    m_head.status = status.toInt();
    const auto pairs = m_reply->rawHeaderPairs();
    m_head.headers = HttpHeaders(pairs.cbegin(), pairs.cend());
    if (m_timeouts.idleMs > 0)
        m_idleTimer.start(m_timeouts.idleMs);
    Q_EMIT responseStarted(m_head);
}

void HttpStream::onReadyRead()
{
    if (!m_reply)
        return;
    onMetaData();
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    if (m_timeouts.idleMs > 0)
        m_idleTimer.start(m_timeouts.idleMs);
    Q_EMIT dataReceived(bytes);
}

void HttpStream::onFinished()
{
    if (!m_reply)
        return;
    onReadyRead();
    if (!m_reply)
        return; // A receiver aborted us while handling the data.
    const auto error = m_reply->error();
    const QString errorString = m_reply->errorString();
    release();
    if (error == QNetworkReply::NoError || (m_started && isHttpLevelError(error))) {
        Q_EMIT finished();
        return;
    }
    qCDebug(lcNet) << "transport failure" << error << errorString;
    Q_EMIT failed(codeForTransportError(error), errorString);
}

void HttpStream::fail(ErrorCode code, const QString &message)
{
    release();
    Q_EMIT failed(code, message);
}

void HttpStream::release()
{
    m_connectTimer.stop();
    m_idleTimer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace coro
