#include "storagelogging.h"

Q_LOGGING_CATEGORY(lcStorage, "coro.storage", QtInfoMsg)
