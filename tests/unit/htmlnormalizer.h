#pragma once

#include "markdown/safehtml.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace coro::test {

/**
 * @brief Normalizes HTML for comparison the way the CommonMark spec's test runner does
 * (normalize.py): whitespace runs outside <pre> become one space, whitespace next to block-level
 * tags goes, attributes are sorted, `<br />` is `<br>`, and character references are decoded
 * and escaped again, so that `&#x26;` and `&amp;` compare equal.
 */
class HtmlNormalizer
{
public:
    static QString normalize(const QString &html)
    {
        static const QRegularExpression tagPattern(QStringLiteral("<[^>]*>"));
        QStringList tokens;
        QList<bool> isTag;
        qsizetype at = 0;
        for (auto it = tagPattern.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedStart() > at) {
                tokens << html.mid(at, match.capturedStart() - at);
                isTag << false;
            }
            tokens << normalizeTag(match.captured());
            isTag << true;
            at = match.capturedEnd();
        }
        if (at < html.size()) {
            tokens << html.mid(at);
            isTag << false;
        }

        int preDepth = 0;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (isTag.at(i)) {
                if (tokens.at(i) == QLatin1String("<pre>") ||
                    tokens.at(i).startsWith(QLatin1String("<pre ")))
                    ++preDepth;
                else if (tokens.at(i) == QLatin1String("</pre>"))
                    --preDepth;
                continue;
            }
            QString text = SafeHtml::escape(decodeReferences(tokens.at(i)));
            if (preDepth == 0) {
                static const QRegularExpression space(QStringLiteral("\\s+"));
                text.replace(space, QStringLiteral(" "));
                if (i > 0 && isTag.at(i - 1) && isBlockTag(tokens.at(i - 1)))
                    text = stripStart(text);
                if (i + 1 < tokens.size() && isTag.at(i + 1) && isBlockTag(tokens.at(i + 1)))
                    text = stripEnd(text);
            }
            tokens[i] = text;
        }
        return tokens.join(QString()).trimmed();
    }

private:
    static QString stripStart(QString text)
    {
        while (text.startsWith(QLatin1Char(' ')))
            text.remove(0, 1);
        return text;
    }
    static QString stripEnd(QString text)
    {
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    }

    static bool isBlockTag(const QString &tag)
    {
        static const QSet<QString> block{
            QStringLiteral("article"),    QStringLiteral("header"), QStringLiteral("aside"),
            QStringLiteral("blockquote"), QStringLiteral("hr"),     QStringLiteral("body"),
            QStringLiteral("li"),         QStringLiteral("ol"),     QStringLiteral("ul"),
            QStringLiteral("p"),          QStringLiteral("pre"),    QStringLiteral("div"),
            QStringLiteral("section"),    QStringLiteral("table"),  QStringLiteral("thead"),
            QStringLiteral("tbody"),      QStringLiteral("tr"),     QStringLiteral("th"),
            QStringLiteral("td"),         QStringLiteral("h1"),     QStringLiteral("h2"),
            QStringLiteral("h3"),         QStringLiteral("h4"),     QStringLiteral("h5"),
            QStringLiteral("h6"),         QStringLiteral("dl"),     QStringLiteral("dd"),
            QStringLiteral("dt")};
        static const QRegularExpression name(QStringLiteral("^</?([a-z0-9]+)"));
        return block.contains(name.match(tag).captured(1));
    }

    static QString decodeReferences(const QString &text)
    {
        static const QRegularExpression reference(
            QStringLiteral("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});"));
        QString out;
        qsizetype at = 0;
        for (auto it = reference.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            out += text.mid(at, match.capturedStart() - at);
            out += SafeHtml::decodeEntity(match.captured().toUtf8());
            at = match.capturedEnd();
        }
        return out + text.mid(at);
    }

    static QString normalizeTag(const QString &tag)
    {
        static const QRegularExpression parts(
            QStringLiteral("^<(/?)([A-Za-z][A-Za-z0-9-]*)(.*?)/?>$"),
            QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = parts.match(tag);
        if (!match.hasMatch())
            return SafeHtml::escape(decodeReferences(tag));
        static const QRegularExpression attribute(
            QStringLiteral("([^\\s=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?"));
        QStringList attributes;
        for (auto it = attribute.globalMatch(match.captured(3)); it.hasNext();) {
            const QRegularExpressionMatch a = it.next();
            const QString value = a.captured(2) + a.captured(3) + a.captured(4);
            attributes << a.captured(1).toLower() + QStringLiteral("=\"") +
                              SafeHtml::escape(decodeReferences(value)) + QLatin1Char('"');
        }
        attributes.sort();
        QString out = QLatin1Char('<') + match.captured(1) + match.captured(2).toLower();
        for (const QString &a : std::as_const(attributes))
            out += QLatin1Char(' ') + a;
        return out + QLatin1Char('>');
    }
};

} // namespace coro::test
