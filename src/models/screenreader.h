#pragma once

#include <QAccessible>
#include <QObject>
#include <QtQmlIntegration>

class QJSEngine;
class QQmlEngine;

namespace coro {

/**
 * @brief Whether an assistive tool (a screen reader) is using the app right now, so that
 *        views can keep text for it that costs work nobody else needs.
 */
class ScreenReader : public QObject, public QAccessible::ActivationObserver
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)

public:
    explicit ScreenReader(QObject *parent = nullptr);
    ~ScreenReader() override;

    static ScreenReader *create(QQmlEngine *, QJSEngine *) { return new ScreenReader; }

    bool isActive() const { return m_active; }
    void accessibilityActiveChanged(bool active) override;

Q_SIGNALS:
    void activeChanged();

private:
    bool m_active = false;
};

} // namespace coro
