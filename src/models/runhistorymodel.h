#pragma once

#include "storage/storetypes.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace coro {

/**
 * @brief The past runs of the open conversation, newest first, for the workspace's history
 * list.
 */
class RunHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The workspace lists its conversation's runs")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RunIdRole = Qt::UserRole + 1, /**< Stored run id. */
        LanguageRole,                 /**< "python", "sh" or "js". */
        TitleRole,                    /**< The code's first non-blank line, shortened. */
        StatusRole,                   /**< How it ended, in words ("exited with 0"). */
        SucceededRole,                /**< Exited 0 with no limit reached. */
        ElapsedRole,                  /**< "0.42 s". */
        CreatedAtRole,                /**< When, as a QDateTime. */
        FromAnswerRole,               /**< The code came from a stored answer. */
    };
    Q_ENUM(Role)

    explicit RunHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRuns(const QList<StoredRun> &runs);
    /// A run just finished: it goes on top.
    void prepend(const StoredRun &run);
    /// The run of @p row; nothing for a row out of range.
    std::optional<StoredRun> run(int row) const;

    /// The first non-blank line of @p code, at most 60 characters.
    static QString titleOf(const QString &code);

Q_SIGNALS:
    void countChanged();

private:
    QList<StoredRun> m_runs;
};

} // namespace coro
