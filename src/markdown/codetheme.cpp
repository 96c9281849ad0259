#include "codetheme.h"

#include <QHash>

#include <cmath>

namespace coro {

namespace {

// Light on #ffffff and dark on #0d1117, the colours of GitHub's Primer code themes, which are
// chosen for contrast; token order as in CodeToken.
constexpr quint32 kLight[CodeTheme::kTokenCount] = {
    0x1f2328, // Plain
    0xcf222e, // Keyword
    0x0a3069, // String
    0x59636e, // Comment
    0x0550ae, // Number
    0x6639ba, // Function
    0x953800, // Type
    0x0550ae, // Literal
    0x0550ae, // Meta
    0x953800, // Variable
    0x0550ae, // Attribute
    0x116329, // Tag
    0x116329, // Regex
    0x82071e, // Deletion
    0x116329, // Addition
    0x0550ae, // Heading
};
constexpr quint32 kDark[CodeTheme::kTokenCount] = {
    0xe6edf3, // Plain
    0xff7b72, // Keyword
    0xa5d6ff, // String
    0x8b949e, // Comment
    0x79c0ff, // Number
    0xd2a8ff, // Function
    0xffa657, // Type
    0x79c0ff, // Literal
    0x79c0ff, // Meta
    0xffa657, // Variable
    0x79c0ff, // Attribute
    0x7ee787, // Tag
    0x7ee787, // Regex
    0xffa198, // Deletion
    0x7ee787, // Addition
    0x79c0ff, // Heading
};

double luminance(quint32 rgb)
{
    const auto channel = [](quint32 value) {
        const double c = static_cast<double>(value) / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) +
           0.0722 * channel(rgb & 0xff);
}

} // namespace

quint32 CodeTheme::color(CodeToken token, CodeThemeVariant variant)
{
    const int index = static_cast<int>(token);
    return variant == CodeThemeVariant::Dark ? kDark[index] : kLight[index];
}

quint32 CodeTheme::background(CodeThemeVariant variant)
{
    return variant == CodeThemeVariant::Dark ? 0x0d1117 : 0xffffff;
}

QString CodeTheme::colorName(quint32 rgb)
{
    return QStringLiteral("#%1").arg(rgb & 0xffffff, 6, 16, QLatin1Char('0'));
}

double CodeTheme::contrast(quint32 a, quint32 b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

CodeToken CodeTheme::tokenForHljsClass(QStringView cssClass)
{
    static const QHash<QString, CodeToken> tokens{
        {QStringLiteral("keyword"), CodeToken::Keyword},
        {QStringLiteral("selector-tag"), CodeToken::Keyword},
        {QStringLiteral("built_in"), CodeToken::Type},
        {QStringLiteral("type"), CodeToken::Type},
        {QStringLiteral("class"), CodeToken::Type},
        {QStringLiteral("string"), CodeToken::String},
        {QStringLiteral("char"), CodeToken::String},
        {QStringLiteral("template-tag"), CodeToken::String},
        {QStringLiteral("comment"), CodeToken::Comment},
        {QStringLiteral("quote"), CodeToken::Comment},
        {QStringLiteral("doctag"), CodeToken::Comment},
        {QStringLiteral("number"), CodeToken::Number},
        {QStringLiteral("title"), CodeToken::Function},
        {QStringLiteral("function"), CodeToken::Function},
        {QStringLiteral("section"), CodeToken::Heading},
        {QStringLiteral("literal"), CodeToken::Literal},
        {QStringLiteral("symbol"), CodeToken::Literal},
        {QStringLiteral("bullet"), CodeToken::Literal},
        {QStringLiteral("meta"), CodeToken::Meta},
        {QStringLiteral("meta-keyword"), CodeToken::Meta},
        {QStringLiteral("meta-string"), CodeToken::String},
        {QStringLiteral("variable"), CodeToken::Variable},
        {QStringLiteral("template-variable"), CodeToken::Variable},
        {QStringLiteral("params"), CodeToken::Plain},
        {QStringLiteral("attr"), CodeToken::Attribute},
        {QStringLiteral("attribute"), CodeToken::Attribute},
        {QStringLiteral("selector-id"), CodeToken::Attribute},
        {QStringLiteral("selector-class"), CodeToken::Attribute},
        {QStringLiteral("name"), CodeToken::Tag},
        {QStringLiteral("tag"), CodeToken::Tag},
        {QStringLiteral("regexp"), CodeToken::Regex},
        {QStringLiteral("link"), CodeToken::String},
        {QStringLiteral("deletion"), CodeToken::Deletion},
        {QStringLiteral("addition"), CodeToken::Addition},
        {QStringLiteral("subst"), CodeToken::Plain},
    };
    // "hljs-title function_" (v11) or "hljs-title" (v9): the first class decides.
    QStringView name = cssClass.trimmed();
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    if (space >= 0)
        name = name.first(space);
    if (name.startsWith(QLatin1String("hljs-")))
        name = name.sliced(5);
    return tokens.value(name.toString(), CodeToken::Plain);
}

} // namespace coro
