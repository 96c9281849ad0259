#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
/// Updates of an existing history file (backup, schema steps): rare, slow on a large history,
/// so coro-cli shows them even when it hides other information.
Q_DECLARE_LOGGING_CATEGORY(lcMigration)
