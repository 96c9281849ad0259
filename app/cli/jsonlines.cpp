#include "jsonlines.h"

#include <QJsonDocument>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace coro::cli {

namespace {
void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void writeJsonLine(const QJsonObject &object)
{
    // Qt escapes C0 controls only; DEL and C1 controls (U+0080..U+009F, which some terminals
    // obey) are escaped too, so a line is safe to show as it is. Equivalent JSON.
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray line;
    line.reserve(json.size() + 1);
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        const auto next = i + 1 < json.size() ? static_cast<unsigned char>(json.at(i + 1)) : 0;
        if (byte == 0x7f) {
            line += "\\u007f";
        } else if (byte == 0xc2 && next >= 0x80 && next <= 0x9f) {
            line += "\\u00" + QByteArray::number(next, 16);
            ++i;
        } else {
            line += char(byte);
        }
    }
    write(stdout, line + '\n');
}

QString terminalSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        if (!control || u == u'\n' || u == u'\t')
            safe += c;
    }
    return safe;
}

namespace {
// JSON lines are escaped by the encoder; only text meant for a person is filtered.
void writeText(FILE *stream, const QString &text)
{
#ifdef Q_OS_UNIX
    if (::isatty(::fileno(stream))) {
        write(stream, terminalSafe(text).toUtf8());
        return;
    }
#endif
    write(stream, text.toUtf8());
}
} // namespace

void writeOut(const QString &text)
{
    writeText(stdout, text);
}

void writeErr(const QString &text)
{
    writeText(stderr, text);
}

} // namespace coro::cli
