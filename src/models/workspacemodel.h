#pragma once

#include "answerrunsmodel.h"
#include "consolemodel.h"
#include "runhistorymodel.h"
#include "storage/storetypes.h"

#include <QElapsedTimer>
#include <QFont>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQmlIntegration>

#include <memory>

namespace coro {

class CodeRunner;
class RunImages;
class StorageService;

/**
 * @brief The workspace panel: code in an editor, run in the sandbox, its output in a console,
 * and the history of runs of the open conversation.
 *
 * One per application (AppCore owns it), following the open conversation: each finished run is
 * kept in that conversation's history (a new chat keeps none), and the history lists its past
 * runs. Images the program wrote are copied out before its working directory is released and
 * shown in the console. "Run each model's version" runs the code of every answer of a turn
 * (AnswerRunsModel). Where the workspace is not built (iOS: CORO_WORKSPACE off) the same type
 * exists, says so, and runs nothing.
 */
class WorkspaceModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application owns the workspace")
    /// False where this build has no workspace (iOS); unavailableText says so.
    Q_PROPERTY(bool available READ isAvailable CONSTANT)
    Q_PROPERTY(QString unavailableText READ unavailableText CONSTANT)
    /// Why code cannot run here and how to fix it (no bwrap, namespaces forbidden...); empty
    /// when nothing is known to be wrong.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    /// [{name: "python", label: "Python 3", installed: true}, ...]
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    /// The program's whole stdin.
    Q_PROPERTY(QString input READ input WRITE setInput NOTIFY inputChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(coro::ConsoleModel *console READ console CONSTANT)
    Q_PROPERTY(coro::RunHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(coro::AnswerRunsModel *answerRuns READ answerRuns CONSTANT)
    /// How the last run ended in words ("exited with 0"); empty before any.
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    /// The runner's sentence about a limit or signal, or a refusal; empty when none.
    Q_PROPERTY(QString statusDetail READ statusDetail NOTIFY statusChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY statusChanged)
    /// Time taken ("0.42 s"), counting while it runs.
    Q_PROPERTY(QString elapsed READ elapsed NOTIFY elapsedChanged)
    /// Something to know about the code in the editor (a language it cannot run...).
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    /// Limits the user may change: seconds of wall and CPU time, MB of memory.
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds WRITE setTimeoutSeconds NOTIFY limitsChanged)
    Q_PROPERTY(int memoryMb READ memoryMb WRITE setMemoryMb NOTIFY limitsChanged)
    /// The system's fixed-width font, for code and output.
    Q_PROPERTY(QFont codeFont READ codeFont CONSTANT)

public:
    static constexpr int kMinTimeout = 1;
    static constexpr int kMaxTimeout = 600;
    static constexpr int kMinMemoryMb = 64;
    static constexpr int kMaxMemoryMb = 16384;

    /// @param settingsPath where the limits are remembered; empty: not remembered.
    WorkspaceModel(StorageService *storage, const QString &settingsPath, QObject *parent = nullptr);
    ~WorkspaceModel() override;

    bool isAvailable() const;
    QString unavailableText() const;
    QString problem() const { return m_problem; }
    QVariantList languages() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString code() const { return m_code; }
    void setCode(const QString &code);
    QString input() const { return m_input; }
    void setInput(const QString &input);
    bool isRunning() const;
    ConsoleModel *console() const { return m_console; }
    RunHistoryModel *history() const { return m_history; }
    AnswerRunsModel *answerRuns() const { return m_answerRuns; }
    QString status() const { return m_status; }
    QString statusDetail() const { return m_statusDetail; }
    bool succeeded() const { return m_succeeded; }
    QString elapsed() const;
    QString notice() const { return m_notice; }
    int timeoutSeconds() const { return m_timeoutSeconds; }
    void setTimeoutSeconds(int seconds);
    int memoryMb() const { return m_memoryMb; }
    void setMemoryMb(int megabytes);
    static QFont codeFont();

    /// The conversation runs are kept with (0: none, a new chat); its history is loaded.
    void setConversationId(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    /// Where images are copied for the console (empty until the first).
    QString imageDirectory() const;

    /// Runs the editor's code with the input.
    Q_INVOKABLE void run();
    /// Ends the run (and the "each model's version" runs) now.
    Q_INVOKABLE void cancel();
    /// Puts @p code in the editor, the fence's @p language mapped to python, sh or js, and asks
    /// the window to show the panel (showRequested).
    Q_INVOKABLE void openCode(const QString &language, const QString &code);
    /// Runs the first runnable code block of every answer of @p turnId (of the open
    /// conversation; 0: its newest message), side by side in answerRuns; shows the panel.
    Q_INVOKABLE void runEachAnswer(qint64 turnId);
    /// Loads a past run (history row) back: code, input, output and how it ended.
    Q_INVOKABLE void loadRun(int row);

Q_SIGNALS:
    void problemChanged();
    void languageChanged();
    void codeChanged();
    void inputChanged();
    void runningChanged();
    void statusChanged();
    void elapsedChanged();
    void noticeChanged();
    void limitsChanged();
    /// The panel should be shown (code was opened, runs were started from an answer).
    void showRequested();
    /// A run was kept in the history (for tests and the status line).
    void runSaved(qint64 runId);

private:
    void onFinished(const StoredRun &run, const QString &error, const QString &message,
                    const QString &workDir);
    void save(const StoredRun &run);
    void runAnswersOf(const std::optional<Conversation> &conversation, qint64 turnId,
                      const QString &untagged);
    void loadHistory();
    void setStatus(const QString &status, const QString &detail, bool succeeded);
    void setNotice(const QString &notice);
    void setProblem(const QString &problem);
    void saveLimits();

    StorageService *m_storage;
    QString m_settingsPath;
    ConsoleModel *m_console;
    RunHistoryModel *m_history;
    AnswerRunsModel *m_answerRuns;
    CodeRunner *m_runner = nullptr;
    std::unique_ptr<RunImages> m_images;
    QString m_language = QStringLiteral("python");
    QString m_code;
    QString m_input;
    QString m_problem;
    QString m_status;
    QString m_statusDetail;
    bool m_succeeded = false;
    QString m_notice;
    int m_timeoutSeconds = 10;
    int m_memoryMb = 512;
    qint64 m_conversationId = 0;
    int m_historyGeneration = 0;
    StoredRun m_current; ///< The run in progress: where it came from, what it printed.
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1;
    QTimer m_tick; ///< Moves the elapsed time on while a run goes.
};

} // namespace coro
