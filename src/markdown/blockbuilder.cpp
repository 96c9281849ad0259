#include "blockbuilder.h"
#include "blocksink.h"
#include "markdownlogging.h"
#include "md4cinput.h"
#include "safehtml.h"

#include <md4c.h>

namespace coro {

unsigned BlockBuilder::flags(bool githubExtensions)
{
    unsigned flags = MD_FLAG_NOHTML;
    if (githubExtensions)
        flags |= MD_DIALECT_GITHUB;
    return flags;
}

BlockBuilder::Result BlockBuilder::build(QByteArrayView text, int firstId, unsigned flags)
{
    const Md4cInput input(text);
    BlockSink sink(firstId, text.size());
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = flags;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
        return static_cast<BlockSink *>(self)->enterBlock(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
        return static_cast<BlockSink *>(self)->leaveBlock(type, detail);
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
        return static_cast<BlockSink *>(self)->enterSpan(type, detail);
    };
    parser.leave_span = [](MD_SPANTYPE type, void *detail, void *self) {
        return static_cast<BlockSink *>(self)->leaveSpan(type, detail);
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *chars, MD_SIZE size, void *self) {
        return static_cast<BlockSink *>(self)->text(type, chars, size);
    };
    Result result;
    const int status = md_parse(input.data(), input.size(), &parser, &sink);
    result.nextId = sink.nextId();
    if (status == 0) {
        result.blocks = sink.takeBlocks();
        return result;
    }
    // Hostile or broken input: show it, escaped, as one paragraph rather than nothing.
    qCWarning(lcMarkdown) << "md4c gave up on" << text.size() << "bytes; showing them as text";
    result.ok = false;
    MarkdownBlock fallback;
    fallback.plain = QString::fromUtf8(text);
    fallback.html = SafeHtml::escape(fallback.plain);
    result.blocks = {fallback};
    return result;
}

} // namespace coro
