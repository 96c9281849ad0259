#pragma once

#include <QAccessible>
#include <QList>
#include <QString>
#include <QTest>
#include <QWindow>

namespace coro::test {

/**
 * @brief The window as a screen reader sees it: accessible objects found by name and role,
 *        pressed, typed into and read through the same interfaces an assistive tool uses.
 */
class AccessibleTree
{
public:
    explicit AccessibleTree(QObject *root) : m_root(root) {}

    /// Every visible accessible object whose name starts with @p name (and has @p role, when
    /// given), depth first.
    QList<QAccessibleInterface *> findAll(const QString &name,
                                          QAccessible::Role role = QAccessible::NoRole) const
    {
        QList<QAccessibleInterface *> found;
        collect(QAccessible::queryAccessibleInterface(m_root), name, role, &found, 0);
        return found;
    }
    QAccessibleInterface *find(const QString &name,
                               QAccessible::Role role = QAccessible::NoRole) const
    {
        return findAll(name, role).value(0);
    }

    static QString name(QAccessibleInterface *object)
    {
        return object ? object->text(QAccessible::Name) : QString();
    }
    static QString description(QAccessibleInterface *object)
    {
        return object ? object->text(QAccessible::Description) : QString();
    }
    /// The text an object shows, through its text interface (what a reader reads aloud).
    static QString text(QAccessibleInterface *object)
    {
        if (!object)
            return {};
        if (QAccessibleTextInterface *text = object->textInterface())
            return text->text(0, text->characterCount());
        return object->text(QAccessible::Value);
    }
    static bool press(QAccessibleInterface *object)
    {
        QAccessibleActionInterface *actions = object ? object->actionInterface() : nullptr;
        if (!actions || !actions->actionNames().contains(QAccessibleActionInterface::pressAction()))
            return false;
        actions->doAction(QAccessibleActionInterface::pressAction());
        return true;
    }
    /// Focuses @p object through its accessible action and types @p text into the window.
    static bool type(QAccessibleInterface *object, const QString &text)
    {
        QAccessibleActionInterface *actions = object ? object->actionInterface() : nullptr;
        if (!actions ||
            !actions->actionNames().contains(QAccessibleActionInterface::setFocusAction()))
            return false;
        actions->doAction(QAccessibleActionInterface::setFocusAction());
        QWindow *window = object->window();
        if (!window)
            return false;
        for (const QChar c : text) { // ASCII is all the tests type.
            if (c.unicode() > 0x7f)
                return false;
            QTest::keyClick(window, char(c.unicode()));
        }
        return true;
    }
    static QString describe(QAccessibleInterface *object)
    {
        if (!object)
            return QStringLiteral("(none)");
        const QAccessibleActionInterface *actions = object->actionInterface();
        return QStringLiteral("%1 role %2 actions [%3]")
            .arg(name(object))
            .arg(int(object->role()))
            .arg(actions ? actions->actionNames().join(QLatin1Char(',')) : QString());
    }

    /// Every name in the tree, indented by depth: for a failing test's message.
    QString dump() const
    {
        QString out;
        dumpFrom(QAccessible::queryAccessibleInterface(m_root), 0, &out);
        return out;
    }

private:
    static void dumpFrom(QAccessibleInterface *object, int depth, QString *out)
    {
        if (!object || depth > 64)
            return;
        *out += QString(depth, QLatin1Char(' ')) + QString::number(int(object->role())) +
                QLatin1Char(' ') + object->text(QAccessible::Name) +
                (object->state().invisible ? QStringLiteral(" (invisible)") : QString()) +
                QLatin1Char('\n');
        for (int i = 0; i < object->childCount(); ++i)
            dumpFrom(object->child(i), depth + 1, out);
    }

    static void collect(QAccessibleInterface *object, const QString &name, QAccessible::Role role,
                        QList<QAccessibleInterface *> *found, int depth)
    {
        if (!object || depth > 64 || object->state().invisible)
            return;
        if (object->text(QAccessible::Name).startsWith(name) &&
            (role == QAccessible::NoRole || object->role() == role))
            found->append(object);
        for (int i = 0; i < object->childCount(); ++i)
            collect(object->child(i), name, role, found, depth + 1);
    }

    QObject *m_root;
};

} // namespace coro::test
