#pragma once

#include <QString>
#include <QStringView>

namespace coro {

/// Light or dark: the two palettes code is coloured with.
enum class CodeThemeVariant : quint8 { Light, Dark };

/// The kinds of code token the palettes colour; every highlighter backend maps onto these.
enum class CodeToken : quint8 {
    Plain,
    Keyword,
    String,
    Comment,
    Number,
    Function,
    Type,
    Literal,
    Meta,
    Variable,
    Attribute,
    Tag,
    Regex,
    Deletion,
    Addition,
    Heading,
};

/**
 * @brief The app's colours for code, in a light and a dark palette: every token colour has a
 * contrast of at least 4.5:1 (WCAG AA) against its palette's background.
 */
class CodeTheme
{
public:
    static constexpr int kTokenCount = static_cast<int>(CodeToken::Heading) + 1;

    /// 0xRRGGBB.
    static quint32 color(CodeToken token, CodeThemeVariant variant);
    static quint32 background(CodeThemeVariant variant);
    /// "#rrggbb".
    static QString colorName(quint32 rgb);
    /// WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(quint32 a, quint32 b);

    /// The token for a highlight.js class ("hljs-keyword", "hljs-title function_"...).
    static CodeToken tokenForHljsClass(QStringView cssClass);
};

} // namespace coro
