// The desktop app measured as a user meets it, each figure beside a baseline run the same way:
// start-up to the first frame (an empty Qt Quick Controls window), memory idle and after eight
// 100 KB answers (the empty window), the longest GUI-thread stall while twelve panes stream,
// and client CPU per MB of answer for the app and for coro-cli --json (the engine alone, in
// the same process). The fake provider runs in its own process; each app measurement runs in
// a child process of this program, so that nothing of one run stays in the next.
#include "engine/turn.h"
#include "models/appcore.h"
#include "models/conversationmodel.h"
#include "models/modelpickermodel.h"
#include "models/readonlytextshortcuts.h"
#include "threadcpu.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

Q_IMPORT_QML_PLUGIN(Coro_AppPlugin)
Q_IMPORT_QML_PLUGIN(Coro_ModelsPlugin)

using namespace coro;

namespace {
double processCpuMs(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/// VmRSS and the private heap (Pss_Anon) of this process, in MB.
QPair<double, double> memoryMb()
{
    const auto field = [](const QString &path, QByteArrayView name) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return -1.0;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith(name))
                return line.mid(name.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
        return -1.0;
    };
    return {field(QStringLiteral("/proc/self/status"), "VmRSS:"),
            field(QStringLiteral("/proc/self/smaps_rollup"), "Pss_Anon:")};
}

QStringList fakeModels(const QString &model, int count)
{
    const QStringList providers{QStringLiteral("fake-openai"), QStringLiteral("fake-anthropic"),
                                QStringLiteral("fake-gemini"), QStringLiteral("fake-ollama")};
    QStringList refs;
    for (int i = 0; i < count; ++i)
        refs << providers.at(i % providers.size()) + QLatin1Char('/') + model;
    return refs;
}

// ---- Child side: one app (or empty window) per process ------------------------------------

struct Child
{
    QString mode;
    QString dataDir;
    QString model;
    int models = 8;
    QString prompt = QStringLiteral("benchmark");
};

QQuickWindow *loadWindow(QQmlApplicationEngine &engine, AppCore *core)
{
    if (core) {
        ReadOnlyTextShortcuts::install();
        engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(core)}});
        engine.load(QUrl(QStringLiteral("qrc:/Coro/App/Main.qml")));
    } else {
        engine.loadData("import QtQuick.Controls\nApplicationWindow { visible: true; width: 1280; "
                        "height: 800 }");
    }
    return engine.rootObjects().isEmpty()
               ? nullptr
               : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

/// With CORO_BENCH_MARK set, prints @p what and the time on CLOCK_MONOTONIC, for restricting
/// a profile to a turn: perf record -k CLOCK_MONOTONIC …; perf report --time START,END.
void markTime(const char *what)
{
    static const bool marking = qEnvironmentVariableIsSet("CORO_BENCH_MARK");
    if (!marking)
        return;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::fprintf(stderr, "%s %.6f\n", what, double(now.tv_sec) + double(now.tv_nsec) / 1e9);
}

/// Lets the event loop run for @p ms, asleep between events.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Runs until the open conversation's turn finished; CPU ms spent and answer bytes.
QPair<double, qint64> askAndWait(AppCore &core, const QString &prompt)
{
    // Wait the way the app waits: in its event loop, asleep between events (a processEvents
    // loop would spin and bill its own polling to the app).
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    bool started = false;
    QObject::connect(&core, &AppCore::runningChanged, &loop, [&] {
        started = started || core.isRunning();
        if (started && !core.isRunning())
            loop.quit();
    });
    markTime("app start");
    const double cpu0 = processCpuMs();
    if (!core.ask(prompt))
        return {processCpuMs() - cpu0, 0};
    started = core.isRunning();
    guard.start(600000);
    loop.exec();
    markTime("app end");
    return {processCpuMs() - cpu0, 0};
}

int runChild(const Child &child)
{
    const bool empty = child.dataDir.isEmpty();
    std::unique_ptr<AppCore> core = empty ? nullptr : std::make_unique<AppCore>(child.dataDir);
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadWindow(engine, core.get());
    if (!window)
        return 3;

    if (child.mode == QLatin1String("startup")) {
        // The first frame the scene graph finished (offscreen has no swap to wait for).
        QObject::connect(
            window, &QQuickWindow::afterFrameEnd, qApp,
            [] {
                std::printf("frame\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
        QTimer::singleShot(30000, qApp, [] { QCoreApplication::exit(4); });
        return QGuiApplication::exec();
    }

    settle(1500); // First frames, history page, the highlighter's warm-up.
    if (child.mode == QLatin1String("memory")) {
        const auto [rss, heap] = memoryMb();
        std::printf("%.1f %.1f\n", rss, heap);
        return 0;
    }

    core->picker()->setSelection(fakeModels(child.model, child.models));
    // The header's list of chosen models is rebuilt a frame later: a user picks models well
    // before asking, so that work is not billed to the turn.
    settle(300);
    if (child.mode == QLatin1String("turn-memory")) {
        askAndWait(*core, child.prompt);
        settle(500);
        const auto [rss, heap] = memoryMb();
        std::printf("%.1f %.1f\n", rss, heap);
        return 0;
    }
    if (child.mode == QLatin1String("stall")) {
        // A timer that should fire every 2 ms: the longest gap between two firings is the
        // longest time the GUI thread was busy with something else.
        // The first 500 ms hold the turn's start (twelve panes created at once), reported
        // apart from the stalls while the answers stream.
        QElapsedTimer beat;
        qint64 last = 0, longestStart = 0, longestStreaming = 0;
        const bool gaps = qEnvironmentVariableIsSet("CORO_BENCH_GAPS");
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(2);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = beat.nsecsElapsed();
            if (last > 0) {
                qint64 &longest = now < 500'000'000 ? longestStart : longestStreaming;
                longest = std::max(longest, now - last);
                // Every gap over 5 ms, when it began and how long (CORO_BENCH_GAPS=1; profiling).
                if (gaps && now - last > 5'000'000)
                    std::fprintf(stderr, "gap at %.1f ms: %.1f ms\n", last / 1e6,
                                 (now - last) / 1e6);
            }
            last = now;
        });
        beat.start();
        ticker.start();
        askAndWait(*core, child.prompt);
        std::printf("%.1f %.1f\n", longestStreaming / 1e6, longestStart / 1e6);
        return 0;
    }
    if (child.mode == QLatin1String("cpu")) {
        // The engine alone first, in this same process: the baseline.
        const auto catalog = ProviderCatalog::load(
            QDir(child.dataDir).filePath(QStringLiteral("providers.json")), nullptr);
        QList<ModelRunConfig> configs;
        for (const QString &name : fakeModels(child.model, child.models)) {
            ModelRunConfig config;
            config.ref = *ModelRef::parse(name);
            config.provider = *catalog->find(config.ref.provider);
            config.messages = {ChatMessage{ChatMessage::Role::User, child.prompt}};
            configs << config;
        }
        QNetworkAccessManager network;
        Turn turn(configs, &network);
        QEventLoop loop;
        QObject::connect(&turn, &Turn::finished, &loop, &QEventLoop::quit);
        const double engine0 = processCpuMs();
        markTime("engine start");
        turn.start();
        loop.exec();
        markTime("engine end");
        const double engineMs = processCpuMs() - engine0;
        qint64 bytes = 0;
        for (int i = 0; i < turn.size(); ++i)
            bytes += turn.run(i)->text().toUtf8().size();
        const auto threadsBefore = bench::threadCpuMs();
        const double appMs = askAndWait(*core, child.prompt).first;
        // Where the app's CPU went, by thread (CORO_BENCH_THREADS=1; for profiling).
        const QString threads = qEnvironmentVariableIsSet("CORO_BENCH_THREADS")
                                    ? bench::threadCpuDelta(threadsBefore, bench::threadCpuMs())
                                    : QString();
        std::printf("%.1f %.1f %lld %s\n", engineMs, appMs, bytes, qPrintable(threads));
        return 0;
    }
    return 2;
}

// ---- Parent side ------------------------------------------------------------------------

QString g_self;

QByteArray runChildProcess(const QStringList &arguments, double *wallMs = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(g_self, QStringList{QStringLiteral("--child")} + arguments);
    process.waitForStarted();
    QByteArray out;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        if (wallMs && out.contains("frame") && *wallMs == 0)
            *wallMs = double(clock.elapsed());
        if (clock.elapsed() > 300000)
            process.kill();
    }
    if (process.exitCode() != 0)
        std::fprintf(stderr, "child %s failed (%d): %s\n", qPrintable(arguments.join(u' ')),
                     process.exitCode(), process.readAllStandardError().constData());
    return out.trimmed();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

QString makeDataDir(QTemporaryDir &dir, const QByteArray &providersJson)
{
    QFile providers(dir.filePath(QStringLiteral("providers.json")));
    if (providers.open(QIODevice::WriteOnly))
        providers.write(providersJson);
    return dir.path();
}

QString wordsPrompt(int words)
{
    QStringList list;
    for (int i = 0; i < words; ++i)
        list << QStringLiteral("word%1").arg(i);
    return list.join(QLatin1Char(' '));
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        QGuiApplication app(argc, argv);
        QStringList args = app.arguments().mid(2);
        Child child;
        child.mode = args.value(0);
        child.dataDir = args.value(1) == QLatin1String("-") ? QString() : args.value(1);
        child.model = args.value(2);
        child.models = args.value(3).toInt() > 0 ? args.value(3).toInt() : 8;
        if (args.size() > 4)
            child.prompt = args.value(4);
        return runChild(child);
    }
    QCoreApplication app(argc, argv);
    g_self = QCoreApplication::applicationFilePath();
    QCommandLineParser parser;
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QStringLiteral("A coro.sqlite of 10,000 conversations (bench_storage --scale 1)."),
        QStringLiteral("file"));
    const QCommandLineOption repsOption(QStringLiteral("repetitions"),
                                        QStringLiteral("Runs per figure (default 5)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({historyOption, repsOption});
    parser.addHelpOption();
    parser.process(app);
    const int reps = std::max(1, parser.value(repsOption).toInt());

    QTemporaryDir serverDir;
    QProcess server;
    server.start(QStringLiteral(CORO_FAKE_PROVIDER_PATH),
                 {QStringLiteral("--data-dir"), serverDir.path()});
    if (!server.waitForReadyRead(10000))
        return 1;
    QFile providersFile(serverDir.filePath(QStringLiteral("providers.json")));
    providersFile.open(QIODevice::ReadOnly);
    const QByteArray providersJson = providersFile.readAll();

    // Start-up to the first frame.
    const auto startup = [&](const QString &dataDir) {
        std::vector<double> times;
        for (int i = 0; i < reps; ++i) {
            double wall = 0;
            runChildProcess({QStringLiteral("startup"), dataDir}, &wall);
            times.push_back(wall);
        }
        return median(times);
    };
    QTemporaryDir emptyDir;
    const double emptyWindow = startup(QStringLiteral("-"));
    const double emptyData = startup(makeDataDir(emptyDir, providersJson));
    std::printf("start-up to first frame (median of %d, ms)\n", reps);
    std::printf("  empty Qt Quick Controls window   %7.0f  (baseline)\n", emptyWindow);
    std::printf("  coro, empty data directory       %7.0f  (%.2fx)\n", emptyData,
                emptyData / emptyWindow);
    if (parser.isSet(historyOption)) {
        QTemporaryDir bigDir;
        QFile::link(parser.value(historyOption), bigDir.filePath(QStringLiteral("coro.sqlite")));
        makeDataDir(bigDir, providersJson);
        const double big = startup(bigDir.path());
        std::printf("  coro, 10,000-conversation file   %7.0f  (%.2fx)\n", big, big / emptyWindow);
    }

    // Memory.
    const auto memory = [&](const QStringList &args) {
        const QList<QByteArray> parts = runChildProcess(args).split(' ');
        return QPair<double, double>(parts.value(0).toDouble(), parts.value(1).toDouble());
    };
    QTemporaryDir memoryDir;
    const auto emptyMemory = memory({QStringLiteral("memory"), QStringLiteral("-")});
    const auto idleMemory =
        memory({QStringLiteral("memory"), makeDataDir(memoryDir, providersJson)});
    // 8 answers of ~100 KB each, shaped like real ones.
    QTemporaryDir turnDir;
    const auto turnMemory =
        memory({QStringLiteral("turn-memory"), makeDataDir(turnDir, providersJson),
                QStringLiteral("long:6400"), QStringLiteral("8")});
    std::printf("memory (MB: RSS / private heap Pss_Anon)\n");
    std::printf("  empty Qt Quick Controls window   %6.1f / %5.1f  (baseline)\n", emptyMemory.first,
                emptyMemory.second);
    std::printf("  coro idle                        %6.1f / %5.1f\n", idleMemory.first,
                idleMemory.second);
    std::printf("  coro after 8 x 100 KB answers    %6.1f / %5.1f\n", turnMemory.first,
                turnMemory.second);

    // GUI-thread stall: 12 panes at 200 tokens/s (5 ms apart), ~1,000 tokens each.
    std::vector<double> streaming, starting;
    for (int i = 0; i < reps; ++i) {
        QTemporaryDir stallDir;
        const QList<QByteArray> parts =
            runChildProcess({QStringLiteral("stall"), makeDataDir(stallDir, providersJson),
                             QStringLiteral("slow:5"), QStringLiteral("12"), wordsPrompt(1000)})
                .split(' ');
        streaming.push_back(parts.value(0).toDouble());
        starting.push_back(parts.value(1).toDouble());
    }
    std::printf("longest GUI-thread stall, 12 panes at 200 tokens/s each (median of %d)\n", reps);
    std::printf("  while streaming                  %6.1f ms\n", median(streaming));
    std::printf("  at the turn's start (12 panes)   %6.1f ms\n", median(starting));

    // CPU per MB: engine alone, the app with its panes, coro-cli --json.
    std::vector<double> engine, appCpu, cli;
    for (int i = 0; i < reps; ++i) {
        QTemporaryDir cpuDir;
        const QList<QByteArray> parts =
            runChildProcess({QStringLiteral("cpu"), makeDataDir(cpuDir, providersJson),
                             QStringLiteral("prose:40000"), QStringLiteral("8")})
                .split(' ');
        const double mb = parts.value(2).toDouble() / 1e6;
        engine.push_back(parts.value(0).toDouble() / mb);
        appCpu.push_back(parts.value(1).toDouble() / mb);
        QStringList cliArgs{QStringLiteral("--data-dir"), cpuDir.path(), QStringLiteral("ask"),
                            QStringLiteral("--json"), QStringLiteral("--ephemeral")};
        for (const QString &model : fakeModels(QStringLiteral("prose:40000"), 8))
            cliArgs << QStringLiteral("-m") << model;
        cliArgs << QStringLiteral("benchmark");
        QProcess cliProcess;
        cliProcess.setStandardOutputFile(QProcess::nullDevice());
        const double before = processCpuMs(RUSAGE_CHILDREN);
        cliProcess.start(QStringLiteral(CORO_CLI_PATH), cliArgs);
        cliProcess.waitForFinished(600000);
        cli.push_back((processCpuMs(RUSAGE_CHILDREN) - before) / mb);
    }
    const double engineMs = median(engine);
    std::printf("client CPU per MB of answer, 8 streams (median of %d)\n", reps);
    std::printf("  engine alone (same process)      %6.1f ms  (baseline)\n", engineMs);
    std::printf("  coro, with its panes             %6.1f ms  (%.2fx)\n", median(appCpu),
                median(appCpu) / engineMs);
    std::printf("  coro-cli ask --json              %6.1f ms  (%.2fx)\n", median(cli),
                median(cli) / engineMs);
    server.kill();
    server.waitForFinished();
    return 0;
}
