#include "runhistorymodel.h"

#include "runoutcome.h"
#include "storage/runhistory.h"

#include <QDateTime>

namespace coro {

namespace {
constexpr qsizetype kTitleChars = 60;
} // namespace

RunHistoryModel::RunHistoryModel(QObject *parent) : QAbstractListModel(parent) {}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredRun &run = m_runs.at(index.row());
    RunOutcome outcome{run.exitCode, run.signal, run.limit, run.cancelled, 0, 0};
    switch (role) {
    case RunIdRole:
        return run.id;
    case LanguageRole:
        return run.language;
    case TitleRole:
        return titleOf(run.code);
    case StatusRole:
        return outcome.words();
    case SucceededRole:
        return outcome.succeeded();
    case ElapsedRole:
        return RunOutcome::elapsedWords(run.elapsedMs);
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(run.createdAt);
    case FromAnswerRole:
        return run.answerId > 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> RunHistoryModel::roleNames() const
{
    return {{RunIdRole, "runId"},         {LanguageRole, "language"},    {TitleRole, "title"},
            {StatusRole, "status"},       {SucceededRole, "succeeded"},  {ElapsedRole, "elapsed"},
            {CreatedAtRole, "createdAt"}, {FromAnswerRole, "fromAnswer"}};
}

void RunHistoryModel::setRuns(const QList<StoredRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
    Q_EMIT countChanged();
}

void RunHistoryModel::prepend(const StoredRun &run)
{
    beginInsertRows({}, 0, 0);
    m_runs.prepend(run);
    endInsertRows();
    if (m_runs.size() > RunHistory::kMaxListed) {
        const int last = int(m_runs.size()) - 1;
        beginRemoveRows({}, last, last);
        m_runs.removeLast();
        endRemoveRows();
    }
    Q_EMIT countChanged();
}

std::optional<StoredRun> RunHistoryModel::run(int row) const
{
    if (row < 0 || row >= m_runs.size())
        return std::nullopt;
    return m_runs.at(row);
}

QString RunHistoryModel::titleOf(const QString &code)
{
    qsizetype at = 0;
    while (at < code.size()) {
        qsizetype end = code.indexOf(QLatin1Char('\n'), at);
        if (end < 0)
            end = code.size();
        // Only the start of a line can be shown: a 1 MB line is not simplified whole.
        const QString simplified = QStringView(code)
                                       .sliced(at, std::min(end - at, 4 * kTitleChars))
                                       .toString()
                                       .simplified();
        at = end + 1;
        if (simplified.isEmpty())
            continue;
        if (simplified.size() <= kTitleChars)
            return simplified;
        qsizetype cut = kTitleChars - 1;
        if (simplified.at(cut - 1).isHighSurrogate())
            --cut;
        return simplified.left(cut) + QChar(0x2026);
    }
    return {};
}

} // namespace coro
