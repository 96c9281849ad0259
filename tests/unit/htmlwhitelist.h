#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace coro::test {

/// Empty when every tag and attribute in @p html is one our Markdown outputs may produce and
/// every href is http, https or mailto; otherwise names the first offender.
inline QString unsafeMarkup(const QString &html)
{
    static const QSet<QString> tags{
        QStringLiteral("p"),     QStringLiteral("em"),    QStringLiteral("strong"),
        QStringLiteral("del"),   QStringLiteral("code"),  QStringLiteral("a"),
        QStringLiteral("br"),    QStringLiteral("i"),     QStringLiteral("b"),
        QStringLiteral("s"),     QStringLiteral("pre"),   QStringLiteral("ul"),
        QStringLiteral("ol"),    QStringLiteral("li"),    QStringLiteral("blockquote"),
        QStringLiteral("h1"),    QStringLiteral("h2"),    QStringLiteral("h3"),
        QStringLiteral("h4"),    QStringLiteral("h5"),    QStringLiteral("h6"),
        QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"),
        QStringLiteral("tr"),    QStringLiteral("th"),    QStringLiteral("td"),
        QStringLiteral("hr"),    QStringLiteral("input"), QStringLiteral("span")};
    static const QSet<QString> attributes{
        QStringLiteral("href"),     QStringLiteral("title"),   QStringLiteral("align"),
        QStringLiteral("start"),    QStringLiteral("class"),   QStringLiteral("type"),
        QStringLiteral("disabled"), QStringLiteral("checked"), QStringLiteral("style")};
    static const QRegularExpression tag(
        QStringLiteral("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>"));
    static const QRegularExpression attribute(
        QStringLiteral("([a-zA-Z-]+)\\s*(?:=\\s*\"([^\"]*)\")?"));
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1).toLower();
        if (!tags.contains(name))
            return QStringLiteral("tag <%1>").arg(name);
        QString rest = match.captured(2).trimmed();
        if (rest.endsWith(QLatin1Char('/')))
            rest.chop(1); // Self-closing.
        for (auto at = attribute.globalMatch(rest); at.hasNext();) {
            const QRegularExpressionMatch a = at.next();
            const QString attributeName = a.captured(1).toLower();
            if (!attributes.contains(attributeName))
                return QStringLiteral("attribute %1 on <%2>").arg(attributeName, name);
            const QString value = a.captured(2);
            if (attributeName == QLatin1String("href") &&
                !value.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) &&
                !value.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) &&
                !value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                return QStringLiteral("href %1").arg(value);
            if (attributeName == QLatin1String("style") && value.contains(QLatin1String("url")))
                return QStringLiteral("style %1").arg(value);
        }
    }
    return QString();
}

} // namespace coro::test
