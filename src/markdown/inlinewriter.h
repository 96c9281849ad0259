#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace coro {

/**
 * @brief Builds one block's inline content from md4c's span and text callbacks: safe HTML in
 * the standard tags and the same text without markup.
 *
 * A link is an <a> only when SafeHtml allows its address and it is not inside another link;
 * otherwise its text stays plain. An image is never an <img>: its alt text, as a link to the
 * picture when that address is allowed.
 */
class InlineWriter
{
public:
    void clear();

    /// @p spanType is an MD_SPANTYPE other than links and images.
    void openSpan(int spanType);
    void closeSpan(int spanType);
    void openLink(const QString &href, const QString &title);
    void closeLink();
    void openImage(const QString &source);
    void closeImage();
    /// @p textType is an MD_TEXTTYPE.
    void text(int textType, QByteArrayView bytes);

    const QString &html() const { return m_html; }
    const QString &plain() const { return m_plain; }

private:
    void append(const QString &plainText);
    /// append() for md4c's text: decoded straight onto the plain text, escaped from there.
    void appendUtf8(QByteArrayView bytes);

    QString m_html;
    QString m_plain;
    QList<bool> m_links;  ///< Per open link: whether it became an <a>.
    int m_liveLinks = 0;  ///< Open links that are <a> elements.
    int m_imageDepth = 0; ///< Inside an image: text is collected as its alt text.
    QString m_imageSource;
    QString m_altText;
    // Stateless: each of md4c's runs holds whole characters, and a bad byte becomes U+FFFD
    // in its own run, as QString::fromUtf8 does.
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};

} // namespace coro
