// History store: how fast the list, a long conversation and search answer on a heavy user's file
// (10,000 conversations, 1,000,000 answers), and what checkpointing costs while 8 answers stream.
// Each read runs on a fresh StorageService, timed inside the storage thread; the baseline is a
// fixed batch of single-row reads through the same store, so ratios survive a noisy machine.
#include "benchsupport.h"
#include "checkpointstream.h"
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

using namespace coro;
using namespace coro::bench;

namespace {

constexpr int kBaselineReads = 100;

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
    return {QLatin1String(kCommonWord),
            QLatin1String(kVeryCommonWord),
            QLatin1String(kRareWord),
            QLatin1String(kPrefix) + QLatin1Char('*'),
            QLatin1String(kLongPrefix) + QLatin1Char('*'),
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
