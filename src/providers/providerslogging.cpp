#include "providerslogging.h"

Q_LOGGING_CATEGORY(lcProviders, "coro.providers", QtInfoMsg)
