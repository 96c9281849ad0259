#include "exchange/conversationimporter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace coro;

namespace {
QJsonObject message(const QString &role, const QString &text)
{
    return {{QStringLiteral("author"), QJsonObject{{QStringLiteral("role"), role}}},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("content_type"), QStringLiteral("text")},
                         {QStringLiteral("parts"), QJsonArray{text}}}}};
}

QJsonObject node(const QString &parent, const QStringList &children, const QJsonObject &msg = {})
{
    QJsonObject object{{QStringLiteral("children"), QJsonArray::fromStringList(children)}};
    object.insert(QStringLiteral("parent"), parent.isEmpty() ? QJsonValue() : QJsonValue(parent));
    object.insert(QStringLiteral("message"), msg.isEmpty() ? QJsonValue() : QJsonValue(msg));
    return object;
}

QByteArray exportOf(const QJsonObject &mapping)
{
    const QJsonObject conversation{{QStringLiteral("title"), QStringLiteral("Hostile")},
                                   {QStringLiteral("mapping"), mapping}};
    return QJsonDocument(QJsonArray{conversation}).toJson(QJsonDocument::Compact);
}
} // namespace

/// ChatGPT exports are files from elsewhere: a broken or hostile message tree is refused with a
/// clear error, and the work an import does stays bounded by the file's size.
class TestChatGptImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void impossibleTreesAreRefused_data();
    void impossibleTreesAreRefused();
    void wideTreeImportsInLinearTime();
    void combTreeIsRefusedInsteadOfExploding();
};

void TestChatGptImport::impossibleTreesAreRefused_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty id") << QByteArray(R"([{"mapping":{"":{}}}])")
                              << QStringLiteral("a node has an empty id");
    QTest::newRow("empty id with children")
        << QByteArray(R"([{"mapping":{"":{"parent":null,"children":[""]}}}])")
        << QStringLiteral("a node has an empty id");
    QTest::newRow("own parent") << exportOf({{QStringLiteral("a"), node(QStringLiteral("a"), {})}})
                                << QStringLiteral("node a: is its own parent");
    QTest::newRow("own child") << exportOf({{QStringLiteral("a"), node({}, {QStringLiteral("a")})}})
                               << QStringLiteral("node a: lists itself as a child");
    QTest::newRow("two-node cycle")
        << exportOf({{QStringLiteral("a"), node(QStringLiteral("b"), {})},
                     {QStringLiteral("b"), node(QStringLiteral("a"), {})}})
        << QStringLiteral("is its own ancestor");
    QTest::newRow("missing parent")
        << exportOf({{QStringLiteral("a"), node(QStringLiteral("ghost"), {})}})
        << QStringLiteral("refers to missing parent ghost");
}

void TestChatGptImport::impossibleTreesAreRefused()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, error);
    QElapsedTimer clock;
    clock.start();
    const ImportResult result = ConversationImporter::fromChatGpt(file);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QVERIFY(result.conversations.isEmpty());
    QVERIFY(clock.elapsed() < 1000);
}

void TestChatGptImport::wideTreeImportsInLinearTime()
{
    // One question regenerated 30,000 times: a root with 30,000 answer leaves.
    constexpr int kAnswers = 30000;
    QJsonObject mapping;
    QStringList leaves;
    for (int i = 0; i < kAnswers; ++i) {
        const QString id = QStringLiteral("a%1").arg(i);
        leaves << id;
        mapping.insert(
            id, node(QStringLiteral("q"), {},
                     message(QStringLiteral("assistant"), QStringLiteral("Answer %1").arg(i))));
    }
    mapping.insert(QStringLiteral("q"),
                   node({}, leaves, message(QStringLiteral("user"), QStringLiteral("Why?"))));
    const QByteArray file = exportOf(mapping);
    QElapsedTimer clock;
    clock.start();
    const ImportResult result = ConversationImporter::fromChatGpt(file);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.conversations.constFirst().turns.constFirst().answers.size(), kAnswers);
    // Quadratic membership checks took minutes here; linear work takes well under a second.
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
}

void TestChatGptImport::combTreeIsRefusedInsteadOfExploding()
{
    // A chain of 4,000 assistant messages with a dead end at every step: each dead end would be
    // an answer holding every message above it, 8 million message copies in all.
    constexpr int kDepth = 4000;
    QJsonObject mapping;
    mapping.insert(
        QStringLiteral("q"),
        node({}, {QStringLiteral("c0")}, message(QStringLiteral("user"), QStringLiteral("Go"))));
    for (int i = 0; i < kDepth; ++i) {
        const QString id = QStringLiteral("c%1").arg(i);
        const QString parent = i == 0 ? QStringLiteral("q") : QStringLiteral("c%1").arg(i - 1);
        const QString leaf = QStringLiteral("l%1").arg(i);
        QStringList children{leaf};
        if (i + 1 < kDepth)
            children << QStringLiteral("c%1").arg(i + 1);
        mapping.insert(id, node(parent, children, message(QStringLiteral("assistant"), id)));
        mapping.insert(leaf, node(id, {}, message(QStringLiteral("assistant"), leaf)));
    }
    QElapsedTimer clock;
    clock.start();
    const ImportResult result = ConversationImporter::fromChatGpt(exportOf(mapping));
    QVERIFY2(result.error.contains(QStringLiteral("too large or too branched")),
             qPrintable(result.error));
    QVERIFY(clock.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(TestChatGptImport)
#include "tst_chatgptimport.moc"
