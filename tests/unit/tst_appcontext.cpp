#include "fakeproviderserver.h"
#include "markdown/messageblockmodel.h"
#include "models/answerlistmodel.h"
#include "models/appcore.h"
#include "models/provenancemodel.h"
#include "models/speech.h"
#include "secrets/memorysecretstore.h"
#include "voice/readaloud.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

namespace {
const QString kFused =
    QStringLiteral("Rayleigh scattering makes the sky blue. [A][B]\n"
                   "Sunsets are red because light travels further. [B]\n\n"
                   "## Contradictions\n"
                   "- [A] says violet light is absorbed; [B] says eyes are less sensitive.\n");
const QStringList kModels{QStringLiteral("fake-openai/gpt-fake"),
                          QStringLiteral("fake-anthropic/claude-fake")};

QString systemTextOf(const FakeProviderServer::RecordedRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    if (body.contains(QLatin1String("system"))) // Anthropic
        return body.value(QLatin1String("system")).toString();
    return messages.isEmpty()
               ? QString()
               : messages.at(0).toObject().value(QLatin1String("content")).toString();
}

QString lastUserTextOf(const FakeProviderServer::RecordedRequest &request)
{
    const QJsonArray messages =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("messages")).toArray();
    return messages.isEmpty()
               ? QString()
               : messages.last().toObject().value(QLatin1String("content")).toString();
}
} // namespace

/**
 * Context and synthesis in the app's models: a question searched on the web shows its sources
 * (or why there are none) in its turn, a conversation's guide reaches every model, and "Fuse
 * answers" streams a fused answer into a pane of its own with its sources per part and its
 * contradictions, plainly or guided by the points the user kept; voice says why it cannot work.
 */
namespace {
/// What a pane's formatted blocks say, as plain text, blocks joined by a space.
QString plainBlocks(const AnswerListModel *answers, int row)
{
    auto *blocks = qobject_cast<MessageBlockModel *>(
        answers->data(answers->index(row), AnswerListModel::BlocksRole).value<QObject *>());
    if (!blocks)
        return QStringLiteral("(no blocks)");
    blocks->addView(qApp); // Read as a pane's view shows them.
    QStringList texts;
    for (int i = 0; i < blocks->rowCount(); ++i)
        texts << blocks->index(i).data(MessageBlockModel::PlainTextRole).toString().trimmed();
    return texts.join(QLatin1Char(' '));
}
} // namespace

class TestAppContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { m_server.clear(); }
    void webSourcesAreShownWithTheirTurn();
    void failedSearchSaysWhyAndTheModelsStillAnswer();
    void guideOfANewChatReachesEveryModelAndIsKept();
    void fusedAnswerStreamsInItsOwnPaneWithProvenance();
    void guidedFusionFusesOnlyTheKeptPoints();
    void voiceSaysWhyItCannotWorkHere();

private:
    QString newDataDir(const QByteArray &providers);
    bool askAndFinish(AppCore &app, const QString &prompt, const QString &mode = {});
    static bool waitForFusion(AnswerListModel *answers, int rows);

    FakeProviderServer m_server;
    QList<std::shared_ptr<QTemporaryDir>> m_dirs;
};

void TestAppContext::initTestCase()
{
    QVERIFY(m_server.listen());
}

QString TestAppContext::newDataDir(const QByteArray &providers)
{
    auto dir = std::make_shared<QTemporaryDir>();
    m_dirs << dir;
    QFile file(dir->filePath(QStringLiteral("providers.json")));
    if (file.open(QIODevice::WriteOnly))
        file.write(providers);
    return dir->path();
}

bool TestAppContext::askAndFinish(AppCore &app, const QString &prompt, const QString &mode)
{
    app.picker()->setSelection(kModels);
    const int turns = app.conversation()->rowCount();
    if (!(mode.isEmpty() ? app.ask(prompt) : app.ask(prompt, mode))) {
        qWarning() << "ask refused:" << app.askError();
        return false;
    }
    return QTest::qWaitFor([&] { return app.conversation()->rowCount() > turns; }, 15000) &&
           QTest::qWaitFor([&] { return !app.isRunning(); }, 15000);
}

bool TestAppContext::waitForFusion(AnswerListModel *answers, int rows)
{
    return QTest::qWaitFor([&] { return answers->rowCount() == rows; }, 10000) &&
           QTest::qWaitFor(
               [&] {
                   return answers->data(answers->index(rows - 1), AnswerListModel::StateRole)
                              .toString() == QLatin1String("done");
               },
               15000);
}

void TestAppContext::webSourcesAreShownWithTheirTurn()
{
    AppCore app(newDataDir(m_server.providersJsonWithSearch()),
                std::make_unique<MemorySecretStore>());
    QVERIFY(askAndFinish(app, QStringLiteral("Lisbon metro strike"), QStringLiteral("always")));
    QVERIFY(!app.isSearching());

    const QVariantMap web =
        app.conversation()->data(app.conversation()->index(0), ConversationModel::WebRole).toMap();
    QVERIFY(web.value(QStringLiteral("used")).toBool());
    QVERIFY(web.value(QStringLiteral("searchedAt")).toDateTime().isValid());
    const QVariantList sources = web.value(QStringLiteral("sources")).toList();
    // Three pages (a duplicate address merged); the javascript: link never shows.
    QCOMPARE(sources.size(), 3);
    for (int i = 0; i < sources.size(); ++i) {
        const QVariantMap source = sources.at(i).toMap();
        QCOMPARE(source.value(QStringLiteral("number")).toInt(), i + 1);
        QVERIFY(source.value(QStringLiteral("url")).toString().startsWith(QLatin1String("http")));
    }
    // Every model was given the numbered sources.
    int given = 0;
    for (const auto &request : m_server.requests()) {
        if (!request.model.isEmpty())
            given +=
                systemTextOf(request).contains(QLatin1String("Web search results for")) ? 1 : 0;
    }
    QCOMPARE(given, 2);

    // Opened again, the turn still shows them (from the history file).
    const int id = app.conversation()->conversationIdForQml();
    app.newChat();
    app.openConversation(id);
    QTRY_VERIFY(app.conversation()
                    ->data(app.conversation()->index(0), ConversationModel::WebRole)
                    .toMap()
                    .value(QStringLiteral("used"))
                    .toBool());
}

void TestAppContext::failedSearchSaysWhyAndTheModelsStillAnswer()
{
    QJsonObject providers = QJsonDocument::fromJson(m_server.providersJsonWithSearch()).object();
    QJsonArray failingFirst;
    for (const QJsonValue &entry : providers.value(QLatin1String("search")).toArray()) {
        if (entry.toObject().value(QLatin1String("id")).toString() == QLatin1String("fake-failing"))
            failingFirst.prepend(entry);
        else
            failingFirst.append(entry);
    }
    providers.insert(QStringLiteral("search"), failingFirst);
    AppCore app(newDataDir(QJsonDocument(providers).toJson()),
                std::make_unique<MemorySecretStore>());
    QVERIFY(askAndFinish(app, QStringLiteral("search the web for lisbon weather")));

    const QVariantMap web =
        app.conversation()->data(app.conversation()->index(0), ConversationModel::WebRole).toMap();
    QVERIFY(!web.value(QStringLiteral("used")).toBool());
    QCOMPARE(web.value(QStringLiteral("skipped")).toString(), QStringLiteral("failed"));
    QVERIFY(!web.value(QStringLiteral("message")).toString().isEmpty());
    AnswerListModel *answers = qobject_cast<AnswerListModel *>(
        app.conversation()
            ->data(app.conversation()->index(0), ConversationModel::AnswersRole)
            .value<QObject *>());
    QVERIFY(answers);
    QCOMPARE(answers->data(answers->index(0), AnswerListModel::StateRole).toString(),
             QStringLiteral("done"));
}

void TestAppContext::guideOfANewChatReachesEveryModelAndIsKept()
{
    const QString dataDir = newDataDir(m_server.providersJson());
    qint64 conversationId = 0;
    {
        AppCore app(dataDir, std::make_unique<MemorySecretStore>());
        app.settings()->setGuide(QStringLiteral("Default: answer in haiku."));
        app.conversation()->setGuide(QStringLiteral("  Answer in French.  "));
        QCOMPARE(app.conversation()->guide(), QStringLiteral("Answer in French."));
        QVERIFY(askAndFinish(app, QStringLiteral("Why is the sky blue?")));
        conversationId = app.conversation()->conversationId();
        for (const auto &request : m_server.requests()) {
            if (request.model.isEmpty())
                continue;
            QVERIFY(systemTextOf(request).contains(QLatin1String("Answer in French.")));
            QVERIFY(!systemTextOf(request).contains(QLatin1String("haiku")));
        }
        // A new chat without a guide of its own gets the default.
        app.newChat();
        QCOMPARE(app.conversation()->guide(), QString());
        m_server.clear();
        QVERIFY(askAndFinish(app, QStringLiteral("And the sea?")));
        QVERIFY(systemTextOf(m_server.requests().constLast()).contains(QLatin1String("haiku")));
    }
    AppCore again(dataDir, std::make_unique<MemorySecretStore>());
    again.openConversation(conversationId);
    QTRY_COMPARE(again.conversation()->guide(), QStringLiteral("Answer in French."));
}

void TestAppContext::fusedAnswerStreamsInItsOwnPaneWithProvenance()
{
    m_server.setScriptedAnswers(QStringLiteral("fuser"), {kFused});
    const QString dataDir = newDataDir(m_server.providersJson());
    qint64 conversationId = 0;
    {
        AppCore app(dataDir, std::make_unique<MemorySecretStore>());
        QVERIFY(askAndFinish(app, QStringLiteral("Why is the sky blue?")));
        conversationId = app.conversation()->conversationId();
        const int turnId = app.conversation()
                               ->data(app.conversation()->index(0), ConversationModel::TurnIdRole)
                               .toInt();
        auto *answers = qobject_cast<AnswerListModel *>(
            app.conversation()
                ->data(app.conversation()->index(0), ConversationModel::AnswersRole)
                .value<QObject *>());
        QVERIFY(answers);
        QVERIFY(answers->canFuse());
        QCOMPARE(app.fusion()->models(turnId).mid(0, 2), kModels);

        QVERIFY2(app.fusion()->fuse(turnId, QStringLiteral("fake-openai/fuser")),
                 qPrintable(app.fusion()->error()));
        QVERIFY(waitForFusion(answers, 3));
        const QModelIndex fused = answers->index(2);
        QVERIFY(answers->data(fused, AnswerListModel::FusionRole).toBool());
        QVERIFY(!answers->data(answers->index(0), AnswerListModel::FusionRole).toBool());
        QCOMPARE(answers->data(fused, AnswerListModel::TextRole).toString(), kFused);
        // The follow-up goes to the models that answered, not to the fusing one.
        QCOMPARE(answers->labels(), kModels);

        auto *provenance = qobject_cast<ProvenanceModel *>(
            answers->data(fused, AnswerListModel::ProvenanceRole).value<QObject *>());
        QVERIFY(provenance);
        QTRY_COMPARE(provenance->rowCount(), 2);
        QCOMPARE(
            provenance->data(provenance->index(1), ProvenanceModel::SourcesRole).toStringList(),
            QStringList{QStringLiteral("B")});
        QVERIFY(provenance->data(provenance->index(0), ProvenanceModel::DescriptionRole)
                    .toString()
                    .contains(QLatin1String("A (fake-openai/gpt-fake)")));
        QVERIFY(provenance->contradictions().contains(QLatin1String("[B] says eyes")));
        // Said once: in the contradictions box, not again in the fused answer's body.
        QCOMPARE(plainBlocks(answers, 2), QStringLiteral("Rayleigh scattering makes the sky "
                                                         "blue. [A][B] Sunsets are red because "
                                                         "light travels further. [B]"));
        const QVariantList legend = provenance->legend();
        QCOMPARE(legend.size(), 2);
        QCOMPARE(legend.at(1).toMap().value(QStringLiteral("model")).toString(), kModels.at(1));
        QCOMPARE(legend.at(1).toMap().value(QStringLiteral("parts")).toInt(), 2);

        // The fusing model saw labelled answers, never the models' names.
        const auto fusing = m_server.requests().constLast();
        QCOMPARE(fusing.model, QStringLiteral("fuser"));
        QVERIFY(lastUserTextOf(fusing).contains(QLatin1String("Answer [B]:")));
        QVERIFY(!lastUserTextOf(fusing).contains(QLatin1String("fake-anthropic/claude-fake")));

        // Fusing again with another model adds another pane.
        QVERIFY(app.fusion()->fuse(turnId, QStringLiteral("fake-anthropic/fuser")));
        QVERIFY(waitForFusion(answers, 4));
    }
    // From the history file: still a fusion, with its sources named.
    AppCore again(dataDir, std::make_unique<MemorySecretStore>());
    again.openConversation(conversationId);
    QTRY_COMPARE(again.conversation()->rowCount(), 1);
    auto *answers = qobject_cast<AnswerListModel *>(
        again.conversation()
            ->data(again.conversation()->index(0), ConversationModel::AnswersRole)
            .value<QObject *>());
    QCOMPARE(answers->rowCount(), 4);
    QVERIFY(answers->data(answers->index(2), AnswerListModel::FusionRole).toBool());
    QTRY_COMPARE(
        qobject_cast<ProvenanceModel *>(
            answers->data(answers->index(2), AnswerListModel::ProvenanceRole).value<QObject *>())
            ->legend()
            .value(0)
            .toMap()
            .value(QStringLiteral("model"))
            .toString(),
        kModels.at(0));
    QVERIFY(!plainBlocks(answers, 2).contains(QLatin1String("Contradictions")));
    QVERIFY(plainBlocks(answers, 2).startsWith(QLatin1String("Rayleigh scattering")));
    QVERIFY(answers->data(answers->index(2), AnswerListModel::TextRole)
                .toString()
                .contains(QLatin1String("## Contradictions"))); // The text keeps them.
}

void TestAppContext::guidedFusionFusesOnlyTheKeptPoints()
{
    const QString checklist =
        QStringLiteral("{\"points\": [{\"text\": \"Light scatters\", \"sources\": [\"A\"]}, "
                       "{\"text\": \"Oceans reflect the sky\", \"sources\": [\"A\", \"B\"]}, "
                       "{\"text\": \"Eyes see blue best\", \"sources\": [\"B\"], \"disputed\": "
                       "true}]}");
    m_server.setScriptedAnswers(QStringLiteral("guide-fuser"),
                                {checklist, QStringLiteral("Light scatters [A].")});
    AppCore app(newDataDir(m_server.providersJson()), std::make_unique<MemorySecretStore>());
    QVERIFY(askAndFinish(app, QStringLiteral("Why is the sky blue?")));
    const int turnId = app.conversation()
                           ->data(app.conversation()->index(0), ConversationModel::TurnIdRole)
                           .toInt();
    FusionChecklistModel *points = app.fusion()->checklist();
    QVERIFY(app.fusion()->extractPoints(turnId, QStringLiteral("fake-openai/guide-fuser")));
    QCOMPARE(points->state(), QStringLiteral("extracting"));
    QTRY_COMPARE(points->state(), QStringLiteral("ready"));
    QCOMPARE(points->rowCount(), 3);
    QCOMPARE(points->chosenCount(), 3);
    QVERIFY(points->data(points->index(2), FusionChecklistModel::DisputedRole).toBool());
    points->setChosen(1, false);
    QCOMPARE(points->chosenCount(), 2);

    QVERIFY2(app.fusion()->fuseChosen(), qPrintable(app.fusion()->error()));
    QCOMPARE(points->state(), QStringLiteral("idle"));
    auto *answers = qobject_cast<AnswerListModel *>(
        app.conversation()
            ->data(app.conversation()->index(0), ConversationModel::AnswersRole)
            .value<QObject *>());
    QVERIFY(waitForFusion(answers, 3));
    const QString asked = lastUserTextOf(m_server.requests().constLast());
    QVERIFY2(asked.contains(QLatin1String("1. Light scatters\n2. Eyes see blue best")),
             qPrintable(asked));
    QVERIFY(!asked.contains(QLatin1String("Oceans reflect")));
}

void TestAppContext::voiceSaysWhyItCannotWorkHere()
{
    // This machine has no speech engine, no microphone and the fake catalog no transcription
    // preset: each says so in words instead of doing nothing.
    if (ReadAloud::unavailableReason().isEmpty())
        QSKIP("A speech engine is installed here: it would really speak.");
    Speech speech;
    QVERIFY(!speech.read(QStringLiteral("pane"), QStringLiteral("Some **answer**.")));
    QCOMPARE(speech.readingId(), QString());
    QCOMPARE(speech.messageId(), QStringLiteral("pane"));
    QVERIFY(!speech.message().isEmpty());
    QVERIFY(!speech.read(QStringLiteral("empty"), QStringLiteral("```\ncode\n```")));
    QVERIFY(!speech.message().isEmpty());

    AppCore app(newDataDir(m_server.providersJson()), std::make_unique<MemorySecretStore>());
    DictationControl *dictation = app.dictation();
    QCOMPARE(dictation->state(), QStringLiteral("idle"));
    dictation->toggle();
    QCOMPARE(dictation->state(), QStringLiteral("failed"));
    QVERIFY(!dictation->message().isEmpty());
}

QTEST_MAIN(TestAppContext)
#include "tst_appcontext.moc"
