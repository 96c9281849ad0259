#pragma once

#include "runnablecode.h"
#include "storage/storetypes.h"

#include <QAbstractListModel>
#include <QSet>
#include <QTimer>
#include <QtQmlIntegration>

namespace coro {

class CodeRunner;

/**
 * @brief "Run each model's version": the first runnable code block of every answer to one
 * turn, run one after another in the sandbox (at most kConcurrent at once), with the results
 * side by side: one row per answer.
 *
 * An answer without runnable code gets a row that says why. Each finished run is handed on
 * (runFinished) to be kept in the conversation's history. Output shown per row is bounded.
 */
class AnswerRunsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The workspace runs each model's version")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)

public:
    /// Two cores here: two sandboxes at a time keep the window responsive.
    static constexpr int kConcurrent = 2;
    /// Characters of stdout and of stderr shown per row.
    static constexpr qsizetype kMaxShownChars = 100'000;

    enum Role {
        LabelRole = Qt::UserRole + 1, /**< "provider/model" of the answer. */
        LanguageRole,                 /**< "python", "sh", "js"; empty when nothing ran. */
        CodeRole,                     /**< The code that runs. */
        StateRole,                    /**< "waiting", "running", "finished" or "skipped". */
        StatusRole,    /**< How it ended in words, or why it was skipped or refused. */
        SucceededRole, /**< Exited 0 with no limit reached. */
        StdoutRole,    /**< What it printed (bounded). */
        StderrRole,    /**< What it printed on stderr (bounded). */
        ElapsedRole,   /**< "0.42 s" once finished. */
        AnswerIdRole,  /**< The stored answer the code came from. */
    };
    Q_ENUM(Role)

    /// One answer to run: its label, where it is stored, and what was found in it.
    struct Candidate
    {
        QString label;
        qint64 conversationId = 0;
        qint64 turnId = 0;
        qint64 answerId = 0;
        RunnableCode code;
    };

    explicit AnswerRunsModel(QObject *parent = nullptr);
    ~AnswerRunsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isRunning() const;
    /// The limits each run gets (seconds of wall and CPU time, MB of memory).
    void setLimits(int timeoutSeconds, qint64 memoryMb);
    /// Replaces the rows with @p candidates and starts running them (cancels runs in progress).
    void start(const QList<Candidate> &candidates);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void countChanged();
    void runningChanged();
    /// A run ended (not refused): to be kept in its conversation's history.
    void runFinished(const coro::StoredRun &run);

private:
    enum class State { Waiting, Running, Finished, Skipped };
    struct Row
    {
        Candidate candidate;
        State state = State::Waiting;
        QString status;
        bool succeeded = false;
        QString out; ///< As the runner delivered it (it caps output); shown bounded.
        QString err;
        qint64 elapsedMs = -1;
    };
    /// One sandbox and the row it runs, of the rows of generation @c generation.
    struct Slot
    {
        CodeRunner *runner = nullptr;
        int generation = 0;
        int row = -1;
    };

    void startNext();
    Slot &slot(int index);
    Row *rowOf(const Slot &slot);
    void onFinished(int slotIndex, const StoredRun &ended, const QString &status, bool succeeded,
                    bool refused);
    void markDirty(int row);
    void flushDirty();
    static QString bounded(const QString &text);

    QList<Row> m_rows;
    QList<Slot> m_slots;
    int m_timeoutSeconds = 10;
    qint64 m_memoryMb = 512;
    int m_generation = 0;
    QSet<int> m_dirty;
    QTimer m_frame;
};

} // namespace coro
