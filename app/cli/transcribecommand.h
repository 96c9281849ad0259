#pragma once

#include <QStringList>

namespace coro::cli {

class CliEnvironment;

/// `coro-cli transcribe [-m PROVIDER/MODEL] [--language L] [--json] FILE`: speech to text.
int runTranscribe(CliEnvironment &env, const QStringList &arguments);

} // namespace coro::cli
