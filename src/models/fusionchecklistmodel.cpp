#include "fusionchecklistmodel.h"

#include <algorithm>

namespace coro {

FusionChecklistModel::FusionChecklistModel(QObject *parent) : QAbstractListModel(parent) {}

int FusionChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

QVariant FusionChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistPoint &point = m_points.at(index.row());
    switch (role) {
    case TextRole:
        return point.text;
    case SourcesRole:
        return point.sources.join(QStringLiteral(", "));
    case DisputedRole:
        return point.disputed;
    case ChosenRole:
        return m_chosen.at(index.row());
    default:
        return {};
    }
}

bool FusionChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ChosenRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    setChosen(index.row(), value.toBool());
    return true;
}

Qt::ItemFlags FusionChecklistModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

QHash<int, QByteArray> FusionChecklistModel::roleNames() const
{
    return {{TextRole, "text"},
            {SourcesRole, "sources"},
            {DisputedRole, "disputed"},
            {ChosenRole, "chosen"}};
}

int FusionChecklistModel::chosenCount() const
{
    return int(std::count(m_chosen.cbegin(), m_chosen.cend(), true));
}

void FusionChecklistModel::setChosen(int row, bool chosen)
{
    if (row < 0 || row >= m_chosen.size() || m_chosen.at(row) == chosen)
        return;
    m_chosen[row] = chosen;
    Q_EMIT dataChanged(index(row), index(row), {ChosenRole});
    Q_EMIT chosenChanged();
}

void FusionChecklistModel::setExtracting()
{
    clear();
    setState(QStringLiteral("extracting"), {});
}

void FusionChecklistModel::setPoints(const QList<ChecklistPoint> &points)
{
    beginResetModel();
    m_points = points;
    m_chosen = QList<bool>(points.size(), true); // Everything is kept until unticked.
    endResetModel();
    setState(QStringLiteral("ready"), {});
    Q_EMIT chosenChanged();
}

void FusionChecklistModel::setFailed(const QString &message)
{
    clear();
    setState(QStringLiteral("failed"), message);
}

void FusionChecklistModel::clear()
{
    beginResetModel();
    m_points.clear();
    m_chosen.clear();
    endResetModel();
    setState(QStringLiteral("idle"), {});
    Q_EMIT chosenChanged();
}

QList<ChecklistPoint> FusionChecklistModel::chosen() const
{
    QList<ChecklistPoint> result;
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_chosen.at(i))
            result.append(m_points.at(i));
    }
    return result;
}

void FusionChecklistModel::setState(const QString &state, const QString &message)
{
    if (m_state == state && m_message == message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

} // namespace coro
