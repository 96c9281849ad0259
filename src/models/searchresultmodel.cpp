#include "searchresultmodel.h"

#include "storage/storageservice.h"

namespace coro {

SearchResultModel::SearchResultModel(StorageService *storage, QObject *parent)
    : QAbstractListModel(parent), m_storage(storage)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchResultModel::run);
}

QString SearchResultModel::styledSnippet(const QString &snippet)
{
    QString styled = snippet.toHtmlEscaped();
    styled.replace(QChar(SearchHit::kMatchOpen), QLatin1String("<b>"));
    styled.replace(QChar(SearchHit::kMatchClose), QLatin1String("</b>"));
    return styled;
}

QString SearchResultModel::asTyped(const QString &query)
{
    if (query.isEmpty() || !query.back().isLetterOrNumber())
        return query;
    qsizetype start = query.size();
    while (start > 0 && !query.at(start - 1).isSpace())
        --start;
    const QStringView word = QStringView(query).sliced(start);
    const bool operatorWord =
        word == QLatin1String("AND") || word == QLatin1String("OR") || word == QLatin1String("NOT");
    if (word.size() < 2 || operatorWord)
        return query;
    return query + QLatin1Char('*');
}

void SearchResultModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    if (m_query.trimmed().isEmpty()) {
        ++m_generation;
        m_debounce.stop();
        beginResetModel();
        m_hits.clear();
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    m_debounce.start();
}

void SearchResultModel::run()
{
    if (!m_storage)
        return;
    const int generation = ++m_generation;
    m_searching = true;
    Q_EMIT searchingChanged();
    m_storage->search(asTyped(m_query), kLimit, this,
                      [this, generation](const QList<SearchHit> &hits) {
                          if (generation != m_generation)
                              return;
                          m_searching = false;
                          Q_EMIT searchingChanged();
                          beginResetModel();
                          m_hits = hits;
                          endResetModel();
                          Q_EMIT countChanged();
                      });
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case ConversationIdRole:
        return hit.conversationId;
    case TurnIdRole:
        return hit.turnId;
    case TitleRole:
        return hit.conversationTitle;
    case SnippetRole:
        return styledSnippet(hit.snippet);
    case PlainSnippetRole: {
        QString plain = hit.snippet;
        plain.remove(QChar(SearchHit::kMatchOpen));
        plain.remove(QChar(SearchHit::kMatchClose));
        return plain;
    }
    case SourceRole:
        return hit.answerId == 0 ? tr("You") : hit.provider + QLatin1Char('/') + hit.model;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    return {{ConversationIdRole, "conversationId"},
            {TurnIdRole, "turnId"},
            {TitleRole, "title"},
            {SnippetRole, "snippet"},
            {PlainSnippetRole, "plainSnippet"},
            {SourceRole, "source"}};
}

} // namespace coro
