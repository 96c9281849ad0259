#pragma once

#include "providers/providercatalog.h"

#include <QCoreApplication>

namespace coro {

/**
 * @brief Changes the user's providers and saves each change to providers.json at once: adds
 *        custom providers and presets, removes them, moves base URLs, remembers served models.
 *
 * A change that cannot be saved is not made. The file never holds a key (ProviderCatalog
 * writes none) and is readable by its owner only. A providers.json that cannot be read is
 * kept as providers.json.unreadable-DATE-TIME before the first change is saved.
 */
class CatalogEditor
{
    Q_DECLARE_TR_FUNCTIONS(CatalogEditor)
public:
    CatalogEditor(ProviderCatalog catalog, QString path)
        : m_catalog(std::move(catalog)), m_path(std::move(path))
    {}

    const ProviderCatalog &catalog() const { return m_catalog; }

    /// What is wrong with @p url as a base URL, in words; empty when it can be used.
    static QString urlProblem(const QString &url);
    static bool isLoopback(const QUrl &url);

    /// Returns the new provider's id (made from @p name, never a preset's), or empty.
    QString addCustom(const QString &name, const QString &baseUrl, const QString &protocol,
                      QString *error);
    /// A preset again, or its base URL changed to @p baseUrl when given.
    bool addPreset(const QString &presetId, const QString &baseUrl, QString *error);
    bool remove(const QString &providerId, QString *error);
    bool setBaseUrl(const QString &providerId, const QString &baseUrl, QString *error);
    /// Keeps @p models for a provider without a curated list (custom or local); false, with
    /// no error, when the provider has one.
    bool rememberModels(const QString &providerId, const QList<ModelInfo> &models, QString *error);
    /// Writes the catalog when the file does not exist yet (the first thing configured);
    /// false, with no error, when it exists.
    bool saveFirstTime(QString *error);

private:
    bool commit(const ProviderCatalog &next, QString *error);
    /// Moves an unreadable providers.json aside; false, with @p error, when it cannot.
    bool keepUnreadableFile(QString *error) const;

    ProviderCatalog m_catalog;
    QString m_path;
    bool m_fileChecked = false; ///< The file on disk was checked (or written) once.
};

} // namespace coro
