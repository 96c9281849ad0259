#include "textmark.h"

#include "loosematch.h"

namespace coro {

QVariantList marksIn(const MarkdownBlock &block, const QList<TextMark> &marks)
{
    QVariantList found;
    if (marks.isEmpty() || block.kind == BlockKind::Code || block.kind == BlockKind::Table)
        return found;
    for (const TextMark &mark : marks) {
        if (findLoosely(block.plain, mark.text).found())
            found.append(QVariantMap{{QStringLiteral("text"), mark.text},
                                     {QStringLiteral("kind"), mark.kind},
                                     {QStringLiteral("note"), mark.note}});
    }
    return found;
}

} // namespace coro
