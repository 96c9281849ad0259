#include "models/catalogeditor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;

/**
 * Changes to the user's providers: each is saved at once, one that cannot be saved is not made,
 * and ids, addresses and remembered models come out the way a user can rely on.
 */
class TestCatalogEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressesAreCheckedAndTidied();
    void idsComeFromNamesAndNeverRepeat();
    void aChangeThatCannotBeSavedIsNotMade();
    void servedModelsAreRememberedOnlyWithoutACuratedList();
    void firstSaveHappensOnce();
    void anUnreadableFileIsKeptBesideTheNewOne();
};

void TestCatalogEditor::addressesAreCheckedAndTidied()
{
    QVERIFY(CatalogEditor::urlProblem(QStringLiteral("https://api.example.com/v1")).isEmpty());
    QVERIFY(CatalogEditor::urlProblem(QStringLiteral(" http://localhost:8000/v1/ ")).isEmpty());
    for (const QString &bad :
         {QStringLiteral(""), QStringLiteral("api.example.com"), QStringLiteral("ftp://x.org"),
          QStringLiteral("https://"), QStringLiteral("https://u:p@x.org/v1"),
          QStringLiteral("https://x.org/v1?key=abc"), QStringLiteral("https://x.org/#a")})
        QVERIFY2(!CatalogEditor::urlProblem(bad).isEmpty(), qPrintable(bad));

    QTemporaryDir dir;
    CatalogEditor editor(ProviderCatalog(), dir.filePath(QStringLiteral("providers.json")));
    QString error;
    const QString id = editor.addCustom(QStringLiteral("vLLM box"),
                                        QStringLiteral(" http://localhost:8000/v1// "), {}, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    const ProviderConfig *added = editor.catalog().find(id);
    QCOMPARE(added->baseUrl.toString(), QStringLiteral("http://localhost:8000/v1"));
    QCOMPARE(added->protocol, ProtocolKind::OpenAi);
    QVERIFY(!added->requiresKey); // On this computer.
}

void TestCatalogEditor::idsComeFromNamesAndNeverRepeat()
{
    QTemporaryDir dir;
    CatalogEditor editor(ProviderCatalog::presets(),
                         dir.filePath(QStringLiteral("providers.json")));
    QString error;
    const QString url = QStringLiteral("https://llm.example.com/v1");
    QCOMPARE(editor.addCustom(QStringLiteral("  Team Proxy (EU) "), url, {}, &error),
             QStringLiteral("team-proxy-eu"));
    QCOMPARE(editor.addCustom(QStringLiteral("Team proxy EU"), url, {}, &error),
             QStringLiteral("team-proxy-eu-2"));
    QCOMPARE(editor.addCustom(QStringLiteral("Groq"), url, {}, &error), QStringLiteral("groq-2"));
    QCOMPARE(editor.addCustom(QStringLiteral("東京"), url, {}, &error), QStringLiteral("custom"));
    QCOMPARE(editor.catalog().find(QStringLiteral("custom"))->name, QStringLiteral("東京"));
    // The preset is untouched by a custom provider of the same name.
    QCOMPARE(editor.catalog().find(QStringLiteral("groq"))->baseUrl,
             ProviderCatalog::presets().find(QStringLiteral("groq"))->baseUrl);
    QVERIFY(editor.addCustom(QStringLiteral("X"), url, QStringLiteral("smtp"), &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("smtp")));
}

void TestCatalogEditor::aChangeThatCannotBeSavedIsNotMade()
{
    QTemporaryDir dir;
    // A directory where the file should be: QSaveFile cannot replace it.
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    QVERIFY(QDir().mkpath(path));
    CatalogEditor editor(ProviderCatalog::presets(), path);
    QString error;
    QVERIFY(!editor.remove(QStringLiteral("openai"), &error));
    QVERIFY(error.contains(path));
    QVERIFY(editor.catalog().find(QStringLiteral("openai")));
    QVERIFY(
        editor.addCustom(QStringLiteral("A"), QStringLiteral("https://a.example.com"), {}, &error)
            .isEmpty());
    QVERIFY(!editor.catalog().find(QStringLiteral("a")));
}

void TestCatalogEditor::servedModelsAreRememberedOnlyWithoutACuratedList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    CatalogEditor editor(ProviderCatalog::presets(), path);
    QString error;
    const QList<ModelInfo> served{{QStringLiteral("llama3.2:3b"), {}, {}, {}},
                                  {QStringLiteral("qwen3:8b"), {}, {}, {}}};
    QVERIFY(!editor.rememberModels(QStringLiteral("openai"), served, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(editor.catalog().find(QStringLiteral("openai"))->models.size(),
             ProviderCatalog::presets().find(QStringLiteral("openai"))->models.size());
    QVERIFY(editor.rememberModels(QStringLiteral("ollama"), served, &error));
    QCOMPARE(ProviderCatalog::load(path, &error)->find(QStringLiteral("ollama"))->models.size(), 2);
    QList<ModelInfo> many;
    for (int i = 0; i < 1000; ++i)
        many.append({QStringLiteral("m%1").arg(i), {}, {}, {}});
    QVERIFY(editor.rememberModels(QStringLiteral("ollama"), many, &error));
    QVERIFY(editor.catalog().find(QStringLiteral("ollama"))->models.size() < many.size());
}

void TestCatalogEditor::firstSaveHappensOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    CatalogEditor editor(ProviderCatalog::presets(), path);
    QString error;
    QVERIFY(editor.saveFirstTime(&error));
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QVERIFY(!editor.saveFirstTime(&error));
    QVERIFY(error.isEmpty());
}

void TestCatalogEditor::anUnreadableFileIsKeptBesideTheNewOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    // Written by hand with a mistake (a trailing comma): the app started on the presets.
    const QByteArray mine = "{\"providers\": [{\"id\": \"work\", \"base_url\": "
                            "\"https://llm.example.com/v1\", \"protocol\": \"openai\"},]}";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mine);
    }
    QString error;
    QVERIFY(!ProviderCatalog::load(path, &error));
    CatalogEditor editor(ProviderCatalog::presets(), path);
    QVERIFY2(editor.addPreset(QStringLiteral("ollama"), QString(), &error), qPrintable(error));
    // The new file is a catalog; the user's text is beside it, byte for byte.
    QVERIFY(ProviderCatalog::load(path, &error));
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("providers.json.unreadable-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.constFirst()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), mine);
    // Later changes save over the now readable file, keeping nothing more aside.
    QVERIFY(editor.remove(QStringLiteral("ollama"), &error));
    QCOMPARE(QDir(dir.path())
                 .entryList({QStringLiteral("providers.json.unreadable-*")}, QDir::Files)
                 .size(),
             1);
}

QTEST_GUILESS_MAIN(TestCatalogEditor)
#include "tst_catalogeditor.moc"
