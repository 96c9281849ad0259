#pragma once

#include "core/modelref.h"
#include "providers/providercatalog.h"
#include "searchintent.h"
#include "webcontext.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace coro {

class ApiKeyResolver;
class ModelQuery;
class StorageService;
class WebSearch;

/**
 * @brief The web search step before a turn, for every front end: decides whether the prompt
 *        gets a search (SearchIntent: the user's mode, the rules, optionally a small model),
 *        then searches (WebSearch, with the history file's cache) under a deadline.
 *
 * Never holds a turn up for longer than the intent's and the search's deadlines; whatever
 * fails ends in a WebContext without sources that says why.
 */
class PromptSearch : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        SearchIntent::Mode mode = SearchIntent::Mode::Auto;
        QString backend; ///< A providers.json search entry; empty: the first.
        std::optional<ModelRef> intentModel;
        int timeoutMs = 8000;
        /// In Auto mode, with no search set up, say nothing (people are not told so on every
        /// news question); off: report it as skipped `no_backend`.
        bool quietWhenUnconfigured = true;
    };
    struct Outcome
    {
        /// The sources, or (when reported) why there are none.
        WebContext web;
        /// A search was wanted and its result (or failure) is worth telling.
        bool reported = false;
        /// Why the intent model was not followed, when it was asked and failed.
        QString note;
    };
    using Done = std::function<void(const Outcome &)>;

    /// @param providersFile providers.json, read for its `search` list at each run().
    /// @param storage the history file holding the cache; null (ephemeral): no cache.
    PromptSearch(ProviderCatalog catalog, ApiKeyResolver *keys, QNetworkAccessManager *network,
                 StorageService *storage, QString providersFile, QObject *parent = nullptr);
    ~PromptSearch() override;

    void setCatalog(ProviderCatalog catalog) { m_catalog = std::move(catalog); }

    /// @p done runs once, later, from the event loop. A second run() cancels the first, whose
    /// @p done is then never called.
    void run(const QString &prompt, const Options &options, Done done);
    void cancel();
    bool isRunning() const { return bool(m_done); }

private:
    void search(const SearchIntent::Decision &decision, const Options &options, int generation);
    void finish(const Outcome &outcome, int generation);

    ProviderCatalog m_catalog;
    ApiKeyResolver *m_keys;
    QNetworkAccessManager *m_network;
    QPointer<StorageService> m_storage;
    QString m_providersFile;
    ModelQuery *m_query = nullptr;
    SearchIntent *m_intent = nullptr;
    WebSearch *m_search = nullptr;
    Done m_done;
    int m_generation = 0;
};

} // namespace coro
