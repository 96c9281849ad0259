#include "asksearch.h"
#include "clienvironment.h"
#include "context/promptsearch.h"
#include "jsonlines.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace coro::cli {

namespace {
struct AskSearchText
{
    Q_DECLARE_TR_FUNCTIONS(AskSearch)
};
} // namespace

QList<QCommandLineOption> AskSearch::options()
{
    return {
        {QStringLiteral("search"),
         AskSearchText::tr("Web search for this prompt: auto (when it needs current facts), "
                           "always or never (default auto)."),
         QStringLiteral("mode"), QStringLiteral("auto")},
        {QStringLiteral("search-backend"),
         AskSearchText::tr("The providers.json search entry to use (default: the first)."),
         QStringLiteral("ID")},
        {QStringLiteral("search-timeout"),
         AskSearchText::tr("Seconds the web search may take before the models answer without "
                           "it (8)."),
         QStringLiteral("S")},
        {QStringLiteral("intent-model"),
         AskSearchText::tr("A small model asked whether a prompt needs a search when the rules "
                           "are unsure."),
         QStringLiteral("PROVIDER/MODEL")},
    };
}

std::optional<AskSearch::Options> AskSearch::fromParser(const QCommandLineParser &parser,
                                                        QString *error)
{
    Options options;
    const auto mode = SearchIntent::modeFromName(parser.value(QStringLiteral("search")));
    if (!mode) {
        *error = AskSearchText::tr("--search expects auto, always or never");
        return std::nullopt;
    }
    options.mode = *mode;
    if (parser.isSet(QStringLiteral("search-timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("search-timeout")).toDouble(&ok);
        if (!ok || !(seconds > 0 && seconds <= 120)) { // also refuses NaN
            *error = AskSearchText::tr("--search-timeout must be between 0 and 120 seconds");
            return std::nullopt;
        }
        options.timeoutMs = int(seconds * 1000);
    }
    options.backend = parser.value(QStringLiteral("search-backend"));
    options.json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("intent-model"))) {
        options.intentModel = ModelRef::parse(parser.value(QStringLiteral("intent-model")));
        if (!options.intentModel) {
            *error = AskSearchText::tr("\"%1\" is not PROVIDER/MODEL")
                         .arg(parser.value(QStringLiteral("intent-model")));
            return std::nullopt;
        }
    }
    return options;
}

WebContext AskSearch::run(CliEnvironment &env, StorageService *storage, const QString &prompt,
                          const Options &options)
{
    QEventLoop loop;
    PromptSearch search(env.catalog(), env.keys(), env.network(), storage,
                        env.dataDirectory().providersFile());
    PromptSearch::Options step;
    step.mode = options.mode;
    step.backend = options.backend;
    step.intentModel = options.intentModel;
    step.timeoutMs = options.timeoutMs;
    step.quietWhenUnconfigured = !options.json;
    PromptSearch::Outcome outcome;
    search.run(prompt, step, [&](const PromptSearch::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    loop.exec();
    if (!outcome.note.isEmpty())
        writeErr(QStringLiteral("coro-cli ask: %1\n").arg(outcome.note));
    if (outcome.reported)
        print(outcome.web, options.json);
    return outcome.web.hasSources() ? outcome.web : WebContext();
}

void AskSearch::print(const WebContext &web, bool json)
{
    if (json) {
        QJsonObject line{{QStringLiteral("type"), QStringLiteral("search")},
                         {QStringLiteral("query"), web.query}};
        if (!web.skipped.isEmpty()) {
            line.insert(QStringLiteral("skipped"), web.skipped);
            line.insert(QStringLiteral("message"), web.message);
        } else {
            QJsonArray sources;
            for (const WebSource &source : web.sources) {
                sources.append(QJsonObject{{QStringLiteral("title"), source.title},
                                           {QStringLiteral("url"), source.url}});
            }
            line.insert(QStringLiteral("cached"), web.cached);
            line.insert(QStringLiteral("sources"), sources);
            line.insert(QStringLiteral("backend"), web.backendId);
            line.insert(QStringLiteral("searched_at"), web.searchedAt);
        }
        writeJsonLine(line);
        return;
    }
    if (!web.skipped.isEmpty()) {
        writeErr(QStringLiteral("coro-cli ask: %1\n").arg(web.message));
        return;
    }
    QString text = (web.cached ? AskSearchText::tr("Web sources for \"%1\" (%2, from the cache):")
                               : AskSearchText::tr("Web sources for \"%1\" (%2):"))
                       .arg(web.query, web.backendId) +
                   QLatin1Char('\n');
    for (int i = 0; i < web.sources.size(); ++i) {
        text += QStringLiteral("  [%1] %2 <%3>\n")
                    .arg(i + 1)
                    .arg(web.sources.at(i).title, web.sources.at(i).url);
    }
    writeErr(text);
}

} // namespace coro::cli
