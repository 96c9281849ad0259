#pragma once

#include <QJsonObject>

namespace coro::cli {

/// Writes one compact JSON object and a newline to stdout, flushed so pipes see it at once.
void writeJsonLine(const QJsonObject &object);

/// Writes text to stdout / stderr as UTF-8, flushed.
void writeOut(const QString &text);
void writeErr(const QString &text);

} // namespace coro::cli
