#pragma once

#include "providerprotocol.h"

#include <QJsonArray>

namespace coro::wiremessages {

/// The `messages` array of OpenAI-style and Ollama chat requests: the system prompt first, then
/// every message as {role, content} with roles "system", "user" and "assistant".
QJsonArray roleContentMessages(const ChatRequest &request);

/// A models endpoint's list: every object of @p body[listKey] with a non-empty "id", its display
/// name taken from @p nameKey (the id when absent).
QList<ModelInfo> idList(const QByteArray &body, QLatin1String listKey, QLatin1String nameKey);

} // namespace coro::wiremessages
