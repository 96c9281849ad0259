#pragma once

#include "storage/storetypes.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQmlIntegration>

namespace coro {

class StorageService;

/**
 * @brief The history sidebar: conversations newest first, pinned on top, loaded a page at a
 *        time as the list scrolls, never waiting on the disk.
 *
 * Shows either the active conversations or the archived ones. Deleting hides the row at once
 * and keeps the conversation restorable (undoDelete) until the store purges it.
 */
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application owns the conversation list")
    Q_PROPERTY(bool archived READ showsArchived WRITE setShowsArchived NOTIFY archivedChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, /**< Conversation id. */
        TitleRole,                 /**< Its title ("New chat" until the first prompt). */
        UpdatedAtRole,             /**< Last activity, as a QDateTime. */
        PinnedRole,                /**< Pinned on top. */
        ArchivedRole,              /**< In the archive. */
        SectionRole,               /**< "Pinned", "Today", "Yesterday", "Earlier". */
        LiveRole,                  /**< Answers are streaming in it right now. */
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 50;

    explicit ConversationListModel(StorageService *storage, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool showsArchived() const { return m_archived; }
    void setShowsArchived(bool archived);
    bool isLoading() const { return m_loading; }

    /// Reloads the first page (and as many as were shown) from the history.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void rename(qint64 id, const QString &title);
    Q_INVOKABLE void setPinned(qint64 id, bool pinned);
    Q_INVOKABLE void setArchived(qint64 id, bool archived);
    /// Hides the conversation; undoDelete() brings it back.
    Q_INVOKABLE void remove(qint64 id);
    Q_INVOKABLE void undoDelete(qint64 id);
    Q_INVOKABLE int rowOf(qint64 id) const;
    Q_INVOKABLE QString titleOf(qint64 id) const;

    /// Marks a conversation as having answers that stream right now.
    void setLive(qint64 id, bool live);

Q_SIGNALS:
    void archivedChanged();
    void countChanged();
    void loadingChanged();
    /// A conversation was removed; the undo bar offers undoDelete(id).
    void removed(qint64 id, const QString &title);

private:
    void load(int offset, int limit, bool replace);
    void setLoading(bool loading);
    /// Makes the rows @p rows with the fewest changes (inserts, moves, removals, updates).
    void sync(const QList<ConversationSummary> &rows);
    void afterChange(bool ok);

    StorageService *m_storage;
    QList<ConversationSummary> m_rows;
    QSet<qint64> m_live;
    bool m_archived = false;
    bool m_loading = false;
    bool m_exhausted = false;
    int m_generation = 0; ///< Pages of an older list are dropped when they arrive.
};

} // namespace coro
