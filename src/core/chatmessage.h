#pragma once

#include <QList>
#include <QString>

namespace coro {

/**
 * @brief One message of a conversation as sent to a model.
 */
struct ChatMessage
{
    enum class Role { System, User, Assistant };

    Role role = Role::User;
    QString content;
};

using ChatMessages = QList<ChatMessage>;

} // namespace coro
