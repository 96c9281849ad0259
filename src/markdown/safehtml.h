#pragma once

#include <QByteArrayView>
#include <QString>

namespace coro {

/**
 * @brief The escaping and link rules every Markdown output shares (model rich text, coro-cli
 * render --html, HtmlRenderer).
 *
 * Model output is hostile. Text is always escaped; a link is live only when its address starts
 * with http:, https: or mailto: (after entity decoding and percent-encoding, so `&#x6A;avascript:`
 * or `java\tscript:` stay text); nothing ever becomes an <img>, so no remote resource is fetched.
 */
class SafeHtml
{
public:
    /// @p text safe as element content or a double-quoted attribute value.
    static QString escape(QStringView text);
    /// escape(), appended to @p out.
    static void appendEscaped(QString &out, QStringView text);

    /// The href for @p url (decoded): percent-encoded like the CommonMark reference renderers,
    /// then escaped for an attribute. Empty when the link must stay inert.
    static QString href(QStringView url);

    /// Whether a link to @p url may be clickable: http, https and mailto only.
    static bool isClickable(QStringView url);

    /// The text an entity such as `&amp;`, `&#35;` or `&copy;` stands for; an unknown name
    /// stays as written. Invalid code points become U+FFFD.
    static QString decodeEntity(QByteArrayView entity);

    /// Percent-encodes @p url (UTF-8) the way commonmark.js and md4c do; `%XX` is kept.
    static QString percentEncode(QStringView url);
};

} // namespace coro
