#include "workdirectory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace coro {

namespace {

#ifdef Q_OS_UNIX
bool handTo(const QString &path, int uid, int gid)
{
    return uid < 0 || ::chown(QFile::encodeName(path).constData(), static_cast<uid_t>(uid),
                              static_cast<gid_t>(gid)) == 0;
}

enum class Step { Emptied, Descend, Stuck };

// One pass over the directory open as @p fd: removes what it can, or names a subdirectory
// that must be emptied first.
Step sweep(int fd, QByteArray *descendInto)
{
    ::fchmod(fd, S_IRWXU); // The program may have taken away our right to list or delete.
    DIR *dir = ::fdopendir(::dup(fd));
    if (!dir)
        return Step::Stuck;
    ::rewinddir(dir); // The dup shares the offset a previous pass left at the end.
    Step step = Step::Emptied;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (qstrcmp(name, ".") == 0 || qstrcmp(name, "..") == 0)
            continue;
        if (::unlinkat(fd, name, 0) == 0 || errno == ENOENT)
            continue;
        if (::unlinkat(fd, name, AT_REMOVEDIR) == 0)
            continue;
        if (errno == ENOTEMPTY || errno == EEXIST || errno == EACCES || errno == EPERM) {
            *descendInto = name;
            step = Step::Descend;
            break;
        }
        step = Step::Stuck;
        break;
    }
    ::closedir(dir);
    return step;
}

// Empties the tree below @p top without recursion and without building paths, so neither the
// stack nor PATH_MAX limits how deep a program may have nested its directories: it goes down
// into the first directory that is not empty and back up through ".." once that one is.
bool removeBelow(int top)
{
    int fd = ::dup(top);
    int depth = 0;
    bool ok = fd >= 0;
    while (ok) {
        QByteArray child;
        const Step step = sweep(fd, &child);
        if (step == Step::Descend) {
            ::fchmodat(fd, child.constData(), S_IRWXU, 0);
            const int next =
                ::openat(fd, child.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (next < 0) {
                ok = false;
                break;
            }
            ::close(fd);
            fd = next;
            ++depth;
            continue;
        }
        // An entry that resists is not retried from above, which would loop forever.
        if (step == Step::Stuck || depth == 0) {
            ok = step != Step::Stuck;
            break;
        }
        const int parent = ::openat(fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        ::close(fd);
        fd = parent;
        --depth;
        ok = fd >= 0;
    }
    if (fd >= 0)
        ::close(fd);
    return ok;
}
#endif

} // namespace

std::unique_ptr<WorkDirectory> WorkDirectory::create(const QString &parent,
                                                     [[maybe_unused]] int ownerUid,
                                                     [[maybe_unused]] int ownerGid, QString *error)
{
    QTemporaryDir temporary(parent + QLatin1String("/coro-run-XXXXXX"));
    if (!temporary.isValid()) {
        *error = temporary.errorString();
        return nullptr;
    }
    temporary.setAutoRemove(false);
    std::unique_ptr<WorkDirectory> dir(new WorkDirectory(temporary.path()));
    QDir base(dir->m_base);
    bool ok = base.mkdir(QStringLiteral("work")) && base.mkdir(QStringLiteral("tmp")) &&
              base.mkdir(QStringLiteral("shm")) && base.mkdir(QStringLiteral("code")) &&
              base.mkdir(QStringLiteral("etc"));
#ifdef Q_OS_UNIX
    ok = ok && ::chmod(QFile::encodeName(dir->m_base).constData(), 0711) == 0;
    for (const QString &owned : {dir->workPath(), dir->tmpPath(), dir->shmPath()}) {
        ok = ok && ::chmod(QFile::encodeName(owned).constData(), 0700) == 0 &&
             handTo(owned, ownerUid, ownerGid);
    }
#endif
    if (!ok) {
        *error = QStringLiteral("cannot prepare %1").arg(dir->m_base);
        removeTree(dir->m_base);
        return nullptr;
    }
    return dir;
}

bool WorkDirectory::writeFile(const QString &path, const QByteArray &bytes, QString *error) const
{
    QFile file(m_base + QLatin1Char('/') + path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

QStringList WorkDirectory::files(int max) const
{
    const QDir work(workPath());
    QStringList names;
    QDirIterator it(workPath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && names.size() < max) {
        it.next();
        if (it.fileInfo().isFile() && !it.fileInfo().isSymLink())
            names << work.relativeFilePath(it.filePath());
    }
    names.sort();
    return names;
}

bool WorkDirectory::removeTree(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    const bool emptied = removeBelow(fd);
    ::close(fd);
    return emptied && ::rmdir(native.constData()) == 0;
#else
    return QDir(path).removeRecursively();
#endif
}

} // namespace coro
