#include "safehtml.h"

#include <md4c-html.h>

#include <QHash>

namespace coro {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Bytes commonmark.js (mdurl) leaves as they are in a link destination.
bool keptInUrl(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    static const char kept[] = ";/?:@&=+$,-_.!~*'()#";
    for (const char k : kept) {
        if (k != 0 && k == c)
            return true;
    }
    return false;
}

QString codePoint(uint value)
{
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        value = 0xFFFD;
    const char32_t unit = value;
    return QString::fromUcs4(&unit, 1);
}

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, static_cast<qsizetype>(size));
}

// Named entities: md4c-html carries the HTML5 table; asking it to render the entity alone is
// its public way to look one up (it writes "<p>X</p>\n" with X escaped).
QString lookUpNamedEntity(QByteArrayView entity)
{
    QByteArray out;
    md_html(entity.data(), static_cast<MD_SIZE>(entity.size()), appendOutput, &out, 0, 0);
    if (!out.startsWith("<p>") || !out.endsWith("</p>\n"))
        return QString::fromUtf8(entity);
    QString text = QString::fromUtf8(out.mid(3, out.size() - 8));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace

QString SafeHtml::escape(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    appendEscaped(escaped, text);
    return escaped;
}

void SafeHtml::appendEscaped(QString &out, QStringView text)
{
    // Runs of ordinary characters are copied at once: a streaming paragraph is escaped again
    // at every refresh, so this is on the hot path.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QLatin1String entity;
        switch (text[i].unicode()) {
        case u'<':
            entity = QLatin1String("&lt;");
            break;
        case u'>':
            entity = QLatin1String("&gt;");
            break;
        case u'&':
            entity = QLatin1String("&amp;");
            break;
        case u'"':
            entity = QLatin1String("&quot;");
            break;
        default:
            continue;
        }
        out.append(text.sliced(runStart, i - runStart));
        out.append(entity);
        runStart = i + 1;
    }
    out.append(text.sliced(runStart));
}

QString SafeHtml::percentEncode(QStringView url)
{
    const QByteArray bytes = url.toUtf8();
    QString encoded;
    encoded.reserve(bytes.size());
    static const char hex[] = "0123456789ABCDEF";
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (keptInUrl(c)) {
            encoded += QLatin1Char(c);
        } else if (c == '%' && i + 2 < bytes.size() && isHexDigit(bytes.at(i + 1)) &&
                   isHexDigit(bytes.at(i + 2))) {
            encoded += QLatin1Char('%');
        } else {
            const auto byte = static_cast<unsigned char>(c);
            encoded += QLatin1Char('%');
            encoded += QLatin1Char(hex[byte >> 4]);
            encoded += QLatin1Char(hex[byte & 0xF]);
        }
    }
    return encoded;
}

bool SafeHtml::isClickable(QStringView url)
{
    // Checked on the encoded form: whitespace and control characters are %XX there, so what
    // a browser would strip or fold cannot hide another scheme in front.
    const QString encoded = percentEncode(url);
    return encoded.startsWith(QLatin1String("https:"), Qt::CaseInsensitive) ||
           encoded.startsWith(QLatin1String("http:"), Qt::CaseInsensitive) ||
           encoded.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

QString SafeHtml::href(QStringView url)
{
    if (!isClickable(url))
        return QString();
    return escape(percentEncode(url));
}

QString SafeHtml::decodeEntity(QByteArrayView entity)
{
    if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';')
        return QString::fromUtf8(entity);
    if (entity.at(1) == '#') {
        const bool hexadecimal = entity.size() > 3 && (entity.at(2) == 'x' || entity.at(2) == 'X');
        const QByteArrayView digits =
            entity.sliced(hexadecimal ? 3 : 2, entity.size() - (hexadecimal ? 4 : 3));
        if (digits.isEmpty() || digits.size() > 8)
            return QString::fromUtf8(entity);
        bool ok = false;
        const uint value =
            QByteArray(digits.data(), digits.size()).toUInt(&ok, hexadecimal ? 16 : 10);
        return ok ? codePoint(value) : QString::fromUtf8(entity);
    }
    // A few dozen distinct names ever occur in answers; remember them per thread.
    thread_local QHash<QByteArray, QString> known;
    const QByteArray name(entity.data(), entity.size());
    auto it = known.constFind(name);
    if (it != known.constEnd())
        return *it;
    const QString text = lookUpNamedEntity(entity);
    if (known.size() < 4096)
        known.insert(name, text);
    return text;
}

} // namespace coro
