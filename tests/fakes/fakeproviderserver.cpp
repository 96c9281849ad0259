#include "fakeproviderserver.h"
#include "fakeconnection.h"
#include "fakedialect.h"
#include "fakesearch.h"
#include "faketranscription.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

namespace coro::test {

namespace {
// Marks a request that already followed the "redirect" scenario's hop.
const QString kHopItem = QStringLiteral("coro-fake-hop");

constexpr ProtocolKind kProtocols[] = {ProtocolKind::OpenAi, ProtocolKind::Anthropic,
                                       ProtocolKind::Gemini, ProtocolKind::Ollama};

QString displayName(ProtocolKind protocol)
{
    switch (protocol) {
    case ProtocolKind::OpenAi:
        return QStringLiteral("OpenAI");
    case ProtocolKind::Anthropic:
        return QStringLiteral("Anthropic");
    case ProtocolKind::Gemini:
        return QStringLiteral("Gemini");
    case ProtocolKind::Ollama:
        return QStringLiteral("Ollama");
    }
    return {};
}

QByteArray headerOf(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// The key the client sent, in whichever place its protocol puts it.
QByteArray apiKeyOf(const HttpHeaders &headers, const QUrlQuery &query)
{
    const QByteArray authorization = headerOf(headers, "authorization");
    if (authorization.startsWith("Bearer "))
        return authorization.mid(7).trimmed();
    if (const QByteArray key = headerOf(headers, "x-api-key"); !key.isEmpty())
        return key;
    if (const QByteArray key = headerOf(headers, "x-goog-api-key"); !key.isEmpty())
        return key;
    return query.queryItemValue(QStringLiteral("key")).toUtf8();
}

/// What a request asks for, decided from its method and path alone.
struct Route
{
    enum class Action { Chat, Models, Unknown };
    Action action = Action::Unknown;
    ProtocolKind protocol = ProtocolKind::OpenAi;
    QString model; ///< Gemini names the model in the path.
};

Route routeOf(const QByteArray &method, const QString &path, const HttpHeaders &headers)
{
    using Action = Route::Action;
    const bool post = method == "POST";
    const bool get = method == "GET";
    if (post && path == QLatin1String("/v1/chat/completions"))
        return {Action::Chat, ProtocolKind::OpenAi, {}};
    if (post && path == QLatin1String("/v1/messages"))
        return {Action::Chat, ProtocolKind::Anthropic, {}};
    if (post && path == QLatin1String("/api/chat"))
        return {Action::Chat, ProtocolKind::Ollama, {}};
    const QLatin1String geminiPrefix("/v1beta/models/");
    const QLatin1String geminiSuffix(":streamGenerateContent");
    if (post && path.startsWith(geminiPrefix) && path.endsWith(geminiSuffix)) {
        const QString model =
            path.mid(geminiPrefix.size(), path.size() - geminiPrefix.size() - geminiSuffix.size());
        return {Action::Chat, ProtocolKind::Gemini, model};
    }
    if (get && path == QLatin1String("/v1/models")) {
        // Same path for both: only Anthropic clients send anthropic-version.
        const bool anthropic = !headerOf(headers, "anthropic-version").isEmpty();
        return {Action::Models, anthropic ? ProtocolKind::Anthropic : ProtocolKind::OpenAi, {}};
    }
    if (get && path == QLatin1String("/v1beta/models"))
        return {Action::Models, ProtocolKind::Gemini, {}};
    if (get && path == QLatin1String("/api/tags"))
        return {Action::Models, ProtocolKind::Ollama, {}};
    return {};
}

// What the real APIs refuse before streaming; the fake refuses it too, so client bugs show.
QString requestProblem(const Route &route, const QJsonParseError &parseError,
                       const QJsonObject &body, const HttpHeaders &headers, const QUrlQuery &query)
{
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("The request body is not valid JSON: %1")
            .arg(parseError.errorString());
    if (route.protocol != ProtocolKind::Gemini &&
        body.value(QLatin1String("model")).toString().isEmpty())
        return QStringLiteral("model: Field required");
    switch (route.protocol) {
    case ProtocolKind::Anthropic:
        if (headerOf(headers, "anthropic-version").isEmpty())
            return QStringLiteral("anthropic-version: header is required");
        if (!body.contains(QLatin1String("max_tokens")))
            return QStringLiteral("max_tokens: Field required");
        break;
    case ProtocolKind::Gemini:
        // Without alt=sse the real API streams one JSON array, which this fake does not speak.
        if (query.queryItemValue(QStringLiteral("alt")) != QLatin1String("sse"))
            return QStringLiteral("The fake server only streams with alt=sse.");
        break;
    default:
        break;
    }
    return {};
}
} // namespace

FakeResponse FakeProviderServer::redirect(const QByteArray &target, int port) const
{
    // 307 keeps the method and body. Another port on "localhost" is another origin than
    // 127.0.0.1; this server's own address is the same origin, marked so it answers next time.
    QByteArray location = port > 0 ? "http://localhost:" + QByteArray::number(port)
                                   : "http://127.0.0.1:" + QByteArray::number(this->port());
    location += target + (target.contains('?') ? '&' : '?') + kHopItem.toLatin1() + "=1";
    FakeResponse response = FakeResponse::json(307, "{\"moved\":true}");
    response.headers.append({"Location", location});
    return response;
}

QByteArray FakeProviderServer::RecordedRequest::header(QByteArrayView name) const
{
    return headerOf(headers, name);
}

FakeProviderServer::FakeProviderServer(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<RecordedRequest>();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeProviderServer::acceptConnections);
}

FakeProviderServer::~FakeProviderServer()
{
    m_server.close();
}

bool FakeProviderServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 FakeProviderServer::port() const
{
    return m_server.serverPort();
}

QUrl FakeProviderServer::baseUrl(ProtocolKind protocol) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    if (protocol == ProtocolKind::OpenAi)
        url.setPath(QStringLiteral("/v1"));
    return url;
}

QByteArray FakeProviderServer::providersJson() const
{
    QJsonArray providers;
    for (const ProtocolKind protocol : kProtocols) {
        QJsonArray models;
        for (const QString &id : fakeModelIds(protocol)) {
            models.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("tagline"), QStringLiteral("Fake model for tests")},
                {QStringLiteral("recommended_use"), QStringLiteral("Trying Coro without a key")}});
        }
        const QString name = protocolName(protocol);
        QJsonObject entry{
            {QStringLiteral("id"), providerId(protocol)},
            {QStringLiteral("name"), QString(QStringLiteral("Fake ") + displayName(protocol))},
            {QStringLiteral("protocol"), name},
            {QStringLiteral("base_url"), baseUrl(protocol).toString()},
            {QStringLiteral("key_env"),
             QString(QStringLiteral("FAKE_") + name.toUpper() + QStringLiteral("_KEY"))},
            {QStringLiteral("models"), models},
        };
        if (protocol == ProtocolKind::Ollama)
            entry.insert(QStringLiteral("requires_key"), false);
        providers.append(entry);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("providers"), providers}}).toJson();
}

QByteArray FakeProviderServer::providersJsonWithSearch() const
{
    QJsonObject root = QJsonDocument::fromJson(providersJson()).object();
    root.insert(QStringLiteral("search"), FakeSearch::searchEntries(port()));
    return QJsonDocument(root).toJson();
}

QByteArray FakeProviderServer::providersJsonWithPrice(ProtocolKind protocol, const QString &model,
                                                      double input, double output) const
{
    QJsonObject root = QJsonDocument::fromJson(providersJson()).object();
    QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        QJsonObject provider = providers.at(i).toObject();
        if (provider.value(QLatin1String("id")).toString() != providerId(protocol))
            continue;
        const QJsonObject price{{QStringLiteral("input"), input},
                                {QStringLiteral("output"), output}};
        QJsonArray models = provider.value(QLatin1String("models")).toArray();
        bool listed = false;
        for (qsizetype m = 0; m < models.size(); ++m) {
            QJsonObject entry = models.at(m).toObject();
            if (entry.value(QLatin1String("id")).toString() == model) {
                entry.insert(QStringLiteral("price"), price);
                listed = true;
            }
            models[m] = entry;
        }
        if (!listed)
            models.append(
                QJsonObject{{QStringLiteral("id"), model}, {QStringLiteral("price"), price}});
        provider.insert(QStringLiteral("models"), models);
        providers[i] = provider;
    }
    root.insert(QStringLiteral("providers"), providers);
    return QJsonDocument(root).toJson();
}

void FakeProviderServer::setScriptedAnswers(const QString &model, const QStringList &answers)
{
    m_scripts.insert(model, answers);
}

void FakeProviderServer::clear()
{
    m_requests.clear();
    m_modelCounts.clear();
    m_scripts.clear();
}

QString FakeProviderServer::providerId(ProtocolKind protocol)
{
    return QStringLiteral("fake-") + protocolName(protocol);
}

QString FakeProviderServer::defaultModel(ProtocolKind protocol)
{
    return fakeModelIds(protocol).first();
}

QString FakeProviderServer::expectedAnswer(ProtocolKind protocol, const QString &model,
                                           const QString &lastUserMessage)
{
    return expectedDeltas(protocol, model, lastUserMessage).join(QString());
}

QStringList FakeProviderServer::expectedDeltas(ProtocolKind protocol, const QString &model,
                                               const QString &lastUserMessage)
{
    return answerTokens(protocol, model, lastUserMessage);
}

QString FakeProviderServer::expectedReasoning()
{
    return reasoningTokens().join(QString());
}

void FakeProviderServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        new FakeConnection(
            socket,
            [this](const FakeConnection::Request &request) {
                return handle(request.method, request.target, request.headers, request.body);
            },
            this);
    }
}

FakeResponse FakeProviderServer::handle(const QByteArray &method, const QByteArray &target,
                                        const HttpHeaders &headers, const QByteArray &body)
{
    const qsizetype queryStart = target.indexOf('?');
    const QString path = QString::fromUtf8(
        QByteArray::fromPercentEncoding(queryStart < 0 ? target : target.left(queryStart)));
    const QUrlQuery query(queryStart < 0 ? QString()
                                         : QString::fromUtf8(target.mid(queryStart + 1)));
    if (FakeSearch::handles(path) || FakeTranscription::handles(method, path)) {
        const RecordedRequest recorded{method, target, headers, body, {}};
        m_requests.append(recorded);
        Q_EMIT requestReceived(recorded);
        return FakeSearch::handles(path) ? FakeSearch::respond(method, path, query, headers, body)
                                         : FakeTranscription::respond(headers, body);
    }
    const Route route = routeOf(method, path, headers);

    QJsonParseError parseError{};
    const QJsonObject json = route.action == Route::Action::Chat
                                 ? QJsonDocument::fromJson(body, &parseError).object()
                                 : QJsonObject();
    RecordedRequest recorded{method, target, headers, body, {}};
    if (route.action == Route::Action::Chat) {
        recorded.model = route.protocol == ProtocolKind::Gemini
                             ? route.model
                             : json.value(QLatin1String("model")).toString();
    }

    FakeChat chat = FakeChat::fromRequest(route.protocol, recorded.model, json);
    chat.serial = ++m_serial;
    if (route.action == Route::Action::Chat) {
        chat.modelRequestNumber = ++m_modelCounts[recorded.model];
        if (auto script = m_scripts.find(recorded.model);
            script != m_scripts.end() && !script->isEmpty())
            chat.script = script->size() > 1 ? script->takeFirst() : script->first();
    }
    m_requests.append(recorded);
    Q_EMIT requestReceived(recorded);

    const std::unique_ptr<FakeDialect> dialect = FakeDialect::create(chat);
    if (route.action == Route::Action::Unknown) {
        return dialect->error(
            {FakeFault::Kind::Message, 404, std::nullopt,
             QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromUtf8(method), path)});
    }
    if (apiKeyOf(headers, query) == "bad-key")
        return dialect->error({FakeFault::Kind::Status, 401, std::nullopt, {}});
    if (route.action == Route::Action::Models)
        return dialect->models();
    if (const QString problem = requestProblem(route, parseError, json, headers, query);
        !problem.isEmpty()) {
        return dialect->error({FakeFault::Kind::Message, 400, std::nullopt, problem});
    }
    if (chat.scenario.kind == FakeScenario::Kind::Redirect && !query.hasQueryItem(kHopItem))
        return redirect(target, chat.scenario.argument);
    return dialect->respond(m_tokenDelayMs);
}

} // namespace coro::test
