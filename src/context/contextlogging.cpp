#include "contextlogging.h"

Q_LOGGING_CATEGORY(lcContext, "coro.context")
