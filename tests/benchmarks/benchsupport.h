#pragma once

// Timing for the storage benchmark: CPU clocks, a cold page cache, and p50/p95 of an operation
// run on the storage thread of a fresh StorageService.

#include "storage/storageservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace coro::bench {

constexpr qint64 kBudgetNs = 20'000'000'000; ///< Per operation: stop repeating after ~20 s.

[[noreturn]] inline void fail(const QString &message)
{
    std::fprintf(stderr, "bench_storage: %s\n", qPrintable(message));
    std::exit(1);
}

inline double cpuMs([[maybe_unused]] bool thisThreadOnly)
{
#ifdef Q_OS_UNIX
    timespec now{};
    clock_gettime(thisThreadOnly ? CLOCK_THREAD_CPUTIME_ID : CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
#else
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; // process only
#endif
}

// A true cold start: the file's pages leave the OS cache (clean ones only, hence the sync), so
// the first query reads the disk. Elsewhere than Linux "cold" only means a fresh connection.
inline void dropFromPageCache([[maybe_unused]] const QString &path)
{
#ifdef Q_OS_LINUX
    for (const QString &file : {path, QString(path + QStringLiteral("-wal"))}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
#endif
}

struct Sample
{
    qint64 ns = 0;
    int items = 0; ///< Rows, turns or hits returned: proof the work was done.
};

struct Timing
{
    double coldMs = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    int runs = 0;
    int items = 0;
};

inline double percentile(std::vector<qint64> ns, double p)
{
    std::sort(ns.begin(), ns.end());
    const auto index = static_cast<size_t>(std::ceil(p * static_cast<double>(ns.size()))) - 1;
    return static_cast<double>(ns.at(std::min(index, ns.size() - 1))) / 1e6;
}

/// @p op runs on the storage thread of a service opened on a cold file: once cold (which also
/// warms up), then up to @p repetitions times within kBudgetNs.
template<typename Op> Timing measure(const QString &path, int repetitions, Op op)
{
    dropFromPageCache(path);
    StorageService service(path);
    QString error;
    if (!service.open(&error))
        fail(error);
    const auto timed = [&op](ConversationStore &store) {
        QElapsedTimer timer;
        timer.start();
        const int items = op(store);
        return Sample{timer.nsecsElapsed(), items};
    };
    const Sample cold = service.runBlocking(timed);
    std::vector<qint64> ns;
    qint64 spent = 0;
    int items = 0;
    while (static_cast<int>(ns.size()) < repetitions && (spent < kBudgetNs || ns.size() < 10)) {
        const Sample sample = service.runBlocking(timed);
        ns.push_back(sample.ns);
        spent += sample.ns;
        items = sample.items;
    }
    return {static_cast<double>(cold.ns) / 1e6, percentile(ns, 0.5), percentile(ns, 0.95),
            static_cast<int>(ns.size()), items};
}

} // namespace coro::bench
