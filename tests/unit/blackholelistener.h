#pragma once

#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace coro::test {

/**
 * @brief A loopback port where connecting never completes: a listening socket that nobody
 *        accepts from, whose backlog is full, so the kernel drops every further SYN.
 *
 * How a connect timeout is tested without reaching out of the machine.
 */
class BlackholeListener
{
public:
    BlackholeListener()
    {
#ifdef Q_OS_UNIX
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        auto *generic = reinterpret_cast<sockaddr *>(&address);
        if (m_fd < 0 || ::bind(m_fd, generic, length) != 0 || ::listen(m_fd, 0) != 0 ||
            ::getsockname(m_fd, generic, &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        // Fill the accept queue; the connections that fit complete, the rest hang.
        for (int i = 0; i < 3; ++i) {
            auto filler = std::make_unique<QTcpSocket>();
            filler->connectToHost(QHostAddress::LocalHost, m_port);
            m_fillers.push_back(std::move(filler));
        }
        QTest::qWait(100);
#endif
    }
    ~BlackholeListener()
    {
        m_fillers.clear();
#ifdef Q_OS_UNIX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
    }
    BlackholeListener(const BlackholeListener &) = delete;
    BlackholeListener &operator=(const BlackholeListener &) = delete;

    quint16 port() const
    {
        return m_port;
    }

    /// Whether a new connection to port() really hangs here (a kernel may behave otherwise).
    bool swallowsConnections() const
    {
        if (m_port == 0)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        return !probe.waitForConnected(500);
    }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<QTcpSocket>> m_fillers;
};

} // namespace coro::test
