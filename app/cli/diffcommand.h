#pragma once

#include <QStringList>

namespace coro::cli {

/// `coro-cli diff [--json] A.md B.md [C.md...]`: a word diff of two answers, or with --json
/// (any number of answers from two) one JSON object per sentence: said by all, some or one,
/// and which answers contradict it.
int runDiff(const QStringList &arguments);

} // namespace coro::cli
