#include "conversationlistmodel.h"

#include "storage/storageservice.h"

#include <QDateTime>
#include <QSet>

namespace coro {

ConversationListModel::ConversationListModel(StorageService *storage, QObject *parent)
    : QAbstractListModel(parent), m_storage(storage)
{
    refresh();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case TitleRole:
        return row.title;
    case UpdatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.updatedAt);
    case PinnedRole:
        return row.pinned;
    case ArchivedRole:
        return row.archived;
    case SectionRole: {
        if (row.pinned)
            return tr("Pinned");
        const QDate day = QDateTime::fromMSecsSinceEpoch(row.updatedAt).date();
        const QDate today = QDate::currentDate();
        if (day == today)
            return tr("Today");
        if (day == today.addDays(-1))
            return tr("Yesterday");
        if (day > today.addDays(-7))
            return tr("Previous 7 days");
        return tr("Earlier");
    }
    case LiveRole:
        return m_live.contains(row.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{IdRole, "conversationId"}, {TitleRole, "title"},       {UpdatedAtRole, "updatedAt"},
            {PinnedRole, "pinned"},     {ArchivedRole, "archived"}, {SectionRole, "section"},
            {LiveRole, "live"}};
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(int(m_rows.size()), kPageSize, false);
}

void ConversationListModel::setShowsArchived(bool archived)
{
    if (m_archived == archived)
        return;
    m_archived = archived;
    Q_EMIT archivedChanged();
    refresh();
}

void ConversationListModel::refresh()
{
    load(0, std::max<int>(kPageSize, int(m_rows.size())), true);
}

void ConversationListModel::load(int offset, int limit, bool replace)
{
    if (!m_storage)
        return;
    if (replace)
        ++m_generation;
    const int generation = m_generation;
    setLoading(true);
    m_storage->listConversations(
        offset, limit, m_archived, this,
        [this, offset, limit, replace, generation](const QList<ConversationSummary> &page) {
            if (generation != m_generation)
                return; // A newer refresh is on its way.
            setLoading(false);
            m_exhausted = page.size() < limit;
            if (replace) {
                sync(page);
            } else if (!page.isEmpty() && offset == m_rows.size()) {
                beginInsertRows({}, offset, offset + int(page.size()) - 1);
                m_rows += page;
                endInsertRows();
            }
            Q_EMIT countChanged();
        });
}

void ConversationListModel::sync(const QList<ConversationSummary> &rows)
{
    // A refresh usually differs by a row or two (a new conversation on top, one moved up by a
    // new turn, one renamed or deleted): changed in place, the list keeps its scroll position
    // and its delegates. A different list altogether (the archive shown) is reset.
    if (m_rows.isEmpty()) { // The first page: one insertion.
        if (!rows.isEmpty()) {
            beginInsertRows({}, 0, int(rows.size()) - 1);
            m_rows = rows;
            endInsertRows();
        }
        return;
    }
    QSet<qint64> fresh;
    for (const ConversationSummary &row : rows)
        fresh.insert(row.id);
    qsizetype kept = 0;
    for (const ConversationSummary &row : std::as_const(m_rows))
        kept += fresh.contains(row.id) ? 1 : 0;
    if (kept * 2 < std::min(m_rows.size(), rows.size())) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (!fresh.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ConversationSummary &row = rows.at(i);
        qsizetype at = i;
        while (at < m_rows.size() && m_rows.at(at).id != row.id)
            ++at;
        if (at == m_rows.size()) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, row);
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows({}, int(at), int(at), {}, int(i));
            m_rows.move(at, i);
            endMoveRows();
        }
        const ConversationSummary &old = m_rows.at(i);
        if (old.title != row.title || old.updatedAt != row.updatedAt || old.pinned != row.pinned ||
            old.archived != row.archived || old.titleSource != row.titleSource) {
            m_rows[i] = row;
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    }
}

void ConversationListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void ConversationListModel::afterChange(bool ok)
{
    Q_UNUSED(ok) // A failure is reported through StorageService::writeFailed; the list shows
                 // what the file holds either way.
    refresh();
}

void ConversationListModel::rename(qint64 id, const QString &title)
{
    if (title.trimmed().isEmpty())
        return;
    m_storage->rename(id, title.trimmed(), QStringLiteral("user"), this,
                      [this](bool ok) { afterChange(ok); });
}

void ConversationListModel::setPinned(qint64 id, bool pinned)
{
    m_storage->setPinned(id, pinned, this, [this](bool ok) { afterChange(ok); });
}

void ConversationListModel::setArchived(qint64 id, bool archived)
{
    m_storage->setArchived(id, archived, this, [this](bool ok) { afterChange(ok); });
}

void ConversationListModel::remove(qint64 id)
{
    const int row = rowOf(id);
    const QString title = titleOf(id);
    if (row >= 0) { // Gone from the list at once; the store catches up.
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        Q_EMIT countChanged();
    }
    m_storage->softDelete(id, this, [this, id, title](bool ok) {
        if (ok)
            Q_EMIT removed(id, title);
        afterChange(ok);
    });
}

void ConversationListModel::undoDelete(qint64 id)
{
    m_storage->undoDelete(id, this, [this](bool ok) { afterChange(ok); });
}

int ConversationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QString ConversationListModel::titleOf(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_rows.at(row).title;
}

void ConversationListModel::setLive(qint64 id, bool live)
{
    if (live == m_live.contains(id))
        return;
    if (live)
        m_live.insert(id);
    else
        m_live.remove(id);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {LiveRole});
}

} // namespace coro
