#pragma once

#include "commandline.h"
#include "providers/providercatalog.h"
#include "secrets/apikeyresolver.h"
#include "secrets/keychainsecretstore.h"
#include "storage/datadirectory.h"
#include "storage/storageservice.h"

#include <QNetworkAccessManager>
#include <optional>

namespace coro::cli {

/**
 * @brief What every coro-cli command shares: the data directory, the provider catalog,
 *        the keychain and one network access manager.
 */
class CliEnvironment
{
public:
    /// Resolves the data directory and loads providers.json; prints the problem and returns
    /// nullopt when either fails.
    static std::unique_ptr<CliEnvironment> open(const QString &dataDirOption);

    const DataDirectory &dataDirectory() const { return m_dataDir; }
    const ProviderCatalog &catalog() const { return m_catalog; }
    ApiKeyResolver *keys() { return &m_keys; }
    QNetworkAccessManager *network() { return &m_network; }
    /// A deleted conversation can be restored for this long, then it is purged.
    static constexpr int kDeletedKeptDays = 7;

    /// The history store in the data directory, opened (and migrated) on first use; prints
    /// the problem and returns null when the file cannot be used.
    StorageService *storage();

private:
    CliEnvironment(DataDirectory dir, ProviderCatalog catalog);

    DataDirectory m_dataDir;
    ProviderCatalog m_catalog;
    KeychainSecretStore m_keychain;
    ApiKeyResolver m_keys;
    QNetworkAccessManager m_network;
    std::unique_ptr<StorageService> m_storage;
};

} // namespace coro::cli
