#pragma once

#include <QString>

namespace coro {

/**
 * @brief Where Coro keeps coro.sqlite and providers.json.
 *
 * The rule shared by every front end: an explicit --data-dir, else $CORO_DATA_DIR, else the
 * platform's application-data location.
 */
class DataDirectory
{
public:
    /// Resolves the directory (creating it) from an explicit choice, which may be empty.
    static DataDirectory resolve(const QString &explicitPath);

    QString path() const { return m_path; }
    QString filePath(const QString &name) const;
    QString providersFile() const { return filePath(QStringLiteral("providers.json")); }
    QString databaseFile() const { return filePath(QStringLiteral("coro.sqlite")); }
    /// Empty when the directory exists and is writable; otherwise why not.
    QString error() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace coro
