#include "historyexchange.h"
#include "clienvironment.h"
#include "exchange/conversationexporter.h"
#include "exchange/conversationimporter.h"
#include "jsonlines.h"

#include <QFile>
#include <QSaveFile>

namespace coro::cli {

int exportConversation(StorageService &storage, qint64 id, const QString &format,
                       const QString &outputPath)
{
    using Writer = QByteArray (*)(const ConversationArchive &);
    Writer writer = nullptr;
    if (format == QLatin1String("md") || format == QLatin1String("markdown"))
        writer = &ConversationExporter::toMarkdown;
    else if (format == QLatin1String("html"))
        writer = &ConversationExporter::toHtml;
    else if (format == QLatin1String("json"))
        writer = &ConversationExporter::toJson;
    if (!writer) {
        writeErr(QStringLiteral("coro-cli history export: --format must be md, html or json\n"));
        return ExitUsage;
    }
    const auto archive =
        storage.runBlocking([id](ConversationStore &store) { return store.archive(id); });
    if (!archive) {
        writeErr(QStringLiteral("coro-cli history export: there is no conversation %1\n").arg(id));
        return ExitUsage;
    }
    const QByteArray bytes = writer(*archive);
    if (outputPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return ExitFailed;
        return ExitOk;
    }
    QSaveFile file(outputPath); // Never a half-written export.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        writeErr(QStringLiteral("coro-cli history export: %1: %2\n")
                     .arg(outputPath, file.errorString()));
        return ExitFailed;
    }
    return ExitOk;
}

int importConversations(StorageService &storage, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        writeErr(QStringLiteral("coro-cli history import: %1: %2\n").arg(path, file.errorString()));
        return ExitUsage;
    }
    const ImportResult result = ConversationImporter::detectAndImport(file.readAll());
    if (!result.ok()) {
        writeErr(QStringLiteral("coro-cli history import: %1: %2 (nothing was imported)\n")
                     .arg(path, result.error));
        return ExitFailed;
    }
    QString error;
    const QList<qint64> ids = storage.runBlocking([&result, &error](ConversationStore &store) {
        const QList<qint64> inserted = store.importArchives(result.conversations);
        if (inserted.isEmpty() && !result.conversations.isEmpty())
            error = store.lastError();
        return inserted;
    });
    if (!error.isEmpty()) {
        writeErr(QStringLiteral("coro-cli history import: %1: %2 (nothing was imported)\n")
                     .arg(path, error));
        return ExitFailed;
    }
    for (const qint64 id : ids)
        writeOut(QStringLiteral("%1\n").arg(id));
    writeErr(QStringLiteral("Imported %1 conversation(s)%2.\n")
                 .arg(ids.size())
                 .arg(result.skipped ? QStringLiteral(", skipped %1 empty").arg(result.skipped)
                                     : QString()));
    return ExitOk;
}

} // namespace coro::cli
