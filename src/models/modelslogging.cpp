#include "modelslogging.h"

namespace coro {
Q_LOGGING_CATEGORY(lcModels, "coro.models", QtInfoMsg)
}
