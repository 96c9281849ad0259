#include "chatgptnode.h"

#include "jsonfields.h"

#include <QJsonArray>

#include <cmath>

namespace coro {

namespace {

// What the user sees of a message that had only an image or a file: the turn must stay, or its
// answer would be taken for another version of the previous one.
const QString kAttachmentOnly = QStringLiteral("[attachment not imported]");

QString reasoningText(const QJsonObject &content)
{
    QStringList thoughts;
    for (const QJsonValue &value : content.value(QLatin1String("thoughts")).toArray()) {
        const QJsonObject thought = value.toObject();
        QStringList lines;
        lines << thought.value(QLatin1String("summary")).toString()
              << thought.value(QLatin1String("content")).toString();
        lines.removeAll(QString());
        if (!lines.isEmpty())
            thoughts << lines.join(QLatin1Char('\n'));
    }
    return thoughts.join(QStringLiteral("\n\n"));
}

void readMessage(const QJsonObject &message, ChatGptNode *node)
{
    const QString role =
        message.value(QLatin1String("author")).toObject().value(QLatin1String("role")).toString();
    const QJsonObject content = message.value(QLatin1String("content")).toObject();
    const QJsonObject metadata = message.value(QLatin1String("metadata")).toObject();
    const QString type = content.value(QLatin1String("content_type")).toString();
    const QString recipient = message.value(QLatin1String("recipient")).toString();
    node->createdAt = ChatGptNode::milliseconds(message.value(QLatin1String("create_time")));
    node->updatedAt = ChatGptNode::milliseconds(message.value(QLatin1String("update_time")));
    node->model = metadata.value(QLatin1String("model_slug")).toString();
    if (metadata.value(QLatin1String("is_visually_hidden_from_conversation")).toBool())
        return;

    if (role == QLatin1String("user")) {
        node->text = ChatGptNode::contentText(content);
        // A profile or custom instructions (user_editable_context) has no text and no place in
        // the conversation; an image-only question does.
        if (node->text.isEmpty() && type == QLatin1String("multimodal_text"))
            node->text = kAttachmentOnly;
        if (!node->text.isEmpty())
            node->kind = ChatGptNode::Kind::User;
        return;
    }
    if (role != QLatin1String("assistant"))
        return; // system and tool messages are ChatGPT's plumbing, not the conversation.
    // Calls to tools other than the code interpreter (searches, browsing) are commands, not
    // answer text; "Thought for 12s" recaps only repeat the timing.
    const bool toTool = !recipient.isEmpty() && recipient != QLatin1String("all");
    if ((toTool && recipient != QLatin1String("python")) ||
        type == QLatin1String("reasoning_recap"))
        return;
    if (type == QLatin1String("thoughts")) {
        node->reasoning = reasoningText(content);
    } else if (type == QLatin1String("code")) {
        const QString code = ChatGptNode::contentText(content);
        QString language = content.value(QLatin1String("language")).toString();
        if (language == QLatin1String("unknown"))
            language.clear();
        if (!code.isEmpty())
            node->text = QStringLiteral("```") + language + QLatin1Char('\n') + code +
                         QStringLiteral("\n```");
    } else {
        node->text = ChatGptNode::contentText(content);
    }
    if (!node->text.isEmpty() || !node->reasoning.isEmpty())
        node->kind = ChatGptNode::Kind::Assistant;
}

} // namespace

QString ChatGptNode::contentText(const QJsonObject &content)
{
    QStringList pieces;
    const QJsonValue parts = content.value(QLatin1String("parts"));
    if (parts.isArray()) {
        // Parts are strings, or objects for attachments (images: no text; audio: a transcript).
        for (const QJsonValue &part : parts.toArray()) {
            pieces << (part.isString() ? part.toString()
                                       : part.toObject().value(QLatin1String("text")).toString());
        }
    } else if (content.value(QLatin1String("text")).isString()) {
        pieces << content.value(QLatin1String("text")).toString(); // code, tether_quote
    } else {
        pieces << content.value(QLatin1String("result")).toString(); // tether_browsing_display
    }
    for (QString &piece : pieces)
        piece = piece.trimmed();
    pieces.removeAll(QString());
    return pieces.join(QStringLiteral("\n\n"));
}

qint64 ChatGptNode::milliseconds(const QJsonValue &seconds)
{
    return seconds.isDouble() ? std::llround(seconds.toDouble() * 1000.0) : 0;
}

QHash<QString, ChatGptNode> ChatGptNode::readMapping(const QJsonObject &mapping,
                                                     const QString &where, QString *error)
{
    QHash<QString, ChatGptNode> nodes;
    for (auto it = mapping.begin(); it != mapping.end() && error->isEmpty(); ++it) {
        const QString nodeWhere = where + QStringLiteral(": node ") + it.key();
        if (!it.value().isObject()) {
            *error = nodeWhere + QStringLiteral(" should be an object");
            break;
        }
        if (it.key().isEmpty()) {
            // The empty id means "no parent": a node with it would be its own root.
            *error = where + QStringLiteral(": a node has an empty id");
            break;
        }
        const QJsonObject object = it.value().toObject();
        JsonFields fields(object, nodeWhere, error);
        ChatGptNode node;
        node.id = it.key();
        node.parent = fields.optionalString(QLatin1String("parent"));
        if (node.parent == node.id)
            fields.fail(QStringLiteral("is its own parent"));
        if (object.contains(QLatin1String("children"))) {
            for (const QJsonValue &child : fields.array(QLatin1String("children"))) {
                if (!child.isString())
                    fields.fail(QStringLiteral("\"children\" should hold node ids"));
                else if (child.toString() == node.id)
                    fields.fail(QStringLiteral("lists itself as a child"));
                node.children << child.toString();
            }
        }
        const QJsonValue message = object.value(QLatin1String("message"));
        if (message.isObject())
            readMessage(message.toObject(), &node);
        else if (!message.isNull() && !message.isUndefined())
            fields.fail(QStringLiteral("\"message\" should be an object or null"));
        nodes.insert(node.id, node);
    }
    // In the mapping's (sorted) key order, so the same file always names the same problem.
    for (const QString &id : mapping.keys()) {
        if (!error->isEmpty())
            break;
        const ChatGptNode &node = nodes[id];
        const QString nodeWhere = where + QStringLiteral(": node ") + id;
        if (!node.parent.isEmpty() && !nodes.contains(node.parent))
            *error = nodeWhere + QStringLiteral(" refers to missing parent ") + node.parent;
        for (const QString &child : node.children) {
            if (error->isEmpty() && !nodes.contains(child))
                *error = nodeWhere + QStringLiteral(" lists missing child ") + child;
        }
    }
    return nodes;
}

} // namespace coro
