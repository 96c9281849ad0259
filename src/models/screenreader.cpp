#include "screenreader.h"

namespace coro {

ScreenReader::ScreenReader(QObject *parent)
    : QObject(parent),
      // Qt's own switch for "accessibility always on" counts as a reader being there.
      m_active(QAccessible::isActive() ||
               qEnvironmentVariableIntValue("QT_LINUX_ACCESSIBILITY_ALWAYS_ON") != 0)
{
    QAccessible::installActivationObserver(this);
}

ScreenReader::~ScreenReader()
{
    QAccessible::removeActivationObserver(this);
}

void ScreenReader::accessibilityActiveChanged(bool active)
{
    active = active || qEnvironmentVariableIntValue("QT_LINUX_ACCESSIBILITY_ALWAYS_ON") != 0;
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

} // namespace coro
