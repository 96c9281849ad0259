#pragma once

#include <QString>
#include <QtGlobal>

namespace coro {
class StorageService;
}

namespace coro::cli {

/// `history export ID --format md|html|json [-o FILE]`.
int exportConversation(StorageService &storage, qint64 id, const QString &format,
                       const QString &outputPath);

/// Imports read at most this much unless --max-size says otherwise: a ChatGPT export of years
/// of daily use is ~100 MB, and the parsed file takes a few times its size in memory.
constexpr qint64 kDefaultImportLimitMb = 256;

/// `history import FILE`: our JSON or ChatGPT's conversations.json, all or nothing, from a
/// file of at most @p maxBytes.
int importConversations(StorageService &storage, const QString &path, qint64 maxBytes);

} // namespace coro::cli
