#include "sseparser.h"

#include <QCoreApplication>
#include <cstring>

namespace coro {

namespace {
constexpr char kBom[] = "\xEF\xBB\xBF";
constexpr qsizetype kBomSize = 3;

bool isAsciiDigits(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Index of the first CR or LF in [from, size), or -1.
qsizetype findLineEnd(QByteArrayView bytes, qsizetype from)
{
    const char *begin = bytes.data() + from;
    const auto length = static_cast<size_t>(bytes.size() - from);
    const auto *lf = static_cast<const char *>(std::memchr(begin, '\n', length));
    const auto crSearch = lf ? static_cast<size_t>(lf - begin) : length;
    const auto *cr = static_cast<const char *>(std::memchr(begin, '\r', crSearch));
    const char *end = cr ? cr : lf;
    return end ? from + (end - begin) : -1;
}
} // namespace

SseParser::SseParser(qsizetype maxEventBytes) : m_maxEventBytes(maxEventBytes) {}

bool SseParser::feed(QByteArrayView chunk)
{
    if (hasError())
        return false;
    if (!m_started) {
        // Only one BOM, and only at the very start of the stream, is stripped.
        const auto needed = kBomSize - m_bomProbe.size();
        const auto taken = std::min(needed, chunk.size());
        m_bomProbe.append(chunk.first(taken));
        chunk = chunk.sliced(taken);
        const QByteArrayView bom(kBom, kBomSize);
        if (m_bomProbe.size() < kBomSize && bom.startsWith(m_bomProbe))
            return true; // Still could be a BOM: wait for more bytes.
        m_started = true;
        const QByteArray probe = std::exchange(m_bomProbe, {});
        if (probe != bom)
            feedLines(probe);
    }
    feedLines(chunk);
    return !hasError();
}

void SseParser::feedLines(QByteArrayView chunk)
{
    qsizetype pos = 0;
    if (m_pendingCR && !chunk.isEmpty()) {
        m_pendingCR = false;
        if (chunk.front() == '\n')
            pos = 1;
    }
    while (pos < chunk.size() && !hasError()) {
        const qsizetype end = findLineEnd(chunk, pos);
        if (end < 0) {
            if (exceedsLimit(m_data.size() + m_partialLine.size() + chunk.size() - pos))
                return;
            m_partialLine.append(chunk.sliced(pos));
            return;
        }
        const QByteArrayView piece = chunk.sliced(pos, end - pos);
        // The same cap whether or not the line was split across chunks.
        if (exceedsLimit(m_data.size() + m_partialLine.size() + piece.size()))
            return;
        if (m_partialLine.isEmpty()) {
            processLine(piece);
        } else {
            m_partialLine.append(piece);
            processLine(m_partialLine);
            m_partialLine.clear();
        }
        pos = end + 1;
        if (chunk[end] == '\r') {
            if (pos == chunk.size())
                m_pendingCR = true;
            else if (chunk[pos] == '\n')
                ++pos;
        }
    }
}

void SseParser::processLine(QByteArrayView line)
{
    if (line.isEmpty()) {
        dispatch();
        return;
    }
    if (line.front() == ':')
        return; // Comment, e.g. ": keep-alive" or ": OPENROUTER PROCESSING".

    QByteArrayView name = line;
    QByteArrayView value;
    if (const auto colon = line.indexOf(':'); colon >= 0) {
        name = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }

    if (name == "data") {
        // No cap check here: feedLines() already checked data + this whole line, which is
        // longer than the value plus its LF.
        m_data.append(value);
        m_data.append('\n');
    } else if (name == "event") {
        m_eventType.resize(0);
        m_eventType.append(value);
    } else if (name == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (name == "retry") {
        bool ok = false;
        const qint64 ms = isAsciiDigits(value) ? value.toLongLong(&ok) : 0;
        if (ok && m_onRetry)
            m_onRetry(ms);
    }
    // Any other field name is ignored.
}

void SseParser::dispatch()
{
    if (m_data.isEmpty()) {
        m_eventType.resize(0);
        return;
    }
    SseEvent event;
    if (!m_eventType.isEmpty()) {
        // Providers repeat a handful of names: reuse the decoded string while it repeats.
        if (m_eventType != m_lastEventTypeBytes) {
            m_lastEventTypeBytes = m_eventType;
            m_lastEventType = QString::fromUtf8(m_eventType);
        }
        event.type = m_lastEventType;
    } else {
        event.type = QStringLiteral("message");
    }
    // Copy without the trailing LF; m_data keeps its capacity for the next event.
    event.data = QByteArray(m_data.constData(), m_data.size() - 1);
    event.lastEventId = m_lastEventId;
    m_data.resize(0);
    m_eventType.resize(0);
    if (m_onEvent)
        m_onEvent(event);
}

void SseParser::finish()
{
    // "If the file ends in the middle of an event, before the final empty line, the incomplete
    // event is not dispatched."
    m_partialLine.clear();
    m_data.clear();
    m_eventType.clear();
    m_bomProbe.clear();
    m_pendingCR = false;
}

bool SseParser::exceedsLimit(qsizetype heldBytes)
{
    if (heldBytes <= m_maxEventBytes)
        return false;
    m_error = QCoreApplication::translate("SseParser",
                                          "The event stream sent an event larger than %1 bytes; "
                                          "the stream was stopped.")
                  .arg(m_maxEventBytes);
    m_partialLine.clear();
    m_data.clear();
    return true;
}

} // namespace coro
