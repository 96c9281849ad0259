#pragma once

#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

#include <unistd.h>

namespace coro::bench {

/// CPU time (user + system, ms) of each thread of this process by thread name (Linux
/// /proc/self/task/*/stat; threads of the same name are summed; empty elsewhere).
inline QMap<QString, double> threadCpuMs()
{
    QMap<QString, double> byName;
    const double msPerTick = 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ... : the name may hold spaces, so split after the last ')'.
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        const QString name = QString::fromUtf8(line.mid(open + 1, close - open - 1));
        byName[name] += (fields.at(11).toDouble() + fields.at(12).toDouble()) * msPerTick;
    }
    return byName;
}

/// What each thread spent between two threadCpuMs() readings, largest first, as "name=ms,…".
inline QString threadCpuDelta(const QMap<QString, double> &before,
                              const QMap<QString, double> &after)
{
    QList<QPair<double, QString>> spent;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const double ms = it.value() - before.value(it.key());
        if (ms > 0)
            spent.append({ms, it.key()});
    }
    std::sort(spent.begin(), spent.end(), [](const auto &a, const auto &b) { return a > b; });
    QStringList parts;
    for (const auto &[ms, name] : spent)
        parts << QStringLiteral("%1=%2")
                     .arg(QString(name).replace(QLatin1Char(' '), QLatin1Char('_')))
                     .arg(ms, 0, 'f', 0);
    return parts.join(QLatin1Char(','));
}

} // namespace coro::bench
