// History store: how fast the list, a long conversation and search answer on a heavy user's file
// (10,000 conversations, 1,000,000 answers), and what checkpointing costs while 8 answers stream.
// Each read runs on a fresh StorageService, timed inside the storage thread; the baseline is a
// fixed batch of single-row reads through the same store, so ratios survive a noisy machine.
#include "historygenerator.h"
#include "storage/storageservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace coro;
using namespace coro::bench;

namespace {

constexpr int kSlots = 8;
constexpr int kTickMs = 20;                  ///< A fast model: ~16 characters every 20 ms.
constexpr int kCharsPerTick = 16;            ///< ~800 characters (~200 tokens) a second.
constexpr int kCheckpointMs = 250;           ///< TurnRecorder::kCheckpointIntervalMs (src/chat).
constexpr qint64 kBudgetNs = 20'000'000'000; ///< Per operation: stop repeating after ~20 s.
constexpr int kBaselineReads = 100;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_storage: %s\n", qPrintable(message));
    std::exit(1);
}

double cpuMs([[maybe_unused]] bool thisThreadOnly)
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
void dropFromPageCache([[maybe_unused]] const QString &path)
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

double percentile(std::vector<qint64> ns, double p)
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

struct Subjects
{
    qint64 answers = 0;
    qint64 longest = 0; ///< The 2,000-turn conversation.
    qint64 longestTurns = 0;
    qint64 fifty = 0; ///< A conversation of (about) 50 turns.
    qint64 fiftyTurns = 0;
};

QStringList searchQueries()
{
    return {QLatin1String(kCommonWord), QLatin1String(kVeryCommonWord), QLatin1String(kRareWord),
            QLatin1String(kPrefix) + QLatin1Char('*'),
            QLatin1Char('"') + QLatin1String(kPhrase) + QLatin1Char('"')};
}

QSqlQuery run(const QSqlDatabase &db, const QString &statement, const QVariant &bind = {})
{
    QSqlQuery query = sql::prepare(db, statement);
    if (bind.isValid())
        query.addBindValue(bind);
    if (!sql::exec(query) || !query.next())
        fail(QStringLiteral("no result from ") + statement);
    return query;
}

Subjects findSubjects(Database &database)
{
    const QSqlDatabase db = database.connection();
    Subjects s;
    s.answers = run(db, QStringLiteral("SELECT max(id) FROM answers")).value(0).toLongLong();
    QSqlQuery longest = run(db, QStringLiteral("SELECT conversation_id, count(*) FROM turns "
                                               "GROUP BY conversation_id ORDER BY 2 DESC LIMIT 1"));
    s.longest = longest.value(0).toLongLong();
    s.longestTurns = longest.value(1).toLongLong();
    QSqlQuery fifty = run(db, QStringLiteral("SELECT t.conversation_id, count(*) FROM turns t "
                                             "JOIN conversations c ON c.id = t.conversation_id "
                                             "WHERE c.deleted_at IS NULL GROUP BY "
                                             "t.conversation_id ORDER BY abs(count(*) - 50), "
                                             "t.conversation_id LIMIT 1"));
    s.fifty = fifty.value(0).toLongLong();
    s.fiftyTurns = fifty.value(1).toLongLong();
    std::printf("%lld answers; conversation %lld has %lld turns, conversation %lld has %lld\n",
                s.answers, s.longest, s.longestTurns, s.fifty, s.fiftyTurns);
    std::printf("answers matching:");
    for (const QString &query : searchQueries()) {
        const qint64 count = run(db,
                                 QStringLiteral("SELECT count(*) FROM answers_fts "
                                                "WHERE answers_fts MATCH ?"),
                                 query)
                                 .value(0)
                                 .toLongLong();
        std::printf(" %s %lld,", qPrintable(query), count);
    }
    std::printf("\n");
    return s;
}

void printRow(const QString &what, const Timing &t, double baselineP50, const char *unit)
{
    std::printf("  %-36s %9.2f %9.2f %9.1f %8.2f %5d %6d %s\n", qPrintable(what), t.p50Ms, t.p95Ms,
                t.coldMs, t.p50Ms / baselineP50, t.runs, t.items, unit);
}

struct StreamFigures
{
    double wallMs = 0;
    double processCpuMs = 0;
    double storageCpuMs = 0; ///< Storage thread, while streaming (checkpoints).
    double finishCpuMs = 0;  ///< Storage thread, the 8 finishAnswer calls (index insertion).
    int writes = 0;
    qint64 finalChars = 0; ///< Per answer.
};

// 8 answers grow by 16 characters every 20 ms. With @p checkpoint, every changed answer is
// checkpointed every 250 ms exactly as TurnRecorder does (a QTimer started by the first change,
// stopped when nothing changed); without, the same streaming with no storage at all.
StreamFigures stream(const QString &path, int seconds, bool checkpoint)
{
    StorageService service(path);
    QString error;
    if (!service.open(&error))
        fail(error);
    const QList<qint64> ids = service.runBlocking([](ConversationStore &store) {
        const qint64 conversation = store.createConversation();
        const qint64 turn =
            store.addTurn(conversation, 0, QStringLiteral("Compare these approaches, please."));
        QList<qint64> answers;
        for (int slot = 0; slot < kSlots; ++slot) {
            answers << store.addAnswer(turn, slot, QStringLiteral("openrouter"),
                                       QStringLiteral("model-%1").arg(slot), QJsonObject());
        }
        return answers;
    });
    if (ids.size() != kSlots || ids.contains(0))
        fail(QStringLiteral("could not create the streaming answers"));
    TextSource words;
    Rng rng(99);
    QList<QString> source, texts(kSlots);
    for (int slot = 0; slot < kSlots; ++slot)
        source << words.prose(rng, (seconds * 1000 / kTickMs + 10) * kCharsPerTick);

    const auto storageCpu = [&service] {
        return service.runBlocking([](ConversationStore &) { return cpuMs(true); });
    };
    QSet<int> dirty;
    QTimer checkpointTimer;
    checkpointTimer.setInterval(kCheckpointMs);
    QObject::connect(&checkpointTimer, &QTimer::timeout, [&] {
        const QSet<int> changed = std::exchange(dirty, {});
        for (const int slot : changed)
            service.checkpointAnswer(ids.at(slot), texts.at(slot), QString());
        if (dirty.isEmpty())
            checkpointTimer.stop();
    });
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kTickMs);
    qsizetype position = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        for (int slot = 0; slot < kSlots; ++slot) {
            texts[slot] += QStringView(source.at(slot)).mid(position, kCharsPerTick);
            if (checkpoint) {
                dirty.insert(slot);
                if (!checkpointTimer.isActive())
                    checkpointTimer.start();
            }
        }
        position += kCharsPerTick;
    });

    StreamFigures f;
    const int writes0 = service.checkpointWrites();
    const double storage0 = storageCpu();
    const double process0 = cpuMs(false);
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    tick.start();
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    tick.stop();
    checkpointTimer.stop();
    service.flush();
    f.wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
    f.processCpuMs = cpuMs(false) - process0;
    const double storage1 = storageCpu();
    f.storageCpuMs = storage1 - storage0;
    f.writes = service.checkpointWrites() - writes0;
    f.finalChars = texts.at(0).size();
    for (int slot = 0; slot < kSlots; ++slot) {
        service.finishAnswer(ids.at(slot), QStringLiteral("done"), texts.at(slot), QString(),
                             QString(), QString(), 100, static_cast<int>(f.finalChars / 4), 300,
                             seconds * 1000);
    }
    f.finishCpuMs = storageCpu() - storage1;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("History store benchmark"));
    parser.addHelpOption();
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"), QStringLiteral("Fraction of 10,000 conversations / 1M answers."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption dirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep coro.sqlite here; an existing one is measured, not regenerated."),
        QStringLiteral("dir"));
    const QCommandLineOption repetitionsOption(QStringLiteral("repetitions"),
                                               QStringLiteral("Timed runs per operation."),
                                               QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption streamOption(QStringLiteral("stream-seconds"),
                                          QStringLiteral("Streaming time per phase (0: skip)."),
                                          QStringLiteral("s"), QStringLiteral("20"));
    parser.addOptions({scaleOption, dirOption, repetitionsOption, streamOption});
    parser.process(app);
    const double scale = parser.value(scaleOption).toDouble();
    const int repetitions = std::max(1, parser.value(repetitionsOption).toInt());
    const int streamSeconds = parser.value(streamOption).toInt();

    std::optional<QTemporaryDir> temporary;
    if (!parser.isSet(dirOption))
        temporary.emplace();
    const QString dir = temporary ? temporary->path() : parser.value(dirOption);
    const QString path = dir + QStringLiteral("/coro.sqlite");
    Subjects subjects;
    {
        const bool reuse = QFileInfo(path).size() > 0;
        Database database(path);
        QString error;
        if (!database.open(&error))
            fail(error);
        if (reuse) {
            std::printf("reusing %s\n", qPrintable(path));
        } else {
            QElapsedTimer timer;
            timer.start();
            const double cpu0 = cpuMs(false);
            HistoryGenerator generator(scale);
            HistoryGenerator::Totals totals;
            if (!generator.generate(database, &totals, &error))
                fail(error);
            std::printf("generated %d conversations, %d turns, %lld answers (%.0f MB of answer "
                        "text) in %.1f s wall, %.1f s CPU\n",
                        totals.conversations, totals.turns, totals.answers,
                        static_cast<double>(totals.textChars) / 1e6,
                        static_cast<double>(timer.elapsed()) / 1e3, (cpuMs(false) - cpu0) / 1e3);
        }
        subjects = findSubjects(database);
    }
    std::printf("file %s: %.0f MB\n", qPrintable(path),
                static_cast<double>(QFileInfo(path).size()) / 1e6);

    const auto list = [](ConversationStore &store) {
        return static_cast<int>(store.listConversations(0, 50).size());
    };
    const auto open = [](qint64 id) {
        return [id](ConversationStore &store) {
            return static_cast<int>(store.conversation(id).value_or(Conversation()).turns.size());
        };
    };
    const auto search = [](const QString &query) {
        return [query](ConversationStore &store) {
            return static_cast<int>(store.search(query, 50).size());
        };
    };
    struct Read
    {
        QString label;
        std::function<int(ConversationStore &)> op;
        const char *unit;
    };
    QList<Read> reads = {
        {QStringLiteral("list page (0, 50)          [<= 20]"), list, "rows"},
        {QStringLiteral("open %1-turn conv.      [<= 100]").arg(subjects.longestTurns, 5),
         open(subjects.longest), "turns"},
        {QStringLiteral("open %1-turn conv.      [<= 100]").arg(subjects.fiftyTurns, 5),
         open(subjects.fifty), "turns"},
    };
    for (const QString &query : searchQueries()) {
        reads.append({QString(QStringLiteral("search ") + query).leftJustified(28) +
                          QStringLiteral("[<= 50]"),
                      search(query), "hits"});
    }
    // Single-row reads spread over the whole answers table: one statement, one B-tree descent
    // and one row decoded each, the unit every other figure is made of.
    const Timing baseline = measure(path, repetitions, [&subjects](ConversationStore &store) {
        int found = 0;
        for (int i = 0; i < kBaselineReads; ++i)
            found += store.answer(1 + subjects.answers * i / kBaselineReads).has_value();
        return found;
    });
    QList<Timing> timings;
    for (const Read &read : reads)
        timings.append(measure(path, repetitions, read.op));

    std::printf("\nreads, fresh StorageService each, timed in the storage thread (ms)\n");
    std::printf("  %-36s %9s %9s %9s %8s %5s %6s\n", "operation", "p50", "p95", "cold", "p50/base",
                "runs", "items");
    printRow(QStringLiteral("baseline: %1 answer(id) reads").arg(kBaselineReads), baseline,
             baseline.p50Ms, "answers");
    for (int i = 0; i < reads.size(); ++i)
        printRow(reads.at(i).label, timings.at(i), baseline.p50Ms, reads.at(i).unit);

    if (streamSeconds > 0) {
        const StreamFigures without = stream(path, streamSeconds, false);
        const StreamFigures with = stream(path, streamSeconds, true);
        std::printf("\nstreaming %d answers for %.1f s, +%d chars every %d ms (%lld chars "
                    "each at the end)\n",
                    kSlots, with.wallMs / 1e3, kCharsPerTick, kTickMs, with.finalChars);
        std::printf("  checkpoint writes             %8d (%.1f per second)\n", with.writes,
                    with.writes / (with.wallMs / 1e3));
        std::printf("  storage thread CPU            %8.1f ms = %.2f%% of one core  (target <= "
                    "2%%)\n",
                    with.storageCpuMs, 100.0 * with.storageCpuMs / with.wallMs);
        std::printf("  per checkpoint write          %8.1f us\n",
                    1e3 * with.storageCpuMs / std::max(1, with.writes));
        std::printf("  8 finishAnswer (index)        %8.1f ms\n", with.finishCpuMs);
        std::printf("  process CPU, with checkpoints %8.1f ms = %.2f%% of one core\n",
                    with.processCpuMs, 100.0 * with.processCpuMs / with.wallMs);
        std::printf("  process CPU, no storage       %8.1f ms = %.2f%% of one core  (baseline)\n",
                    without.processCpuMs, 100.0 * without.processCpuMs / without.wallMs);
        std::printf("  with / without                %8.2f x\n",
                    with.processCpuMs / std::max(0.001, without.processCpuMs));
    }
    return 0;
}
