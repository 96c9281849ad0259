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
 * failed(). Enforces a connect timeout (until the response headers) and an idle timeout (no
 * bytes for too long). Never blocks: everything runs on the owning thread's event loop.
 */
class HttpStream : public QObject
{
    Q_OBJECT
public:
    struct Timeouts
    {
        int connectMs = 15000; ///< Until the status line and headers have arrived.
        int idleMs = 60000;    ///< Longest silence between two reads once the response started.
    };

    explicit HttpStream(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpStream() override;

    void start(const HttpRequest &request, Timeouts timeouts);
    /// Stops the request; no signal follows.
    void abort();

    bool isRunning() const { return !m_reply.isNull(); }
    const HttpResponseHead &responseHead() const { return m_head; }

Q_SIGNALS:
    void responseStarted(const coro::HttpResponseHead &head);
    void dataReceived(const QByteArray &bytes);
    /// The response ended (whatever the HTTP status). Qt 6.4 also reports a connection cut in
    /// the middle of a chunked body this way, so callers check their protocol's end marker.
    void finished();
    /// The transport failed: no connection, reset, timeout. Bytes received so far were delivered.
    void failed(coro::ErrorCode code, const QString &message);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(ErrorCode code, const QString &message);
    void release();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    HttpResponseHead m_head;
    Timeouts m_timeouts;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    bool m_started = false;
};

} // namespace coro
