#pragma once

#include <QObject>

namespace coro {

/**
 * @brief Keeps the window's shortcuts working while a read-only text has the keyboard focus.
 *
 * In Qt 6.4 a read-only TextEdit with the focus accepts every ShortcutOverride, so Ctrl+K,
 * Ctrl+N, Ctrl+1…9 and Esc stopped working as soon as the user clicked into an answer's text to
 * select some of it (an editable TextEdit and a TextInput do not do this). Installed on the
 * application, this filter keeps such overrides from read-only TextEdits, except for the keys
 * such a text still uses: copy, select all and moving the selection.
 */
class ReadOnlyTextShortcuts : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Installs one filter on the running application (once).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace coro
