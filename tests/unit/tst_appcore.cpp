#include "fakeproviderserver.h"
#include "models/answerlistmodel.h"
#include "models/appcore.h"
#include "secrets/memorysecretstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;
using namespace coro::test;

/**
 * The app's wiring as a user meets it through Settings: a provider added there can be asked at
 * once, the first provider ends the first run, defaults reach the picker, and no key ever
 * lands in a file of the data directory. An in-memory keychain stands in for the system's.
 */
class TestAppCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void customProviderCanBeAskedRightAway();
    void keysNeverReachTheDataDirectory();
    void defaultParametersReachThePicker();
    void paneCostFollowsTheModelsPrice();
    void sameModelTwiceWithItsOwnParameters();
    void aFrameNamesOnlyTheFiguresThatChanged();
    void aWaitingPaneCountsItsTimeUp();

private:
    /// Asks @p ref and waits until its answer has ended.
    static bool askAndFinish(AppCore &app, const QString &ref, const QString &prompt);
    /// Asks @p ref and returns the turn's panes as soon as its one pane is there (null if not).
    static AnswerListModel *askOne(AppCore &app, const QString &ref, const QString &prompt);
    bool writePricedProviders(const QTemporaryDir &dir);

    FakeProviderServer m_server;
};

void TestAppCore::initTestCase()
{
    QVERIFY(m_server.listen());
    qputenv("FAKE_OPENAI_KEY", "k-openai");
}

bool TestAppCore::askAndFinish(AppCore &app, const QString &ref, const QString &prompt)
{
    app.picker()->setSelection({ref});
    if (!app.ask(prompt)) {
        qWarning() << "ask refused:" << app.askError();
        return false;
    }
    return QTest::qWaitFor([&app] { return app.isRunning(); }, 5000) &&
           QTest::qWaitFor([&app] { return !app.isRunning(); }, 10000);
}

void TestAppCore::customProviderCanBeAskedRightAway()
{
    QTemporaryDir dir;
    AppCore app(dir.path(), std::make_unique<MemorySecretStore>());
    QVERIFY(app.isFirstRun());
    QSignalSpy catalogChanged(&app, &AppCore::catalogChanged);
    const QString id = app.providers()->addCustomProvider(
        QStringLiteral("Team proxy"), m_server.baseUrl(ProtocolKind::OpenAi).toString());
    QCOMPARE(id, QStringLiteral("team-proxy"));
    QCOMPARE(catalogChanged.size(), 1);
    QVERIFY(!app.isFirstRun());

    m_server.clear();
    QVERIFY(askAndFinish(app, id + QStringLiteral("/gpt-fake"), QStringLiteral("hello there")));
    QCOMPARE(m_server.requestCount(QStringLiteral("gpt-fake")), 1);
    QVERIFY(app.askError().isEmpty());

    // Removed in settings, it can no longer be asked.
    QVERIFY(app.providers()->removeProvider(id));
    app.picker()->setSelection({id + QStringLiteral("/gpt-fake")});
    QVERIFY(!app.ask(QStringLiteral("still there?")));
    QVERIFY(app.askError().contains(id));
}

void TestAppCore::keysNeverReachTheDataDirectory()
{
    const QByteArray stored = "sk-STORED-a1b2c3d4e5";
    const QByteArray session = "sk-SESSION-f6e7d8c9";
    QTemporaryDir dir;
    {
        auto keychain = std::make_unique<MemorySecretStore>();
        MemorySecretStore *keychainView = keychain.get();
        AppCore app(dir.path(), std::move(keychain));
        const QString id = app.providers()->addCustomProvider(
            QStringLiteral("Proxy"), m_server.baseUrl(ProtocolKind::OpenAi).toString());
        app.providers()->setKey(id, QString::fromLatin1(stored), false);
        app.providers()->setKey(QStringLiteral("groq"), QString::fromLatin1(session), true);
        QTRY_COMPARE(keychainView->readNow(id).secret, QString::fromLatin1(stored));
        app.settings()->setGuide(QStringLiteral("Be brief."));
        app.picker()->saveGroup(QStringLiteral("mine"));

        // The key is used: the provider receives it, in a header.
        m_server.clear();
        QVERIFY(askAndFinish(app, id + QStringLiteral("/gpt-fake"), QStringLiteral("hi")));
        QCOMPARE(m_server.requests().last().header("authorization"), "Bearer " + stored);
    } // Closing the app flushes and closes the history.

    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(stored) && !bytes.contains(session), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(stored.toBase64()) && !bytes.contains(session.toBase64()),
                 qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 3); // providers.json, coro.ini, coro.sqlite at least.
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("providers.json"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("coro.ini"))));
}

void TestAppCore::defaultParametersReachThePicker()
{
    QTemporaryDir dir;
    {
        AppCore app(dir.path(), std::make_unique<MemorySecretStore>());
        app.settings()->setTemperature(0.3);
        app.settings()->setMaxTokens(321);
        QCOMPARE(app.picker()->temperature(), 0.3);
        QCOMPARE(app.picker()->maxTokens(), 321);
    }
    AppCore again(dir.path(), std::make_unique<MemorySecretStore>());
    QCOMPARE(again.picker()->temperature(), 0.3);
    QCOMPARE(again.picker()->maxTokens(), 321);
}

namespace {
AnswerListModel *answersOfTurn(const AppCore &app, int row)
{
    ConversationModel *conversation = app.conversation();
    return qobject_cast<AnswerListModel *>(
        conversation->data(conversation->index(row), ConversationModel::AnswersRole)
            .value<QObject *>());
}

int rowOfLabel(const AnswerListModel &answers, const QString &label)
{
    return int(answers.labels().indexOf(label));
}
} // namespace

AnswerListModel *TestAppCore::askOne(AppCore &app, const QString &ref, const QString &prompt)
{
    app.picker()->setSelection({ref});
    if (!app.ask(prompt)) {
        qWarning() << "ask refused:" << app.askError();
        return nullptr;
    }
    const bool shown = QTest::qWaitFor(
        [&app] { return answersOfTurn(app, 0) && answersOfTurn(app, 0)->rowCount() == 1; }, 5000);
    return shown ? answersOfTurn(app, 0) : nullptr;
}

bool TestAppCore::writePricedProviders(const QTemporaryDir &dir)
{
    // The fake server's providers, gpt-fake priced at $2.50 in and $10 out per million tokens.
    QFile file(dir.filePath(QStringLiteral("providers.json")));
    return file.open(QIODevice::WriteOnly) &&
           file.write(m_server.providersJsonWithPrice(ProtocolKind::OpenAi,
                                                      QStringLiteral("gpt-fake"), 2.5, 10)) > 0;
}

void TestAppCore::paneCostFollowsTheModelsPrice()
{
    QTemporaryDir dir;
    QVERIFY(writePricedProviders(dir));
    const QString priced = QStringLiteral("fake-openai/gpt-fake");
    const QString unpriced = QStringLiteral("fake-openai/reasoning");
    // What the pane shows is the tokens it shows, at the model's price per million.
    const auto checkCosts = [&](const AnswerListModel *answers) {
        QVERIFY(answers);
        const QModelIndex at = answers->index(rowOfLabel(*answers, priced));
        const int in = at.data(AnswerListModel::TokensInRole).toInt();
        const int out = at.data(AnswerListModel::TokensOutRole).toInt();
        QVERIFY(in > 0 && out > 0);
        const double cost = at.data(AnswerListModel::CostRole).toDouble();
        QVERIFY2(qFuzzyCompare(cost, (in * 2.5 + out * 10) / 1e6),
                 qPrintable(QString::number(cost)));
        QCOMPARE(at.data(AnswerListModel::CostTextRole).toString(), formatUsd(cost));
        QVERIFY(at.data(AnswerListModel::CostTextRole).toString().contains(QLatin1Char('$')));
        QVERIFY(!at.data(AnswerListModel::CostSpokenRole).toString().isEmpty());

        // No price: no cost at all, not "$0.00".
        const QModelIndex other = answers->index(rowOfLabel(*answers, unpriced));
        QVERIFY(other.data(AnswerListModel::TokensOutRole).toInt() > 0);
        QCOMPARE(other.data(AnswerListModel::CostRole).toDouble(), -1.0);
        QCOMPARE(other.data(AnswerListModel::CostTextRole).toString(), QString());
        QCOMPARE(other.data(AnswerListModel::CostSpokenRole).toString(), QString());

        // The question's total says it covers only the answers whose price is known.
        QCOMPARE(answers->rowCount(), 2);
        QCOMPARE(answers->totalCostText(),
                 AnswerListModel::tr("%1 for %2 of %3 answers").arg(formatUsd(cost)).arg(1).arg(2));
        QVERIFY(answers->totalCostSpoken().contains(describeUsd(cost)));
    };

    qint64 conversationId = 0;
    {
        AppCore app(dir.path(), std::make_unique<MemorySecretStore>());
        QVERIFY2(app.problem().isEmpty(), qPrintable(app.problem()));
        app.picker()->setSelection({priced, unpriced});
        QVERIFY2(app.ask(QStringLiteral("how much is this")), qPrintable(app.askError()));
        QVERIFY(QTest::qWaitFor([&app] { return app.isRunning(); }, 5000));
        QVERIFY(QTest::qWaitFor([&app] { return !app.isRunning(); }, 10000));
        AnswerListModel *live = answersOfTurn(app, 0);
        QVERIFY(live && live->index(0).data(AnswerListModel::LiveRole).toBool());
        checkCosts(live);
        if (QTest::currentTestFailed())
            return;
        conversationId = app.conversation()->conversationId();
        QVERIFY(conversationId > 0);
    }

    // Opened again from the history, the stored counts give the same cost.
    AppCore again(dir.path(), std::make_unique<MemorySecretStore>());
    QSignalSpy loaded(again.conversation(), &ConversationModel::loaded);
    again.openConversation(conversationId);
    QVERIFY(loaded.wait(5000));
    AnswerListModel *stored = answersOfTurn(again, 0);
    QVERIFY(stored && !stored->index(0).data(AnswerListModel::LiveRole).toBool());
    checkCosts(stored);
}

void TestAppCore::sameModelTwiceWithItsOwnParameters()
{
    QTemporaryDir dir;
    QVERIFY(writePricedProviders(dir));
    AppCore app(dir.path(), std::make_unique<MemorySecretStore>());
    const QString ref = QStringLiteral("fake-openai/gpt-fake");
    app.picker()->setSelection({ref, ref});
    app.picker()->setTemperature(0.7);
    app.picker()->setMaxTokens(2000);
    QVERIFY(app.picker()->setModelParams(1, 1.5, 321, 0.25).isEmpty());
    m_server.clear();
    QVERIFY2(app.ask(QStringLiteral("two temperatures")), qPrintable(app.askError()));
    QVERIFY(QTest::qWaitFor([&app] { return app.isRunning(); }, 5000));
    QVERIFY(QTest::qWaitFor([&app] { return !app.isRunning(); }, 10000));

    // The provider was asked twice: once with the shared parameters, once with the second
    // entry's own (the order requests arrive in is not fixed).
    QStringList asked;
    for (const auto &request : m_server.requests()) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(QLatin1String("model")).toString() != QLatin1String("gpt-fake"))
            continue;
        asked << QStringLiteral("%1/%2/%3")
                     .arg(body.value(QLatin1String("temperature")).toDouble())
                     .arg(body.value(QLatin1String("max_tokens")).toInt())
                     .arg(body.value(QLatin1String("top_p")).toDouble(-1));
    }
    asked.sort();
    QCOMPARE(asked, (QStringList{QStringLiteral("0.7/2000/-1"), QStringLiteral("1.5/321/0.25")}));
    AnswerListModel *answers = answersOfTurn(app, 0);
    QVERIFY(answers);
    QCOMPARE(answers->rowCount(), 2); // Two panes, one per entry.
    // Each says what it was asked with, so the two can be told apart.
    QStringList shown{answers->index(0).data(AnswerListModel::ParametersTextRole).toString(),
                      answers->index(1).data(AnswerListModel::ParametersTextRole).toString()};
    shown.sort();
    const QLocale locale;
    QCOMPARE(shown,
             (QStringList{AnswerListModel::tr("temperature %1").arg(locale.toString(0.7)) +
                              QStringLiteral(" · ") +
                              AnswerListModel::tr("max %1 tokens").arg(locale.toString(2000)),
                          AnswerListModel::tr("temperature %1").arg(locale.toString(1.5)) +
                              QStringLiteral(" · ") +
                              AnswerListModel::tr("max %1 tokens").arg(locale.toString(321)) +
                              QStringLiteral(" · ") +
                              AnswerListModel::tr("top_p %1").arg(locale.toString(0.25))}));
    // Both priced: the question's total is both answers' cost.
    const double both = answers->index(0).data(AnswerListModel::CostRole).toDouble() +
                        answers->index(1).data(AnswerListModel::CostRole).toDouble();
    QVERIFY(both > 0);
    QCOMPARE(answers->totalCostText(), AnswerListModel::tr("%1 in total").arg(formatUsd(both)));

    // The history keeps, per answer, the parameters it was asked with.
    const qint64 conversationId = app.conversation()->conversationId();
    Database db(dir.filePath(QStringLiteral("coro.sqlite")));
    QVERIFY(db.open());
    QStringList stored;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            stored.clear();
            const auto conversation = ConversationStore(db).conversation(conversationId);
            if (!conversation || conversation->turns.isEmpty())
                return false;
            for (const StoredAnswer &answer : conversation->turns.constFirst().answers) {
                const QJsonObject &p = answer.parameters;
                stored << QStringLiteral("%1/%2/%3")
                              .arg(p.value(QLatin1String("temperature")).toDouble())
                              .arg(p.value(QLatin1String("max_tokens")).toInt())
                              .arg(p.value(QLatin1String("top_p")).toDouble(-1));
            }
            return stored.size() == 2;
        }(),
        5000);
    stored.sort();
    QCOMPARE(stored, (QStringList{QStringLiteral("0.7/2000/-1"), QStringLiteral("1.5/321/0.25")}));
}

void TestAppCore::aFrameNamesOnlyTheFiguresThatChanged()
{
    // A streaming pane's figures reach the view once per frame. A frame names only the roles
    // whose value changed (tokens, speed, time; not the error or the blocks), and a view that
    // updates on what is named ends up showing every figure as it is.
    QTemporaryDir dir;
    QVERIFY(writePricedProviders(dir));
    AppCore app(dir.path(), std::make_unique<MemorySecretStore>());
    AnswerListModel *answers =
        askOne(app, QStringLiteral("fake-openai/slow:15"), QStringLiteral("count slowly"));
    QVERIFY(answers);
    // Every role but the whole text and reasoning (sent on their own, twice a second).
    QList<int> figures = answers->roleNames().keys();
    figures.removeAll(AnswerListModel::TextRole);
    figures.removeAll(AnswerListModel::ReasoningRole);
    QHash<int, QVariant> shown; // What a view that follows dataChanged shows.
    for (const int role : figures)
        shown.insert(role, answers->index(0).data(role));
    int frames = 0;
    QStringList unchangedButNamed;
    connect(answers, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &, const QList<int> &roles) {
                if (from.row() != 0 || roles.contains(AnswerListModel::TextRole))
                    return;
                // The first frame after the run is attached names every figure.
                const bool first = frames++ == 0;
                for (const int role : roles) {
                    const QVariant now = from.data(role);
                    if (!first && now == shown.value(role))
                        unchangedButNamed << QString::fromUtf8(answers->roleNames().value(role));
                    shown.insert(role, now);
                }
            });
    QVERIFY(QTest::qWaitFor([&app] { return !app.isRunning(); }, 10000));
    QCOMPARE(answers->index(0).data(AnswerListModel::StateRole).toString(), QStringLiteral("done"));
    QVERIFY2(frames > 3, qPrintable(QString::number(frames)));
    QVERIFY2(unchangedButNamed.isEmpty(), qPrintable(unchangedButNamed.join(QLatin1String(", "))));
    for (const int role : figures) {
        QVERIFY2(shown.value(role) == answers->index(0).data(role),
                 answers->roleNames().value(role).constData());
    }
}

void TestAppCore::aWaitingPaneCountsItsTimeUp()
{
    // A model that sends nothing for a while (loading, or queued behind other requests) still
    // shows its time going on, not the moment it was last heard of.
    QTemporaryDir dir;
    QVERIFY(writePricedProviders(dir));
    AppCore app(dir.path(), std::make_unique<MemorySecretStore>());
    AnswerListModel *answers =
        askOne(app, QStringLiteral("fake-openai/cold:1500"), QStringLiteral("wake up"));
    QVERIFY(answers);
    int shownMs = -1; // What a view following dataChanged shows.
    connect(answers, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(AnswerListModel::ElapsedMsRole))
                    shownMs = from.data(AnswerListModel::ElapsedMsRole).toInt();
            });
    QTest::qWait(400);
    const int early = shownMs;
    QTest::qWait(600);
    QCOMPARE(answers->index(0).data(AnswerListModel::TokensOutRole).toInt(), -1); // No news yet.
    QVERIFY2(early >= 0 && shownMs - early >= 400,
             qPrintable(QStringLiteral("%1 then %2").arg(early).arg(shownMs)));
    QVERIFY(QTest::qWaitFor([&app] { return !app.isRunning(); }, 10000));
}

QTEST_GUILESS_MAIN(TestAppCore)
#include "tst_appcore.moc"
