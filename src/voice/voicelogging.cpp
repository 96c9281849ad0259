#include "voicelogging.h"

Q_LOGGING_CATEGORY(lcVoice, "coro.voice")
