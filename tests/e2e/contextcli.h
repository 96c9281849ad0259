#pragma once

#include "clirunner.h"
#include "fakeproviderserver.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace coro::test {

/**
 * @brief What the coro-cli context tests share: the fake server with its search backends, one
 *        data directory, `ask --json` with the fake keys, and reading back requests and rows.
 */
class ContextCli
{
public:
    bool setUp()
    {
        if (!m_server.listen() || !m_dataDir.isValid())
            return false;
        QFile file(m_dataDir.filePath(QStringLiteral("providers.json")));
        return file.open(QIODevice::WriteOnly) &&
               file.write(m_server.providersJsonWithSearch()) > 0;
    }

    FakeProviderServer &server() { return m_server; }

    CliResult ask(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FAKE_OPENAI_KEY"), QStringLiteral("k-openai"));
        env.insert(QStringLiteral("FAKE_TAVILY_KEY"), QStringLiteral("k-tavily"));
        return runCli(QStringList{QStringLiteral("--data-dir"), m_dataDir.path(),
                                  QStringLiteral("ask"), QStringLiteral("--json")} +
                          arguments,
                      {}, env);
    }

    /// The chat requests the models received, in order.
    QList<FakeProviderServer::RecordedRequest> chatRequests() const
    {
        QList<FakeProviderServer::RecordedRequest> chats;
        for (const auto &request : m_server.requests()) {
            if (!request.model.isEmpty())
                chats << request;
        }
        return chats;
    }

    int searchRequests() const
    {
        int count = 0;
        for (const auto &request : m_server.requests())
            count += request.path.startsWith("/search/") ? 1 : 0;
        return count;
    }

    /// The first column of the first row of @p statement on the data directory's history.
    QString sqlValue(const QString &statement) const
    {
        Database db(m_dataDir.filePath(QStringLiteral("coro.sqlite")));
        if (!db.open())
            return QStringLiteral("(cannot open)");
        QSqlQuery query(db.connection());
        return query.exec(statement) && query.next() ? query.value(0).toString() : QString();
    }

    /// The text a chat request carried in its protocol's system slot; empty when none.
    static QString systemTextOf(const FakeProviderServer::RecordedRequest &request)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (request.path.startsWith("/v1/messages"))
            return body.value(QLatin1String("system")).toString();
        if (request.path.startsWith("/v1beta/")) {
            return body.value(QLatin1String("systemInstruction"))
                .toObject()
                .value(QLatin1String("parts"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("text"))
                .toString();
        }
        const QJsonObject first = body.value(QLatin1String("messages")).toArray().at(0).toObject();
        return first.value(QLatin1String("role")).toString() == QLatin1String("system")
                   ? first.value(QLatin1String("content")).toString()
                   : QString();
    }

    /// The messages array of an OpenAI-style request.
    static QJsonArray messagesOf(const FakeProviderServer::RecordedRequest &request)
    {
        return QJsonDocument::fromJson(request.body)
            .object()
            .value(QLatin1String("messages"))
            .toArray();
    }

private:
    FakeProviderServer m_server;
    QTemporaryDir m_dataDir;
};

} // namespace coro::test
