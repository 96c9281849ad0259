#include "jsonlines.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace coro::cli {

namespace {
// stdout is written in batches: a line per delta and a flush per line cost a system call per
// token. What is written reaches the pipe at the end of the event-loop pass (or at 64 KiB),
// so a reader still sees each line as the answer streams.
constexpr qsizetype kFlushBytes = 64 * 1024;
QByteArray g_out;
bool g_flushQueued = false;

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void appendOut(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        g_out += bytes;
    if (g_out.size() >= kFlushBytes) {
        flushOut();
        return;
    }
    if (!g_flushQueued && QCoreApplication::instance()) {
        g_flushQueued = true;
        QMetaObject::invokeMethod(QCoreApplication::instance(), &flushOut, Qt::QueuedConnection);
    }
}

// Whatever is still buffered when main() returns reaches stdout.
struct FlushAtExit
{
    ~FlushAtExit() { flushOut(); }
} g_flushAtExit;

bool plainJsonChar(char16_t c)
{
    return c >= 0x20 && c != u'"' && c != u'\\' && !(c >= 0x7f && c <= 0x9f);
}

// @p text as a JSON string, quotes included. Runs of plain characters are converted to UTF-8
// at once; the rest is escaped, C1 controls and DEL too (Qt leaves those raw, and some
// terminals obey them).
void appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    qsizetype runStart = 0;
    const auto flushRun = [&](qsizetype end) {
        if (end <= runStart)
            return;
        const QStringView run = text.sliced(runStart, end - runStart);
        bool ascii = true;
        for (const QChar c : run)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) { // Most tokens: one byte per character, no conversion.
            const qsizetype at = out.size();
            out.resize(at + run.size());
            char *to = out.data() + at;
            for (const QChar c : run)
                *to++ = char(c.unicode());
        } else {
            out += run.toUtf8();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (plainJsonChar(c))
            continue;
        flushRun(i);
        runStart = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default: {
            char escaped[7];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
            out += escaped;
        }
        }
    }
    flushRun(text.size());
    out.append('"');
}
} // namespace

void flushOut()
{
    g_flushQueued = false;
    if (g_out.isEmpty())
        return;
    write(stdout, g_out);
    g_out.clear();
}

void writeJsonLine(const QJsonObject &object)
{
    // Rare lines go through Qt's writer; C1 controls and DEL are escaped as well (see
    // appendJsonString), so a line is safe to show as it is. Equivalent JSON.
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
    appendOut(line + '\n');
}

void writeStringFieldsLine(std::initializer_list<std::pair<QLatin1String, QStringView>> fields)
{
    // Straight into the output buffer: no line object, no per-character appends of the keys.
    qsizetype size = 3;
    for (const auto &[key, value] : fields)
        size += key.size() + value.size() * 3 + 6;
    g_out.reserve(g_out.size() + size);
    g_out.append('{');
    bool first = true;
    for (const auto &[key, value] : fields) {
        if (!first)
            g_out.append(',');
        first = false;
        g_out.append('"');
        g_out.append(key.data(), key.size());
        g_out.append("\":", 2);
        appendJsonString(g_out, value);
    }
    g_out.append("}\n", 2);
    appendOut({});
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
#ifdef Q_OS_UNIX
    if (::isatty(::fileno(stdout))) {
        appendOut(terminalSafe(text).toUtf8());
        return;
    }
#endif
    appendOut(text.toUtf8());
}

void writeErr(const QString &text)
{
    flushOut(); // What came before on stdout comes before on a shared terminal too.
    writeText(stderr, text);
}

} // namespace coro::cli
