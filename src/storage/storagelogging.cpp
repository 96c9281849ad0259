#include "storagelogging.h"

Q_LOGGING_CATEGORY(lcStorage, "coro.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "coro.storage.migration", QtInfoMsg)
