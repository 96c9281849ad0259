#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace coro::test {

/**
 * @brief A loopback HTTP server that answers every request with the same raw bytes, for the
 *        headers and status lines the fake provider server has no scenario for.
 *
 * Records each request's head (request line and headers) as it arrived on the wire.
 */
class CannedHttpServer : public QObject
{
public:
    explicit CannedHttpServer(QByteArray response, QObject *parent = nullptr)
        : QObject(parent), m_response(std::move(response))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_pending[socket] += socket->readAll();
                    const QByteArray &bytes = m_pending[socket];
                    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
                    if (headEnd < 0 || socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    m_heads.append(bytes.left(headEnd));
                    socket->write(m_response);
                    if (!m_holdOpen)
                        socket->disconnectFromHost();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = {}) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    /// Request line and headers of each request so far.
    QList<QByteArray> heads() const { return m_heads; }
    void setResponse(QByteArray response) { m_response = std::move(response); }
    /// Keep each connection open after the response: a body that never ends.
    void setHoldOpen(bool hold) { m_holdOpen = hold; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    bool m_holdOpen = false;
    QList<QByteArray> m_heads;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace coro::test
