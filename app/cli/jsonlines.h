#pragma once

#include <QJsonObject>

namespace coro::cli {

/// Writes one compact JSON object and a newline to stdout, flushed so pipes see it at once.
void writeJsonLine(const QJsonObject &object);

/// Writes text to stdout / stderr as UTF-8, flushed. When the stream is a terminal, control
/// characters other than newline and tab are left out (terminalSafe()): model output and
/// imported text must not set the title, write the clipboard (OSC 52) or clear the screen.
void writeOut(const QString &text);
void writeErr(const QString &text);

/// @p text without C0 controls (but newline and tab), DEL and C1 controls; CR LF becomes LF.
QString terminalSafe(const QString &text);

} // namespace coro::cli
