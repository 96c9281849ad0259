#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>

namespace coro {

/**
 * @brief Splits a newline-delimited JSON stream (Ollama's /api/chat) into lines.
 *
 * Lines end at LF (a CR before it is dropped), blank lines are skipped, and a final line
 * without a newline is delivered by finish(). A line longer than maxLineBytes stops the
 * parser with an error instead of growing without bound.
 */
class NdjsonParser
{
public:
    using LineHandler = std::function<void(QByteArrayView line)>;

    static constexpr qsizetype kDefaultMaxLineBytes = 8 * 1024 * 1024;

    explicit NdjsonParser(qsizetype maxLineBytes = kDefaultMaxLineBytes);

    void setLineHandler(LineHandler handler) { m_onLine = std::move(handler); }
    bool feed(QByteArrayView chunk);
    void finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    void deliver(QByteArrayView line);

    LineHandler m_onLine;
    qsizetype m_maxLineBytes;
    QByteArray m_partialLine;
    QString m_error;
};

} // namespace coro
