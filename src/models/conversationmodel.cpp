#include "conversationmodel.h"

#include "answerlistmodel.h"
#include "context/turncontextstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/storageservice.h"
#include "webcontextvariant.h"

#include <QDateTime>

namespace coro {

ConversationModel::ConversationModel(StorageService *storage, CodeHighlighter *highlighter,
                                     LiveLookup live, QObject *parent)
    : QAbstractListModel(parent), m_storage(storage), m_highlighter(highlighter),
      m_live(std::move(live))
{}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case TurnIdRole:
        return row.turn.id;
    case UserTextRole:
        return row.turn.userText;
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.turn.createdAt);
    case AnswersRole:
        return QVariant::fromValue(static_cast<QObject *>(row.answers.data()));
    case VersionCountRole:
        return std::max<int>(1, int(row.turn.versionIds.size()));
    case VersionIndexRole:
        return std::max<int>(1, int(row.turn.versionIds.indexOf(row.turn.id)) + 1);
    case LastRole:
        return index.row() == m_rows.size() - 1;
    case WebRole:
        return row.web;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {{TurnIdRole, "turnId"},
            {UserTextRole, "userText"},
            {CreatedAtRole, "createdAt"},
            {AnswersRole, "answers"},
            {VersionCountRole, "versionCount"},
            {VersionIndexRole, "versionIndex"},
            {LastRole, "last"},
            {WebRole, "web"}};
}

void ConversationModel::open(qint64 id, qint64 throughTurnId)
{
    if (id != m_conversationId) {
        m_conversationId = id;
        setRows({});
        Q_EMIT conversationChanged();
    }
    const int generation = ++m_generation;
    setLoading(true);
    m_storage->conversation(
        id, throughTurnId, this,
        [this, generation, throughTurnId](const std::optional<Conversation> &conversation) {
            if (generation != m_generation)
                return; // Another conversation was opened meanwhile.
            setLoading(false);
            if (!conversation) {
                clear();
                return;
            }
            setTitle(conversation->summary.title);
            setGuideText(conversation->guide);
            m_pendingGuide.reset();
            QList<Row> rows;
            int focus = -1;
            for (const StoredTurn &turn : conversation->turns) {
                Row row{turn, {}, false, m_sessionWeb.value(turn.id)};
                row.answers = answersFor(turn, &row.owned);
                if (turn.id == throughTurnId)
                    focus = int(rows.size());
                rows.append(row);
            }
            setRows(rows);
            m_focusRow = focus;
            Q_EMIT focusRowChanged();
            Q_EMIT loaded();
            loadWeb(generation);
        });
}

void ConversationModel::loadWeb(int generation)
{
    QList<qint64> turnIds;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.web.isEmpty())
            turnIds << row.turn.id;
    }
    if (turnIds.isEmpty())
        return;
    m_storage->run(
        [turnIds](ConversationStore &store) {
            TurnContextStore context(store.database().connection());
            QHash<qint64, WebContext> found;
            for (const qint64 id : turnIds) {
                if (auto web = context.web(id))
                    found.insert(id, *web);
            }
            return found;
        },
        this,
        [this, generation](const QHash<qint64, WebContext> &found) {
            if (generation != m_generation)
                return;
            for (int i = 0; i < m_rows.size(); ++i) {
                const auto it = found.constFind(m_rows.at(i).turn.id);
                if (it == found.cend())
                    continue;
                m_rows[i].web = WebContextVariant::toMap(*it);
                Q_EMIT dataChanged(index(i), index(i), {WebRole});
            }
        });
}

void ConversationModel::setGuide(const QString &guide)
{
    const QString trimmed = guide.trimmed();
    if (!m_conversationId) {
        m_pendingGuide = trimmed;
        setGuideText(trimmed);
        return;
    }
    setGuideText(trimmed);
    m_storage->run([id = m_conversationId,
                    trimmed](ConversationStore &store) { return store.setGuide(id, trimmed); },
                   this, {});
}

void ConversationModel::setGuideText(const QString &guide)
{
    if (m_guide == guide)
        return;
    m_guide = guide;
    Q_EMIT guideChanged();
}

AnswerListModel *ConversationModel::answersFor(const StoredTurn &turn, bool *owned)
{
    if (AnswerListModel *live = m_live ? m_live(turn.id) : nullptr) {
        *owned = false;
        return live;
    }
    auto *answers = new AnswerListModel(m_storage, m_highlighter, this);
    answers->setPriceLookup(m_prices);
    answers->setStoredAnswers(turn.answers);
    connect(answers, &AnswerListModel::regenerateRequested, this,
            [this, turnId = turn.id](const QString &provider, const QString &model) {
                Q_EMIT regenerateRequested(turnId, provider, model);
            });
    *owned = true;
    return answers;
}

void ConversationModel::showVersion(int row, int versionIndex)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const QList<qint64> &versions = m_rows.at(row).turn.versionIds;
    if (versionIndex < 1 || versionIndex > versions.size())
        return;
    open(m_conversationId, versions.at(versionIndex - 1));
}

void ConversationModel::clear()
{
    ++m_generation;
    setLoading(false);
    const bool changed = m_conversationId != 0;
    m_conversationId = 0;
    setRows({});
    setTitle(QString());
    setGuideText(QString());
    m_pendingGuide.reset();
    if (changed)
        Q_EMIT conversationChanged();
}

void ConversationModel::setPriceLookup(AnswerListModel::PriceLookup prices)
{
    m_prices = std::move(prices);
    for (const Row &row : std::as_const(m_rows)) {
        if (row.answers)
            row.answers->setPriceLookup(m_prices);
    }
}

void ConversationModel::reload()
{
    if (m_conversationId)
        open(m_conversationId, lastTurnId());
}

void ConversationModel::appendTurn(qint64 conversationId, qint64 turnId, const QString &userText,
                                   AnswerListModel *answers, const WebContext &web)
{
    const QVariantMap webMap = WebContextVariant::toMap(web);
    if (!webMap.isEmpty())
        m_sessionWeb.insert(turnId, webMap);
    if (conversationId != m_conversationId) {
        m_pendingGuide.reset(); // The first turn took it.
        m_conversationId = conversationId;
        ++m_generation;
        setRows({});
        Q_EMIT conversationChanged();
    }
    StoredTurn turn;
    turn.id = turnId;
    turn.conversationId = conversationId;
    turn.userText = userText;
    turn.createdAt = QDateTime::currentMSecsSinceEpoch();
    turn.versionIds = {turnId};
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({turn, answers, false, webMap});
    endInsertRows();
    if (row > 0)
        Q_EMIT dataChanged(index(row - 1), index(row - 1), {LastRole});
    Q_EMIT countChanged();
}

void ConversationModel::setTitle(const QString &title)
{
    if (m_title == title)
        return;
    m_title = title;
    Q_EMIT titleChanged();
}

QStringList ConversationModel::lastTurnModels() const
{
    if (m_rows.isEmpty() || !m_rows.constLast().answers)
        return {};
    return m_rows.constLast().answers->labels();
}

AnswerListModel *ConversationModel::takeAnswers(qint64 turnId)
{
    for (Row &row : m_rows) {
        if (row.turn.id == turnId && row.answers) {
            row.owned = false;
            disconnect(row.answers, &AnswerListModel::regenerateRequested, this, nullptr);
            return row.answers;
        }
    }
    return nullptr;
}

QString ConversationModel::userText(qint64 turnId) const
{
    for (const Row &row : m_rows) {
        if (row.turn.id == turnId)
            return row.turn.userText;
    }
    return {};
}

qint64 ConversationModel::lastTurnId() const
{
    return m_rows.isEmpty() ? 0 : m_rows.constLast().turn.id;
}

void ConversationModel::setRows(QList<Row> rows)
{
    beginResetModel();
    for (const Row &row : std::as_const(m_rows)) {
        if (row.owned && row.answers)
            row.answers->deleteLater(); // Delegates may still hold it until they go.
    }
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

void ConversationModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace coro
