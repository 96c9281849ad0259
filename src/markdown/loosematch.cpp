#include "loosematch.h"

namespace coro {

namespace {
// QChar::isSpace() covers Qt's line and paragraph separators (categories Zl, Zp) too.
bool isSpace(QChar c)
{
    return c.isSpace();
}

/// Matches @p needle (trimmed) at @p at; the end of the match, or -1.
qsizetype matchAt(QStringView haystack, qsizetype at, QStringView needle)
{
    qsizetype h = at;
    qsizetype n = 0;
    while (n < needle.size()) {
        if (isSpace(needle.at(n))) {
            if (h >= haystack.size() || !isSpace(haystack.at(h)))
                return -1;
            while (n < needle.size() && isSpace(needle.at(n)))
                ++n;
            while (h < haystack.size() && isSpace(haystack.at(h)))
                ++h;
            continue;
        }
        if (h >= haystack.size() || haystack.at(h) != needle.at(n))
            return -1;
        ++h;
        ++n;
    }
    return h;
}
} // namespace

LooseMatch findLoosely(QStringView haystack, QStringView needle, qsizetype from)
{
    needle = needle.trimmed();
    if (needle.isEmpty())
        return {};
    const QChar first = needle.front();
    for (qsizetype at = haystack.indexOf(first, std::max<qsizetype>(0, from)); at >= 0;
         at = haystack.indexOf(first, at + 1)) {
        const qsizetype end = matchAt(haystack, at, needle);
        if (end >= 0)
            return {at, end - at};
    }
    return {};
}

} // namespace coro
