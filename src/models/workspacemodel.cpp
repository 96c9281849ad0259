#include "workspacemodel.h"

#include "runimages.h"
#include "runnablecode.h"
#include "runoutcome.h"
#include "storage/storageservice.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QSettings>

#ifdef CORO_WORKSPACE
#include "workspace/coderunner.h"
#include "workspace/languageruntime.h"
#include "workspace/sandboxprofile.h"
#endif

namespace coro {

namespace {
constexpr int kTickMs = 100;
const QString kTimeoutKey = QStringLiteral("workspace/timeoutSeconds");
const QString kMemoryKey = QStringLiteral("workspace/memoryMb");

QString languageLabel(const QString &name)
{
    if (name == QLatin1String("python"))
        return WorkspaceModel::tr("Python 3");
    if (name == QLatin1String("sh"))
        return WorkspaceModel::tr("Shell (sh)");
    return WorkspaceModel::tr("JavaScript (Node.js)");
}
} // namespace

WorkspaceModel::WorkspaceModel(StorageService *storage, const QString &settingsPath,
                               QObject *parent)
    : QObject(parent), m_storage(storage), m_settingsPath(settingsPath),
      m_console(new ConsoleModel(this)), m_history(new RunHistoryModel(this)),
      m_answerRuns(new AnswerRunsModel(this)), m_images(std::make_unique<RunImages>())
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &WorkspaceModel::elapsedChanged);
#ifdef CORO_WORKSPACE
    const Limits defaults;
    m_timeoutSeconds = defaults.wallMs / 1000;
    m_memoryMb = int(defaults.memoryBytes >> 20);
    m_runner = new CodeRunner(this);
    connect(m_runner, &CodeRunner::runningChanged, this, &WorkspaceModel::runningChanged);
    connect(m_runner, &CodeRunner::stdoutText, this, [this](const QString &text) {
        m_current.stdoutText += text;
        m_console->appendStdout(text);
    });
    connect(m_runner, &CodeRunner::stderrText, this, [this](const QString &text) {
        m_current.stderrText += text;
        m_console->appendStderr(text);
    });
    connect(m_runner, &CodeRunner::finished, this, [this](const RunResult &result) {
        StoredRun run = m_current;
        run.exitCode = result.exitCode;
        run.signal = result.signal;
        run.limit = limitName(result.limit);
        run.cancelled = result.cancelled;
        run.elapsedMs = result.elapsedMs;
        run.files = result.files;
        onFinished(run, result.error, result.message, result.workDir);
    });
    setProblem(SandboxProfile::forThisSystem()->unavailableReason());
#endif
    if (!m_settingsPath.isEmpty()) {
        const QSettings settings(m_settingsPath, QSettings::IniFormat);
        m_timeoutSeconds = std::clamp(settings.value(kTimeoutKey, m_timeoutSeconds).toInt(),
                                      kMinTimeout, kMaxTimeout);
        m_memoryMb =
            std::clamp(settings.value(kMemoryKey, m_memoryMb).toInt(), kMinMemoryMb, kMaxMemoryMb);
    }
    connect(m_answerRuns, &AnswerRunsModel::runFinished, this, &WorkspaceModel::save);
}

// The runner (a child) ends a run still going; the image copies go with m_images.
WorkspaceModel::~WorkspaceModel() = default;

bool WorkspaceModel::isAvailable() const
{
#ifdef CORO_WORKSPACE
    return true;
#else
    return false;
#endif
}

QString WorkspaceModel::unavailableText() const
{
    return isAvailable() ? QString()
                         : tr("The workspace is not available on this platform: it does not "
                              "allow Coro to start programs.");
}

QVariantList WorkspaceModel::languages() const
{
    QVariantList list;
#ifdef CORO_WORKSPACE
    static const QStringList directories =
        SandboxProfile::forThisSystem()->interpreterDirectories();
    for (Language language : {Language::Python, Language::Shell, Language::JavaScript}) {
        QString missing;
        const bool installed = LanguageRuntime::find(language, directories, &missing).has_value();
        const QString name = languageName(language);
        list << QVariantMap{
            {QStringLiteral("name"), name},
            {QStringLiteral("label"),
             installed ? languageLabel(name) : tr("%1 — not installed").arg(languageLabel(name))},
            {QStringLiteral("installed"), installed}};
    }
#endif
    return list;
}

void WorkspaceModel::setLanguage(const QString &language)
{
    if (m_language == language || RunnableCode::languageFor(language) != language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

void WorkspaceModel::setCode(const QString &code)
{
    if (m_code == code)
        return;
    m_code = code;
    Q_EMIT codeChanged();
}

void WorkspaceModel::setInput(const QString &input)
{
    if (m_input == input)
        return;
    m_input = input;
    Q_EMIT inputChanged();
}

bool WorkspaceModel::isRunning() const
{
#ifdef CORO_WORKSPACE
    return m_runner->isRunning();
#else
    return false;
#endif
}

QString WorkspaceModel::elapsed() const
{
    if (isRunning())
        return RunOutcome::elapsedWords(m_clock.elapsed());
    return m_elapsedMs < 0 ? QString() : RunOutcome::elapsedWords(m_elapsedMs);
}

void WorkspaceModel::setTimeoutSeconds(int seconds)
{
    seconds = std::clamp(seconds, kMinTimeout, kMaxTimeout);
    if (seconds == m_timeoutSeconds)
        return;
    m_timeoutSeconds = seconds;
    saveLimits();
}

void WorkspaceModel::setMemoryMb(int megabytes)
{
    megabytes = std::clamp(megabytes, kMinMemoryMb, kMaxMemoryMb);
    if (megabytes == m_memoryMb)
        return;
    m_memoryMb = megabytes;
    saveLimits();
}

void WorkspaceModel::saveLimits()
{
    if (!m_settingsPath.isEmpty()) {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        settings.setValue(kTimeoutKey, m_timeoutSeconds);
        settings.setValue(kMemoryKey, m_memoryMb);
    }
    Q_EMIT limitsChanged();
}

QFont WorkspaceModel::codeFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QString WorkspaceModel::imageDirectory() const
{
    return m_images->directory();
}

void WorkspaceModel::setConversationId(qint64 conversationId)
{
    if (m_conversationId == conversationId)
        return;
    m_conversationId = conversationId;
    loadHistory();
}

void WorkspaceModel::loadHistory()
{
    const int generation = ++m_historyGeneration;
    if (m_conversationId == 0 || !m_storage) {
        m_history->setRuns({});
        return;
    }
    m_storage->runs(m_conversationId, this, [this, generation](const QList<StoredRun> &runs) {
        if (generation == m_historyGeneration)
            m_history->setRuns(runs);
    });
}

void WorkspaceModel::run()
{
#ifdef CORO_WORKSPACE
    if (isRunning())
        return;
    if (m_code.trimmed().isEmpty()) {
        setNotice(tr("Write or open some code to run first."));
        return;
    }
    setNotice({});
    m_console->clear();
    setStatus({}, {}, false);
    m_current = StoredRun{};
    m_current.conversationId = m_conversationId;
    m_current.language = m_language;
    m_current.code = m_code;
    m_current.input = m_input;
    Limits limits;
    limits.wallMs = m_timeoutSeconds * 1000;
    limits.cpuSeconds = m_timeoutSeconds;
    limits.memoryBytes = qint64(m_memoryMb) << 20;
    m_runner->setLimits(limits);
    m_clock.start();
    m_tick.start();
    m_runner->start(m_language, m_code, m_input);
    m_answerRuns->setLimits(m_timeoutSeconds, m_memoryMb);
#endif
}

void WorkspaceModel::onFinished(const StoredRun &run, const QString &error, const QString &message,
                                const QString &workDir)
{
    m_tick.stop();
    m_console->flush();
    if (!error.isEmpty()) {
        // Nothing ran: the refusal says why and what to install or change.
        m_elapsedMs = -1;
        setProblem(error);
        setStatus(tr("not run"), error, false);
        Q_EMIT elapsedChanged();
        return;
    }
    setProblem({});
    m_elapsedMs = run.elapsedMs;
    for (const RunImages::Image &image : m_images->collect(workDir, run.files)) {
        if (image.url.isValid())
            m_console->appendImage(image.url, image.name);
        else
            m_console->appendNote(image.note);
    }
#ifdef CORO_WORKSPACE
    m_runner->releaseWorkDir();
#endif
    const RunOutcome outcome{run.exitCode,  run.signal,       run.limit,
                             run.cancelled, m_timeoutSeconds, m_memoryMb};
    setStatus(outcome.words(), message, outcome.succeeded());
    Q_EMIT elapsedChanged();
    save(run);
}

void WorkspaceModel::save(const StoredRun &run)
{
    if (run.conversationId == 0 || !m_storage)
        return; // A new chat: nothing to keep it with.
    m_storage->addRun(run, this, [this, run](qint64 id) {
        if (id == 0)
            return; // StorageService::writeFailed says why.
        StoredRun kept = run;
        kept.id = id;
        kept.createdAt = QDateTime::currentMSecsSinceEpoch();
        if (kept.conversationId == m_conversationId)
            m_history->prepend(kept);
        Q_EMIT runSaved(id);
    });
}

void WorkspaceModel::cancel()
{
#ifdef CORO_WORKSPACE
    m_runner->cancel();
#endif
    m_answerRuns->cancel();
}

void WorkspaceModel::openCode(const QString &language, const QString &code)
{
    const QString runnable = RunnableCode::languageFor(language);
    setCode(code);
    if (!runnable.isEmpty() || language.trimmed().isEmpty()) {
        setLanguage(runnable.isEmpty() ? m_language : runnable);
        setNotice({});
    } else {
        setNotice(tr("This code is marked %1; the workspace runs Python, shell and JavaScript. "
                     "Pick the language to run it as.")
                      .arg(language.trimmed()));
    }
    Q_EMIT showRequested();
}

void WorkspaceModel::runEachAnswer(qint64 turnId)
{
    Q_EMIT showRequested();
    if (m_conversationId == 0 || !m_storage) {
        setNotice(tr("Open a conversation to run its answers' code."));
        return;
    }
    m_answerRuns->setLimits(m_timeoutSeconds, m_memoryMb);
    m_storage->conversation(
        m_conversationId, turnId, this,
        [this, turnId, untagged = m_language](const std::optional<Conversation> &conversation) {
            runAnswersOf(conversation, turnId, untagged);
        });
}

void WorkspaceModel::runAnswersOf(const std::optional<Conversation> &conversation, qint64 turnId,
                                  const QString &untagged)
{
    const QList<StoredTurn> turns = conversation ? conversation->turns : QList<StoredTurn>();
    const StoredTurn *turn = turnId == 0 && !turns.isEmpty() ? &turns.constLast() : nullptr;
    for (const StoredTurn &candidate : turns) {
        if (candidate.id == turnId)
            turn = &candidate;
    }
    if (!turn) {
        setNotice(turnId == 0 ? tr("This conversation has no answers to run yet.")
                              : tr("That message is not in this conversation."));
        return;
    }
    setNotice({});
    // The answer each pane shows: per slot the chosen one, else the latest.
    QMap<int, StoredAnswer> shown;
    for (const StoredAnswer &answer : turn->answers) {
        if (!shown.value(answer.slot).chosen)
            shown.insert(answer.slot, answer);
    }
    QList<AnswerRunsModel::Candidate> candidates;
    for (const StoredAnswer &answer : std::as_const(shown)) {
        candidates << AnswerRunsModel::Candidate{answer.provider + QLatin1Char('/') + answer.model,
                                                 turn->conversationId, turn->id, answer.id,
                                                 RunnableCode::firstIn(answer.text, untagged)};
    }
    m_answerRuns->start(candidates);
}

void WorkspaceModel::loadRun(int row)
{
    const std::optional<StoredRun> run = m_history->run(row);
    if (!run || isRunning())
        return;
    setLanguage(run->language);
    setCode(run->code);
    setInput(run->input);
    setNotice({});
    m_console->clear();
    m_console->appendStdout(run->stdoutText);
    m_console->appendStderr(run->stderrText);
    m_console->flush();
    for (const QString &file : run->files) {
        if (RunImages::isImageName(file))
            m_console->appendNote(tr("It wrote %1; images are not kept with past runs.").arg(file));
    }
    const RunOutcome outcome{run->exitCode, run->signal, run->limit, run->cancelled, 0, 0};
    setStatus(outcome.words(), {}, outcome.succeeded());
    m_elapsedMs = run->elapsedMs;
    Q_EMIT elapsedChanged();
}

void WorkspaceModel::setStatus(const QString &status, const QString &detail, bool succeeded)
{
    m_status = status;
    m_statusDetail = detail;
    m_succeeded = succeeded;
    Q_EMIT statusChanged();
}

void WorkspaceModel::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void WorkspaceModel::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

} // namespace coro
