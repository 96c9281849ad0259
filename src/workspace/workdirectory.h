#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace coro {

/**
 * @brief The files of one run: a fresh directory the program may write, its code, its /etc.
 *
 * Layout under one new base directory (mode 0711: others may pass through to the parts bound
 * into the sandbox, but not list it):
 * - `work/` the program's working directory, the only place it writes that outlives it;
 * - `tmp/` and `shm/` its /tmp and /dev/shm, on disk rather than in memory;
 * - `code/` the program text (read-only inside);
 * - `etc/` a passwd and group file naming the sandbox user.
 * When the program runs as another user (Coro as root runs it as nobody), `work/`, `tmp/` and
 * `shm/` belong to that user. Nothing is removed by the destructor: removal walks a tree a hostile
 * program may have made deep and wide, so the owner calls removeTree() off the GUI thread.
 */
class WorkDirectory
{
public:
    /// A new base under @p parent; @p ownerUid >= 0 hands work/ and tmp/ to that user.
    static std::unique_ptr<WorkDirectory> create(const QString &parent, int ownerUid, int ownerGid,
                                                 QString *error);

    QString basePath() const { return m_base; }
    QString workPath() const { return m_base + QLatin1String("/work"); }
    QString tmpPath() const { return m_base + QLatin1String("/tmp"); }
    QString shmPath() const { return m_base + QLatin1String("/shm"); }
    QString codePath() const { return m_base + QLatin1String("/code"); }
    QString etcPath() const { return m_base + QLatin1String("/etc"); }

    /// Writes @p name (read-only for the program) under code/ or etc/.
    bool writeFile(const QString &path, const QByteArray &bytes, QString *error) const;

    /// Regular files under work/ (no symbolic links, no devices), relative, sorted, at most
    /// @p max of them: the only things a caller may open without following a trap.
    QStringList files(int max = 1000) const;

    /// Deletes @p path and everything below it, however deep, repairing permissions the
    /// program took away. Blocking; returns false if something remained.
    static bool removeTree(const QString &path);

private:
    explicit WorkDirectory(QString base) : m_base(std::move(base)) {}
    QString m_base;
};

} // namespace coro
