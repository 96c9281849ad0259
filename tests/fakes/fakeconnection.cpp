#include "fakeconnection.h"

#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
using SocketHandle = SOCKET;
#else
#include <sys/socket.h>
using SocketHandle = int;
#endif

namespace coro::test {

namespace {
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
// Stop writing above the high mark and resume below the low one.
constexpr qint64 kHighWaterBytes = 4 * 1024 * 1024;
constexpr qint64 kLowWaterBytes = 1024 * 1024;
constexpr int kResetGraceMs = 50;

FakeResponse plainError(int status, const QString &message)
{
    return FakeResponse::json(status, "{\"error\":{\"message\":" + jsonQuote(message) + "}}");
}
} // namespace

FakeConnection::FakeConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler))
{
    m_socket->setParent(this);
    // Small writes must leave at once: the fragmented scenario depends on it.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        m_pauseDone = true;
        pump();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FakeConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &FakeConnection::closed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &FakeConnection::closed);
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &FakeConnection::onReadyRead);
}

void FakeConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_answered)
        return; // One request per connection: anything after it is ignored.
    m_buffer += bytes;
    if (!m_headParsed) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_buffer.size() > kMaxHeadBytes) {
                m_answered = true;
                respond(plainError(431, QStringLiteral("Request headers too large.")));
            }
            return;
        }
        if (!parseHead(headEnd)) {
            m_answered = true;
            respond(plainError(400, QStringLiteral("Malformed HTTP request.")));
            return;
        }
        if (m_contentLength > kMaxBodyBytes) {
            m_answered = true;
            respond(plainError(413, QStringLiteral("Request body too large.")));
            return;
        }
        // curl asks before sending a body over 1 KiB, and would otherwise wait a second.
        if (m_buffer.size() < m_contentLength && m_expectsContinue)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (m_buffer.size() < m_contentLength)
        return; // The body arrives in several segments.
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.clear();
    m_answered = true;
    respond(m_handler(m_request));
}

bool FakeConnection::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    m_buffer.remove(0, headEnd + 4);
    m_headParsed = true;

    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return false;
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        m_request.headers.append(HttpHeaders::value_type{name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            m_contentLength = value.toLongLong(&ok);
            if (!ok || m_contentLength < 0)
                return false;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            m_expectsContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return false; // Clients send bodies with a Content-Length; chunked uploads are a bug.
        }
    }
    return true;
}

void FakeConnection::respond(const FakeResponse &response)
{
    m_response = response;
    if (m_response.silent)
        return;
    if (m_response.headDelayMs > 0) {
        const int delay = std::exchange(m_response.headDelayMs, 0);
        QTimer::singleShot(delay, this, [this] { respond(m_response); });
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' +
                      reasonPhrase(m_response.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(m_response.headers))
        head += name + ": " + value + "\r\n";
    if (m_response.streamed)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(m_response.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";

    if (!m_response.streamed) {
        m_socket->write(head + m_response.body);
        m_socket->disconnectFromHost();
        return;
    }
    m_socket->write(head);
    m_socket->flush();
    m_clock.start();
    pump();
}

void FakeConnection::pump()
{
    while (m_nextPiece < m_response.pieces.size()) {
        const FakeResponse::Piece &piece = m_response.pieces.at(m_nextPiece);
        const bool pause = piece.delayMs > 0 || (piece.delayMs == 0 && !behindSchedule());
        if (pause && !m_pauseDone) {
            m_pause.start(piece.delayMs);
            return;
        }
        m_pauseDone = false;
        writeChunk(piece.bytes);
        ++m_nextPiece;
        if (m_socket->bytesToWrite() > kHighWaterBytes) {
            m_waitingForDrain = true;
            return;
        }
    }
    end();
}

bool FakeConnection::behindSchedule() const
{
    if (m_response.catchUpWithinMs <= 0)
        return false;
    const qint64 due = m_clock.elapsed() * m_response.pieces.size() / m_response.catchUpWithinMs;
    return m_nextPiece < due;
}

void FakeConnection::end()
{
    switch (m_response.ending) {
    case FakeResponse::Ending::Complete:
        m_socket->write("0\r\n\r\n");
        m_socket->disconnectFromHost(); // Sends what is buffered first.
        break;
    case FakeResponse::Ending::Reset:
        // abort() drops unsent bytes: wait until the deltas before the fault have left.
        m_resetWhenDrained = true;
        onBytesWritten();
        break;
    case FakeResponse::Ending::Hold:
        break;
    }
}

void FakeConnection::onBytesWritten()
{
    if (m_resetWhenDrained && m_socket->bytesToWrite() == 0) {
        m_resetWhenDrained = false;
        // Give the client time to read the deltas: a reset may discard unread bytes.
        QTimer::singleShot(kResetGraceMs, this, &FakeConnection::reset);
        return;
    }
    if (m_waitingForDrain && m_socket->bytesToWrite() < kLowWaterBytes) {
        m_waitingForDrain = false;
        pump();
    }
}

void FakeConnection::reset()
{
    // Linger 0 makes close() send RST rather than FIN, as a proxy or a crashed server does.
    const linger option{1, 0};
    ::setsockopt(static_cast<SocketHandle>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                 reinterpret_cast<const char *>(&option), sizeof option);
    m_socket->abort();
    closed();
}

void FakeConnection::writeChunk(const QByteArray &bytes)
{
    m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    m_socket->flush();
}

void FakeConnection::closed()
{
    m_pause.stop();
    m_waitingForDrain = false;
    m_resetWhenDrained = false;
    deleteLater();
}

} // namespace coro::test
