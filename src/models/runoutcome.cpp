#include "runoutcome.h"

#include <csignal>
#include <utility>

namespace coro {

namespace {
QString withFigure(const QString &words, const QString &figure)
{
    return figure.isEmpty() ? words : QStringLiteral("%1 (%2)").arg(words, figure);
}
} // namespace

QString RunOutcome::words() const
{
    if (limit == QLatin1String("time")) {
        return withFigure(tr("killed: time limit"),
                          timeoutSeconds > 0 ? tr("%1 s").arg(timeoutSeconds) : QString());
    }
    if (limit == QLatin1String("cpu")) {
        return withFigure(tr("killed: CPU time limit"),
                          timeoutSeconds > 0 ? tr("%1 s").arg(timeoutSeconds) : QString());
    }
    if (limit == QLatin1String("memory")) {
        return withFigure(tr("stopped: out of memory"),
                          memoryMb > 0 ? tr("%1 MB").arg(memoryMb) : QString());
    }
    if (limit == QLatin1String("processes"))
        return tr("stopped: too many processes");
    if (limit == QLatin1String("file_size"))
        return tr("stopped: file size limit");
    if (limit == QLatin1String("output"))
        return tr("stopped: output limit (1 MB)");
    if (cancelled)
        return tr("cancelled");
    if (signal > 0) {
        const QString name = signalName(signal);
        return name.isEmpty() ? tr("killed by signal %1").arg(signal)
                              : tr("killed by signal %1 (%2)").arg(signal).arg(name);
    }
    if (exitCode >= 0)
        return tr("exited with %1").arg(exitCode);
    return tr("ended");
}

QString RunOutcome::elapsedWords(qint64 elapsedMs)
{
    if (elapsedMs < 0)
        return {};
    if (elapsedMs < 10'000)
        return tr("%1 s").arg(QString::number(double(elapsedMs) / 1000.0, 'f', 2));
    if (elapsedMs < 60'000)
        return tr("%1 s").arg(QString::number(double(elapsedMs) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(elapsedMs / 60'000).arg((elapsedMs % 60'000) / 1000);
}

QString RunOutcome::signalName(int signal)
{
    // The host's own numbering: the sandbox runs on the same kernel.
    static const std::pair<int, const char *> names[] = {
        {SIGINT, "SIGINT"},   {SIGILL, "SIGILL"},   {SIGABRT, "SIGABRT"},
        {SIGFPE, "SIGFPE"},   {SIGSEGV, "SIGSEGV"}, {SIGTERM, "SIGTERM"},
#ifdef SIGKILL
        {SIGKILL, "SIGKILL"}, {SIGHUP, "SIGHUP"},   {SIGBUS, "SIGBUS"},
        {SIGPIPE, "SIGPIPE"}, {SIGXCPU, "SIGXCPU"}, {SIGXFSZ, "SIGXFSZ"},
#endif
    };
    for (const auto &[number, name] : names) {
        if (number == signal)
            return QLatin1String(name);
    }
    return {};
}

} // namespace coro
