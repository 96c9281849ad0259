#include "providers/providercatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace coro;

namespace {

QStringList idsOf(const ProviderCatalog &catalog)
{
    QStringList ids;
    for (const auto &provider : catalog.providers())
        ids << provider.id;
    return ids;
}

// One line per provider with every field the file stores, so two catalogs compare in one QCOMPARE.
QStringList describe(const ProviderCatalog &catalog)
{
    QStringList lines;
    for (const auto &provider : catalog.providers()) {
        QStringList models;
        for (const auto &model : provider.models) {
            const QString price =
                model.price
                    ? QStringLiteral("%1/%2").arg(model.price->input).arg(model.price->output)
                    : QStringLiteral("none");
            models << QStringLiteral("%1|%2|%3|%4|%5")
                          .arg(model.id, model.displayName, model.tagline, model.recommendedUse,
                               price);
        }
        lines << QStringLiteral("%1 name=%2 protocol=%3 url=%4 env=%5 key=%6 models=[%7]")
                     .arg(provider.id, provider.name, protocolName(provider.protocol),
                          provider.baseUrl.toString(), provider.keyEnv,
                          provider.requiresKey ? QStringLiteral("required")
                                               : QStringLiteral("optional"),
                          models.join(QStringLiteral("; ")));
    }
    return lines;
}

std::optional<ProviderCatalog> parse(const char *json, QString *error)
{
    return ProviderCatalog::fromJson(QByteArray(json), ProviderCatalog::presets(), error);
}

} // namespace

class TestProviderCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsCoverKnownProviders_data();
    void presetsCoverKnownProviders();
    void everyPresetModelIsDescribed();
    void localPresetsNeedNoKey();

    void minimalEntryInheritsPreset();
    void customProvider();
    void entryOverridesPresetFields();
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();
    void keysAreRefused_data();
    void keysAreRefused();
    void passwordInBaseUrlIsRefused();

    void presetsHaveListPrices();
    void priceIsRead();
    void userPriceOverridesPreset();
    void badPricesAreRefused_data();
    void badPricesAreRefused();
    void costNeedsBothCounts();
    void costIsFormattedForPeople();

    void toJsonRoundTrips();
    void toJsonHoldsNoKey();
    void loadMissingFileGivesPresets();
    void saveThenLoad();
    void loadMalformedFileNamesPath();
};

void TestProviderCatalog::presetsCoverKnownProviders_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("host");
    const struct
    {
        const char *id;
        const char *protocol;
        const char *host;
    } rows[] = {
        {"openai", "openai", "api.openai.com"},
        {"anthropic", "anthropic", "api.anthropic.com"},
        {"gemini", "gemini", "generativelanguage.googleapis.com"},
        {"groq", "openai", "api.groq.com"},
        {"deepseek", "openai", "api.deepseek.com"},
        {"cerebras", "openai", "api.cerebras.ai"},
        {"mistral", "openai", "api.mistral.ai"},
        {"openrouter", "openai", "openrouter.ai"},
        {"xai", "openai", "api.x.ai"},
        {"together", "openai", "api.together.xyz"},
        {"ollama", "ollama", "127.0.0.1"},
        {"lmstudio", "openai", "127.0.0.1"},
        {"llamacpp", "openai", "127.0.0.1"},
    };
    for (const auto &row : rows) {
        QTest::newRow(row.id) << QString::fromLatin1(row.id) << QString::fromLatin1(row.protocol)
                              << QString::fromLatin1(row.host);
    }
}

void TestProviderCatalog::presetsCoverKnownProviders()
{
    QFETCH(QString, id);
    QFETCH(QString, protocol);
    QFETCH(QString, host);
    const ProviderConfig *provider = ProviderCatalog::presets().find(id);
    QVERIFY2(provider, qPrintable(id));
    QCOMPARE(protocolName(provider->protocol), protocol);
    QCOMPARE(provider->baseUrl.host(), host);
    QVERIFY(provider->baseUrl.scheme() == QLatin1String("https") ||
            provider->baseUrl.scheme() == QLatin1String("http"));
    QVERIFY(!provider->name.isEmpty());
}

void TestProviderCatalog::everyPresetModelIsDescribed()
{
    const ProviderCatalog &presets = ProviderCatalog::presets();
    QVERIFY(presets.providers().size() >= 13);
    int models = 0;
    for (const auto &provider : presets.providers()) {
        for (const auto &model : provider.models) {
            ++models;
            const QString where = provider.id + QLatin1Char('/') + model.id;
            QVERIFY2(!model.tagline.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(!model.recommendedUse.trimmed().isEmpty(), qPrintable(where));
        }
    }
    QVERIFY(models >= 10);
}

void TestProviderCatalog::localPresetsNeedNoKey()
{
    const ProviderCatalog &presets = ProviderCatalog::presets();
    for (const char *id : {"ollama", "lmstudio", "llamacpp"})
        QVERIFY2(!presets.find(QString::fromLatin1(id))->requiresKey, id);
    QVERIFY(presets.find(QStringLiteral("openai"))->requiresKey);
    QCOMPARE(presets.find(QStringLiteral("openai"))->keyEnv, QStringLiteral("OPENAI_API_KEY"));
}

void TestProviderCatalog::minimalEntryInheritsPreset()
{
    QString error;
    const auto catalog = parse(R"({"providers":[{"id":"openai"}]})", &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(idsOf(*catalog), QStringList{QStringLiteral("openai")});
    const ProviderConfig *openai = catalog->find(QStringLiteral("openai"));
    QCOMPARE(openai->baseUrl.toString(), QStringLiteral("https://api.openai.com/v1"));
    QCOMPARE(openai->protocol, ProtocolKind::OpenAi);
    QCOMPARE(openai->keyEnv, QStringLiteral("OPENAI_API_KEY"));
    QCOMPARE(openai->name, QStringLiteral("OpenAI"));
    QCOMPARE(openai->models.size(),
             ProviderCatalog::presets().find(QStringLiteral("openai"))->models.size());
}

void TestProviderCatalog::customProvider()
{
    QString error;
    const auto catalog = parse(R"({"providers":[
        {"id":"lab","name":"Lab vLLM","protocol":"openai","base_url":"http://10.0.0.5:8000/v1",
         "requires_key":false,"models":["qwen3-32b",{"id":"llama-3.3-70b","tagline":"Big"}]},
        {"id":"claude-proxy","protocol":"anthropic","base_url":"https://proxy.example.com",
         "key_env":"PROXY_KEY"}]})",
                               &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(idsOf(*catalog), (QStringList{QStringLiteral("lab"), QStringLiteral("claude-proxy")}));

    const ProviderConfig *lab = catalog->find(QStringLiteral("lab"));
    QCOMPARE(lab->name, QStringLiteral("Lab vLLM"));
    QCOMPARE(lab->protocol, ProtocolKind::OpenAi);
    QCOMPARE(lab->baseUrl.toString(), QStringLiteral("http://10.0.0.5:8000/v1"));
    QVERIFY(!lab->requiresKey);
    QCOMPARE(lab->models.size(), 2);
    QCOMPARE(lab->models.at(0).id, QStringLiteral("qwen3-32b"));
    QCOMPARE(lab->models.at(1).tagline, QStringLiteral("Big"));

    const ProviderConfig *proxy = catalog->find(QStringLiteral("claude-proxy"));
    QCOMPARE(proxy->protocol, ProtocolKind::Anthropic);
    QCOMPARE(proxy->keyEnv, QStringLiteral("PROXY_KEY"));
    QCOMPARE(proxy->name, QStringLiteral("claude-proxy")); // Falls back to the id.
    QVERIFY(proxy->requiresKey);
}

void TestProviderCatalog::entryOverridesPresetFields()
{
    QString error;
    const auto catalog = parse(
        R"({"providers":[{"id":"ollama","base_url":"http://gpu-box:11434","models":["qwen3:8b"]}]})",
        &error);
    QVERIFY2(catalog, qPrintable(error));
    const ProviderConfig *ollama = catalog->find(QStringLiteral("ollama"));
    QCOMPARE(ollama->baseUrl.toString(), QStringLiteral("http://gpu-box:11434"));
    QCOMPARE(ollama->protocol, ProtocolKind::Ollama); // Still the preset's.
    QVERIFY(!ollama->requiresKey);
    QCOMPARE(ollama->models.size(), 1);
    QCOMPARE(ollama->models.at(0).id, QStringLiteral("qwen3:8b"));
}

void TestProviderCatalog::malformedFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions"); ///< What the message must name.

    QTest::newRow("invalid JSON") << QByteArray(R"({"providers":[{"id":"openai"},]})")
                                  << QStringList{QStringLiteral("JSON")};
    QTest::newRow("missing providers list") << QByteArray(R"({"provider":[{"id":"openai"}]})")
                                            << QStringList{QStringLiteral("providers")};
    QTest::newRow("providers not a list") << QByteArray(R"({"providers":{"id":"openai"}})")
                                          << QStringList{QStringLiteral("providers")};
    QTest::newRow("unknown protocol")
        << QByteArray(
               R"({"providers":[{"id":"openai"},{"id":"lab","protocol":"grpc","base_url":"http://lab:1/v1"}]})")
        << QStringList{QStringLiteral("lab"), QStringLiteral("grpc")};
    QTest::newRow("ftp base_url")
        << QByteArray(
               R"({"providers":[{"id":"lab","protocol":"openai","base_url":"ftp://lab/v1"}]})")
        << QStringList{QStringLiteral("lab"), QStringLiteral("base_url")};
    QTest::newRow("base_url not a URL")
        << QByteArray(R"({"providers":[{"id":"lab","protocol":"openai","base_url":"not a url"}]})")
        << QStringList{QStringLiteral("lab"), QStringLiteral("base_url")};
    QTest::newRow("custom without base_url")
        << QByteArray(R"({"providers":[{"id":"lab","protocol":"openai"}]})")
        << QStringList{QStringLiteral("lab"), QStringLiteral("base_url")};
    QTest::newRow("duplicate id")
        << QByteArray(R"({"providers":[{"id":"groq"},{"id":"openai"},{"id":"groq"}]})")
        << QStringList{QStringLiteral("groq"), QStringLiteral("3")};
    QTest::newRow("id with slash")
        << QByteArray(
               R"({"providers":[{"id":"my/lab","protocol":"openai","base_url":"http://lab/v1"}]})")
        << QStringList{QStringLiteral("my/lab"), QStringLiteral("/")};
    // A number no double holds is refused by the JSON reader before any price is read.
    QTest::newRow("price overflowing a double")
        << QByteArray(
               R"({"providers":[{"id":"groq","models":[{"id":"x","price":{"input":1e999,"output":1}}]}]})")
        << QStringList{QStringLiteral("JSON")};
    QTest::newRow("empty id") << QByteArray(R"({"providers":[{"id":"openai"},{"name":"x"}]})")
                              << QStringList{QStringLiteral("2"), QStringLiteral("id")};
}

void TestProviderCatalog::malformedFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QString error;
    const auto catalog = ProviderCatalog::fromJson(json, ProviderCatalog::presets(), &error);
    QVERIFY(!catalog);
    QVERIFY(!error.isEmpty());
    for (const QString &word : mentions)
        QVERIFY2(error.contains(word),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error)));
}

void TestProviderCatalog::keysAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("api_key on preset")
        << QByteArray(R"({"providers":[{"id":"openai","api_key":"sk-live-123"}]})")
        << QStringLiteral("api_key");
    QTest::newRow("api_key on custom")
        << QByteArray(
               R"({"providers":[{"id":"lab","protocol":"openai","base_url":"http://lab/v1","api_key":"x"}]})")
        << QStringLiteral("api_key");
    QTest::newRow("apiKey") << QByteArray(R"({"providers":[{"id":"groq","apiKey":"gsk_1"}]})")
                            << QStringLiteral("apiKey");
}

void TestProviderCatalog::keysAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    const auto catalog = ProviderCatalog::fromJson(json, ProviderCatalog::presets(), &error);
    QVERIFY(!catalog);
    QVERIFY2(error.contains(field), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("keychain")), qPrintable(error));
    // The message names the entry but never repeats the secret.
    QVERIFY2(!error.contains(QStringLiteral("sk-live-123")) &&
                 !error.contains(QStringLiteral("gsk_1")),
             qPrintable(error));
}

void TestProviderCatalog::passwordInBaseUrlIsRefused()
{
    // A password in the URL is a key by another name: it would be written back by toJson().
    QString error;
    const auto catalog = parse(
        R"({"providers":[{"id":"lab","protocol":"openai","base_url":"https://user:s3cret@lab.example.com/v1"}]})",
        &error);
    QVERIFY2(!catalog, catalog ? catalog->toJson().constData() : "");
    QVERIFY2(error.contains(QStringLiteral("lab")), qPrintable(error));
}

void TestProviderCatalog::presetsHaveListPrices()
{
    const ProviderCatalog &presets = ProviderCatalog::presets();
    const auto mini = presets.priceOf(QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"));
    QVERIFY(mini);
    QCOMPARE(mini->input, 0.15);
    QCOMPARE(mini->output, 0.6);
    for (const auto &[provider, model] :
         {std::pair{"openai", "gpt-4.1"}, std::pair{"openai", "o4-mini"},
          std::pair{"anthropic", "claude-sonnet-4-5"}, std::pair{"anthropic", "claude-haiku-4-5"},
          std::pair{"gemini", "gemini-2.5-flash"}, std::pair{"gemini", "gemini-2.5-pro"},
          std::pair{"deepseek", "deepseek-chat"}, std::pair{"mistral", "mistral-small-latest"},
          std::pair{"groq", "llama-3.3-70b-versatile"}}) {
        const auto price =
            presets.priceOf(QString::fromLatin1(provider), QString::fromLatin1(model));
        QVERIFY2(price, model);
        // Output costs at least what input does at every provider listed.
        QVERIFY2(price->input > 0 && price->output >= price->input, model);
    }
    // A router's price depends on where it routes: none is made up.
    QVERIFY(!presets.priceOf(QStringLiteral("openrouter"), QStringLiteral("openrouter/auto")));
    QVERIFY(!presets.priceOf(QStringLiteral("openai"), QStringLiteral("not-a-model")));
    QVERIFY(!presets.priceOf(QStringLiteral("nobody"), QStringLiteral("gpt-4o-mini")));
}

void TestProviderCatalog::priceIsRead()
{
    QString error;
    const auto catalog = parse(R"({"providers":[
        {"id":"lab","protocol":"openai","base_url":"http://lab:8000/v1","models":[
          {"id":"big","price":{"input":3,"output":15}},
          {"id":"free","price":{"input":0,"output":0}},
          "plain"]}]})",
                               &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(*catalog->priceOf(QStringLiteral("lab"), QStringLiteral("big")), (ModelPrice{3, 15}));
    QCOMPARE(*catalog->priceOf(QStringLiteral("lab"), QStringLiteral("free")), (ModelPrice{0, 0}));
    QVERIFY(!catalog->priceOf(QStringLiteral("lab"), QStringLiteral("plain")));
}

void TestProviderCatalog::userPriceOverridesPreset()
{
    QString error;
    const auto catalog = parse(R"({"providers":[{"id":"openai","models":[
        {"id":"gpt-4o-mini","price":{"input":1.5,"output":6}},
        "gpt-4.1",
        {"id":"o4-mini","price":null},
        {"id":"gpt-new"}]},
        {"id":"anthropic"}]})",
                               &error);
    QVERIFY2(catalog, qPrintable(error));
    const ProviderCatalog &presets = ProviderCatalog::presets();
    const auto at = [&catalog](const char *provider, const char *model) {
        return catalog->priceOf(QString::fromLatin1(provider), QString::fromLatin1(model));
    };
    QCOMPARE(*at("openai", "gpt-4o-mini"), (ModelPrice{1.5, 6}));
    // Listed again without a price: the preset's stays; null says "unknown".
    QCOMPARE(at("openai", "gpt-4.1"),
             presets.priceOf(QStringLiteral("openai"), QStringLiteral("gpt-4.1")));
    QVERIFY(at("openai", "gpt-4.1"));
    QVERIFY(!at("openai", "o4-mini"));
    QVERIFY(!at("openai", "gpt-new"));
    // An entry naming only the id keeps every preset price.
    QCOMPARE(at("anthropic", "claude-haiku-4-5"),
             presets.priceOf(QStringLiteral("anthropic"), QStringLiteral("claude-haiku-4-5")));

    // Written back by Settings and read again, each price (or its absence) is the same.
    const auto reread = ProviderCatalog::fromJson(catalog->toJson(), presets, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(describe(*reread), describe(*catalog));
}

void TestProviderCatalog::badPricesAreRefused_data()
{
    QTest::addColumn<QByteArray>("price");
    QTest::addColumn<QString>("field"); ///< What the message must name besides "price".
    QTest::newRow("negative") << QByteArray(R"({"input":-0.5,"output":1})")
                              << QStringLiteral("input");
    QTest::newRow("text") << QByteArray(R"({"input":1,"output":"NaN"})")
                          << QStringLiteral("output");
    QTest::newRow("number as text")
        << QByteArray(R"({"input":"0.15","output":1})") << QStringLiteral("input");
    QTest::newRow("huge") << QByteArray(R"({"input":1,"output":1e6})") << QStringLiteral("output");
    QTest::newRow("null input") << QByteArray(R"({"input":null,"output":1})")
                                << QStringLiteral("input");
    QTest::newRow("missing output") << QByteArray(R"({"input":1})") << QStringLiteral("output");
    QTest::newRow("a number") << QByteArray("2.5") << QStringLiteral("input");
    QTest::newRow("a list") << QByteArray("[1,2]") << QStringLiteral("output");
}

void TestProviderCatalog::badPricesAreRefused()
{
    QFETCH(QByteArray, price);
    QFETCH(QString, field);
    const QByteArray json =
        R"({"providers":[{"id":"openai"},{"id":"groq","models":[{"id":"llama-x","price":)" + price +
        "}]}]}";
    QString error;
    const auto catalog = ProviderCatalog::fromJson(json, ProviderCatalog::presets(), &error);
    QVERIFY2(!catalog, json.constData());
    // The message says where (entry, provider, model) and what is wrong.
    for (const QString &word : {QStringLiteral("2"), QStringLiteral("groq"),
                                QStringLiteral("llama-x"), QStringLiteral("price"), field})
        QVERIFY2(error.contains(word),
                 qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error)));
}

void TestProviderCatalog::costNeedsBothCounts()
{
    const ModelPrice price{2.5, 10}; // USD per million tokens.
    QCOMPARE(*price.costOf(1'000'000, 0), 2.5);
    QCOMPARE(*price.costOf(0, 1'000'000), 10.0);
    QVERIFY(qFuzzyCompare(*price.costOf(1200, 350), (1200 * 2.5 + 350 * 10) / 1e6));
    QCOMPARE(*price.costOf(0, 0), 0.0);
    // A count the provider did not send makes the cost unknown, not smaller.
    QVERIFY(!price.costOf(-1, 350));
    QVERIFY(!price.costOf(1200, -1));
}

void TestProviderCatalog::costIsFormattedForPeople()
{
    const QLocale c = QLocale::c();
    QCOMPARE(formatUsd(0.0012, c), QStringLiteral("$0.0012"));
    QCOMPARE(formatUsd(0.153, c), QStringLiteral("$0.153"));
    QCOMPARE(formatUsd(12.3, c), QStringLiteral("$12.30"));
    QCOMPARE(formatUsd(0, c), QStringLiteral("$0.00")); // A known price of zero.
    QCOMPARE(formatUsd(0.00002, c), QStringLiteral("<$0.0001"));
    QCOMPARE(formatUsd(-1, c), QString()); // Unknown: nothing, never "$0.00".
    QCOMPARE(formatUsd(std::nan(""), c), QString());
    QCOMPARE(formatUsd(0.0012, QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("$0,0012"));
    QCOMPARE(formatUsd(1234.5, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("$1,234.50"));
    QCOMPARE(describeUsd(0.0012, c), QStringLiteral("0.0012 US dollars"));
    QCOMPARE(describeUsd(-1, c), QString());
}

void TestProviderCatalog::toJsonRoundTrips()
{
    const ProviderCatalog &presets = ProviderCatalog::presets();
    QString error;
    // Against an empty base: the file alone must be enough to rebuild every provider.
    const auto reread = ProviderCatalog::fromJson(presets.toJson(), ProviderCatalog(), &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(describe(*reread), describe(presets));

    ProviderCatalog custom;
    ProviderConfig lab;
    lab.id = QStringLiteral("lab");
    lab.name = QStringLiteral("Lab");
    lab.protocol = ProtocolKind::Gemini;
    lab.baseUrl = QUrl(QStringLiteral("https://lab.example.com/gemini"));
    lab.keyEnv = QStringLiteral("LAB_KEY");
    lab.models = {{QStringLiteral("m1"), QStringLiteral("Model One"), QStringLiteral("Tag"),
                   QStringLiteral("Use"), ModelPrice{0.25, 1.25}},
                  {QStringLiteral("m2"), {}, {}, {}, std::nullopt}};
    custom.upsert(lab);
    const auto labReread = ProviderCatalog::fromJson(custom.toJson(), ProviderCatalog(), &error);
    QVERIFY2(labReread, qPrintable(error));
    QCOMPARE(describe(*labReread), describe(custom));
}

void TestProviderCatalog::toJsonHoldsNoKey()
{
    const QJsonDocument document = QJsonDocument::fromJson(ProviderCatalog::presets().toJson());
    const QJsonArray providers = document.object().value(QLatin1String("providers")).toArray();
    QVERIFY(providers.size() >= 13);
    for (const auto &entry : providers) {
        const QJsonObject object = entry.toObject();
        for (const char *field : {"api_key", "apiKey", "key", "token", "secret"}) {
            QVERIFY2(!object.contains(QLatin1String(field)),
                     qPrintable(object.value(QLatin1String("id")).toString()));
        }
    }
    // What toJson writes is accepted again with the presets as base, as load() does.
    QString error;
    QVERIFY2(ProviderCatalog::fromJson(ProviderCatalog::presets().toJson(),
                                       ProviderCatalog::presets(), &error),
             qPrintable(error));
}

void TestProviderCatalog::loadMissingFileGivesPresets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const auto catalog =
        ProviderCatalog::load(dir.filePath(QStringLiteral("providers.json")), &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(describe(*catalog), describe(ProviderCatalog::presets()));
}

void TestProviderCatalog::saveThenLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("providers.json"));

    QString error;
    auto catalog = parse(R"({"providers":[{"id":"openai"},
        {"id":"lab","protocol":"ollama","base_url":"http://gpu-box:11434","requires_key":false,
         "models":[{"id":"qwen3:8b","tagline":"Local Qwen","recommended_use":"Private drafts"}]}]})",
                         &error);
    QVERIFY2(catalog, qPrintable(error));
    QVERIFY2(catalog->save(path, &error), qPrintable(error));
    QVERIFY(QFile::exists(path));

    const auto loaded = ProviderCatalog::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(describe(*loaded), describe(*catalog));
    QCOMPARE(idsOf(*loaded), (QStringList{QStringLiteral("openai"), QStringLiteral("lab")}));
}

void TestProviderCatalog::loadMalformedFileNamesPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"providers":[{"id":"openai","api_key":"sk-live-123"}]})");
    file.close();

    QString error;
    QVERIFY(!ProviderCatalog::load(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("keychain")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProviderCatalog)
#include "tst_providercatalog.moc"
