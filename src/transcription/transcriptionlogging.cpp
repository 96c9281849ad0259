#include "transcriptionlogging.h"

Q_LOGGING_CATEGORY(lcTranscription, "coro.transcription")
