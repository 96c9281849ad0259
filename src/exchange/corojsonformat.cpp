#include "corojsonformat.h"

#include "jsonfields.h"

#include <QJsonDocument>

namespace coro {

namespace {

const QString kWhere = QStringLiteral("conversation");

bool isKnownStatus(const QString &status)
{
    static const QStringList known{QStringLiteral("streaming"), QStringLiteral("done"),
                                   QStringLiteral("error"), QStringLiteral("cancelled"),
                                   QStringLiteral("interrupted")};
    return known.contains(status);
}

bool isKnownTitleSource(const QString &source)
{
    static const QStringList known{QStringLiteral("default"), QStringLiteral("prompt"),
                                   QStringLiteral("model"), QStringLiteral("user")};
    return known.contains(source);
}

QJsonObject answerToJson(const StoredAnswer &answer)
{
    return {
        {QStringLiteral("id"), answer.id},
        {QStringLiteral("slot"), answer.slot},
        {QStringLiteral("provider"), answer.provider},
        {QStringLiteral("model"), answer.model},
        {QStringLiteral("parameters"), withoutCredentials(answer.parameters)},
        {QStringLiteral("text"), answer.text},
        {QStringLiteral("reasoning"), answer.reasoning},
        {QStringLiteral("status"), answer.status},
        {QStringLiteral("error_code"), answer.errorCode},
        {QStringLiteral("error_message"), answer.errorMessage},
        {QStringLiteral("tokens_in"), answer.tokensIn},
        {QStringLiteral("tokens_out"), answer.tokensOut},
        {QStringLiteral("ttft_ms"), answer.ttftMs},
        {QStringLiteral("latency_ms"), answer.latencyMs},
        {QStringLiteral("chosen"), answer.chosen},
        {QStringLiteral("created_at"), answer.createdAt},
        {QStringLiteral("updated_at"), answer.updatedAt},
    };
}

QJsonObject turnToJson(const StoredTurn &turn)
{
    QJsonArray answers;
    for (const StoredAnswer &answer : turn.answers)
        answers.append(answerToJson(answer));
    return {
        {QStringLiteral("id"), turn.id},
        {QStringLiteral("parent_id"), turn.parentTurnId},
        {QStringLiteral("user_text"), turn.userText},
        {QStringLiteral("created_at"), turn.createdAt},
        {QStringLiteral("answers"), answers},
    };
}

StoredAnswer readAnswer(const QJsonValue &value, const QString &where, QString *error)
{
    StoredAnswer answer;
    if (!value.isObject()) {
        *error = where + QStringLiteral(": should be an object");
        return answer;
    }
    JsonFields fields(value.toObject(), where, error);
    constexpr qint64 kIntMax = std::numeric_limits<int>::max();
    answer.id = fields.integer(QLatin1String("id"), 1);
    answer.slot = static_cast<int>(fields.integer(QLatin1String("slot"), 0, kIntMax));
    answer.provider = fields.string(QLatin1String("provider"));
    answer.model = fields.string(QLatin1String("model"));
    answer.parameters = withoutCredentials(fields.object(QLatin1String("parameters")));
    answer.text = fields.string(QLatin1String("text"));
    answer.reasoning = fields.string(QLatin1String("reasoning"));
    answer.status = fields.string(QLatin1String("status"));
    answer.errorCode = fields.string(QLatin1String("error_code"));
    answer.errorMessage = fields.string(QLatin1String("error_message"));
    answer.tokensIn = static_cast<int>(fields.integer(QLatin1String("tokens_in"), -1, kIntMax));
    answer.tokensOut = static_cast<int>(fields.integer(QLatin1String("tokens_out"), -1, kIntMax));
    answer.ttftMs = fields.integer(QLatin1String("ttft_ms"), -1);
    answer.latencyMs = fields.integer(QLatin1String("latency_ms"), -1);
    answer.chosen = fields.boolean(QLatin1String("chosen"));
    answer.createdAt = fields.integer(QLatin1String("created_at"));
    answer.updatedAt = fields.integer(QLatin1String("updated_at"));
    if (fields.ok() && !isKnownStatus(answer.status))
        fields.fail(QStringLiteral("unknown status \"%1\"").arg(answer.status));
    return answer;
}

StoredTurn readTurn(const QJsonValue &value, int position, QString *error)
{
    StoredTurn turn;
    const QString where = kWhere + QStringLiteral(": turns[%1]").arg(position);
    if (!value.isObject()) {
        *error = where + QStringLiteral(" should be an object");
        return turn;
    }
    const QJsonObject object = value.toObject();
    turn.id = JsonFields(object, where, error).integer(QLatin1String("id"), 1);
    // From here on the turn has a name the user can find in the file.
    const QString named = kWhere + QStringLiteral(": turn %1").arg(turn.id);
    JsonFields fields(object, named, error);
    turn.parentTurnId = fields.integer(QLatin1String("parent_id"), 0);
    turn.userText = fields.string(QLatin1String("user_text"));
    turn.createdAt = fields.integer(QLatin1String("created_at"));
    const QJsonArray answers = fields.array(QLatin1String("answers"));
    for (int i = 0; i < answers.size() && error->isEmpty(); ++i) {
        const QJsonValue answer = answers.at(i);
        const qint64 id = answer.toObject().value(QLatin1String("id")).toInteger();
        const QString answerWhere = id > 0 ? named + QStringLiteral(": answer %1").arg(id)
                                           : named + QStringLiteral(": answers[%1]").arg(i);
        turn.answers.append(readAnswer(answer, answerWhere, error));
    }
    return turn;
}

} // namespace

QByteArray CoroJsonFormat::write(const ConversationArchive &archive)
{
    QJsonArray branch;
    for (qint64 id : archive.currentBranch)
        branch.append(id);
    QJsonArray turns;
    for (const StoredTurn &turn : archive.turns)
        turns.append(turnToJson(turn));
    const ConversationSummary &summary = archive.summary;
    const QJsonObject conversation{
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("title"), summary.title},
        {QStringLiteral("title_source"), summary.titleSource},
        {QStringLiteral("created_at"), summary.createdAt},
        {QStringLiteral("updated_at"), summary.updatedAt},
        {QStringLiteral("pinned"), summary.pinned},
        {QStringLiteral("archived"), summary.archived},
        {QStringLiteral("guide"), archive.guide},
        {QStringLiteral("current_branch"), branch},
        {QStringLiteral("turns"), turns},
    };
    const QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("conversation"), conversation},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool CoroJsonFormat::claims(const QJsonObject &root)
{
    return root.value(QLatin1String("format")).toString() == formatName();
}

ImportResult CoroJsonFormat::read(const QByteArray &bytes)
{
    ImportResult result;
    QJsonDocument document;
    if (!JsonFields::parse(bytes, &document, &result.error))
        return result;
    return read(document);
}

ImportResult CoroJsonFormat::read(const QJsonDocument &document)
{
    ImportResult result;
    if (!document.isObject() || !claims(document.object())) {
        result.error = QStringLiteral("not a Coro conversation file: expected a JSON object with "
                                      "\"format\": \"coro.conversation\"");
        return result;
    }
    const QJsonObject root = document.object();
    JsonFields top(root, {}, &result.error);
    const qint64 version = top.integer(QLatin1String("version"));
    if (top.ok() && version != kVersion) {
        result.error = QStringLiteral("unsupported Coro conversation version %1 (this version of "
                                      "Coro reads version %2)")
                           .arg(version)
                           .arg(kVersion);
        return result;
    }
    const QJsonObject conversation = top.object(QLatin1String("conversation"));
    if (!top.ok())
        return result;

    ConversationArchive archive;
    JsonFields fields(conversation, kWhere, &result.error);
    archive.summary.id = fields.integer(QLatin1String("id"), 0);
    archive.summary.title = fields.string(QLatin1String("title"));
    archive.summary.titleSource = fields.string(QLatin1String("title_source"));
    archive.summary.createdAt = fields.integer(QLatin1String("created_at"));
    archive.summary.updatedAt = fields.integer(QLatin1String("updated_at"));
    archive.summary.pinned = fields.boolean(QLatin1String("pinned"));
    archive.summary.archived = fields.boolean(QLatin1String("archived"));
    archive.guide = fields.string(QLatin1String("guide"));
    const QJsonArray branch = fields.array(QLatin1String("current_branch"));
    const QJsonArray turns = fields.array(QLatin1String("turns"));
    if (fields.ok() && !isKnownTitleSource(archive.summary.titleSource))
        fields.fail(QStringLiteral("unknown title_source \"%1\"").arg(archive.summary.titleSource));
    for (int i = 0; i < branch.size() && fields.ok(); ++i) {
        if (!branch.at(i).isDouble() || branch.at(i).toInteger(-1) <= 0)
            fields.fail(QStringLiteral("current_branch[%1] should be a turn id").arg(i));
        archive.currentBranch.append(branch.at(i).toInteger());
    }
    for (int i = 0; i < turns.size() && result.ok(); ++i)
        archive.turns.append(readTurn(turns.at(i), i, &result.error));
    if (result.ok())
        fields.fail(archive.structuralProblem());
    if (!result.ok())
        return result;
    archive.orderParentsFirst();
    archive.fillDerivedFields();
    result.conversations.append(archive);
    return result;
}

} // namespace coro
