#pragma once

#include <QObject>
#include <QtQmlIntegration>

class QJSEngine;
class QQmlEngine;

namespace coro {

/**
 * @brief Puts text on the system clipboard from QML, which has no clipboard type of its own:
 *        copying an answer or a code block.
 */
class Clipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    static Clipboard *create(QQmlEngine *, QJSEngine *) { return new Clipboard; }

    Q_INVOKABLE void setText(const QString &text);
};

} // namespace coro
