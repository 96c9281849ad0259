#pragma once

#include <QStringList>

namespace coro::cli {

class CliEnvironment;

/// `coro-cli ask`: one prompt to every -m model at once, streamed. Returns the exit code.
int runAsk(CliEnvironment &env, const QStringList &arguments);

} // namespace coro::cli
