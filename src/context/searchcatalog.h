#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace coro {

/** @brief The web search APIs Coro speaks. */
enum class SearchKind { Tavily, Brave, SearXng };

/// "tavily", "brave", "searxng": the spelling used in providers.json.
QString searchKindName(SearchKind kind);
std::optional<SearchKind> searchKindFromName(QStringView name);

/**
 * @brief One configured web search backend. Holds no key: keys live in the keychain under the
 *        entry's id, or in the environment variable named by keyEnv.
 */
struct SearchBackendConfig
{
    static constexpr int kDefaultMaxResults = 5;
    static constexpr int kMaxMaxResults = 20;
    static constexpr int kDefaultCacheMinutes = 60;
    static constexpr int kMaxCacheMinutes = 7 * 24 * 60;

    QString id;
    SearchKind kind = SearchKind::Tavily;
    QUrl baseUrl;
    QString keyEnv;
    int maxResults = kDefaultMaxResults;
    int cacheMinutes = kDefaultCacheMinutes; ///< 0: results are not cached.
};

/**
 * @brief The `search` list of providers.json, read beside ProviderCatalog (which reads the
 *        `providers` list of the same file). The first entry is the default backend.
 */
class SearchCatalog
{
public:
    /// Parses providers.json text; a file without a `search` list gives an empty catalog.
    /// Sets @p error and returns nullopt on a malformed entry, naming it and the field.
    static std::optional<SearchCatalog> fromJson(const QByteArray &json, QString *error);
    /// The catalog of the file at @p path; empty when the file does not exist.
    static std::optional<SearchCatalog> load(const QString &path, QString *error);

    const QList<SearchBackendConfig> &backends() const { return m_backends; }
    /// The entry named @p id, or the default (first) one when @p id is empty; null if none.
    const SearchBackendConfig *find(const QString &id = {}) const;

private:
    QList<SearchBackendConfig> m_backends;
};

} // namespace coro
