#include "promptsearch.h"

#include "modelquery.h"
#include "searchcatalog.h"
#include "storage/storageservice.h"
#include "websearch.h"

namespace coro {

PromptSearch::PromptSearch(ProviderCatalog catalog, ApiKeyResolver *keys,
                           QNetworkAccessManager *network, StorageService *storage,
                           QString providersFile, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_keys(keys), m_network(network),
      m_storage(storage), m_providersFile(std::move(providersFile))
{}

PromptSearch::~PromptSearch() = default;

void PromptSearch::run(const QString &prompt, const Options &options, Done done)
{
    cancel();
    const int generation = ++m_generation;
    m_done = std::move(done);
    m_query = new ModelQuery(m_catalog, m_keys, m_network, this);
    m_intent = new SearchIntent(m_query, this);
    if (options.intentModel)
        m_intent->setModel(*options.intentModel);
    m_intent->decide(prompt, options.mode,
                     [this, options, generation](const SearchIntent::Decision &decision) {
                         search(decision, options, generation);
                     });
}

void PromptSearch::search(const SearchIntent::Decision &decision, const Options &options,
                          int generation)
{
    if (generation != m_generation)
        return;
    Outcome outcome;
    outcome.note = decision.note;
    if (!decision.shouldSearch) {
        finish(outcome, generation);
        return;
    }
    QString error;
    const auto catalog = SearchCatalog::load(m_providersFile, &error);
    if (catalog && !catalog->find(options.backend) && options.backend.isEmpty() &&
        options.mode == SearchIntent::Mode::Auto && options.quietWhenUnconfigured) {
        finish(outcome, generation); // Nobody set up or asked for a search.
        return;
    }
    outcome.reported = true;
    if (!catalog) {
        outcome.web.query = decision.query;
        outcome.web.skipped = QStringLiteral("no_backend");
        outcome.web.message = tr("invalid providers file: %1").arg(error);
        finish(outcome, generation);
        return;
    }
    m_search = new WebSearch(*catalog, m_keys, m_network, m_storage, this);
    WebSearch::Limits limits;
    limits.timeoutMs = options.timeoutMs;
    m_search->setLimits(limits);
    m_search->search(decision.query, options.backend,
                     [this, outcome, generation](const WebContext &web) mutable {
                         outcome.web = web;
                         finish(outcome, generation);
                     });
}

void PromptSearch::finish(const Outcome &outcome, int generation)
{
    if (generation != m_generation || !m_done)
        return;
    const Done done = std::exchange(m_done, {});
    done(outcome);
}

void PromptSearch::cancel()
{
    ++m_generation;
    m_done = {};
    // Helpers of an earlier run go once their callbacks can no longer reach them.
    for (QObject *helper : {static_cast<QObject *>(m_search), static_cast<QObject *>(m_intent),
                            static_cast<QObject *>(m_query)}) {
        if (helper)
            helper->deleteLater();
    }
    if (m_search)
        m_search->cancel();
    m_search = nullptr;
    m_intent = nullptr;
    m_query = nullptr;
}

} // namespace coro
