#pragma once

#include "runtypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace coro {

/**
 * @brief How one language's programs are started: which interpreter, with which arguments.
 */
class LanguageRuntime
{
    Q_DECLARE_TR_FUNCTIONS(LanguageRuntime)
public:
    /// The interpreter for @p language in the first of @p directories that has one; otherwise
    /// nothing, and @p error says what to install.
    static std::optional<LanguageRuntime> find(Language language, const QStringList &directories,
                                               QString *error);

    Language language() const { return m_language; }
    /// Absolute path of the interpreter, the same inside the sandbox as outside.
    QString program() const { return m_program; }
    /// The file the code is written to ("main.py"): names what tracebacks show.
    QString scriptName() const;
    QStringList arguments(const QString &scriptPath, const Limits &limits) const;
    /// The address-space limit the interpreter needs to honour @p limits. V8 reserves ~800 MB
    /// of address space before it runs a line, so Node gets its heap capped by a flag instead
    /// and that much room on top.
    qint64 addressSpace(const Limits &limits) const;
    /// Variables the interpreter needs on top of a clean environment.
    QList<std::pair<QString, QString>> environment() const;

private:
    LanguageRuntime(Language language, QString program)
        : m_language(language), m_program(std::move(program))
    {}

    Language m_language;
    QString m_program;
};

} // namespace coro
