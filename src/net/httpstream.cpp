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

QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    origin.setPort(url.port(
        url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80));
    return origin;
}

QString secondsText(int ms)
{
    return QString::number(ms / 1000.0);
}
} // namespace

HttpStream::HttpStream(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    m_connectTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(ErrorCode::Timeout, tr("Could not connect to %1 within %2 s.")
                                     .arg(m_origin.host(), secondsText(m_timeouts.connectMs)));
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        fail(ErrorCode::Timeout,
             tr("The server sent nothing for %1 s.").arg(secondsText(m_timeouts.idleMs)));
    });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        fail(ErrorCode::Timeout, tr("No complete answer from the server within %1 s.")
                                     .arg(secondsText(m_timeouts.totalMs)));
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
    m_sent = false;
    m_started = false;
    m_origin = originOf(request.url);

    QNetworkRequest req(request.url);
    // Qt would resend every header, the API key included, to whatever host a redirect names.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setMaximumRedirectsAllowed(kMaxRedirects);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);

    m_reply = request.method == HttpRequest::Method::Get ? m_network->get(req)
                                                         : m_network->post(req, request.body);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::socketStartedConnecting, this, &HttpStream::onConnecting);
    connect(m_reply, &QNetworkReply::requestSent, this, &HttpStream::onSent);
    // Over HTTP/2 requestSent may not come; a body fully handed over means the same.
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent == total)
            onSent();
    });
    connect(m_reply, &QNetworkReply::encrypted, &m_connectTimer, &QTimer::stop);
    connect(m_reply, &QNetworkReply::redirected, this, &HttpStream::onRedirected);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpStream::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpStream::onFinished);
    if (m_timeouts.totalMs > 0)
        m_totalTimer.start(m_timeouts.totalMs);
    qCDebug(lcNet) << "started" << request.url.toDisplayString(QUrl::RemoveQuery);
}

void HttpStream::abort()
{
    release();
}

void HttpStream::onConnecting()
{
    if (m_timeouts.connectMs > 0 && !m_started)
        m_connectTimer.start(m_timeouts.connectMs);
}

void HttpStream::onSent()
{
    m_connectTimer.stop();
    if (m_sent)
        return;
    m_sent = true;
    Q_EMIT requestSent();
}

void HttpStream::onRedirected(const QUrl &target)
{
    if (!m_reply)
        return;
    if (originOf(target) == m_origin) {
        qCDebug(lcNet) << "following redirect to" << target.toDisplayString(QUrl::RemoveQuery);
        // The next hop is a request of its own: its own connection phase.
        m_sent = false;
        m_connectTimer.stop();
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    const QString where =
        target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toDisplayString();
    fail(ErrorCode::InvalidRequest,
         tr("The server redirected the request to %1. Coro does not follow a redirect to another "
            "host, so that your API key is only ever sent to %2; check the provider's base URL.")
             .arg(where, m_origin.host()));
}

void HttpStream::onMetaData()
{
    if (m_started || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    // The head of a redirect hop is not the response; redirected() decides what follows it.
    if (status.toInt() >= 300 && status.toInt() < 400 && m_reply->hasRawHeader("Location"))
        return;
    onSent(); // A response implies the request went out, whatever Qt reported.
    m_started = true;
    m_head.status = status.toInt();
    const auto pairs = m_reply->rawHeaderPairs();
    m_head.headers = HttpHeaders(pairs.cbegin(), pairs.cend());
    Q_EMIT responseStarted(m_head);
}

void HttpStream::onReadyRead()
{
    if (!m_reply)
        return;
    onMetaData();
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty() || !m_started)
        return; // A redirect hop's body is nobody's business.
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
    m_totalTimer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace coro
