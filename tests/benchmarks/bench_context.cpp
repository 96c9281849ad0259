// What the context library adds to a turn, per prompt and per answer: the intent rules on the
// 62 prompts of tests/data/context/intent.tsv, PromptComposer with ten sources, a search-cache
// lookup among 500 entries in a real history file, and ProvenanceParser following a long
// fused answer delta by delta. Medians of repeated runs; docs/context.md quotes them.

#include "context/intentrules.h"
#include "context/promptcomposer.h"
#include "context/provenanceparser.h"
#include "context/searchcache.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double medianNs(int repetitions, const std::function<void()> &work)
{
    std::vector<double> samples;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        samples.push_back(double(clock.nsecsElapsed()));
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

QStringList prompts()
{
    QStringList list;
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/context/intent.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            list << QString::fromUtf8(line.split('\t').value(2));
    }
    return list;
}

} // namespace

using namespace coro;

int main()
{
    const QStringList table = prompts();
    if (table.isEmpty()) {
        std::fprintf(stderr, "bench_context: no prompts\n");
        return 1;
    }
    const double intent = medianNs(51, [&] {
        for (const QString &prompt : table)
            IntentRules::evaluate(prompt, QDate(2025, 6, 15));
    });
    std::printf("intent rules: %.1f us per prompt (%lld prompts)\n",
                intent / 1000.0 / double(table.size()), qlonglong(table.size()));

    WebContext web;
    web.query = QStringLiteral("lisbon metro strike");
    web.searchedAt = 1750000000000;
    for (int i = 0; i < 10; ++i) {
        web.sources.append(
            {QStringLiteral("Result %1").arg(i), QStringLiteral("https://news.example/%1").arg(i),
             QStringLiteral("A snippet of some length about the strike. ").repeated(8)});
    }
    const ChatMessages history{{ChatMessage::Role::User, QStringLiteral("Hi")},
                               {ChatMessage::Role::Assistant, QStringLiteral("Hello")}};
    const double compose = medianNs(501, [&] {
        PromptComposer::compose(
            {QStringLiteral("Be terse."), QStringLiteral("Answer in British English."), web},
            history, QStringLiteral("What changed?"));
    });
    std::printf("compose with 10 sources: %.1f us\n", compose / 1000.0);

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("coro.sqlite")));
    if (!db.open()) {
        std::fprintf(stderr, "bench_context: cannot open the history file\n");
        return 1;
    }
    SearchCache cache(db.connection());
    for (int i = 0; i < SearchCache::kMaxEntries; ++i)
        cache.store(QStringLiteral("tavily"), QStringLiteral("query %1").arg(i), web.sources,
                    1000 + i, 3600000);
    int hits = 0;
    const double lookup = medianNs(2001, [&] {
        hits += cache.lookup(QStringLiteral("tavily"), QStringLiteral("query 250"), 2000) ? 1 : 0;
    });
    std::printf("search cache lookup (500 entries): %.1f us (%d hits)\n", lookup / 1000.0, hits);

    QString answer;
    const QStringList labels{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    while (answer.size() < 1000 * 1000)
        answer += QStringLiteral(
            "Paris is the capital of France, see [1] and [the map](https://m.example). [A][B]\n");
    answer += QStringLiteral("## Contradictions\n- [A] says 3; [C] says 5.\n");
    QStringList deltas;
    for (qsizetype at = 0; at < answer.size(); at += 4)
        deltas << answer.mid(at, 4); // About a token each.
    const double parse = medianNs(7, [&] {
        ProvenanceParser parser(labels);
        for (const QString &delta : std::as_const(deltas))
            parser.feed(delta);
        parser.finish();
    });
    std::printf("provenance parser: %.1f MB/s (%lld chars in 4-char deltas)\n",
                double(answer.size()) / (parse / 1e9) / 1e6, qlonglong(answer.size()));
    return 0;
}
