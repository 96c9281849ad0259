#include "enginelogging.h"

Q_LOGGING_CATEGORY(lcEngine, "coro.engine", QtInfoMsg)
