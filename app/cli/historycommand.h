#pragma once

#include <QStringList>

namespace coro::cli {

class CliEnvironment;

/// `coro-cli history list|search Q|show ID|export ID --format F|import FILE`.
int runHistory(CliEnvironment &env, const QStringList &arguments);

} // namespace coro::cli
