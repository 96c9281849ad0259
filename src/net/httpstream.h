#pragma once

#include "core/errorcode.h"
#include "httprequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace coro {

/**
 * @brief Sends one HTTP request and hands back the response as it arrives, knowing no provider.
 *
 * Delivers the status and headers, then body bytes as they come, then either finished() or
 * failed(). Each timeout measures one phase and starts when that phase starts: a request that
 * waits for a free connection (six per host over HTTP/1.1) is not timed until it gets one.
 * Redirects are followed only within the request's own origin (scheme, host and port), so the
 * credentials a request carries in its headers never reach another host. Never blocks:
 * everything runs on the owning thread's event loop.
 */
class HttpStream : public QObject
{
    Q_OBJECT
public:
    struct Timeouts
    {
        /// From the first connection attempt (name lookup, TCP, TLS) until the request is on
        /// the wire.
        int connectMs = 15000;
        /// Longest silence between two reads of the body, from its first byte on. The wait for
        /// the first byte is the caller's to bound (a model may think for minutes).
        int idleMs = 60000;
        /// The whole request, waiting for a connection included; 0 for no limit. For short
        /// requests such as model lists.
        int totalMs = 0;
    };

    static constexpr int kMaxRedirects = 5;
    /// Bytes Qt may read ahead of us: bounds memory when a server sends faster than we parse.
    static constexpr qint64 kReadBufferBytes = 1024 * 1024;

    explicit HttpStream(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpStream() override;

    void start(const HttpRequest &request, Timeouts timeouts);
    /// Stops the request; no signal follows.
    void abort();

    bool isRunning() const { return !m_reply.isNull(); }
    const HttpResponseHead &responseHead() const { return m_head; }

Q_SIGNALS:
    /// The request has been written to the connection: the server's turn from here on.
    void requestSent();
    void responseStarted(const coro::HttpResponseHead &head);
    void dataReceived(const QByteArray &bytes);
    /// The response ended (whatever the HTTP status). Qt 6.4 also reports a connection cut in
    /// the middle of a chunked body this way, so callers check their protocol's end marker.
    void finished();
    /// The transport failed: no connection, reset, timeout, a redirect to another origin.
    /// Bytes received so far were delivered.
    void failed(coro::ErrorCode code, const QString &message);

private:
    void onConnecting();
    void onSent();
    void onRedirected(const QUrl &target);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(ErrorCode code, const QString &message);
    void release();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_origin; ///< Scheme, host and port the request was made for.
    HttpResponseHead m_head;
    Timeouts m_timeouts;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    QTimer m_totalTimer;
    bool m_sent = false;
    bool m_started = false;
};

} // namespace coro
