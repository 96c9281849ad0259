#pragma once

#include "appsettings.h"
#include "conversationlistmodel.h"
#include "conversationmodel.h"
#include "core/modelref.h"
#include "dictationcontrol.h"
#include "localserverprobe.h"
#include "modelpickermodel.h"
#include "providers/providercatalog.h"
#include "providersettingsmodel.h"
#include "searchresultmodel.h"
#include "storage/datadirectory.h"
#include "turnfusion.h"
#include "workspacemodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQmlIntegration>
#include <memory>

class QNetworkAccessManager;

namespace coro {

class AnswerListModel;
class ApiKeyResolver;
class ChatSession;
class PromptSearch;
struct WebContext;
class CodeHighlighter;
class SecretStore;
class SessionFallbackStore;
class StorageService;

/**
 * @brief The desktop app's services and the models its window shows, wired once: the history
 *        store, the provider catalog, the keychain, the chat session, and the turns streaming
 *        in this process.
 *
 * Turns keep streaming and saving whatever the window shows: opening another conversation,
 * searching or opening settings never stops them, and coming back finds their live panes.
 * The GUI thread never waits: storage is asynchronous, keys are read asynchronously, the
 * network is event-driven.
 */
class AppCore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application with its data directory")
    Q_PROPERTY(coro::ConversationListModel *conversations READ conversations CONSTANT)
    Q_PROPERTY(coro::SearchResultModel *search READ search CONSTANT)
    Q_PROPERTY(coro::ConversationModel *conversation READ conversation CONSTANT)
    Q_PROPERTY(coro::ModelPickerModel *picker READ picker CONSTANT)
    Q_PROPERTY(coro::ProviderSettingsModel *providers READ providers CONSTANT)
    Q_PROPERTY(coro::LocalServerProbe *localServers READ localServers CONSTANT)
    Q_PROPERTY(coro::AppSettings *settings READ settings CONSTANT)
    /// The code workspace; follows the open conversation (openCode() from a code block).
    Q_PROPERTY(coro::WorkspaceModel *workspace READ workspace CONSTANT)
    /// Dictating a prompt (the first transcription provider of the catalog).
    Q_PROPERTY(coro::DictationControl *dictation READ dictation CONSTANT)
    /// "Fuse answers" on a finished turn of the open conversation.
    Q_PROPERTY(coro::TurnFusion *fusion READ fusion CONSTANT)
    Q_PROPERTY(QString dataDirectory READ dataDirectory CONSTANT)
    /// Why the history or the providers could not be loaded; empty when all is well.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    /// The latest write that did not land (a full disk, a locked file), for a banner.
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)
    /// Why the last ask() was refused; empty after a successful one.
    Q_PROPERTY(QString askError READ askError NOTIFY askErrorChanged)
    /// Answers of the open conversation are streaming.
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    /// A web search runs before the next turn is asked.
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)
    /// No providers.json yet: the first-run guide is offered.
    Q_PROPERTY(bool firstRun READ isFirstRun NOTIFY catalogChanged)

public:
    /// @param dataDirOption --data-dir, or empty for $CORO_DATA_DIR / the platform default.
    explicit AppCore(const QString &dataDirOption, QObject *parent = nullptr);
    /// With another keychain than the system's (tests: an in-memory or unavailable one).
    AppCore(const QString &dataDirOption, std::unique_ptr<SecretStore> keychain,
            QObject *parent = nullptr);
    ~AppCore() override;

    ConversationListModel *conversations() const { return m_conversations; }
    SearchResultModel *search() const { return m_search; }
    ConversationModel *conversation() const { return m_conversation; }
    ModelPickerModel *picker() const { return m_picker; }
    ProviderSettingsModel *providers() const { return m_providers; }
    LocalServerProbe *localServers() const { return m_localServers; }
    AppSettings *settings() const { return m_settings; }
    WorkspaceModel *workspace() const { return m_workspace; }
    TurnFusion *fusion() const { return m_fusion; }
    DictationControl *dictation() const { return m_dictation; }
    QString dataDirectory() const { return m_dataDir.path(); }
    QString problem() const { return m_problem; }
    QString saveError() const { return m_saveError; }
    QString askError() const { return m_askError; }
    bool isRunning() const;
    bool isFirstRun() const;
    bool isSearching() const;
    /// The settings file of this data directory (window, picker, appearance).
    QString settingsPath() const;

    Q_INVOKABLE void newChat();
    Q_INVOKABLE void openConversation(qint64 id, qint64 turnId = 0);
    /// Asks the picker's models in the open conversation (a new one when none is open).
    /// @p searchMode "auto", "always" or "never": whether the web is searched first (auto:
    /// when the prompt needs current facts and a search backend is set up).
    /// False, with askError() saying why, when it cannot be sent.
    Q_INVOKABLE bool ask(const QString &prompt, const QString &searchMode = QStringLiteral("auto"));
    /// Stops every model of the open conversation's running turns; their text is kept.
    Q_INVOKABLE void cancelRunning();
    Q_INVOKABLE void dismissSaveError();

Q_SIGNALS:
    void problemChanged();
    void saveErrorChanged();
    void askErrorChanged();
    void runningChanged();
    void catalogChanged();
    void searchingChanged();
    /// A quiet moment for deferred housekeeping (the view collects its script garbage): once
    /// start-up has settled, and shortly after the last answer stopped streaming.
    void idleMoment();

private:
    struct LiveTurn
    {
        qint64 conversationId = 0;
        QPointer<AnswerListModel> answers;
    };

    void regenerate(qint64 turnId, const QString &provider, const QString &model);
    /// @param modelParams each model's own parameters (see ChatSession::AskOptions).
    void startTurn(const QString &prompt, qint64 regenerateTurnId, const QList<ModelRef> &models,
                   const QList<std::optional<GenerationParams>> &modelParams = {},
                   const WebContext &web = {});
    void setAskError(const QString &error);
    void updateLive(qint64 conversationId);
    AnswerListModel *liveAnswers(qint64 turnId) const;
    /// The catalog's prices, read when a pane asks (so they follow Settings).
    AnswerListModel::PriceLookup priceLookup() const;
    /// The panes of @p turnId, made live (kept by the app) if they were not; null when the
    /// turn is neither live nor shown.
    AnswerListModel *adoptLive(qint64 conversationId, qint64 turnId, bool create);
    /// Settings changed the providers: chat and the picker use them from now on.
    void useCatalog(const ProviderCatalog &catalog);
    void offerDiscovered(const QString &providerId, const QList<ModelInfo> &models);
    void useDefaults();

    DataDirectory m_dataDir;
    ProviderCatalog m_catalog;
    QNetworkAccessManager *m_network;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SessionFallbackStore> m_secrets; ///< Session keys over the keychain.
    std::unique_ptr<ApiKeyResolver> m_keys;
    std::unique_ptr<CodeHighlighter> m_highlighter; ///< One engine for every pane.
    StorageService *m_storage = nullptr;
    ChatSession *m_session = nullptr;
    PromptSearch *m_promptSearch = nullptr;
    ConversationListModel *m_conversations = nullptr;
    SearchResultModel *m_search = nullptr;
    ConversationModel *m_conversation = nullptr;
    ModelPickerModel *m_picker = nullptr;
    ProviderSettingsModel *m_providers = nullptr;
    LocalServerProbe *m_localServers = nullptr;
    AppSettings *m_settings = nullptr;
    WorkspaceModel *m_workspace = nullptr;
    TurnFusion *m_fusion = nullptr;
    DictationControl *m_dictation = nullptr;
    QHash<qint64, LiveTurn> m_live; ///< By turn id.
    QTimer m_releaseMemory;         ///< Gives freed heap back shortly after a turn ends.
    bool m_wasRunning = false;      ///< isRunning() when runningChanged was last seen.
    QString m_problem;
    QString m_saveError;
    QString m_askError;
};

} // namespace coro
