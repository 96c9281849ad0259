#include "searchintent.h"
#include "modelquery.h"
#include "searchcache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace coro {

std::optional<SearchIntent::Mode> SearchIntent::modeFromName(QStringView name)
{
    for (const Mode mode : {Mode::Auto, Mode::Always, Mode::Never}) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

QString SearchIntent::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Auto:
        return QStringLiteral("auto");
    case Mode::Always:
        return QStringLiteral("always");
    case Mode::Never:
        return QStringLiteral("never");
    }
    return {};
}

SearchIntent::Decision SearchIntent::decideByRules(const QString &prompt, Mode mode, QDate today)
{
    const IntentRules::Verdict verdict = IntentRules::evaluate(prompt, today);
    const QString user = QStringLiteral("user");
    switch (mode) {
    case Mode::Always:
        return {!verdict.query.isEmpty(), verdict.query, user, user, {}};
    case Mode::Never:
        return {false, verdict.query, user, user, {}};
    case Mode::Auto:
        break;
    }
    return {verdict.shouldSearch, verdict.query, verdict.reason, QStringLiteral("rules"), {}};
}

QString SearchIntent::modelInstructions()
{
    return QStringLiteral(
        "You decide whether answering the user's message needs a web search for current or "
        "specific facts (news, prices, scores, dates, recent releases, anything that changes). "
        "Never search for writing code, maths, or rewriting or translating the user's own "
        "text. Reply with one JSON object and nothing else: "
        "{\"should_search\": true or false, \"query\": \"a short web search query\"}.");
}

std::optional<SearchIntent::Decision> SearchIntent::parseModelReply(const QString &reply)
{
    const QString text = reply.left(kMaxReplyChars);
    const qsizetype open = text.indexOf(QLatin1Char('{'));
    const qsizetype close = text.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close <= open)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue should = document.object().value(QLatin1String("should_search"));
    if (!should.isBool())
        return std::nullopt;
    Decision decision;
    decision.shouldSearch = should.toBool();
    decision.query = IntentRules::searchQuery(
        document.object().value(QLatin1String("query")).toString().left(500));
    decision.reason = QStringLiteral("model");
    decision.decidedBy = QStringLiteral("model");
    return decision;
}

SearchIntent::SearchIntent(ModelQuery *query, QObject *parent) : QObject(parent), m_query(query) {}

void SearchIntent::setModel(const ModelRef &model, int timeoutMs)
{
    m_model = model.provider.isEmpty() ? std::nullopt : std::optional<ModelRef>(model);
    m_timeoutMs = timeoutMs;
}

void SearchIntent::decide(const QString &prompt, Mode mode, Done done)
{
    const IntentRules::Verdict verdict = IntentRules::evaluate(prompt);
    const Decision byRules = decideByRules(prompt, mode);
    if (mode != Mode::Auto || verdict.certain || !m_model || !m_query) {
        QMetaObject::invokeMethod(
            this, [done, byRules] { done(byRules); }, Qt::QueuedConnection);
        return;
    }
    ModelQuery::Request request;
    request.model = *m_model;
    request.system = modelInstructions();
    request.prompt = prompt.left(IntentRules::kMaxScannedChars);
    request.timeoutMs = m_timeoutMs;
    request.maxChars = kMaxReplyChars;
    request.maxTokens = 100;
    const QPointer<SearchIntent> self(this);
    m_query->ask(request, [self, done, byRules](const ModelQuery::Result &result) {
        if (!self)
            return;
        Decision decision = byRules;
        if (!result.ok) {
            decision.note = result.error;
        } else if (const auto parsed = parseModelReply(result.text)) {
            decision = *parsed;
            if (decision.query.isEmpty())
                decision.query = byRules.query;
        } else {
            decision.note = tr("The intent model did not answer in JSON.");
        }
        done(decision);
    });
}

} // namespace coro
