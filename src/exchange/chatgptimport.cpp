#include "chatgptimport.h"

#include "chatgptnode.h"
#include "jsonfields.h"
#include "storage/conversationstore.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <optional>

namespace coro {

namespace {

using Kind = ChatGptNode::Kind;

/// One version of an answer: the messages from below a user message down to a leaf.
struct PendingAnswer
{
    StoredAnswer answer;
    QStringList path; ///< Node ids, top first; the last one ends the answer.
};

/// The turns and answers of one conversation, built by one walk down its tree.
class TreeWalk
{
public:
    /// Node visits one conversation may cost: an answer is every message on its path, so a
    /// hostile tree (a long chain with a branch at every step) would cost its size squared.
    static constexpr qint64 kMaxWork = 4'000'000;

    TreeWalk(const QHash<QString, ChatGptNode> &nodes, const QStringList &order,
             qint64 fallbackTime)
        : m_nodes(nodes), m_fallbackTime(fallbackTime)
    {
        // Linear: each node is placed under its parent once.
        QSet<QString> placed;
        for (const QString &id : order) {
            // A node's children list is in creation order; the parent link is the truth.
            for (const QString &child : node(id).children) {
                if (node(child).parent == id && !placed.contains(child)) {
                    placed.insert(child);
                    m_childrenOf[id].append(child);
                }
            }
        }
        for (const QString &id : order) {
            if (!placed.contains(id)) {
                placed.insert(id);
                m_childrenOf[node(id).parent].append(id);
            }
        }
    }

    /// False when the tree would take more than kMaxWork steps to walk.
    bool run()
    {
        struct Frame
        {
            QString node;
            int turn;
            QStringList path;
        };
        QList<Frame> stack;
        const QStringList roots = m_childrenOf.value(QString());
        for (auto it = roots.crbegin(); it != roots.crend(); ++it)
            stack.append({*it, -1, {}});
        while (!stack.isEmpty()) {
            const Frame frame = stack.takeLast();
            const ChatGptNode &current = node(frame.node);
            const QStringList &children = m_childrenOf[frame.node];
            int turn = frame.turn;
            QStringList path;
            if (current.kind == Kind::User) {
                addTurn(current, turn);
                turn = static_cast<int>(turns.size()) - 1;
            } else {
                path = frame.path + QStringList{current.id};
                const bool answerEnds =
                    std::none_of(children.begin(), children.end(), [this](const QString &child) {
                        return node(child).kind != Kind::User;
                    });
                if (answerEnds && turn >= 0)
                    addAnswer(turn, path);
            }
            m_work += path.size() + 1;
            if (m_work > kMaxWork)
                return false;
            for (auto it = children.crbegin(); it != children.crend(); ++it)
                stack.append({*it, turn, path});
        }
        return true;
    }

    /// Node ids from the root to @p leaf or, when it is empty, to the latest leaf (the last child
    /// at each step, as ChatGPT shows a conversation without a current node).
    QStringList pathTo(QString leaf) const
    {
        if (leaf.isEmpty()) {
            leaf = m_childrenOf.value(QString()).value(0);
            while (!m_childrenOf.value(leaf).isEmpty())
                leaf = m_childrenOf.value(leaf).constLast();
        }
        QStringList path;
        for (QString id = leaf; !id.isEmpty(); id = node(id).parent)
            path.prepend(id);
        return path;
    }

    /// Orders each turn's answers, numbers everything and marks what lies on @p branchPath.
    void finish(ConversationArchive *archive, const QStringList &branchPath)
    {
        const QSet<QString> onBranch(branchPath.begin(), branchPath.end());
        qint64 answerId = 0;
        for (int t = 0; t < turns.size(); ++t) {
            QList<PendingAnswer> &pending = answers[t];
            std::stable_sort(pending.begin(), pending.end(), [](const auto &a, const auto &b) {
                return a.answer.createdAt < b.answer.createdAt;
            });
            bool chosen = false;
            for (PendingAnswer &version : pending) {
                version.answer.chosen = onBranch.contains(version.path.constLast());
                chosen = chosen || version.answer.chosen;
            }
            // current_node may stop inside an answer (a reply cut short): that version counts.
            for (PendingAnswer &version : pending) {
                if (!chosen && !branchPath.isEmpty() &&
                    version.path.contains(branchPath.constLast())) {
                    version.answer.chosen = true;
                    chosen = true;
                }
            }
            for (PendingAnswer &version : pending) {
                version.answer.id = ++answerId;
                turns[t].answers.append(version.answer);
            }
        }
        archive->turns = turns;
        for (const QString &id : branchPath) {
            if (turnOfNode.contains(id))
                archive->currentBranch.append(turnOfNode.value(id));
        }
    }

    QList<StoredTurn> turns;
    QHash<QString, qint64> turnOfNode; ///< User message node to the turn it became.
    QList<QList<PendingAnswer>> answers;

private:
    const ChatGptNode &node(const QString &id) const
    {
        static const ChatGptNode missing; // Callers only ask for ids taken from the map.
        const auto it = m_nodes.constFind(id);
        return it == m_nodes.cend() ? missing : it.value();
    }

    void addTurn(const ChatGptNode &node, int parentTurn)
    {
        StoredTurn turn;
        turn.id = turns.size() + 1;
        turn.parentTurnId = parentTurn >= 0 ? turns.at(parentTurn).id : 0;
        turn.userText = node.text;
        turn.createdAt = node.createdAt != 0 ? node.createdAt : m_fallbackTime;
        turns.append(turn);
        turnOfNode.insert(node.id, turn.id);
        answers.append(QList<PendingAnswer>());
    }

    void addAnswer(int turn, const QStringList &path)
    {
        PendingAnswer version;
        StoredAnswer &answer = version.answer;
        QStringList texts;
        QStringList reasoning;
        for (const QString &id : path) {
            const ChatGptNode &message = node(id);
            if (!message.model.isEmpty())
                answer.model = message.model;
            if (message.kind != Kind::Assistant)
                continue;
            texts << message.text;
            reasoning << message.reasoning;
            if (message.createdAt != 0 &&
                (answer.createdAt == 0 || message.createdAt < answer.createdAt))
                answer.createdAt = message.createdAt;
            answer.updatedAt = std::max({answer.updatedAt, message.createdAt, message.updatedAt});
        }
        texts.removeAll(QString());
        reasoning.removeAll(QString());
        if (texts.isEmpty() && reasoning.isEmpty())
            return; // only plumbing below this message: nothing was answered
        answer.provider = QStringLiteral("openai");
        if (answer.model.isEmpty())
            answer.model = QStringLiteral("chatgpt");
        answer.text = texts.join(QStringLiteral("\n\n"));
        answer.reasoning = reasoning.join(QStringLiteral("\n\n"));
        answer.status = QStringLiteral("done");
        if (answer.createdAt == 0)
            answer.createdAt = turns.at(turn).createdAt;
        answer.updatedAt = std::max(answer.updatedAt, answer.createdAt);
        version.path = path;
        answers[turn].append(version);
    }

    const QHash<QString, ChatGptNode> &m_nodes;
    qint64 m_fallbackTime;
    qint64 m_work = 0;
    QHash<QString, QStringList> m_childrenOf; ///< "" holds the roots.
};

// A node that walks up into itself never reaches a root, so the walk would never see it.
QString findCycle(const QHash<QString, ChatGptNode> &nodes, const QStringList &order)
{
    QHash<QString, int> state; // absent: unseen, 1: on the current walk, 2: reaches a root
    for (const QString &start : order) {
        QStringList walk;
        QString id = start;
        while (!id.isEmpty() && !state.contains(id)) {
            state.insert(id, 1);
            walk.append(id);
            const auto it = nodes.constFind(id);
            id = it == nodes.cend() ? QString() : it->parent; // readMapping checked parents.
        }
        if (!id.isEmpty() && state.value(id) == 1) {
            return QStringLiteral("node %1 is its own ancestor (%2 → %1)")
                .arg(id, walk.mid(walk.indexOf(id)).join(QStringLiteral(" → ")));
        }
        for (const QString &walked : walk)
            state.insert(walked, 2);
    }
    return {};
}

std::optional<ConversationArchive> convert(const QJsonObject &object, int number, QString *error)
{
    const QString fileTitle = object.value(QLatin1String("title")).toString().trimmed();
    const QString where =
        fileTitle.isEmpty() ? QStringLiteral("conversation %1").arg(number)
                            : QStringLiteral("conversation %1 (\"%2\")").arg(number).arg(fileTitle);
    JsonFields fields(object, where, error);
    const QJsonObject mapping = fields.object(QLatin1String("mapping"));
    const QString currentNode = fields.optionalString(QLatin1String("current_node"));
    if (!fields.ok())
        return std::nullopt;
    const QHash<QString, ChatGptNode> nodes = ChatGptNode::readMapping(mapping, where, error);
    const QStringList order = mapping.keys();
    if (error->isEmpty())
        fields.fail(findCycle(nodes, order));
    if (error->isEmpty() && !currentNode.isEmpty() && !nodes.contains(currentNode))
        fields.fail(QStringLiteral("current_node %1 is not in the mapping").arg(currentNode));
    if (!error->isEmpty())
        return std::nullopt;

    ConversationArchive archive;
    archive.summary.id = number;
    archive.summary.createdAt =
        ChatGptNode::milliseconds(object.value(QLatin1String("create_time")));
    archive.summary.updatedAt =
        ChatGptNode::milliseconds(object.value(QLatin1String("update_time")));
    TreeWalk walk(nodes, order, archive.summary.createdAt);
    if (!walk.run()) {
        fields.fail(QStringLiteral("the message tree is too large or too branched to import "
                                   "(over %1 steps)")
                        .arg(TreeWalk::kMaxWork));
        return std::nullopt;
    }
    if (walk.turns.isEmpty())
        return ConversationArchive{}; // nothing the user said: skipped, not an error
    walk.finish(&archive, walk.pathTo(currentNode));

    archive.summary.title = fileTitle;
    archive.summary.titleSource = QStringLiteral("user");
    if (fileTitle.isEmpty()) {
        archive.summary.title =
            ConversationStore::titleFromPrompt(archive.turns.constFirst().userText);
        archive.summary.titleSource = QStringLiteral("prompt");
    }
    if (archive.summary.createdAt == 0)
        archive.summary.createdAt = archive.turns.constFirst().createdAt;
    if (archive.summary.updatedAt == 0) {
        archive.summary.updatedAt = archive.summary.createdAt;
        for (const StoredTurn &turn : archive.turns) {
            for (const StoredAnswer &answer : turn.answers)
                archive.summary.updatedAt = std::max(archive.summary.updatedAt, answer.updatedAt);
        }
    }
    archive.fillDerivedFields();
    return archive;
}

} // namespace

bool ChatGptImport::claims(const QJsonDocument &document)
{
    if (document.isObject())
        return document.object().contains(QLatin1String("mapping"));
    const QJsonArray list = document.array();
    return document.isArray() &&
           (list.isEmpty() || list.first().toObject().contains(QLatin1String("mapping")));
}

ImportResult ChatGptImport::read(const QJsonDocument &document)
{
    ImportResult result;
    QJsonArray list = document.array();
    if (document.isObject() && claims(document))
        list = QJsonArray{document.object()};
    else if (!document.isArray())
        result.error = QStringLiteral("not a ChatGPT export: expected the array of "
                                      "conversations of conversations.json");
    for (int i = 0; i < list.size() && result.ok(); ++i) {
        if (!list.at(i).isObject()) {
            result.error = QStringLiteral("conversation %1 should be an object").arg(i + 1);
            break;
        }
        const std::optional<ConversationArchive> archive =
            convert(list.at(i).toObject(), i + 1, &result.error);
        if (archive && archive->turns.isEmpty())
            ++result.skipped;
        else if (archive)
            result.conversations.append(*archive);
    }
    if (!result.ok()) {
        result.conversations.clear(); // all or nothing
        result.skipped = 0;
    }
    return result;
}

} // namespace coro
