#include "markdownlogging.h"

Q_LOGGING_CATEGORY(lcMarkdown, "coro.markdown", QtInfoMsg)
