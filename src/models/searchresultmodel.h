#pragma once

#include "storage/storetypes.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQmlIntegration>

namespace coro {

class StorageService;

/**
 * @brief History search as the sidebar shows it: each hit with its conversation, where it was
 *        said (the user's message or a model's answer) and a snippet with the match in bold.
 *
 * Typing runs a search after a short pause; a result older than the newest query is dropped.
 * Works offline: it reads only the local history.
 */
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application owns the search")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)

public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1, /**< Conversation holding the hit. */
        TurnIdRole,                            /**< Turn to open the conversation at. */
        TitleRole,                             /**< The conversation's title. */
        SnippetRole,      /**< Words around the match, escaped, matches in <b></b> (StyledText). */
        PlainSnippetRole, /**< The same words as plain text, for screen readers. */
        SourceRole,       /**< "You" or the answering model, "provider/model". */
    };
    Q_ENUM(Role)

    static constexpr int kDebounceMs = 150;
    static constexpr int kLimit = 50;

    explicit SearchResultModel(StorageService *storage, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool isSearching() const { return m_searching; }

    /// The snippet as StyledText: escaped, with each «match» in bold.
    static QString styledSnippet(const QString &snippet);
    /// The query as it is searched while typed: its last word, still being typed, matches as a
    /// prefix ("coun" finds "Count"), unless a space, quote or star ends it, it is an operator
    /// (AND, OR, NOT), or it has a single character.
    static QString asTyped(const QString &query);

Q_SIGNALS:
    void queryChanged();
    void countChanged();
    void searchingChanged();

private:
    void run();

    StorageService *m_storage;
    QString m_query;
    QList<SearchHit> m_hits;
    QTimer m_debounce;
    int m_generation = 0;
    bool m_searching = false;
};

} // namespace coro
