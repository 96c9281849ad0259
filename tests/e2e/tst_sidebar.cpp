#include "fakeproviderserver.h"
#include "runningapp.h"

#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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
    void aConversationIsPinnedAndRenamedFromItsMenu();

private:
    /// A data directory whose providers are the fake server's, with @p model chosen.
    QString newDataDir(const QString &model);

    FakeProviderServer m_server;
    QList<std::shared_ptr<QTemporaryDir>> m_dirs;
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

QString TestSidebar::newDataDir(const QString &model)
{
    auto dir = std::make_shared<QTemporaryDir>();
    m_dirs << dir;
    return prepareDataDir(dir->path(), m_server.providersJson(), {model});
}

void TestSidebar::onlyTheOpenConversationIsMarked()
{
    RunningApp app(newDataDir(QStringLiteral("fake-openai/gpt-demo")));
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

void TestSidebar::aConversationIsPinnedAndRenamedFromItsMenu()
{
    RunningApp app(newDataDir(QStringLiteral("fake-openai/gpt-demo")));
    QVERIFY(app.window);
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    const AccessibleTree tree(app.window);
    const QString title = QStringLiteral("What is a mutex?");
    QVERIFY(askAndWait(tree, title, 1));
    QTRY_VERIFY(tree.find(QStringLiteral("Actions for ") + title, QAccessible::Button));

    // Its menu (made when opened) pins it.
    QVERIFY(AccessibleTree::press(
        tree.find(QStringLiteral("Actions for ") + title, QAccessible::Button)));
    QTRY_VERIFY2(tree.find(QStringLiteral("Pin"), QAccessible::MenuItem), qPrintable(tree.dump()));
    QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("Pin"), QAccessible::MenuItem)));
    QTRY_VERIFY(tree.find(QStringLiteral("Pinned: ") + title));
    QTRY_VERIFY(!tree.find(QStringLiteral("Pin"), QAccessible::MenuItem)); // Closed.

    // And renames it: a field in place, Enter keeps the new title.
    const QString renamed = QStringLiteral("Locks");
    QVERIFY(AccessibleTree::press(
        tree.find(QStringLiteral("Actions for ") + title, QAccessible::Button)));
    QTRY_VERIFY(tree.find(QStringLiteral("Rename"), QAccessible::MenuItem));
    QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("Rename"), QAccessible::MenuItem)));
    QTRY_VERIFY(tree.find(QStringLiteral("New title")));
    QAccessibleInterface *field = tree.find(QStringLiteral("New title"));
    QTRY_COMPARE(AccessibleTree::text(field), title); // Starts as the title, selected.
    QVERIFY(AccessibleTree::type(field, renamed));
    QTest::keyClick(app.window, Qt::Key_Return);
    QTRY_VERIFY(tree.find(QStringLiteral("Pinned: ") + renamed));
    QVERIFY(!tree.find(QStringLiteral("New title")));
    QVERIFY(!tree.find(QStringLiteral("Pinned: ") + title));
}

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
