#include "catalogfile.h"

#include <QCoreApplication>
#include <QFile>

namespace coro {

namespace {
struct CatalogFileText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFile)
};
} // namespace

CatalogFile::Status CatalogFile::read(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return Status::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = errorAt(path, file.errorString());
        return Status::Failed;
    }
    // Read one byte past the bound: a file that grows while it is read is caught as well.
    *bytes = file.read(kMaxBytes + 1);
    if (bytes->size() > kMaxBytes) {
        bytes->clear();
        *error = errorAt(path, CatalogFileText::tr("larger than %1 MB; this is not a catalog")
                                   .arg(kMaxBytes / (1024 * 1024)));
        return Status::Failed;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = errorAt(path, file.errorString());
        return Status::Failed;
    }
    return Status::Read;
}

QString CatalogFile::errorAt(const QString &path, const QString &problem)
{
    //: %1 is a file's path, %2 what is wrong with it.
    return CatalogFileText::tr("%1: %2").arg(path, problem);
}

} // namespace coro
