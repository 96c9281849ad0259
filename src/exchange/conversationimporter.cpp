#include "conversationimporter.h"

#include "chatgptimport.h"
#include "corojsonformat.h"
#include "jsonfields.h"

#include <QJsonDocument>

namespace coro {

ImportResult ConversationImporter::fromCoroJson(const QByteArray &bytes)
{
    return CoroJsonFormat::read(bytes);
}

ImportResult ConversationImporter::fromChatGpt(const QByteArray &bytes)
{
    QJsonDocument document;
    ImportResult result;
    if (!JsonFields::parse(bytes, &document, &result.error))
        return result;
    return ChatGptImport::read(document);
}

ImportResult ConversationImporter::detectAndImport(const QByteArray &bytes)
{
    // Parsed once: a ChatGPT export can run to hundreds of megabytes.
    QJsonDocument document;
    ImportResult result;
    if (!JsonFields::parse(bytes, &document, &result.error))
        return result;
    if (document.isObject() && CoroJsonFormat::claims(document.object()))
        return CoroJsonFormat::read(document);
    if (ChatGptImport::claims(document))
        return ChatGptImport::read(document);
    result.error = QStringLiteral("not a conversation file Coro knows: expected Coro's JSON export "
                                  "or ChatGPT's conversations.json");
    return result;
}

} // namespace coro
