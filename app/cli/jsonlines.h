#pragma once

#include <QJsonObject>
#include <initializer_list>
#include <utility>

namespace coro::cli {

/// Writes one compact JSON object and a newline to stdout. Output is batched and reaches the
/// pipe at the end of the current event-loop pass (or sooner when 64 KiB are waiting).
void writeJsonLine(const QJsonObject &object);
/// The same for a line of string fields only, in the given order (the per-delta hot path:
/// no QJsonObject, one pass over the text).
void writeStringFieldsLine(std::initializer_list<std::pair<QLatin1String, QStringView>> fields);
/// Writes out what stdout holds; also done when the program exits.
void flushOut();

/// Writes text to stdout / stderr as UTF-8, flushed. When the stream is a terminal, control
/// characters other than newline and tab are left out (terminalSafe()): model output and
/// imported text must not set the title, write the clipboard (OSC 52) or clear the screen.
void writeOut(const QString &text);
void writeErr(const QString &text);

/// @p text without C0 controls (but newline and tab), DEL and C1 controls; CR LF becomes LF.
QString terminalSafe(const QString &text);

} // namespace coro::cli
