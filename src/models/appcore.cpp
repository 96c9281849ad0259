#include "appcore.h"

#include "answerlistmodel.h"
#include "chat/chatsession.h"
#include "context/intentrules.h"
#include "context/promptsearch.h"
#include "conversationlistmodel.h"
#include "conversationmodel.h"
#include "core/freedmemory.h"
#include "markdown/codehighlighter.h"
#include "modelpickermodel.h"
#include "modelslogging.h"
#include "searchresultmodel.h"
#include "secrets/apikeyresolver.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/sessionfallbackstore.h"
#include "storage/conversationstore.h"
#include "storage/storageservice.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTimer>

namespace coro {

namespace {
constexpr int kDeletedKeptDays = 7;
// The highlighter loads its engine this long after start-up: out of the first frame's way,
// and before an answer's first code block would have to wait for it.
constexpr int kHighlighterWarmUpMs = 400;
// After a turn ends: its answers are saved and its transient memory freed by then.
constexpr int kReleaseMemoryMs = 250;
// After the first frames and the history's first page, before a user's first question.
constexpr int kStartupSettledMs = 1000;
} // namespace

AppCore::AppCore(const QString &dataDirOption, QObject *parent)
    : AppCore(dataDirOption, std::make_unique<KeychainSecretStore>(), parent)
{}

AppCore::AppCore(const QString &dataDirOption, std::unique_ptr<SecretStore> keychain,
                 QObject *parent)
    : QObject(parent), m_dataDir(DataDirectory::resolve(dataDirOption)),
      m_network(new QNetworkAccessManager(this)), m_keychain(std::move(keychain)),
      m_secrets(std::make_unique<SessionFallbackStore>(m_keychain.get())),
      m_keys(std::make_unique<ApiKeyResolver>(m_secrets.get())),
      m_highlighter(CodeHighlighter::create())
{
    QTimer::singleShot(kHighlighterWarmUpMs, this, [this] { m_highlighter->warmUp(); });
    m_releaseMemory.setSingleShot(true);
    m_releaseMemory.setInterval(kReleaseMemoryMs);
    connect(&m_releaseMemory, &QTimer::timeout, this, [this] {
        Q_EMIT idleMoment(); // Garbage collected first, so its memory is handed back too.
        releaseFreedMemory();
    });
    // Start-up leaves the script engine's garbage of building the window; collected on the
    // first question, it lengthened the frame in which that question's turn appears.
    QTimer::singleShot(kStartupSettledMs, this, [this] {
        IntentRules::prepare(); // Not in the first question's turn.
        Q_EMIT idleMoment();
    });
    // Once no answer streams, the turn's transient allocations are freed: hand them back.
    // (On the change from running to idle only: runningChanged also follows switching chats.)
    connect(this, &AppCore::runningChanged, this, [this] {
        const bool running = isRunning();
        if (std::exchange(m_wasRunning, running) && !running)
            m_releaseMemory.start();
    });
    QStringList problems;
    if (!m_dataDir.error().isEmpty())
        problems << m_dataDir.error();
    QString error;
    if (const auto catalog = ProviderCatalog::load(m_dataDir.providersFile(), &error)) {
        m_catalog = *catalog;
    } else {
        m_catalog = ProviderCatalog::presets();
        problems << tr("%1 could not be read, so the built-in providers are offered (%2). "
                       "A change in Settings keeps that file beside the new one.")
                        .arg(m_dataDir.providersFile(), error);
    }

    m_storage = new StorageService(m_dataDir.databaseFile(), this);
    if (!m_storage->open(&error))
        problems << error;
    else if (m_storage->interruptedAtStart() > 0)
        qCInfo(lcModels) << m_storage->interruptedAtStart() << "answers were interrupted";
    m_storage->purgeDeleted(QDateTime::currentMSecsSinceEpoch() -
                            qint64(kDeletedKeptDays) * 24 * 3600 * 1000);
    connect(m_storage, &StorageService::writeFailed, this, [this](const QString &message) {
        m_saveError = message;
        Q_EMIT saveErrorChanged();
    });
    m_problem = problems.join(QLatin1Char('\n'));

    m_session = new ChatSession(m_catalog, m_keys.get(), m_network, m_storage, this);
    m_promptSearch = new PromptSearch(m_catalog, m_keys.get(), m_network, m_storage,
                                      m_dataDir.providersFile(), this);
    m_conversations = new ConversationListModel(m_storage, this);
    m_search = new SearchResultModel(m_storage, this);
    m_conversation = new ConversationModel(
        m_storage, m_highlighter.get(), [this](qint64 turnId) { return liveAnswers(turnId); },
        this);
    m_conversation->setPriceLookup(priceLookup());
    m_picker = new ModelPickerModel(m_catalog, settingsPath(), this);
    m_providers = new ProviderSettingsModel(m_catalog, m_dataDir.providersFile(), m_secrets.get(),
                                            m_network, this);
    m_localServers = new LocalServerProbe(m_network, this);
    m_settings = new AppSettings(settingsPath(), this);
    useDefaults();
    connect(m_settings, &AppSettings::defaultsChanged, this, &AppCore::useDefaults);
    connect(m_providers, &ProviderSettingsModel::catalogEdited, this, &AppCore::useCatalog);
    connect(m_providers, &ProviderSettingsModel::modelsDiscovered, this, &AppCore::offerDiscovered);
    m_workspace = new WorkspaceModel(m_storage, settingsPath(), this);
    m_dictation = new DictationControl(m_keys.get(), m_network, this);
    m_dictation->setCatalog(m_catalog);
    m_fusion = new TurnFusion(
        m_session, m_conversation, m_settings, m_picker, m_keys.get(), m_network,
        [this](qint64 conversationId, qint64 turnId) {
            return adoptLive(conversationId, turnId, /*create=*/false);
        },
        this);
    connect(m_conversation, &ConversationModel::conversationChanged, m_workspace,
            [this] { m_workspace->setConversationId(m_conversation->conversationId()); });

    connect(m_conversation, &ConversationModel::conversationChanged, this,
            &AppCore::runningChanged);
    // A question searched for belongs to the conversation it was asked in.
    connect(m_conversation, &ConversationModel::conversationChanged, this, [this] {
        if (!isSearching())
            return;
        m_promptSearch->cancel();
        Q_EMIT searchingChanged();
        setAskError(tr("The question was not sent: another conversation was opened during "
                       "its web search."));
    });
    connect(m_conversation, &ConversationModel::regenerateRequested, this, &AppCore::regenerate);
    // A follow-up goes to the models of the conversation's last turn.
    connect(m_conversation, &ConversationModel::loaded, this, [this] {
        const QStringList models = m_conversation->lastTurnModels();
        if (!models.isEmpty())
            m_picker->setSelection(models);
        Q_EMIT runningChanged();
    });
}

AppCore::~AppCore()
{
    // Runs end before the services they use: the session (and its turns) goes first.
    delete m_session;
    m_session = nullptr;
}

QString AppCore::settingsPath() const
{
    return AppSettings::fileIn(m_dataDir.path());
}

AnswerListModel::PriceLookup AppCore::priceLookup() const
{
    return [this](const QString &provider, const QString &model) {
        return m_catalog.priceOf(provider, model);
    };
}

void AppCore::useCatalog(const ProviderCatalog &catalog)
{
    m_catalog = catalog;
    m_session->setCatalog(catalog);
    m_promptSearch->setCatalog(catalog);
    m_dictation->setCatalog(catalog);
    m_picker->setCatalog(catalog);
    // Panes shown and streaming show costs at the new prices.
    m_conversation->setPriceLookup(priceLookup());
    for (const LiveTurn &live : std::as_const(m_live)) {
        if (live.answers)
            live.answers->setPriceLookup(priceLookup());
    }
    Q_EMIT catalogChanged();
}

void AppCore::offerDiscovered(const QString &providerId, const QList<ModelInfo> &models)
{
    m_picker->addDiscovered(providerId, models);
    // The first models a user makes available are the ones the next question goes to.
    if (m_picker->selection().isEmpty() && !models.isEmpty())
        m_picker->setSelection({providerId + QLatin1Char('/') + models.first().id});
}

void AppCore::useDefaults()
{
    const GenerationParams &defaults = m_settings->defaultParams();
    m_picker->setTemperature(defaults.temperature);
    m_picker->setMaxTokens(defaults.maxTokens);
    m_picker->setTopP(defaults.topP.value_or(-1));
}

bool AppCore::isFirstRun() const
{
    return !QFile::exists(m_dataDir.providersFile());
}

bool AppCore::isRunning() const
{
    for (const LiveTurn &live : m_live) {
        if (live.conversationId == m_conversation->conversationId() && live.answers &&
            live.answers->isRunning())
            return true;
    }
    return false;
}

void AppCore::newChat()
{
    m_conversation->clear();
    setAskError({});
}

void AppCore::openConversation(qint64 id, qint64 turnId)
{
    setAskError({});
    m_conversation->open(id, turnId);
}

bool AppCore::isSearching() const
{
    return m_promptSearch->isRunning();
}

bool AppCore::ask(const QString &prompt, const QString &searchMode)
{
    const auto mode = SearchIntent::modeFromName(searchMode);
    if (!mode) {
        setAskError(tr("Unknown web search mode \"%1\".").arg(searchMode));
        return false;
    }
    if (isSearching()) {
        setAskError(tr("The web search for the previous question is still running."));
        return false;
    }
    if (prompt.trimmed().isEmpty()) {
        setAskError(tr("Type a question first."));
        return false;
    }
    const QList<ModelRef> models = m_picker->selectedRefs();
    if (models.isEmpty()) {
        setAskError(tr("Choose at least one model."));
        return false;
    }
    if (const QString problem = m_picker->paramsProblem(); !problem.isEmpty()) {
        setAskError(problem);
        return false;
    }
    ChatSession::AskOptions check;
    check.models = models;
    check.prompt = prompt;
    check.params = m_picker->params();
    check.modelParams = m_picker->selectedParams();
    check.conversationId = m_conversation->conversationId();
    if (QString error; !m_session->check(check, &error)) {
        setAskError(error);
        return false;
    }
    // Most questions need no search: they are asked at once.
    if (*mode == SearchIntent::Mode::Never ||
        (*mode == SearchIntent::Mode::Auto &&
         !SearchIntent::decideByRules(prompt, *mode).shouldSearch)) {
        startTurn(prompt, 0, models, m_picker->selectedParams());
        return m_askError.isEmpty();
    }
    setAskError({});
    // The models are asked once the search ends, within its deadline, with or without sources.
    PromptSearch::Options options;
    options.mode = *mode;
    m_promptSearch->run(prompt, options,
                        [this, prompt, models, modelParams = m_picker->selectedParams()](
                            const PromptSearch::Outcome &outcome) {
                            Q_EMIT searchingChanged();
                            WebContext web = outcome.web;
                            if (!outcome.reported)
                                web = {};
                            startTurn(prompt, 0, models, modelParams, web);
                        });
    Q_EMIT searchingChanged();
    return true;
}

void AppCore::regenerate(qint64 turnId, const QString &provider, const QString &model)
{
    startTurn({}, turnId, {ModelRef{provider, model}});
}

void AppCore::startTurn(const QString &prompt, qint64 regenerateTurnId,
                        const QList<ModelRef> &models,
                        const QList<std::optional<GenerationParams>> &modelParams,
                        const WebContext &web)
{
    ChatSession::AskOptions options;
    options.models = models;
    options.prompt = prompt;
    options.params = m_picker->params();
    options.modelParams = modelParams;
    options.conversationId = m_conversation->conversationId();
    options.regenerateTurnId = regenerateTurnId;
    options.defaultGuide = m_settings->guide();
    if (!options.conversationId)
        options.guide = m_conversation->pendingGuide();
    // Only sources reach the models; a failed search is shown in the turn.
    options.web = web.hasSources() ? web : WebContext();
    QString error;
    const bool accepted = m_session->ask(
        options,
        [this, prompt, regenerateTurnId, web](const ChatSession::PlannedTurn &planned) {
            if (!m_session)
                return; // Shutting down.
            if (!planned.turn) {
                setAskError(planned.error);
                return;
            }
            // The panes of a turn asked again are the ones on screen: they go live in place.
            AnswerListModel *answers =
                adoptLive(planned.conversationId, planned.turnId, /*create=*/true);
            answers->attach(planned.turn, planned.answerIds);
            const bool shown = m_conversation->conversationId() == planned.conversationId;
            if (!regenerateTurnId && (shown || m_conversation->conversationId() == 0)) {
                const bool first = m_conversation->rowCount() == 0;
                m_conversation->appendTurn(planned.conversationId, planned.turnId, prompt, answers,
                                           web);
                if (first) // The store names a new conversation after its first prompt.
                    m_conversation->setTitle(ConversationStore::titleFromPrompt(prompt));
            }
            m_conversations->refresh(); // New conversation, new title, new order.
            updateLive(planned.conversationId);
            Q_EMIT runningChanged();
        },
        &error);
    setAskError(accepted ? QString() : error);
}

AnswerListModel *AppCore::adoptLive(qint64 conversationId, qint64 turnId, bool create)
{
    if (AnswerListModel *live = liveAnswers(turnId))
        return live;
    AnswerListModel *answers = m_conversation->takeAnswers(turnId);
    if (answers)
        answers->setParent(this);
    else if (create)
        answers = new AnswerListModel(m_storage, m_highlighter.get(), this);
    else
        return nullptr;
    answers->setPriceLookup(priceLookup());
    connect(answers, &AnswerListModel::regenerateRequested, this,
            [this, turnId](const QString &p, const QString &m) { regenerate(turnId, p, m); });
    connect(answers, &AnswerListModel::runningChanged, this, [this, conversationId] {
        updateLive(conversationId);
        Q_EMIT runningChanged();
    });
    m_live.insert(turnId, {conversationId, answers});
    return answers;
}

AnswerListModel *AppCore::liveAnswers(qint64 turnId) const
{
    return m_live.value(turnId).answers.data();
}

void AppCore::updateLive(qint64 conversationId)
{
    bool live = false;
    for (const LiveTurn &turn : std::as_const(m_live)) {
        if (turn.conversationId == conversationId && turn.answers && turn.answers->isRunning())
            live = true;
    }
    m_conversations->setLive(conversationId, live);
}

void AppCore::cancelRunning()
{
    if (isSearching()) {
        m_promptSearch->cancel();
        Q_EMIT searchingChanged();
    }
    for (const LiveTurn &live : std::as_const(m_live)) {
        if (live.conversationId == m_conversation->conversationId() && live.answers)
            live.answers->cancelAll();
    }
}

void AppCore::dismissSaveError()
{
    m_saveError.clear();
    Q_EMIT saveErrorChanged();
}

void AppCore::setAskError(const QString &error)
{
    if (m_askError == error)
        return;
    m_askError = error;
    Q_EMIT askErrorChanged();
}

} // namespace coro
