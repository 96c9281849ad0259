#pragma once

// Built only where CMake finds KF6SyntaxHighlighting (not Debian 12, which has KF5 only).

#include "codehighlighter.h"

#include <QHash>
#include <QPointer>
#include <QThread>

namespace KSyntaxHighlighting {
class Repository;
}

namespace coro {

/**
 * @brief The KSyntaxHighlighting backend (KDE's highlighter, 300+ languages, native code):
 * one Repository owned by a worker thread; results come back to this object's thread.
 */
class KSyntaxHighlighter : public CodeHighlighter
{
    Q_OBJECT
public:
    explicit KSyntaxHighlighter(QObject *parent = nullptr);
    ~KSyntaxHighlighter() override;

    void highlight(const QString &code, const QString &language, CodeThemeVariant theme,
                   QObject *context, Callback callback, quintptr key = 0) override;
    QString highlightNow(const QString &code, const QString &language,
                         CodeThemeVariant theme) override;
    bool supports(const QString &language) override;
    QString backendName() const override { return QStringLiteral("KSyntaxHighlighting"); }

private:
    /// On the worker thread.
    QString render(const QString &code, const QString &language, CodeThemeVariant theme);

    QThread m_thread;
    QObject m_worker; ///< Lives on m_thread; jobs run in its event loop.
    KSyntaxHighlighting::Repository *m_repository = nullptr; ///< Used on m_thread only.
    QHash<quintptr, quint64> m_latest;
    quint64 m_nextId = 1;
};

} // namespace coro
