#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

namespace coro::test {

/**
 * @brief What one coro-cli process printed and returned.
 */
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines; ///< stdout parsed as JSON lines (when it is).

    /// The JSON lines of one model (and type, when given).
    QList<QJsonObject> of(const QString &model, const QString &type = {}) const
    {
        QList<QJsonObject> found;
        for (const auto &line : lines) {
            if (line.value(QLatin1String("model")).toString() == model &&
                (type.isEmpty() || line.value(QLatin1String("type")).toString() == type))
                found << line;
        }
        return found;
    }
};

/// Runs the real coro-cli. Waits with the event loop running, because the fake provider
/// server the tests talk to lives in the test process.
inline CliResult runCli(const QStringList &arguments, const QByteArray &stdinBytes = {},
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CORO_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(stdinBytes);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
    }
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    for (const QByteArray &line : result.out.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!object.isEmpty())
            result.lines << object;
    }
    return result;
}

} // namespace coro::test
