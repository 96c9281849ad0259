#include "wiremessages.h"
#include "errormapping.h"

namespace coro::wiremessages {

namespace {
QString roleName(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System:
        return QStringLiteral("system");
    case ChatMessage::Role::Assistant:
        return QStringLiteral("assistant");
    case ChatMessage::Role::User:
        break;
    }
    return QStringLiteral("user");
}

QJsonObject message(const QString &role, const QString &content)
{
    return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}
} // namespace

QJsonArray roleContentMessages(const ChatRequest &request)
{
    QJsonArray messages;
    if (!request.params.systemPrompt.isEmpty())
        messages.append(message(QStringLiteral("system"), request.params.systemPrompt));
    for (const auto &m : request.messages)
        messages.append(message(roleName(m.role), m.content));
    return messages;
}

QList<ModelInfo> idList(const QByteArray &body, QLatin1String listKey, QLatin1String nameKey)
{
    QList<ModelInfo> models;
    const QJsonArray list = errormapping::parseObject(body).value(listKey).toArray();
    for (const auto &entry : list) {
        const QJsonObject object = entry.toObject();
        ModelInfo info;
        info.id = object.value(QLatin1String("id")).toString();
        info.displayName = object.value(nameKey).toString(info.id);
        if (!info.id.isEmpty())
            models.append(info);
    }
    return models;
}

} // namespace coro::wiremessages
