#include "hljslinecache.h"

namespace coro {

namespace {

// About 8 MB of keys and HTML (~20,000 lines of code); then the cache starts afresh.
constexpr qsizetype kMaxCachedChars = 4 * 1024 * 1024;

} // namespace

QString HljsLineCache::key(const QString &language, int state, QStringView line)
{
    return language + QChar(1) + QString::number(state) + QChar(1) + line;
}

void HljsLineCache::insert(QString key, Line line)
{
    const qsizetype size = key.size() + line.html.size();
    if (m_chars + size > kMaxCachedChars) {
        m_lines.clear();
        m_chars = 0;
    }
    m_chars += size;
    m_lines.insert(std::move(key), std::move(line));
}

QString HljsLineCache::highlight(const QString &language, const QString &code,
                                 const Highlight &highlight)
{
    QString out;
    int state = -1;
    qsizetype at = 0;
    // Complete lines already seen in the same state cost a lookup.
    while (at < code.size()) {
        const qsizetype end = code.indexOf(QLatin1Char('\n'), at);
        if (end < 0)
            break; // The last line, maybe still streaming: never cached.
        const auto it =
            m_lines.constFind(key(language, state, QStringView(code).sliced(at, end - at)));
        if (it == m_lines.constEnd())
            break;
        out += it->html;
        state = it->stateAfter;
        at = end + 1;
    }
    if (at >= code.size())
        return out.isNull() ? QStringLiteral("") : out; // Null would mean "no colours".

    Lines lines;
    if (!highlight(state, code.sliced(at), &lines))
        return QString();
    out += lines.html;
    // Cache the complete lines just highlighted: the one ending the text is not complete.
    qsizetype htmlAt = 0;
    for (qsizetype i = 0; i < lines.htmlLength.size() && i < lines.stateAfter.size(); ++i) {
        const qsizetype end = code.indexOf(QLatin1Char('\n'), at);
        if (end < 0)
            break;
        const qsizetype length = lines.htmlLength.at(i);
        if (length < 0 || htmlAt + length > lines.html.size())
            break; // Not what we asked for: cache nothing more.
        insert(key(language, state, QStringView(code).sliced(at, end - at)),
               {lines.html.sliced(htmlAt, length), lines.stateAfter.at(i)});
        htmlAt += length;
        state = lines.stateAfter.at(i);
        at = end + 1;
    }
    return out;
}

} // namespace coro
