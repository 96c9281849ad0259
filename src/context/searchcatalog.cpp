#include "searchcatalog.h"

#include "providers/catalogfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coro {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct SearchCatalogText
{
    Q_DECLARE_TR_FUNCTIONS(SearchCatalog)
};

constexpr const char *kSecretFields[] = {"api_key", "apiKey", "key", "token", "secret"};

bool intField(const QJsonObject &entry, const char *name, int min, int max, int *value,
              QString *error)
{
    const QJsonValue field = entry.value(QLatin1String(name));
    if (field.isUndefined())
        return true;
    const double number = field.toDouble(-1);
    if (!field.isDouble() || number < min || number > max || number != int(number)) {
        *error = SearchCatalogText::tr("\"%1\" must be a whole number from %2 to %3")
                     .arg(QLatin1String(name))
                     .arg(min)
                     .arg(max);
        return false;
    }
    *value = int(number);
    return true;
}

bool applyEntry(const QJsonObject &entry, SearchBackendConfig *backend, QString *error)
{
    for (const char *field : kSecretFields) {
        if (entry.contains(QLatin1String(field))) {
            *error = SearchCatalogText::tr(
                         "\"%1\" is not allowed: keys belong in the system keychain, or in the "
                         "environment variable named by \"key_env\"")
                         .arg(QLatin1String(field));
            return false;
        }
    }
    const QString kindName = entry.value(QLatin1String("kind")).toString();
    const auto kind = searchKindFromName(kindName);
    if (!kind) {
        *error = SearchCatalogText::tr("unknown kind \"%1\" (expected tavily, brave or searxng)")
                     .arg(kindName);
        return false;
    }
    backend->kind = *kind;
    const QUrl url(entry.value(QLatin1String("base_url")).toString(), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        *error = SearchCatalogText::tr("\"base_url\" must be an http or https URL");
        return false;
    }
    if (!url.userInfo().isEmpty() || url.hasQuery()) {
        *error = SearchCatalogText::tr(
            "\"base_url\" must not contain a user name, password or query: keys belong in the "
            "system keychain, or in the environment variable named by \"key_env\"");
        return false;
    }
    backend->baseUrl = url;
    backend->keyEnv = entry.value(QLatin1String("key_env")).toString();
    return intField(entry, "max_results", 1, SearchBackendConfig::kMaxMaxResults,
                    &backend->maxResults, error) &&
           intField(entry, "cache_minutes", 0, SearchBackendConfig::kMaxCacheMinutes,
                    &backend->cacheMinutes, error);
}
} // namespace

QString searchKindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Tavily:
        return QStringLiteral("tavily");
    case SearchKind::Brave:
        return QStringLiteral("brave");
    case SearchKind::SearXng:
        return QStringLiteral("searxng");
    }
    return {};
}

std::optional<SearchKind> searchKindFromName(QStringView name)
{
    for (const auto kind : {SearchKind::Tavily, SearchKind::Brave, SearchKind::SearXng}) {
        if (name == searchKindName(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<SearchCatalog> SearchCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = SearchCatalogText::tr("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    SearchCatalog catalog;
    const QJsonValue list = document.object().value(QLatin1String("search"));
    if (list.isUndefined())
        return catalog;
    if (!list.isArray()) {
        *error = SearchCatalogText::tr("\"search\" must be a list");
        return std::nullopt;
    }
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        SearchBackendConfig backend;
        backend.id = entry.value(QLatin1String("id")).toString();
        QString entryError;
        if (backend.id.isEmpty() || backend.id.contains(QLatin1Char('/')))
            entryError = SearchCatalogText::tr("\"id\" must be a non-empty name without \"/\"");
        else if (catalog.find(backend.id))
            entryError = SearchCatalogText::tr("the id is used twice");
        else
            applyEntry(entry, &backend, &entryError);
        if (!entryError.isEmpty()) {
            *error = SearchCatalogText::tr("search %1 (\"%2\"): %3")
                         .arg(i + 1)
                         .arg(backend.id, entryError);
            return std::nullopt;
        }
        catalog.m_backends.append(backend);
    }
    return catalog;
}

std::optional<SearchCatalog> SearchCatalog::load(const QString &path, QString *error)
{
    QByteArray json;
    switch (CatalogFile::read(path, &json, error)) {
    case CatalogFile::Status::Missing:
        return SearchCatalog();
    case CatalogFile::Status::Failed:
        return std::nullopt;
    case CatalogFile::Status::Read:
        break;
    }
    QString parseError;
    auto catalog = fromJson(json, &parseError);
    if (!catalog)
        *error = CatalogFile::errorAt(path, parseError);
    return catalog;
}

const SearchBackendConfig *SearchCatalog::find(const QString &id) const
{
    if (id.isEmpty())
        return m_backends.isEmpty() ? nullptr : &m_backends.first();
    for (const auto &backend : m_backends) {
        if (backend.id == id)
            return &backend;
    }
    return nullptr;
}

} // namespace coro
