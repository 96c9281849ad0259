#pragma once

#include <QStringList>

namespace coro::cli {

/// `coro-cli sse-parse [--chunk N]`: the event-stream parser on stdin, one JSON line per event.
int runSseParse(const QStringList &arguments);

} // namespace coro::cli
