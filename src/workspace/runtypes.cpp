#include "runtypes.h"

namespace coro {

QString languageName(Language language)
{
    switch (language) {
    case Language::Python:
        return QStringLiteral("python");
    case Language::Shell:
        return QStringLiteral("sh");
    case Language::JavaScript:
        return QStringLiteral("js");
    }
    return {};
}

std::optional<Language> languageFromName(const QString &name)
{
    for (Language language : {Language::Python, Language::Shell, Language::JavaScript}) {
        if (languageName(language) == name)
            return language;
    }
    return std::nullopt;
}

QString limitName(RunResult::Limit limit)
{
    switch (limit) {
    case RunResult::Limit::None:
        return {};
    case RunResult::Limit::Time:
        return QStringLiteral("time");
    case RunResult::Limit::Cpu:
        return QStringLiteral("cpu");
    case RunResult::Limit::Memory:
        return QStringLiteral("memory");
    case RunResult::Limit::Processes:
        return QStringLiteral("processes");
    case RunResult::Limit::FileSize:
        return QStringLiteral("file_size");
    case RunResult::Limit::Output:
        return QStringLiteral("output");
    }
    return {};
}

} // namespace coro
