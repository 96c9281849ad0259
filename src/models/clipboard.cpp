#include "clipboard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace coro {

void Clipboard::setText(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

} // namespace coro
