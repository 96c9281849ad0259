#include "languageruntime.h"

#include <QDir>
#include <QFileInfo>

namespace coro {

namespace {
constexpr qint64 kV8Reservation = 1LL << 30;

QStringList interpreterNames(Language language)
{
    switch (language) {
    case Language::Python:
#ifdef Q_OS_WIN
        return {QStringLiteral("python3"), QStringLiteral("python")};
#else
        return {QStringLiteral("python3")};
#endif
    case Language::Shell:
        return {QStringLiteral("sh")};
    case Language::JavaScript:
        return {QStringLiteral("node"), QStringLiteral("nodejs")};
    }
    return {};
}
} // namespace

std::optional<LanguageRuntime> LanguageRuntime::find(Language language,
                                                     const QStringList &directories, QString *error)
{
    const QStringList names = interpreterNames(language);
    for (const QString &directory : directories) {
        for (const QString &name : names) {
#ifdef Q_OS_WIN
            const QFileInfo info(QDir(directory).filePath(name + QLatin1String(".exe")));
#else
            const QFileInfo info(QDir(directory).filePath(name));
#endif
            if (info.isFile() && info.isExecutable())
                return LanguageRuntime(language, info.absoluteFilePath());
        }
    }
    switch (language) {
    case Language::Python:
        *error = tr("Python 3 is not installed in %1: install python3.")
                     .arg(directories.join(QLatin1String(", ")));
        break;
    case Language::Shell:
        *error = tr("No sh in %1.").arg(directories.join(QLatin1String(", ")));
        break;
    case Language::JavaScript:
        *error = tr("Node.js is not installed in %1: install nodejs to run JavaScript.")
                     .arg(directories.join(QLatin1String(", ")));
        break;
    }
    return std::nullopt;
}

QString LanguageRuntime::scriptName() const
{
    switch (m_language) {
    case Language::Python:
        return QStringLiteral("main.py");
    case Language::Shell:
        return QStringLiteral("main.sh");
    case Language::JavaScript:
        return QStringLiteral("main.js");
    }
    return {};
}

QStringList LanguageRuntime::arguments(const QString &scriptPath, const Limits &limits) const
{
    if (m_language == Language::JavaScript) {
        const qint64 heapMb = std::max<qint64>(limits.memoryBytes >> 20, 16);
        return {QStringLiteral("--max-old-space-size=%1").arg(heapMb), scriptPath};
    }
    return {scriptPath};
}

qint64 LanguageRuntime::addressSpace(const Limits &limits) const
{
    return m_language == Language::JavaScript ? limits.memoryBytes + kV8Reservation
                                              : limits.memoryBytes;
}

QList<std::pair<QString, QString>> LanguageRuntime::environment() const
{
    if (m_language != Language::Python)
        return {};
    // Unbuffered, so that output streams to the user as it is printed, not in 8 KB blocks;
    // no bytecode files to clutter the work dir; a plotting backend that needs no display.
    return {{QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1")},
            {QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1")},
            {QStringLiteral("MPLBACKEND"), QStringLiteral("Agg")}};
}

} // namespace coro
