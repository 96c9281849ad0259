#include "historyexchange.h"
#include "clienvironment.h"
#include "exchange/conversationexporter.h"
#include "exchange/conversationimporter.h"
#include "jsonlines.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace coro::cli {

namespace {
// A named context, so that lupdate files these messages where the run-time lookup finds them.
struct HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};
} // namespace

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
        writeErr(QStringLiteral("coro-cli history export: %1\n")
                     .arg(HistoryText::tr("--format must be md, html or json")));
        return ExitUsage;
    }
    const auto archive =
        storage.runBlocking([id](ConversationStore &store) { return store.archive(id); });
    if (!archive) {
        writeErr(QStringLiteral("coro-cli history export: %1\n")
                     .arg(HistoryText::tr("there is no conversation %1").arg(id)));
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

int importConversations(StorageService &storage, const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        writeErr(QStringLiteral("coro-cli history import: %1: %2\n").arg(path, file.errorString()));
        return ExitUsage;
    }
    // The whole file and its parsed tree are held in memory at once: a few times its size.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        writeErr(QStringLiteral("coro-cli history import: %1\n")
                     .arg(HistoryText::tr("%1 is larger than %2 MB, the most an import reads "
                                          "(raise it with --max-size MB); nothing was imported.")
                              .arg(path)
                              .arg(maxBytes / (1024 * 1024))));
        return ExitFailed;
    }
    const ImportResult result = ConversationImporter::detectAndImport(bytes);
    if (!result.ok()) {
        writeErr(
            QStringLiteral("coro-cli history import: %1\n")
                .arg(HistoryText::tr("%1: %2 (nothing was imported)").arg(path, result.error)));
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
        writeErr(QStringLiteral("coro-cli history import: %1\n")
                     .arg(HistoryText::tr("%1: %2 (nothing was imported)").arg(path, error)));
        return ExitFailed;
    }
    for (const qint64 id : ids)
        writeOut(QStringLiteral("%1\n").arg(id));
    const int imported = int(ids.size());
    const QString summary =
        result.skipped
            ? HistoryText::tr("Imported %n conversation(s), skipped %1 empty.", nullptr, imported)
                  .arg(result.skipped)
            : HistoryText::tr("Imported %n conversation(s).", nullptr, imported);
    writeErr(summary + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace coro::cli
