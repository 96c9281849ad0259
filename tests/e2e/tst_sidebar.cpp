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
 * open while chats are added and opened, its row menu, and where a search hit opens.
 */
class TestSidebar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void onlyTheOpenConversationIsMarked();
    void aConversationIsPinnedAndRenamedFromItsMenu();
    void aSearchHitOpensItsTurnAtTheTop();
    void searchFindsAWordAsItIsTypedAndSaysWhenNothingMatches();

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

void TestSidebar::aSearchHitOpensItsTurnAtTheTop()
{
    // A hit opens its conversation with that turn in view from its top: at the top of the view,
    // or, for the last turn, as far down as the view goes, its answers' actions in sight. The
    // turns above it take their height a frame or two after they are made.
    RunningApp app(newDataDir(QStringLiteral("fake-openai/gpt-demo")));
    QVERIFY(app.window);
    app.window->resize(1280, 780);
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    const AccessibleTree tree(app.window);
    const QStringList questions{QStringLiteral("first about rivers"),
                                QStringLiteral("second about estuaries"),
                                QStringLiteral("third about oceans")};
    for (const QString &question : questions) {
        QVERIFY(AccessibleTree::type(tree.find(QStringLiteral("Prompt")), question));
        QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("Send"), QAccessible::Button)));
        QVERIFY(QTest::qWaitFor([&app] { return app.core.isRunning(); }, 5000));
        QVERIFY(QTest::qWaitFor([&app] { return !app.core.isRunning(); }, 15000));
    }
    // The top of the turn that says @p question, and the bottom of its answer's actions, in the
    // view's coordinates (-1 when not made).
    const auto placeOf = [&](const QString &question) -> std::pair<int, int> {
        QAccessibleInterface *turns = tree.find(QStringLiteral("Turns"), QAccessible::List);
        if (!turns)
            return {-1, -1};
        const int top = turns->rect().top();
        int questionTop = -1;
        for (QAccessibleInterface *item : tree.findAll(QStringLiteral("Your message"))) {
            if (AccessibleTree::text(item) == question)
                questionTop = item->rect().top() - top;
        }
        int actionsBottom = -1; // The actions of the turns at and above it.
        for (QAccessibleInterface *item : tree.findAll(QStringLiteral("More actions for "))) {
            if (item->rect().top() - top > questionTop)
                actionsBottom = std::max(actionsBottom, item->rect().bottom() - top);
        }
        return {questionTop, actionsBottom};
    };
    for (const int hitRow : {1, 2}) {
        QVERIFY(AccessibleTree::press(tree.find(QStringLiteral("New chat"), QAccessible::Button)));
        const QString hitName = questions.at(0) + QStringLiteral(", You: ") + questions.at(hitRow);
        QAccessibleInterface *search = tree.find(QStringLiteral("Search history"));
        QVERIFY(AccessibleTree::type(search, QString()));
        QTest::keyClick(app.window, Qt::Key_A, Qt::ControlModifier); // Over the last search.
        QVERIFY(AccessibleTree::type(search, questions.at(hitRow).section(QLatin1Char(' '), -1)));
        QTRY_VERIFY2(tree.find(hitName), qPrintable(tree.dump()));
        QTest::qWait(300); // The hits of the last keystroke have settled.
        QVERIFY(AccessibleTree::press(tree.find(hitName)));
        QTRY_VERIFY(placeOf(questions.at(hitRow)).first >= 0);
        QTest::qWait(800); // Past the frames in which the panes fill in.
        const auto [questionTop, actionsBottom] = placeOf(questions.at(hitRow));
        const int viewHeight =
            tree.find(QStringLiteral("Turns"), QAccessible::List)->rect().height();
        const QString where = QStringLiteral("turn %1: question at %2, actions to %3 of %4")
                                  .arg(hitRow)
                                  .arg(questionTop)
                                  .arg(actionsBottom)
                                  .arg(viewHeight);
        QVERIFY2(questionTop >= 0 && questionTop < 80, qPrintable(where)); // Under "You".
        if (hitRow == questions.size() - 1) // The last: all of it in sight.
            QVERIFY2(actionsBottom > 0 && actionsBottom <= viewHeight, qPrintable(where));
    }
}

void TestSidebar::searchFindsAWordAsItIsTypedAndSaysWhenNothingMatches()
{
    RunningApp app(newDataDir(QStringLiteral("fake-openai/gpt-demo")));
    QVERIFY(app.window);
    app.window->resize(1280, 780);
    QVERIFY(QTest::qWaitForWindowExposed(app.window));
    const AccessibleTree tree(app.window);
    QVERIFY(askAndWait(tree, QStringLiteral("where do estuaries form"), 1));
    QAccessibleInterface *search = tree.find(QStringLiteral("Search history"));

    // Nothing found says so, where the hits would be.
    QVERIFY(AccessibleTree::type(search, QStringLiteral("zzzz")));
    QAccessibleInterface *none = nullptr;
    QTRY_VERIFY((none = tree.find(QStringLiteral("No conversation matches."))));
    QTest::qWait(300); // Past the search's end.
    none = tree.find(QStringLiteral("No conversation matches."));
    QAccessibleInterface *results = tree.find(QStringLiteral("Search results"));
    QVERIFY(none && results);
    QVERIFY2(results->rect().contains(none->rect()),
             qPrintable(QStringLiteral("%1 outside %2")
                            .arg(QVariant(none->rect()).toString(),
                                 QVariant(results->rect()).toString())));

    // A word half typed already finds what it begins.
    QTest::keyClick(app.window, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(AccessibleTree::type(search, QStringLiteral("estua")));
    QTRY_VERIFY2(tree.find(QStringLiteral("where do estuaries form, You: ")),
                 qPrintable(tree.dump()));
}

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
