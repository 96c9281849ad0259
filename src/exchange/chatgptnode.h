#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace coro {

/**
 * @brief One node of a ChatGPT conversation's message tree, reduced to what an import keeps.
 *
 * ChatGPT stores a conversation as a "mapping" of nodes, each with at most one message. Only
 * visible user and assistant messages carry anything over; every other node (the empty root,
 * system prompts, tool output, hidden context) is a plain link in the tree.
 */
struct ChatGptNode
{
    enum class Kind {
        Link,      ///< No message worth importing.
        User,      ///< A message the user sent.
        Assistant, ///< Part of an answer: text, reasoning or both.
    };

    QString id;
    QString parent; ///< Empty for a root.
    QStringList children;
    Kind kind = Kind::Link;
    QString text;
    QString reasoning;
    QString model;        ///< metadata.model_slug; empty when the file does not say.
    qint64 createdAt = 0; ///< Milliseconds since the epoch; 0 when the file does not say.
    qint64 updatedAt = 0;

    /// Reads every node of @p mapping and checks that parents and children exist. Problems go to
    /// @p error, prefixed with @p where.
    static QHash<QString, ChatGptNode> readMapping(const QJsonObject &mapping, const QString &where,
                                                   QString *error);
    /// The readable text of a message's content, whatever its content_type; empty when none.
    static QString contentText(const QJsonObject &content);
    /// ChatGPT's float seconds as milliseconds; 0 for null or absent.
    static qint64 milliseconds(const QJsonValue &seconds);
};

} // namespace coro
