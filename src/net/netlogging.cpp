#include "netlogging.h"

Q_LOGGING_CATEGORY(lcNet, "coro.net", QtInfoMsg)
