#include "ndjsonparser.h"

#include <QCoreApplication>

namespace coro {

NdjsonParser::NdjsonParser(qsizetype maxLineBytes) : m_maxLineBytes(maxLineBytes) {}

bool NdjsonParser::feed(QByteArrayView chunk)
{
    qsizetype pos = 0;
    while (!hasError() && pos < chunk.size()) {
        const qsizetype end = chunk.indexOf('\n', pos);
        const qsizetype pieceEnd = end < 0 ? chunk.size() : end;
        if (m_partialLine.size() + pieceEnd - pos > m_maxLineBytes) {
            m_error = QCoreApplication::translate("NdjsonParser",
                                                  "The stream sent a line longer than %1 bytes; "
                                                  "the stream was stopped.")
                          .arg(m_maxLineBytes);
            m_partialLine.clear();
            break;
        }
        if (end < 0) {
            m_partialLine.append(chunk.sliced(pos));
            break;
        }
        if (m_partialLine.isEmpty()) {
            deliver(chunk.sliced(pos, end - pos));
        } else {
            m_partialLine.append(chunk.sliced(pos, end - pos));
            deliver(std::exchange(m_partialLine, {}));
        }
        pos = end + 1;
    }
    return !hasError();
}

void NdjsonParser::finish()
{
    if (!hasError() && !m_partialLine.isEmpty())
        deliver(std::exchange(m_partialLine, {}));
}

void NdjsonParser::deliver(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    if (m_onLine)
        m_onLine(line);
}

} // namespace coro
