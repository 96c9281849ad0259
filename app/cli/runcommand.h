#pragma once

#include <QStringList>

namespace coro::cli {

/// `coro-cli run --lang python|sh|js [--timeout S] [--memory MB] [--json] FILE|-`: runs the
/// code in the workspace sandbox, passing its output through. Returns the exit code.
int runCode(const QStringList &arguments);

} // namespace coro::cli
