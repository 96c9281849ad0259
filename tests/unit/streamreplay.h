#pragma once

#include <QJsonDocument>
#include <QJsonObject>

#include "core/errorcode.h"
#include "core/streamdelta.h"
#include "net/ndjsonparser.h"
#include "net/sseparser.h"
#include "providers/providerprotocol.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

// Replays a recorded provider stream through the real parser and protocol decoder, the way the
// engine does, and adds up what a user would see at the end of the answer.

namespace coro::testing {

/**
 * @brief What a whole recorded stream added up to: the answer as the user sees it at the end.
 */
struct ReplayResult
{
    QString text;
    QString reasoning;
    Usage usage; ///< Merged per field: a later value replaces an earlier one when it is known.
    QString finishReason;
    bool streamEnd = false;
    ProviderError error; ///< The first error reported inside the stream.
    int events = 0;      ///< Events (SSE) or lines (NDJSON) handed to the decoder.
    QString parserError;

    /// Every field on one line, so two replays compare with one QCOMPARE that shows the difference.
    QString summary() const
    {
        return QStringLiteral("text=[%1] reasoning=[%2] usage=%3/%4 finish=%5 end=%6 "
                              "error=%7:[%8] events=%9 parser=[%10]")
            .arg(text, reasoning)
            .arg(usage.input)
            .arg(usage.output)
            .arg(finishReason, streamEnd ? QStringLiteral("yes") : QStringLiteral("no"),
                 errorCodeName(error.code), error.message)
            .arg(events)
            .arg(parserError);
    }
};

/// The bytes of tests/data/@p relativePath; fails the current test when the file is missing.
inline QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open fixture %1: %2")
                                    .arg(file.fileName(), file.errorString())),
                     __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

/// A capture that starts with the raw HTTP status line and headers: the body after the blank
/// CRLF line. Anything else is returned unchanged.
inline QByteArray withoutHttpHead(const QByteArray &capture)
{
    if (!capture.startsWith("HTTP/"))
        return capture;
    const qsizetype end = capture.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : capture.mid(end + 4);
}

/// Adds one decoded event to @p result.
inline void accumulate(ReplayResult &result, const StreamDelta &delta)
{
    ++result.events;
    result.text += delta.text;
    result.reasoning += delta.reasoning;
    if (delta.usage) {
        if (delta.usage->input >= 0)
            result.usage.input = delta.usage->input;
        if (delta.usage->output >= 0)
            result.usage.output = delta.usage->output;
    }
    if (!delta.finishReason.isEmpty())
        result.finishReason = delta.finishReason;
    result.streamEnd = result.streamEnd || delta.streamEnd;
    if (delta.error.isError() && !result.error.isError())
        result.error = delta.error;
}

/// Feeds @p stream in pieces of @p chunkSize bytes (everything at once when 0) through the parser
/// that protocol.framing() names, decoding every event.
inline ReplayResult replay(const ProviderProtocol &protocol, const QByteArray &stream,
                           qsizetype chunkSize = 0)
{
    ReplayResult result;
    const qsizetype step = chunkSize > 0 ? chunkSize : std::max<qsizetype>(1, stream.size());

    if (protocol.framing() == StreamFraming::NdJson) {
        NdjsonParser parser;
        parser.setLineHandler([&](QByteArrayView line) {
            accumulate(result, protocol.decodeEvent(QStringView(), line));
        });
        for (qsizetype pos = 0; pos < stream.size(); pos += step)
            parser.feed(QByteArrayView(stream).sliced(pos, std::min(step, stream.size() - pos)));
        parser.finish();
        result.parserError = parser.errorString();
        return result;
    }

    SseParser parser;
    parser.setEventHandler([&](const SseEvent &event) {
        accumulate(result, protocol.decodeEvent(event.type, event.data));
    });
    for (qsizetype pos = 0; pos < stream.size(); pos += step)
        parser.feed(QByteArrayView(stream).sliced(pos, std::min(step, stream.size() - pos)));
    parser.finish();
    result.parserError = parser.errorString();
    return result;
}

/// replay() of a fixture file under tests/data, with any recorded HTTP head skipped.
inline ReplayResult replayFixture(const ProviderProtocol &protocol, const QString &relativePath,
                                  qsizetype chunkSize = 0)
{
    return replay(protocol, withoutHttpHead(readFixture(relativePath)), chunkSize);
}

/// Rows "whole", "1 byte" and "7 bytes" with a column chunkSize, for stream tests that must give
/// the same answer however the network splits the bytes.
inline void addChunkingRows()
{
    QTest::addColumn<int>("chunkSize");
    QTest::newRow("whole") << 0;
    QTest::newRow("1 byte") << 1;
    QTest::newRow("7 bytes") << 7;
}

/// A response head with @p status and the given header pairs.
/// The three-message conversation the request-building tests send, with a system prompt.
inline ChatRequest sampleConversation(const QString &model, int maxTokens = 1024)
{
    ChatRequest request;
    request.model = model;
    request.params.systemPrompt = QStringLiteral("Be concise.");
    request.params.temperature = 0.7;
    request.params.maxTokens = maxTokens;
    request.messages = {{ChatMessage::Role::User, QStringLiteral("Hi")},
                        {ChatMessage::Role::Assistant, QStringLiteral("Hello")},
                        {ChatMessage::Role::User, QStringLiteral("Why?")}};
    return request;
}

inline QJsonObject bodyOf(const HttpRequest &http)
{
    return QJsonDocument::fromJson(http.body).object();
}

inline HttpResponseHead responseHead(int status, const HttpHeaders &headers = {})
{
    HttpResponseHead head;
    head.status = status;
    head.headers = headers;
    return head;
}

} // namespace coro::testing
