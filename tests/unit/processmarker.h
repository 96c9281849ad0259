#pragma once

#include <QDir>
#include <QFile>
#include <QUuid>

namespace coro::test {

/// A unique word to put in a process's command line and look for afterwards.
inline QString processMarker()
{
    return QStringLiteral("coro-marker-") + QUuid::createUuid().toString(QUuid::Id128);
}

/// How many processes on this machine have @p marker in their command line (all users').
inline int processesWith(const QString &marker)
{
    int count = 0;
    const QByteArray needle = marker.toUtf8();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (!pid.front().isDigit())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            ++count;
    }
    return count;
}

} // namespace coro::test
