#pragma once

#include <QByteArray>
#include <QString>

namespace coro {

/**
 * @brief Reads a catalog file of the data directory whole (providers.json, where both the
 *        providers and the search backends live), bounded in size.
 *
 * The file is the user's and may be anything: one larger than kMaxBytes is refused with a
 * clear error rather than read into memory.
 */
class CatalogFile
{
public:
    enum class Status { Missing, Read, Failed };

    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

    /// Missing: no such file (the caller's defaults apply). Read: @p bytes holds it. Failed:
    /// @p error says why, prefixed with the path.
    static Status read(const QString &path, QByteArray *bytes, QString *error);
    /// "PATH: PROBLEM", as every error about the file is shown.
    static QString errorAt(const QString &path, const QString &problem);
};

} // namespace coro
