#pragma once

#include <QStringList>

namespace coro::cli {

class CliEnvironment;

/// `coro-cli models [PROVIDER]`: the models each provider's models endpoint lists.
int runModels(CliEnvironment &env, const QStringList &arguments);

} // namespace coro::cli
