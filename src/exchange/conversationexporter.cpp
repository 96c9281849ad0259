#include "conversationexporter.h"

#include "corojsonformat.h"
#include "htmlwriter.h"
#include "markdownwriter.h"

namespace coro {

QByteArray ConversationExporter::toMarkdown(const ConversationArchive &archive)
{
    return MarkdownWriter::write(archive);
}

QByteArray ConversationExporter::toHtml(const ConversationArchive &archive)
{
    return HtmlWriter::write(archive);
}

QByteArray ConversationExporter::toJson(const ConversationArchive &archive)
{
    return CoroJsonFormat::write(archive);
}

} // namespace coro
