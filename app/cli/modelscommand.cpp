#include "modelscommand.h"
#include "clienvironment.h"
#include "engine/modeldiscovery.h"
#include "jsonlines.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace coro::cli {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct ModelsText
{
    Q_DECLARE_TR_FUNCTIONS(ModelsCommand)
};

// Prints a problem on stderr, after the command name.
void printError(const QString &message)
{
    printCommandError(QStringLiteral("models"), message);
}
} // namespace

int runModels(CliEnvironment &env, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ModelsText::tr("List the models of each provider."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), ModelsText::tr("Print one JSON object per line.")});
    parser.addPositionalArgument(QStringLiteral("provider"), ModelsText::tr("Only this provider."),
                                 QStringLiteral("[PROVIDER]"));
    if (const auto done = parseCommand(parser, arguments, QStringLiteral("models")))
        return *done;
    const bool json = parser.isSet(QStringLiteral("json"));

    QList<ProviderConfig> providers;
    const QStringList named = parser.positionalArguments();
    if (named.size() > 1) {
        printError(ModelsText::tr("name at most one provider"));
        return ExitUsage;
    }
    if (!named.isEmpty()) {
        const ProviderConfig *provider = env.catalog().find(named.first());
        if (!provider) {
            printError(ModelsText::tr("unknown provider \"%1\"").arg(named.first()));
            return ExitUsage;
        }
        providers.append(*provider);
    } else {
        providers = env.catalog().providers();
    }

    ModelDiscovery discovery(env.network());
    int pending = 0;
    int failures = 0;
    QEventLoop loop;
    QObject::connect(
        &discovery, &ModelDiscovery::modelsReady, &loop,
        [&](const QString &id, const QList<ModelInfo> &models) {
            const ProviderConfig *provider = env.catalog().find(id);
            for (const ModelInfo &model : models) {
                // Presets know taglines the endpoint does not send.
                const ModelInfo *known = provider->findModel(model.id);
                const QString tagline =
                    known && !known->tagline.isEmpty() ? known->tagline : model.tagline;
                const QString use = known ? known->recommendedUse : QString();
                if (json) {
                    writeJsonLine({{QStringLiteral("provider"), id},
                                   {QStringLiteral("model"), model.id},
                                   {QStringLiteral("name"), model.displayName},
                                   {QStringLiteral("tagline"), tagline},
                                   {QStringLiteral("recommended_use"), use}});
                } else {
                    writeOut(
                        QStringLiteral("%1/%2%3\n")
                            .arg(id, model.id,
                                 tagline.isEmpty() ? QString() : QStringLiteral("  — ") + tagline));
                }
            }
            if (--pending == 0)
                loop.quit();
        });
    QObject::connect(
        &discovery, &ModelDiscovery::failed, &loop,
        [&](const QString &id, const ProviderError &error) {
            // Listing everything: a local server that is not running is no failure.
            const ProviderConfig *provider = env.catalog().find(id);
            const bool absentLocal =
                named.isEmpty() && !provider->requiresKey && error.code == ErrorCode::NetworkError;
            if (absentLocal) {
                //: %1 is a provider's name, %2 its address.
                printError(ModelsText::tr("%1 is not running (%2)")
                               .arg(provider->name, provider->baseUrl.toDisplayString()));
            } else {
                ++failures;
                printError(QStringLiteral("%1: %2 (%3)")
                               .arg(id, error.message, errorCodeName(error.code)));
            }
            if (--pending == 0)
                loop.quit();
        });

    for (const ProviderConfig &provider : providers) {
        const auto key = env.keys()->resolveNow(provider.id, provider.keyEnv);
        // Listing everything: skip cloud providers the user has no key for. A provider named
        // on its own is asked without one, like a chat.
        if (provider.requiresKey && key.key.isEmpty() && named.isEmpty())
            continue;
        ++pending;
        discovery.fetch(provider, key.key, {10000, 30000});
    }
    if (pending > 0)
        loop.exec();
    return failures ? ExitFailed : ExitOk;
}

} // namespace coro::cli
