#include "datadirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace coro {

DataDirectory DataDirectory::resolve(const QString &explicitPath)
{
    DataDirectory dir;
    QString path = explicitPath;
    if (path.isEmpty())
        path = qEnvironmentVariable("CORO_DATA_DIR");
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    dir.m_path = QDir(path).absolutePath();
    if (!QDir().mkpath(dir.m_path) || !QFileInfo(dir.m_path).isWritable()) {
        dir.m_error = QCoreApplication::translate("DataDirectory",
                                                  "The data directory %1 cannot be created or "
                                                  "written to.")
                          .arg(dir.m_path);
    }
    return dir;
}

QString DataDirectory::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

} // namespace coro
