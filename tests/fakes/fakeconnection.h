#pragma once

#include "fakeresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace coro::test {

/**
 * @brief One accepted connection: reads one HTTP/1.1 request, then plays its scripted response.
 *
 * Everything runs from the event loop: pauses are timers, and a large body is handed to the
 * socket as it drains, so that its buffer stays small and other connections keep being served.
 */
class FakeConnection : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< Path and query as sent.
        HttpHeaders headers;
        QByteArray body;
    };
    using Handler = std::function<FakeResponse(const Request &)>;

    /// Takes ownership of @p socket; deletes itself once the connection is closed.
    FakeConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);

private:
    void onReadyRead();
    bool parseHead(qsizetype headEnd);
    void respond(const FakeResponse &response);
    void pump();
    bool behindSchedule() const;
    void end();
    void onBytesWritten();
    void reset();
    void writeChunk(const QByteArray &bytes);
    void closed();

    QTcpSocket *m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    Request m_request;
    bool m_headParsed = false;
    qsizetype m_contentLength = 0;
    bool m_expectsContinue = false;
    bool m_answered = false;

    FakeResponse m_response;
    qsizetype m_nextPiece = 0;
    bool m_pauseDone = false;       ///< The pause before m_nextPiece has elapsed.
    bool m_waitingForDrain = false; ///< Too much unsent data: continue on bytesWritten.
    bool m_resetWhenDrained = false;
    QTimer m_pause;
    QElapsedTimer m_clock; ///< Since the status line was written.
};

} // namespace coro::test
