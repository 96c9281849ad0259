#pragma once

#include <QLoggingCategory>

namespace coro {
Q_DECLARE_LOGGING_CATEGORY(lcModels)
}
