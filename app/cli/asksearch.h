#pragma once

#include "context/searchintent.h"
#include "context/webcontext.h"

#include <QCommandLineParser>
#include <optional>

namespace coro {
class StorageService;
}

namespace coro::cli {

class CliEnvironment;

/**
 * @brief The web search step of `ask`: decides (SearchIntent), searches (WebSearch, with the
 *        history file's cache) and says what happened — the `search` JSON line, or a few lines
 *        on stderr — before any model is asked.
 */
class AskSearch
{
public:
    struct Options
    {
        SearchIntent::Mode mode = SearchIntent::Mode::Auto;
        QString backend; ///< A providers.json search entry; empty: the first.
        std::optional<ModelRef> intentModel;
        int timeoutMs = 8000;
        bool json = false;
    };

    /// --search, --search-backend, --search-timeout, --intent-model.
    static QList<QCommandLineOption> options();
    /// The options as given; nullopt with @p error set when one is invalid.
    static std::optional<Options> fromParser(const QCommandLineParser &parser, QString *error);

    /// Blocks (running the event loop) for at most about the timeout. Returns the sources for
    /// the turn, or a context without sources when nothing was searched or the search failed.
    /// @param storage the history file holding the cache; null (ephemeral): no cache.
    static WebContext run(CliEnvironment &env, StorageService *storage, const QString &prompt,
                          const Options &options);

private:
    static void print(const WebContext &web, bool json);
};

} // namespace coro::cli
