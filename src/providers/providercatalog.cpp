#include "providercatalog.h"
#include "catalogfile.h"
#include "providerslogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <utility>

namespace coro {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCatalog)
};

// Fields that would mean a secret is being written to disk.
constexpr const char *kSecretFields[] = {"api_key", "apiKey", "key", "token", "secret"};

bool parseModels(const QJsonValue &value, QList<ModelInfo> *models, QString *error)
{
    if (!value.isArray()) {
        *error = CatalogText::tr("\"models\" must be a list");
        return false;
    }
    // The models being replaced (a preset's): a model listed again keeps its price unless the
    // entry gives one, or says "price": null.
    const QList<ModelInfo> previous = std::exchange(*models, {});
    for (const auto &entry : value.toArray()) {
        ModelInfo model;
        const QJsonObject object = entry.toObject();
        if (entry.isString()) {
            model.id = entry.toString();
        } else {
            model.id = object.value(QLatin1String("id")).toString();
            model.displayName = object.value(QLatin1String("name")).toString();
            model.tagline = object.value(QLatin1String("tagline")).toString();
            model.recommendedUse = object.value(QLatin1String("recommended_use")).toString();
        }
        if (model.id.isEmpty()) {
            *error = CatalogText::tr("every model needs an \"id\"");
            return false;
        }
        const QJsonValue price = object.value(QLatin1String("price"));
        if (price.isUndefined()) {
            for (const ModelInfo &old : previous) {
                if (old.id == model.id)
                    model.price = old.price;
            }
        } else if (!price.isNull()) {
            QString priceError;
            model.price = ModelPrice::fromJson(price, &priceError);
            if (!model.price) {
                *error = CatalogText::tr("model \"%1\": %2").arg(model.id, priceError);
                return false;
            }
        }
        models->append(model);
    }
    return true;
}

bool applyEntry(const QJsonObject &entry, ProviderConfig *provider, QString *error)
{
    for (const char *field : kSecretFields) {
        if (entry.contains(QLatin1String(field))) {
            *error = CatalogText::tr(
                         "\"%1\" is not allowed: keys belong in the system keychain, or in the "
                         "environment variable named by \"key_env\"")
                         .arg(QLatin1String(field));
            return false;
        }
    }
    if (entry.contains(QLatin1String("name")))
        provider->name = entry.value(QLatin1String("name")).toString();
    if (entry.contains(QLatin1String("protocol"))) {
        const QString name = entry.value(QLatin1String("protocol")).toString();
        const auto kind = protocolFromName(name);
        if (!kind) {
            *error = CatalogText::tr(
                         "unknown protocol \"%1\" (expected openai, anthropic, gemini or ollama)")
                         .arg(name);
            return false;
        }
        provider->protocol = *kind;
    }
    if (entry.contains(QLatin1String("base_url"))) {
        const QUrl url(entry.value(QLatin1String("base_url")).toString(), QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty()) {
            *error = CatalogText::tr("\"base_url\" must be an http or https URL");
            return false;
        }
        if (!url.userInfo().isEmpty()) {
            *error = CatalogText::tr(
                "\"base_url\" must not contain a user name or password: keys belong in "
                "the system keychain, or in the environment variable named by \"key_env\"");
            return false;
        }
        provider->baseUrl = url;
    }
    if (entry.contains(QLatin1String("key_env")))
        provider->keyEnv = entry.value(QLatin1String("key_env")).toString();
    if (entry.contains(QLatin1String("requires_key")))
        provider->requiresKey = entry.value(QLatin1String("requires_key")).toBool(true);
    if (entry.contains(QLatin1String("models")) &&
        !parseModels(entry.value(QLatin1String("models")), &provider->models, error)) {
        return false;
    }
    if (provider->name.isEmpty())
        provider->name = provider->id;
    if (provider->baseUrl.isEmpty()) {
        *error = CatalogText::tr("\"base_url\" is required for a provider that is not a preset");
        return false;
    }
    return true;
}
} // namespace

const ProviderCatalog &ProviderCatalog::presets()
{
    static const ProviderCatalog catalog = [] {
        QFile file(QStringLiteral(":/coro/providers/presets.json"));
        QString error;
        std::optional<ProviderCatalog> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = fromJson(file.readAll(), ProviderCatalog(), &error);
        Q_ASSERT_X(parsed, "ProviderCatalog::presets", "built-in presets.json is invalid");
        return parsed.value_or(ProviderCatalog());
    }();
    return catalog;
}

std::optional<ProviderCatalog>
ProviderCatalog::fromJson(const QByteArray &json, const ProviderCatalog &base, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = CatalogText::tr("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonValue list = document.object().value(QLatin1String("providers"));
    if (!list.isArray()) {
        *error = CatalogText::tr("expected an object with a \"providers\" list");
        return std::nullopt;
    }
    ProviderCatalog catalog;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString id = entry.value(QLatin1String("id")).toString();
        ProviderConfig provider;
        if (const ProviderConfig *preset = base.find(id))
            provider = *preset;
        provider.id = id;
        QString entryError;
        if (id.isEmpty() || id.contains(QLatin1Char('/')))
            entryError = CatalogText::tr("\"id\" must be a non-empty name without \"/\"");
        else if (catalog.find(id))
            entryError = CatalogText::tr("the id is used twice");
        else
            applyEntry(entry, &provider, &entryError);
        if (!entryError.isEmpty()) {
            *error = CatalogText::tr("provider %1 (\"%2\"): %3").arg(i + 1).arg(id, entryError);
            return std::nullopt;
        }
        catalog.m_providers.append(provider);
    }
    return catalog;
}

std::optional<ProviderCatalog> ProviderCatalog::load(const QString &path, QString *error)
{
    QByteArray json;
    switch (CatalogFile::read(path, &json, error)) {
    case CatalogFile::Status::Missing:
        return presets();
    case CatalogFile::Status::Failed:
        return std::nullopt;
    case CatalogFile::Status::Read:
        break;
    }
    QString parseError;
    auto catalog = fromJson(json, presets(), &parseError);
    if (!catalog)
        *error = CatalogFile::errorAt(path, parseError);
    return catalog;
}

QByteArray ProviderCatalog::toJson() const
{
    QJsonArray list;
    for (const auto &provider : m_providers) {
        QJsonArray models;
        for (const auto &model : provider.models) {
            QJsonObject object{{QStringLiteral("id"), model.id}};
            if (!model.displayName.isEmpty())
                object.insert(QStringLiteral("name"), model.displayName);
            if (!model.tagline.isEmpty())
                object.insert(QStringLiteral("tagline"), model.tagline);
            if (!model.recommendedUse.isEmpty())
                object.insert(QStringLiteral("recommended_use"), model.recommendedUse);
            if (model.price)
                object.insert(QStringLiteral("price"), model.price->toJson());
            else if (presets().priceOf(provider.id, model.id)) // Read back, it stays unknown.
                object.insert(QStringLiteral("price"), QJsonValue::Null);
            models.append(object);
        }
        QJsonObject entry{{QStringLiteral("id"), provider.id},
                          {QStringLiteral("name"), provider.name},
                          {QStringLiteral("protocol"), protocolName(provider.protocol)},
                          {QStringLiteral("base_url"), provider.baseUrl.toString()},
                          {QStringLiteral("models"), models}};
        if (!provider.keyEnv.isEmpty())
            entry.insert(QStringLiteral("key_env"), provider.keyEnv);
        if (!provider.requiresKey)
            entry.insert(QStringLiteral("requires_key"), false);
        list.append(entry);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("providers"), list}}).toJson();
}

bool ProviderCatalog::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        *error = CatalogFile::errorAt(path, file.errorString());
        return false;
    }
    return true;
}

const ProviderConfig *ProviderCatalog::find(const QString &id) const
{
    for (const auto &provider : m_providers) {
        if (provider.id == id)
            return &provider;
    }
    return nullptr;
}

std::optional<ModelPrice> ProviderCatalog::priceOf(const QString &provider,
                                                   const QString &model) const
{
    const ProviderConfig *config = find(provider);
    return config ? config->priceOf(model) : std::nullopt;
}

void ProviderCatalog::upsert(const ProviderConfig &provider)
{
    for (auto &existing : m_providers) {
        if (existing.id == provider.id) {
            existing = provider;
            return;
        }
    }
    m_providers.append(provider);
    qCDebug(lcProviders) << "added provider" << provider.id;
}

bool ProviderCatalog::remove(const QString &id)
{
    return m_providers.removeIf([&id](const ProviderConfig &p) { return p.id == id; }) > 0;
}

} // namespace coro
