#pragma once

#include <QStringList>

namespace coro::cli {

/// `coro-cli render [--html] < file.md`: Markdown from stdin as one JSON object per block, or
/// as the HTML the app exports, both under the app's safety rules.
int runRender(const QStringList &arguments);

} // namespace coro::cli
