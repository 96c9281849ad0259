// Markdown, highlighting and diff costs, each as a ratio against a baseline measured in the
// same process:
//   1. a 100 KB answer streamed as ~25,000 deltas through BlockParser + MessageBlockModel
//      (+ highlighter), against the same pipeline given the final text once;
//   2. highlighting 1,000 lines of C++ (this repository's sources);
//   3. a word diff of two 20 KB answers;
//   4. the N-way diff of 8 answers of 5 KB.
// Usage: bench_markdown [REPETITIONS] (default 3; the median is reported).

#include "answergenerator.h"
#include "diff/answerdiff.h"
#include "diff/worddiff.h"
#include "markdown/blockparser.h"
#include "markdown/hljshighlighter.h"
#include "markdown/messageblockmodel.h"
#include "markdown/safehtml.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace coro;
using coro::bench::AnswerGenerator;

namespace {

int g_repetitions = 3;

// CPU of the whole process (the highlighter's worker thread included), in ms.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double medianMs(const std::function<void()> &work)
{
    std::vector<double> runs;
    for (int i = 0; i < g_repetitions; ++i) {
        const double start = cpuMs();
        work();
        runs.push_back(cpuMs() - start);
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

void report(const char *what, double ms, double baselineMs, const char *baseline)
{
    std::printf("  %-58s %9.2f ms   %6.2fx  %s (%.2f ms)\n", what, ms, ms / baselineMs, baseline,
                baselineMs);
}

// Code rows are coloured asynchronously: wait until every one shows colours.
void waitForColours(const MessageBlockModel &model)
{
    for (;;) {
        bool done = true;
        for (int row = 0; row < model.count() && done; ++row) {
            const QModelIndex index = model.index(row);
            if (model.data(index, MessageBlockModel::KindRole).toString() == QLatin1String("code"))
                done = model.data(index, MessageBlockModel::TextRole)
                           .toString()
                           .contains(QLatin1String("<span"));
        }
        if (done)
            return;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
}

struct StreamOptions
{
    bool highlight = false;
    bool readOpenRow = false; ///< Like a view: read the last row's text after each change.
    bool paced = true;        ///< One delta per 15 simulated ms; else back to back, real clock.
    int updateInterval = 16;  ///< The model's frame (ms); 0 shows every delta.
};

// The answer as a provider sends it: paced, one delta every 15 ms of simulated time (≈ 67
// tokens/s) with the event loop running between network reads; or all at once, like a replay.
void streamAnswer(const QStringList &deltas, HljsHighlighter *highlighter, StreamOptions options)
{
    qint64 now = 0;
    MessageBlockModel model;
    if (options.paced)
        model.setClock([&now] { return now; });
    model.setUpdateInterval(options.updateInterval);
    if (options.highlight)
        model.setHighlighter(highlighter);
    QString shown;
    if (options.readOpenRow) {
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
                         [&](const QModelIndex &, const QModelIndex &bottom) {
                             shown = model.data(bottom, MessageBlockModel::TextRole).toString();
                         });
    }
    for (qsizetype i = 0; i < deltas.size(); ++i) {
        model.appendText(deltas.at(i));
        now += 15;
        if (i % 8 == 0)
            QCoreApplication::processEvents();
    }
    model.finish();
    if (options.highlight)
        waitForColours(model);
}

void parseOnce(const QString &text, HljsHighlighter *highlighter, bool highlight)
{
    MessageBlockModel model;
    if (highlight)
        model.setHighlighter(highlighter);
    model.setText(text);
    if (highlight)
        waitForColours(model);
}

void benchStreaming(HljsHighlighter &highlighter)
{
    AnswerGenerator generator(20240611);
    const QString answer = generator.answer(100 * 1000);
    const QStringList deltas = generator.deltas(answer);
    std::printf("1. Streaming a %.1f KB answer as %lld deltas (%d code blocks)\n",
                static_cast<double>(answer.toUtf8().size()) / 1000.0,
                static_cast<long long>(deltas.size()),
                static_cast<int>(answer.count(QLatin1String("```")) / 2));
    // Warm up the engine and its caches of compiled languages (not the per-line cache: the
    // generated lines differ between runs only by seed, so the same lines repeat; clear runs
    // would need a new engine, see the highlighting benchmark for cold figures).
    parseOnce(answer, &highlighter, true);

    const double parseOnly = medianMs([&] { (void)BlockParser::parse(answer); });
    const double onceModel = medianMs([&] { parseOnce(answer, &highlighter, false); });
    const double burst = medianMs([&] {
        streamAnswer(deltas, &highlighter, {false, false, false});
    });
    const double paced = medianMs([&] { streamAnswer(deltas, &highlighter, {}); });
    const double pacedView = medianMs([&] { streamAnswer(deltas, &highlighter, {false, true}); });
    const double everyDelta = medianMs([&] {
        streamAnswer(deltas, &highlighter, {false, false, true, 0});
    });
    const double onceHighlight = medianMs([&] { parseOnce(answer, &highlighter, true); });
    const double pacedHighlight = medianMs([&] { streamAnswer(deltas, &highlighter, {true}); });
    report("BlockParser::parse, final text once", parseOnly, parseOnly, "itself");
    report("parser + model, deltas back to back (frames coalesce)", burst, onceModel,
           "parser + model once");
    report("parser + model, paced 67 tokens/s, 60 fps", paced, onceModel, "parser + model once");
    report("  + a view reading the open row each frame", pacedView, onceModel,
           "parser + model once");
    report("parser + model, every delta shown (no coalescing)", everyDelta, onceModel,
           "parser + model once");
    report("parser + model + highlighter, paced", pacedHighlight, onceHighlight,
           "... + highlighter once");

    // The naive way for scale: the whole text parsed again on every delta, timed on every
    // 100th delta and scaled up (all of them would take minutes).
    const double start = cpuMs();
    qsizetype length = 0;
    for (qsizetype i = 0; i < deltas.size(); ++i) {
        length += deltas.at(i).size();
        if (i % 100 == 0)
            (void)BlockParser::parse(QStringView(answer).first(length));
    }
    report("full re-parse per delta (estimated from every 100th)", (cpuMs() - start) * 100.0,
           parseOnly, "parse once");
}

QString thousandLinesOfCpp(int skip)
{
    QStringList files;
    QDirIterator it(QStringLiteral(CORO_SOURCE_DIR "/src"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QStringList lines;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            lines += QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    }
    return lines.mid(skip, 1000).join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void benchHighlighting()
{
    std::printf("2. Highlighting 1,000 lines of C++ (this repository's src/**/*.cpp)\n");
    const QString first = thousandLinesOfCpp(0);
    double start = cpuMs();
    HljsHighlighter highlighter; // A fresh engine: nothing cached yet.
    (void)highlighter.supports(QStringLiteral("cpp"));
    const double load = cpuMs() - start;
    start = cpuMs();
    (void)highlighter.highlightNow(first, QStringLiteral("cpp"), CodeThemeVariant::Light);
    const double cold = cpuMs() - start;
    const double escape = medianMs([&] { (void)SafeHtml::escape(first); });
    QStringList batches; // Each run other lines: none of them in the line cache yet.
    for (int i = 1; i <= g_repetitions; ++i)
        batches << thousandLinesOfCpp(1000 * i);
    int batch = 0;
    const double other = medianMs([&] {
        (void)highlighter.highlightNow(batches.at(batch++), QStringLiteral("cpp"),
                                       CodeThemeVariant::Dark);
    });
    const double again = medianMs([&] {
        (void)highlighter.highlightNow(first, QStringLiteral("cpp"), CodeThemeVariant::Dark);
    });
    report("loading highlight.js into the engine (once per process)", load, escape, "escaping");
    report("first 1,000 lines (cold)", cold, escape, "escaping");
    report("another 1,000 lines (warm engine, other lines)", other, escape, "escaping");
    report("the same 1,000 lines again (line cache)", again, escape, "escaping");
}

void benchDiff()
{
    std::printf("3./4. Diff\n");
    AnswerGenerator generator(7);
    const QString a = generator.answer(20 * 1000, false);
    // A second answer to the same question: most sentences kept, some rewritten or new.
    QString b;
    for (const QString &line : a.split(QLatin1Char('\n'))) {
        const int roll = generator.pick(100);
        b += roll < 15 ? generator.sentence() : line;
        b += roll >= 95 ? QLatin1Char('\n') + generator.sentence() + QLatin1Char('\n')
                        : QString(QLatin1Char('\n'));
    }
    const QString unrelated = AnswerGenerator(8).answer(20 * 1000, false);
    const double parseBoth = medianMs([&] {
        (void)BlockParser::parse(a);
        (void)BlockParser::parse(b);
    });
    const double related = medianMs([&] { (void)WordDiff::diff(a, b); });
    const double different = medianMs([&] { (void)WordDiff::diff(a, unrelated); });
    report("word diff, two 20 KB answers, one an edit of the other", related, parseBoth,
           "parsing both");
    report("word diff, two unrelated 20 KB answers", different, parseBoth, "parsing both");

    AnswerGenerator base(11);
    QStringList common;
    for (int i = 0; i < 40; ++i)
        common << base.sentence();
    QStringList answers;
    QStringList labels;
    for (int n = 0; n < 8; ++n) {
        AnswerGenerator own(100 + static_cast<quint32>(n));
        QString text;
        while (text.toUtf8().size() < 5000) {
            const int roll = own.pick(100);
            const QString sentence = roll < 60 ? common.at(own.pick(40)) : own.sentence();
            if (roll % 7 == 0)
                text += QStringLiteral("- ") + sentence + QLatin1Char('\n');
            else
                text += sentence + QStringLiteral("\n\n");
        }
        answers << text;
        labels << QStringLiteral("model%1").arg(n);
    }
    const double parseAll = medianMs([&] {
        for (const QString &text : std::as_const(answers))
            (void)BlockParser::parse(text);
    });
    const double nWay = medianMs([&] { (void)AnswerDiff::compare(answers, labels); });
    report("N-way diff of 8 answers of 5 KB", nWay, parseAll, "parsing the 8");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--profile-stream") == 0) {
        // For perf: only the streamed parser + model, N times.
        AnswerGenerator generator(20240611);
        const QStringList deltas = generator.deltas(generator.answer(100 * 1000));
        const double start = cpuMs();
        for (int i = 0, n = QString::fromLocal8Bit(argv[2]).toInt(); i < n; ++i)
            streamAnswer(deltas, nullptr, {});
        const double model = cpuMs() - start;
        const double parserStart = cpuMs();
        for (int i = 0, n = QString::fromLocal8Bit(argv[2]).toInt(); i < n; ++i) {
            BlockParser parser;
            for (qsizetype d = 0; d < deltas.size(); ++d) {
                parser.append(deltas.at(d));
                if (d % 1 == 0)
                    parser.refresh();
            }
            parser.finish();
        }
        std::printf("model %.1f ms, parser alone %.1f ms\n", model, cpuMs() - parserStart);
        return 0;
    }
    if (argc > 2 && qstrcmp(argv[1], "--profile-highlight") == 0) {
        // For perf: N batches of 1,000 lines of C++ none seen before, on a warm engine.
        HljsHighlighter highlighter;
        (void)highlighter.highlightNow(thousandLinesOfCpp(0), QStringLiteral("cpp"),
                                       CodeThemeVariant::Light);
        const int n = QString::fromLocal8Bit(argv[2]).toInt();
        QStringList batches;
        for (int i = 1; i <= n; ++i)
            batches << thousandLinesOfCpp(1000 * i);
        const double start = cpuMs();
        for (const QString &batch : std::as_const(batches))
            (void)highlighter.highlightNow(batch, QStringLiteral("cpp"), CodeThemeVariant::Light);
        std::printf("%.1f ms per 1,000 lines\n", (cpuMs() - start) / std::max(1, n));
        const double againStart = cpuMs();
        if (!batches.isEmpty())
            (void)highlighter.highlightNow(batches.constFirst(), QStringLiteral("cpp"),
                                           CodeThemeVariant::Dark);
        std::printf("%.1f ms for the first 1,000 again\n", cpuMs() - againStart);
        return 0;
    }
    if (argc > 1)
        g_repetitions = std::max(1, QString::fromLocal8Bit(argv[1]).toInt());
    std::printf("bench_markdown: median of %d runs, CPU time of the whole process\n",
                g_repetitions);
    benchHighlighting();
    {
        HljsHighlighter highlighter;
        if (!highlighter.supports(QStringLiteral("cpp")))
            std::printf("  (highlight.js missing: no colours)\n");
        benchStreaming(highlighter);
    }
    benchDiff();
    return 0;
}
