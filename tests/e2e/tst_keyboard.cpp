#include "fakeproviderserver.h"
#include "runningapp.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <memory>

Q_IMPORT_QML_PLUGIN(Coro_AppPlugin)
Q_IMPORT_QML_PLUGIN(Coro_ModelsPlugin)

using namespace coro;
using namespace coro::test;

/**
 * The running app driven from the keyboard, as a person who rarely takes the mouse does:
 * Ctrl+1…9 reach the answer panes, Ctrl+Shift+C copies the focused answer, and the window's
 * shortcuts keep working after a click into an answer's text; and Shift+wheel, for a mouse with
 * one wheel, scrolls the row of answers sideways.
 */
class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlDigitFocusesAPaneAndCtrlShiftCCopiesIt();
    void shortcutsOutlastAClickIntoAnAnswer();
    void shiftWheelScrollsTheRowSideways();

private:
    FakeProviderServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RunningApp> m_app;
    std::unique_ptr<AccessibleTree> m_tree;
};

namespace {
const QStringList kModels{QStringLiteral("fake-openai/gpt-demo"),
                          QStringLiteral("fake-anthropic/claude-demo"),
                          QStringLiteral("fake-ollama/llama-demo")};
const QString kPrompt = QStringLiteral("name three rivers");

bool hasFocus(QAccessibleInterface *object)
{
    const QAccessible::State none;
    return (object ? object->state() : none).focused;
}

QRect rectOf(QAccessibleInterface *object)
{
    return object ? object->rect() : QRect();
}
} // namespace

void TestKeyboard::initTestCase()
{
    QVERIFY(m_server.listen());
    qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
    QAccessible::setActive(true);
}

void TestKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = std::make_unique<RunningApp>(
        prepareDataDir(m_dir->path(), m_server.providersJson(), kModels));
    QVERIFY(m_app->window);
    m_app->window->resize(1400, 860);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window));
    m_tree = std::make_unique<AccessibleTree>(m_app->window);
    QVERIFY(askAndWait(*m_tree, kPrompt, int(kModels.size())));
}

void TestKeyboard::cleanup()
{
    m_tree.reset();
    m_app.reset();
    m_dir.reset();
}

void TestKeyboard::ctrlDigitFocusesAPaneAndCtrlShiftCCopiesIt()
{
    QTest::keyClick(m_app->window, Qt::Key_2, Qt::ControlModifier);
    // The second pane's text has the focus: a screen reader reads "Answer from …" and the answer.
    QTRY_VERIFY(hasFocus(m_tree->find(QStringLiteral("Answer from ") + kModels.at(1))));
    QVERIFY(!hasFocus(m_tree->find(QStringLiteral("Answer from ") + kModels.at(0))));

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_app->window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                 FakeProviderServer::expectedAnswer(ProtocolKind::Anthropic,
                                                    QStringLiteral("claude-demo"), kPrompt));

    // From one pane to another, and past the last pane nothing moves.
    QTest::keyClick(m_app->window, Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(hasFocus(m_tree->find(QStringLiteral("Answer from ") + kModels.at(2))));
    QTest::keyClick(m_app->window, Qt::Key_9, Qt::ControlModifier);
    QTest::qWait(100);
    QVERIFY(hasFocus(m_tree->find(QStringLiteral("Answer from ") + kModels.at(2))));
}

void TestKeyboard::shortcutsOutlastAClickIntoAnAnswer()
{
    // A click into an answer's text (to select some of it) gives that text the focus.
    QAccessibleInterface *answer = nullptr;
    for (QAccessibleInterface *item : m_tree->findAll(QStringLiteral("Hello from openai"))) {
        if (item->role() == QAccessible::Paragraph)
            answer = item;
    }
    const QRect at = rectOf(answer);
    QVERIFY2(at.isValid(), qPrintable(m_tree->dump()));
    QTest::mouseClick(m_app->window, Qt::LeftButton, {},
                      m_app->window->mapFromGlobal(at.topLeft() + QPoint(5, at.height() / 2)));
    QTRY_VERIFY(hasFocus(answer));

    // Ctrl+K still finds the search field, Ctrl+1 still a pane, Ctrl+N still a new chat.
    QTest::keyClick(m_app->window, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(hasFocus(m_tree->find(QStringLiteral("Search history"))));
    QTest::keyClick(m_app->window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(hasFocus(m_tree->find(QStringLiteral("Answer from ") + kModels.at(0))));
    QTest::keyClick(m_app->window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(hasFocus(m_tree->find(QStringLiteral("Prompt"))));
    QTRY_COMPARE(m_tree->findAll(QStringLiteral("Answer from ")).size(), 0);
}

void TestKeyboard::shiftWheelScrollsTheRowSideways()
{
    m_app->window->resize(1120, 780); // Wide, but three panes no longer fit.
    const QString first = QStringLiteral("Formatted answer from ") + kModels.at(0);
    QTRY_VERIFY(rectOf(m_tree->find(first)).isValid());
    QTest::qWait(200);
    const QRect before = rectOf(m_tree->find(first));
    const auto wheel = [this](QPoint at, int delta, Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(at, m_app->window->mapToGlobal(at), QPoint(), QPoint(0, delta),
                          Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_app->window, &event);
    };
    const QPoint over = m_app->window->mapFromGlobal(before.center());
    // A plain wheel over an answer leaves the row where it is.
    wheel(over, -120, Qt::NoModifier);
    QTest::qWait(100);
    QCOMPARE(rectOf(m_tree->find(first)).x(), before.x());
    // Shift+wheel moves it: the first pane goes left, and back again.
    wheel(over, -120, Qt::ShiftModifier);
    QTRY_VERIFY(rectOf(m_tree->find(first)).x() < before.x());
    wheel(m_app->window->mapFromGlobal(rectOf(m_tree->find(first)).center()), 240,
          Qt::ShiftModifier);
    QTRY_COMPARE(rectOf(m_tree->find(first)).x(), before.x());
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
