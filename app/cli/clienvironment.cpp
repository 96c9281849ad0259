#include "clienvironment.h"
#include "jsonlines.h"

#include <QCoreApplication>
#include <QDateTime>

namespace coro::cli {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct EnvironmentText
{
    Q_DECLARE_TR_FUNCTIONS(CliEnvironment)
};
} // namespace

CliEnvironment::CliEnvironment(DataDirectory dir, ProviderCatalog catalog)
    : m_dataDir(std::move(dir)), m_catalog(std::move(catalog)), m_keys(&m_keychain)
{}

StorageService *CliEnvironment::storage()
{
    if (m_storage)
        return m_storage.get();
    auto storage = std::make_unique<StorageService>(m_dataDir.databaseFile());
    QString error;
    if (!storage->open(&error)) {
        writeErr(QStringLiteral("coro-cli: %1\n").arg(error));
        return nullptr;
    }
    if (storage->interruptedAtStart() > 0) {
        writeErr(QStringLiteral("coro-cli: %1\n")
                     .arg(EnvironmentText::tr("%n answer(s) cut off by an earlier crash are kept "
                                              "as interrupted",
                                              nullptr, storage->interruptedAtStart())));
    }
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(kDeletedKeptDays) * 86400000;
    storage->purgeDeleted(cutoff);
    m_storage = std::move(storage);
    return m_storage.get();
}

std::unique_ptr<CliEnvironment> CliEnvironment::open(const QString &dataDirOption)
{
    DataDirectory dir = DataDirectory::resolve(dataDirOption);
    if (!dir.error().isEmpty()) {
        writeErr(QStringLiteral("coro-cli: %1\n").arg(dir.error()));
        return nullptr;
    }
    QString error;
    auto catalog = ProviderCatalog::load(dir.providersFile(), &error);
    if (!catalog) {
        writeErr(QStringLiteral("coro-cli: %1\n")
                     .arg(EnvironmentText::tr("invalid providers file: %1").arg(error)));
        return nullptr;
    }
    return std::unique_ptr<CliEnvironment>(new CliEnvironment(std::move(dir), *catalog));
}

} // namespace coro::cli
