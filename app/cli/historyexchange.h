#pragma once

#include <QString>

namespace coro {
class StorageService;
}

namespace coro::cli {

/// `history export ID --format md|html|json [-o FILE]`.
int exportConversation(StorageService &storage, qint64 id, const QString &format,
                       const QString &outputPath);

/// `history import FILE`: our JSON or ChatGPT's conversations.json, all or nothing.
int importConversations(StorageService &storage, const QString &path);

} // namespace coro::cli
