#include "clienvironment.h"
#include "jsonlines.h"

#include <QCoreApplication>

namespace coro::cli {

CliEnvironment::CliEnvironment(DataDirectory dir, ProviderCatalog catalog)
    : m_dataDir(std::move(dir)), m_catalog(std::move(catalog)), m_keys(&m_keychain)
{}

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
        writeErr(QStringLiteral("coro-cli: invalid providers file: %1\n").arg(error));
        return nullptr;
    }
    return std::unique_ptr<CliEnvironment>(new CliEnvironment(std::move(dir), *catalog));
}

} // namespace coro::cli
