#include "datadirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
    // The history is the user's alone: a directory Coro creates is private (0700).
    if (!QFileInfo::exists(dir.m_path) && QDir().mkpath(dir.m_path)) {
        QFile::setPermissions(dir.m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
    }
    if (!QFileInfo(dir.m_path).isDir() || !QFileInfo(dir.m_path).isWritable()) {
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
