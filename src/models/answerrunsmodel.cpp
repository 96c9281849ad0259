#include "answerrunsmodel.h"

#include "runoutcome.h"

#ifdef CORO_WORKSPACE
#include "workspace/coderunner.h"
#endif

namespace coro {

namespace {
constexpr int kFrameMs = 16;
} // namespace

AnswerRunsModel::AnswerRunsModel(QObject *parent) : QAbstractListModel(parent)
{
    m_frame.setSingleShot(true);
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, &AnswerRunsModel::flushDirty);
}

// The runners are children: their destructors end whatever still runs.
AnswerRunsModel::~AnswerRunsModel() = default;

int AnswerRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AnswerRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case LabelRole:
        return row.candidate.label;
    case LanguageRole:
        return row.candidate.code.language;
    case CodeRole:
        return row.candidate.code.code;
    case StateRole:
        switch (row.state) {
        case State::Waiting:
            return QStringLiteral("waiting");
        case State::Running:
            return QStringLiteral("running");
        case State::Finished:
            return QStringLiteral("finished");
        case State::Skipped:
            return QStringLiteral("skipped");
        }
        return {};
    case StatusRole:
        return row.status;
    case SucceededRole:
        return row.succeeded;
    case StdoutRole:
        return bounded(row.out);
    case StderrRole:
        return bounded(row.err);
    case ElapsedRole:
        return RunOutcome::elapsedWords(row.elapsedMs);
    case AnswerIdRole:
        return row.candidate.answerId;
    default:
        return {};
    }
}

QHash<int, QByteArray> AnswerRunsModel::roleNames() const
{
    return {{LabelRole, "label"},       {LanguageRole, "language"}, {CodeRole, "code"},
            {StateRole, "state"},       {StatusRole, "status"},     {SucceededRole, "succeeded"},
            {StdoutRole, "stdoutText"}, {StderrRole, "stderrText"}, {ElapsedRole, "elapsed"},
            {AnswerIdRole, "answerId"}};
}

QString AnswerRunsModel::bounded(const QString &text)
{
    if (text.size() <= kMaxShownChars)
        return text;
    return text.left(kMaxShownChars) + QLatin1Char('\n') +
           tr("(%n more character(s) not shown)", nullptr, int(text.size() - kMaxShownChars));
}

bool AnswerRunsModel::isRunning() const
{
    for (const Row &row : m_rows) {
        if (row.state == State::Waiting || row.state == State::Running)
            return true;
    }
    return false;
}

void AnswerRunsModel::setLimits(int timeoutSeconds, qint64 memoryMb)
{
    m_timeoutSeconds = timeoutSeconds;
    m_memoryMb = memoryMb;
}

void AnswerRunsModel::start(const QList<Candidate> &candidates)
{
    cancel();
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    for (const Candidate &candidate : candidates) {
        Row row;
        row.candidate = candidate;
        if (!candidate.code.isRunnable()) {
            row.state = State::Skipped;
            row.status = candidate.code.problem;
        }
        m_rows << row;
    }
    endResetModel();
    Q_EMIT countChanged();
    startNext();
    Q_EMIT runningChanged();
}

void AnswerRunsModel::cancel()
{
    for (Row &row : m_rows) {
        if (row.state == State::Waiting) {
            row.state = State::Skipped;
            row.status = tr("not run: cancelled");
        }
    }
    for (const Slot &running : std::as_const(m_slots)) {
        if (running.runner && running.row >= 0)
            running.runner->cancel();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    Q_EMIT runningChanged();
}

void AnswerRunsModel::clear()
{
    cancel();
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT runningChanged();
}

AnswerRunsModel::Slot &AnswerRunsModel::slot(int index)
{
    while (m_slots.size() <= index)
        m_slots.append(Slot{});
    Slot &free = m_slots[index];
#ifdef CORO_WORKSPACE
    if (!free.runner) {
        free.runner = new CodeRunner(this);
        CodeRunner *runner = free.runner;
        connect(runner, &CodeRunner::stdoutText, this, [this, index](const QString &text) {
            if (Row *row = rowOf(m_slots.at(index))) {
                row->out += text;
                markDirty(m_slots.at(index).row);
            }
        });
        connect(runner, &CodeRunner::stderrText, this, [this, index](const QString &text) {
            if (Row *row = rowOf(m_slots.at(index))) {
                row->err += text;
                markDirty(m_slots.at(index).row);
            }
        });
        connect(runner, &CodeRunner::finished, this,
                [this, index, runner](const RunResult &result) {
                    runner->releaseWorkDir();
                    StoredRun run;
                    run.exitCode = result.exitCode;
                    run.signal = result.signal;
                    run.limit = limitName(result.limit);
                    run.cancelled = result.cancelled;
                    run.elapsedMs = result.elapsedMs;
                    run.files = result.files;
                    const RunOutcome outcome{run.exitCode,  run.signal,       run.limit,
                                             run.cancelled, m_timeoutSeconds, m_memoryMb};
                    // A refusal (no sandbox, no interpreter) says why instead; nothing ran.
                    onFinished(index, run, result.refused() ? result.error : outcome.words(),
                               !result.refused() && outcome.succeeded(), result.refused());
                });
    }
#endif
    return free;
}

AnswerRunsModel::Row *AnswerRunsModel::rowOf(const Slot &running)
{
    if (running.generation != m_generation || running.row < 0 || running.row >= m_rows.size())
        return nullptr;
    return &m_rows[running.row];
}

void AnswerRunsModel::onFinished(int slotIndex, const StoredRun &ended, const QString &status,
                                 bool succeeded, bool refused)
{
    Slot &done = m_slots[slotIndex];
    if (Row *row = rowOf(done)) {
        row->state = State::Finished;
        row->status = status;
        row->succeeded = succeeded;
        row->elapsedMs = refused ? -1 : ended.elapsedMs;
        markDirty(done.row);
        if (!refused) {
            StoredRun run = ended;
            run.conversationId = row->candidate.conversationId;
            run.turnId = row->candidate.turnId;
            run.answerId = row->candidate.answerId;
            run.language = row->candidate.code.language;
            run.code = row->candidate.code.code;
            run.stdoutText = row->out;
            run.stderrText = row->err;
            Q_EMIT runFinished(run);
        }
    }
    done.row = -1;
    // Started from the event loop, not from inside the runner's own finished().
    QMetaObject::invokeMethod(this, &AnswerRunsModel::startNext, Qt::QueuedConnection);
}

void AnswerRunsModel::startNext()
{
    bool changed = false;
    for (int i = 0; i < kConcurrent; ++i) {
        qsizetype next = -1;
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            if (m_rows.at(r).state == State::Waiting) {
                next = r;
                break;
            }
        }
        if (next < 0)
            break;
        Row &row = m_rows[next];
#ifdef CORO_WORKSPACE
        Slot &free = slot(i);
        if (free.runner->isRunning())
            continue;
        const auto language = languageFromName(row.candidate.code.language);
        if (!language) {
            row.state = State::Skipped;
            row.status = row.candidate.code.problem;
            markDirty(int(next));
            --i; // This slot is still free.
            continue;
        }
        Limits limits;
        limits.wallMs = m_timeoutSeconds * 1000;
        limits.cpuSeconds = m_timeoutSeconds;
        limits.memoryBytes = m_memoryMb << 20;
        free.runner->setLimits(limits);
        free.generation = m_generation;
        free.row = int(next);
        row.state = State::Running;
        markDirty(int(next));
        free.runner->start(*language, row.candidate.code.code);
#else
        row.state = State::Skipped;
        row.status = tr("The workspace is not available on this platform.");
        markDirty(int(next));
        --i;
#endif
        changed = true;
    }
    if (changed || !isRunning())
        Q_EMIT runningChanged();
}

void AnswerRunsModel::markDirty(int row)
{
    m_dirty.insert(row);
    if (!m_frame.isActive())
        m_frame.start();
}

void AnswerRunsModel::flushDirty()
{
    m_frame.stop();
    for (int row : std::as_const(m_dirty)) {
        if (row < m_rows.size())
            Q_EMIT dataChanged(index(row), index(row));
    }
    m_dirty.clear();
}

} // namespace coro
