#include "fakeproviderserver.h"
#include "runningapp.h"

#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Coro_AppPlugin)
Q_IMPORT_QML_PLUGIN(Coro_ModelsPlugin)

using namespace coro;
using namespace coro::test;

/**
 * The history sidebar of the running app, as a person sees it: which conversation it marks as
 * open while chats are added and opened.
 */
class TestSidebar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void onlyTheOpenConversationIsMarked();

private:
    FakeProviderServer m_server;
};

namespace {
/// The titles of the history rows drawn as marked (highlighted), top to bottom.
QStringList markedRows(QQuickWindow *window)
{
    // Through the visual tree: a list's delegates have no QObject parent.
    QList<QQuickItem *> rows;
    QList<QQuickItem *> pending{window->contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeLast();
        if (item->property("conversationId").isValid() && item->property("highlighted").isValid())
            rows << item;
        pending << item->childItems();
    }
    std::sort(rows.begin(), rows.end(),
              [](const QQuickItem *a, const QQuickItem *b) { return a->y() < b->y(); });
    QStringList marked;
    for (const QQuickItem *row : rows) {
        if (row->isVisible() && row->property("highlighted").toBool())
            marked << row->property("title").toString();
    }
    return marked;
}
} // namespace

void TestSidebar::initTestCase()
{
    QVERIFY(m_server.listen());
    qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    QAccessible::setActive(true);
}

void TestSidebar::onlyTheOpenConversationIsMarked()
{
    QTemporaryDir dir;
    QFile providers(dir.filePath(QStringLiteral("providers.json")));
    QVERIFY(providers.open(QIODevice::WriteOnly));
    providers.write(m_server.providersJson());
    providers.close();
    QSettings(dir.filePath(QStringLiteral("coro.ini")), QSettings::IniFormat)
        .setValue(QStringLiteral("picker/selection"),
                  QStringList{QStringLiteral("fake-openai/gpt-demo")});

    RunningApp app(dir.path());
    QVERIFY(app.window);
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    const AccessibleTree tree(app.window);
    const QString first = QStringLiteral("What is a mutex?");
    const QString second = QStringLiteral("What is a semaphore?");
    QVERIFY(askAndWait(tree, first, 1));
    QTRY_COMPARE(markedRows(app.window), QStringList{first});

    // A new chat goes on top; the chat open before is no longer marked.
    QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("New chat"), QAccessible::Button)));
    QTRY_VERIFY(tree.findAll(QStringLiteral("Answer from ")).isEmpty());
    QVERIFY(askAndWait(tree, second, 1));
    QTRY_COMPARE(markedRows(app.window), QStringList{second});

    // Opening the first again moves the mark to it.
    QVERIFY(AccessibleTree::press(tree.find(first, QAccessible::ListItem)
                                      ? tree.find(first, QAccessible::ListItem)
                                      : tree.find(first, QAccessible::Button)));
    QTRY_COMPARE(markedRows(app.window), QStringList{first});
}

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
