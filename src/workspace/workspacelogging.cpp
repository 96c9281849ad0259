#include "workspacelogging.h"

Q_LOGGING_CATEGORY(lcWorkspace, "coro.workspace", QtInfoMsg)
