#include "readonlytextshortcuts.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QKeySequence>

namespace coro {

void ReadOnlyTextShortcuts::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<ReadOnlyTextShortcuts *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new ReadOnlyTextShortcuts(app));
}

bool ReadOnlyTextShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->inherits("QQuickTextEdit") ||
        !watched->property("readOnly").toBool())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return false; // Moving or extending the selection.
    default:
        break;
    }
    if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll))
        return false;
    event->ignore(); // Not overridden: the window's shortcut, if there is one, runs.
    return true;
}

} // namespace coro
