#include "net/sseparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <utility>

using coro::SseEvent;
using coro::SseParser;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    text.replace(QChar(u'\0'), QLatin1String("\\0"));
    return text;
}

// A parse is recorded as one readable line per thing the parser reported, in order, so that
// two chunkings compare with one QCOMPARE and a failure shows the first difference.
QString eventEntry(const QString &data, const QString &type, const QString &id)
{
    return QStringLiteral("event type=%1 id=%2 data=%3")
        .arg(escaped(type), escaped(id), escaped(data));
}

QString ev(const char *utf8Data, const char *type = "message", const char *id = "")
{
    return eventEntry(QString::fromUtf8(utf8Data), QString::fromUtf8(type), QString::fromUtf8(id));
}

QString retryEntry(qint64 ms)
{
    return QStringLiteral("retry %1").arg(ms);
}

const QString kErrorEntry = QStringLiteral("error");

/// Cut positions: the stream is fed as [0, cuts[0]), [cuts[0], cuts[1]), ... [cuts.last(), end).
using Cuts = QList<qsizetype>;

Cuts everyByte(qsizetype size)
{
    Cuts cuts;
    for (qsizetype i = 1; i < size; ++i)
        cuts << i;
    return cuts;
}

Cuts fixedSize(qsizetype size, qsizetype chunk)
{
    Cuts cuts;
    for (qsizetype i = chunk; i < size; i += chunk)
        cuts << i;
    return cuts;
}

QStringList parse(const QByteArray &stream, const Cuts &cuts,
                  qsizetype maxEventBytes = SseParser::kDefaultMaxEventBytes,
                  QList<SseEvent> *events = nullptr)
{
    QStringList transcript;
    SseParser parser(maxEventBytes);
    parser.setEventHandler([&](const SseEvent &event) {
        transcript << eventEntry(event.text(), event.type, event.lastEventId);
        if (events)
            events->append(event);
    });
    parser.setRetryHandler([&](qint64 ms) { transcript << retryEntry(ms); });

    bool failed = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= cuts.size(); ++i) {
        const qsizetype to = i < cuts.size() ? cuts.at(i) : stream.size();
        const bool accepted = parser.feed(QByteArrayView(stream).sliced(from, to - from));
        from = to;
        // Inconsistencies between the three ways of reporting an error show up as entries.
        if (accepted == parser.hasError())
            transcript << QStringLiteral("feed() and hasError() disagree");
        if (parser.hasError() && parser.errorString().isEmpty())
            transcript << QStringLiteral("hasError() without an errorString()");
        if (!accepted && !failed) {
            failed = true;
            transcript << kErrorEntry;
        }
    }
    parser.finish();
    return transcript;
}

// Empty when the whole stream, the stream fed one byte at a time and the stream split in two
// at every position all give `expected`; otherwise names the first chunking that did not.
QString firstChunkingMismatch(const QByteArray &stream, const QStringList &expected,
                              qsizetype maxEventBytes = SseParser::kDefaultMaxEventBytes)
{
    QList<std::pair<QString, Cuts>> chunkings{
        {QStringLiteral("whole stream"), {}},
        {QStringLiteral("one byte at a time"), everyByte(stream.size())}};
    for (qsizetype at = 1; at < stream.size(); ++at)
        chunkings.append({QStringLiteral("split at byte %1").arg(at), {at}});

    for (const auto &[name, cuts] : std::as_const(chunkings)) {
        const QStringList got = parse(stream, cuts, maxEventBytes);
        if (got != expected) {
            return QStringLiteral("%1:\n   got:      [%2]\n   expected: [%3]")
                .arg(name, got.join(QLatin1String(", ")), expected.join(QLatin1String(", ")));
        }
    }
    return {};
}

QByteArray readRecording(const QString &name)
{
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/llama-server/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    // Some captures start with the raw HTTP response head; the event stream is the body.
    if (bytes.startsWith("HTTP/")) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
        if (headEnd >= 0)
            bytes.remove(0, headEnd + 4);
    }
    return bytes;
}

QByteArray repeated(char c, qsizetype count)
{
    return QByteArray(count, c);
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyChunking_data();
    void everyChunking();
    void bomSplitAcrossFeeds();
    void crAtEndOfFeedThenLf();
    void utf8CharacterSplitByteByByte();
    void lastEventIdAfterDispatch();
    void overlongLineWithoutNewline();
    void capErrors_data();
    void capErrors();
    void capOutcomeDoesNotDependOnChunking_data();
    void capOutcomeDoesNotDependOnChunking();
    void recordedStreams_data();
    void recordedStreams();
};

void TestSseParser::everyChunking_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    // WHATWG HTML §9.2.6 examples.
    QTest::newRow("spec: empty data, then one LF")
        << QByteArray("data\n\ndata\ndata\n\ndata:") << QStringList{ev(""), ev("\n")};
    QTest::newRow("spec: space after colon is optional")
        << QByteArray("data:test\n\ndata: test\n\n") << QStringList{ev("test"), ev("test")};
    QTest::newRow("spec: lines joined with LF")
        << QByteArray("data: YHOO\ndata: +2\ndata: 10\n\n") << QStringList{ev("YHOO\n+2\n10")};

    QTest::newRow("BOM stripped") << QByteArray(kBom + "data: a\n\n") << QStringList{ev("a")};
    // A second BOM becomes part of the field name "\uFEFFdata", which is unknown.
    QTest::newRow("second BOM kept")
        << QByteArray(kBom + kBom + "data: a\n\ndata: b\n\n") << QStringList{ev("b")};
    QTest::newRow("BOM after the start kept")
        << QByteArray("data: a\n\n" + kBom + "data: b\n\n") << QStringList{ev("a")};
    QTest::newRow("BOM inside a value kept")
        << QByteArray("data: " + kBom + "x\n\n") << QStringList{ev("\xEF\xBB\xBFx")};
    QTest::newRow("truncated BOM not stripped") << QByteArray("\xEF\xBB"
                                                              "data: a\n\ndata: b\n\n")
                                                << QStringList{ev("b")};
    QTest::newRow("stream shorter than a BOM") << QByteArray("\n") << QStringList{};

    QTest::newRow("LF") << QByteArray("data: a\ndata: b\n\ndata: c\n\n")
                        << QStringList{ev("a\nb"), ev("c")};
    QTest::newRow("CR") << QByteArray("data: a\rdata: b\r\rdata: c\r\r")
                        << QStringList{ev("a\nb"), ev("c")};
    QTest::newRow("CRLF") << QByteArray("data: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n")
                          << QStringList{ev("a\nb"), ev("c")};
    QTest::newRow("mixed endings") << QByteArray("data: a\r\n\rdata: b\n\r\ndata: c\r\r\n")
                                   << QStringList{ev("a"), ev("b"), ev("c")};
    QTest::newRow("LF then CR is two line ends")
        << QByteArray("data: a\n\rdata: b\n\n") << QStringList{ev("a"), ev("b")};
    // A CRLF read as two line ends would dispatch an empty block and lose the event type.
    QTest::newRow("CRLF keeps the event type")
        << QByteArray("event: ping\r\ndata: 1\r\n\r\n") << QStringList{ev("1", "ping")};
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\r\r\n") << QStringList{};
    QTest::newRow("empty stream") << QByteArray() << QStringList{};

    QTest::newRow("keep-alive comments")
        << QByteArray(": keep-alive\n\ndata: a\n\n: keep-alive\n\n") << QStringList{ev("a")};
    QTest::newRow("OpenRouter comment glued to a data frame")
        << QByteArray(": OPENROUTER PROCESSING\n\ndata: {\"id\":\"gen-1\"}\n\n")
        << QStringList{ev("{\"id\":\"gen-1\"}")};
    QTest::newRow("comment line directly before data")
        << QByteArray(": OPENROUTER PROCESSING\ndata: x\n\n") << QStringList{ev("x")};
    QTest::newRow("comment inside an event")
        << QByteArray("data: a\n: note: with colons\ndata: b\n\n") << QStringList{ev("a\nb")};
    QTest::newRow("bare colon") << QByteArray(":\ndata: a\n\n") << QStringList{ev("a")};
    QTest::newRow("comment-only block") << QByteArray(": ping\n\n") << QStringList{};

    QTest::newRow("no colon: data is empty") << QByteArray("data\n\n") << QStringList{ev("")};
    QTest::newRow("no colon: event type cleared")
        << QByteArray("event: add\nevent\ndata: a\n\n") << QStringList{ev("a")};
    QTest::newRow("no colon: id cleared") << QByteArray("id: 1\ndata: a\n\nid\ndata: b\n\n")
                                          << QStringList{ev("a", "message", "1"), ev("b")};

    QTest::newRow("exactly one space stripped")
        << QByteArray("data: a\n\ndata:  b\n\ndata:\tc\n\ndata:d\n\ndata: \n\n")
        << QStringList{ev("a"), ev(" b"), ev("\tc"), ev("d"), ev("")};
    QTest::newRow("trailing spaces kept") << QByteArray("data: a  \n\n") << QStringList{ev("a  ")};
    QTest::newRow("colons in the value")
        << QByteArray("data: a: b:c\n\n") << QStringList{ev("a: b:c")};
    QTest::newRow("space kept in event type")
        << QByteArray("event:  x\ndata: 1\n\n") << QStringList{ev("1", " x")};

    QTest::newRow("empty data line in the middle")
        << QByteArray("data: a\ndata:\ndata: b\n\n") << QStringList{ev("a\n\nb")};
    QTest::newRow("empty data line at the end")
        << QByteArray("data: a\ndata\n\n") << QStringList{ev("a\n")};

    QTest::newRow("event type reset after dispatch")
        << QByteArray("event: add\ndata: 1\n\ndata: 2\n\n") << QStringList{ev("1", "add"), ev("2")};
    QTest::newRow("event type reset by a block without data")
        << QByteArray("event: add\n\ndata: 2\n\n") << QStringList{ev("2")};
    QTest::newRow("last event type wins")
        << QByteArray("event: add\nevent: remove\ndata: 1\n\n") << QStringList{ev("1", "remove")};
    QTest::newRow("field names are case-sensitive")
        << QByteArray("Data: x\nDATA: y\nEvent: e\ndata: z\n\n") << QStringList{ev("z")};
    QTest::newRow("unknown fields ignored")
        << QByteArray("foo: bar\nbaz\ndata : x\ndata: a\n\n") << QStringList{ev("a")};

    QTest::newRow("id persists across events")
        << QByteArray("id: 1\ndata: a\n\ndata: b\n\n")
        << QStringList{ev("a", "message", "1"), ev("b", "message", "1")};
    QTest::newRow("id set by a block without data")
        << QByteArray("id: 7\n\ndata: a\n\n") << QStringList{ev("a", "message", "7")};
    QTest::newRow("empty id resets") << QByteArray("id: 1\ndata: a\n\nid:\ndata: b\n\n")
                                     << QStringList{ev("a", "message", "1"), ev("b")};
    QTest::newRow("id containing NUL ignored")
        << QByteArrayLiteral("id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n")
        << QStringList{ev("a", "message", "1"), ev("b", "message", "1")};
    QTest::newRow("UTF-8 id") << QByteArray("id: caf\xC3\xA9\ndata: a\n\n")
                              << QStringList{ev("a", "message", "caf\xC3\xA9")};

    QTest::newRow("retry without an event")
        << QByteArray("retry: 3000\n\n") << QStringList{retryEntry(3000)};
    QTest::newRow("retry zero") << QByteArray("retry: 0\n") << QStringList{retryEntry(0)};
    QTest::newRow("retry before an event")
        << QByteArray("retry: 1000\ndata: a\n\n") << QStringList{retryEntry(1000), ev("a")};
    QTest::newRow("retry in an event that never ends")
        << QByteArray("data: a\nretry: 500\n") << QStringList{retryEntry(500)};
    QTest::newRow("retry that is not only digits ignored")
        << QByteArray(
               "retry: 12a\nretry:  12\nretry:\nretry\nretry: -5\nretry: 1.5\nretry: 12 \ndata: "
               "a\n\n")
        << QStringList{ev("a")};

    QTest::newRow("unterminated event discarded")
        << QByteArray("data: a\n\ndata: b\n") << QStringList{ev("a")};
    QTest::newRow("unterminated line discarded")
        << QByteArray("data: a\n\ndata: b") << QStringList{ev("a")};
    QTest::newRow("unterminated typed event discarded")
        << QByteArray("event: x\ndata: b\n") << QStringList{};

    QTest::newRow("UTF-8 two-byte character")
        << QByteArray("data: caf\xC3\xA9\n\n") << QStringList{ev("caf\xC3\xA9")};
    QTest::newRow("UTF-8 emoji") << QByteArray("data: \xF0\x9F\x98\x80!\n\n")
                                 << QStringList{ev("\xF0\x9F\x98\x80!")};
    QTest::newRow("UTF-8 event type") << QByteArray("event: \xC3\xA9t\xC3\xA9\ndata: 1\n\n")
                                      << QStringList{ev("1", "\xC3\xA9t\xC3\xA9")};

    QTest::newRow("OpenAI-style stream")
        << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n"
                      ": keep-alive\n\n"
                      "data: {\"choices\":[],\"usage\":{\"total_tokens\":3}}\n\n"
                      "data: [DONE]\n\n")
        << QStringList{ev("{\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}"),
                       ev("{\"choices\":[],\"usage\":{\"total_tokens\":3}}"), ev("[DONE]")};
    QTest::newRow("Anthropic-style stream")
        << QByteArray(
               "event: message_start\ndata: {\"type\":\"message_start\"}\n\n"
               "event: ping\ndata: {\"type\": \"ping\"}\n\n"
               "event: content_block_delta\r\ndata: {\"type\":\"content_block_delta\"}\r\n\r\n")
        << QStringList{ev("{\"type\":\"message_start\"}", "message_start"),
                       ev("{\"type\": \"ping\"}", "ping"),
                       ev("{\"type\":\"content_block_delta\"}", "content_block_delta")};
}

void TestSseParser::everyChunking()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);

    const QString mismatch = firstChunkingMismatch(stream, expected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestSseParser::bomSplitAcrossFeeds()
{
    QList<SseEvent> events;
    SseParser parser;
    parser.setEventHandler([&](const SseEvent &event) { events << event; });

    QVERIFY(parser.feed("\xEF"));
    QVERIFY(parser.feed("\xBB"));
    QVERIFY(parser.feed("\xBF"
                        "data: a\n\n"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QByteArray("a"));
}

void TestSseParser::crAtEndOfFeedThenLf()
{
    QList<SseEvent> events;
    SseParser parser;
    parser.setEventHandler([&](const SseEvent &event) { events << event; });

    QVERIFY(parser.feed("event: delta\r"));
    QVERIFY(parser.feed("\ndata: a\r"));
    QVERIFY(parser.feed("\ndata: b\r"));
    QVERIFY(events.isEmpty());
    QVERIFY(parser.feed("\n\r"));
    QCOMPARE(events.size(), 1);
    QVERIFY(parser.feed("\n"));
    parser.finish();

    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, QStringLiteral("delta"));
    QCOMPARE(events.first().data, QByteArray("a\nb"));
}

void TestSseParser::utf8CharacterSplitByteByByte()
{
    const QByteArray stream("data: \xC3\xA9 \xF0\x9F\x98\x80 \xE4\xB8\xAD\n\n");
    QList<SseEvent> events;
    SseParser parser;
    parser.setEventHandler([&](const SseEvent &event) { events << event; });

    for (const char byte : stream)
        QVERIFY(parser.feed(QByteArrayView(&byte, 1)));

    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().text(), QStringLiteral("é 😀 中"));
}

void TestSseParser::lastEventIdAfterDispatch()
{
    SseParser parser;
    QVERIFY(parser.feed("id: 41\ndata: a\n\nid: 42\ndata: b\n\n"));
    QCOMPARE(parser.lastEventId(), QStringLiteral("42"));
}

void TestSseParser::overlongLineWithoutNewline()
{
    int dispatched = 0;
    SseParser parser(64);
    parser.setEventHandler([&](const SseEvent &) { ++dispatched; });

    QVERIFY(!parser.feed(QByteArray("data: " + repeated('x', 1000))));
    QVERIFY(parser.hasError());
    QVERIFY(!parser.errorString().isEmpty());

    // Once stopped, the parser stays stopped.
    QVERIFY(!parser.feed("\n\ndata: later\n\n"));
    parser.finish();
    QCOMPARE(dispatched, 0);
}

void TestSseParser::capErrors_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("unterminated data line")
        << QByteArray("data: " + repeated('x', 1000)) << QStringList{kErrorEntry};
    QTest::newRow("unterminated line of one field name")
        << repeated('x', 1000) << QStringList{kErrorEntry};
    QTest::newRow("terminated data line")
        << QByteArray("data: " + repeated('x', 1000) + "\n\n") << QStringList{kErrorEntry};
    QTest::newRow("many short data lines")
        << QByteArray(QByteArray("data: 0123456789\n").repeated(10) + "\n")
        << QStringList{kErrorEntry};
    QTest::newRow("earlier events kept, later ones dropped")
        << QByteArray("data: ok\n\ndata: " + repeated('x', 1000) + "\n\ndata: later\n\n")
        << QStringList{ev("ok"), kErrorEntry};
    QTest::newRow("events under the cap")
        << QByteArray("data: a\n\ndata: b\ndata: c\n\n") << QStringList{ev("a"), ev("b\nc")};
}

void TestSseParser::capErrors()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);

    const QString mismatch = firstChunkingMismatch(stream, expected, 64);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestSseParser::capOutcomeDoesNotDependOnChunking_data()
{
    QTest::addColumn<QByteArray>("stream");

    // Each stream starts with a short event: the first line of a stream is always buffered
    // (it passes through the BOM check), which would hide the difference.
    QTest::newRow("long comment line")
        << QByteArray("data: 0\n\n: " + repeated('x', 1000) + "\ndata: a\n\n");
    QTest::newRow("value fits, line with field name does not")
        << QByteArray("data: 0\n\ndata: " + repeated('x', 60) + "\n\n");
    QTest::newRow("long data line")
        << QByteArray("data: 0\n\ndata: " + repeated('x', 1000) + "\n\n");
}

void TestSseParser::capOutcomeDoesNotDependOnChunking()
{
    QFETCH(QByteArray, stream);

    const QStringList whole = parse(stream, {}, 64);
    const QStringList byteByByte = parse(stream, everyByte(stream.size()), 64);
    QCOMPARE(whole, byteByByte);
}

void TestSseParser::recordedStreams_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<int>("eventCount");
    QTest::addColumn<bool>("endsWithDone");
    QTest::addColumn<QString>("content");

    const QString shortAnswer = QStringLiteral("alph zesificate successo status heutigen Francей");
    // Escaped: the recording spells "â" and "ĝ" as a letter plus a combining circumflex.
    const QString errorAnswer = QStringLiteral(
        "zet\u0441\u043B\u0456\u0434 Channel NASenza\u0302\u0432\u0435\u0441\u0442 Spring\u0302 "
        "Spracheatem listing crashes\u0441\u0442 photos!does\u59CB equilibriumuteur "
        "suoFAULTObject");
    for (const qsizetype chunkSize : {1, 7, 4096}) {
        const int size = static_cast<int>(chunkSize);
        QTest::addRow("stream.txt, chunks of %d", size)
            << QStringLiteral("stream.txt") << chunkSize << 11 << true << shortAnswer;
        QTest::addRow("stream-usage.txt, chunks of %d", size)
            << QStringLiteral("stream-usage.txt") << chunkSize << 12 << true << shortAnswer;
        QTest::addRow("stream-midstream-error.txt, chunks of %d", size)
            << QStringLiteral("stream-midstream-error.txt") << chunkSize << 25 << false
            << errorAnswer;
    }
}

void TestSseParser::recordedStreams()
{
    QFETCH(QString, file);
    QFETCH(qsizetype, chunkSize);
    QFETCH(int, eventCount);
    QFETCH(bool, endsWithDone);
    QFETCH(QString, content);

    const QByteArray stream = readRecording(file);
    QVERIFY2(!stream.isEmpty(), qPrintable(file));
    QVERIFY(stream.startsWith("data: "));

    QList<SseEvent> events;
    const QStringList transcript = parse(stream, fixedSize(stream.size(), chunkSize),
                                         SseParser::kDefaultMaxEventBytes, &events);
    QCOMPARE(transcript, parse(stream, {}));
    QCOMPARE(events.size(), eventCount);

    QList<QJsonObject> chunks;
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i).type, QStringLiteral("message"));
        if (endsWithDone && i == events.size() - 1) {
            QCOMPARE(events.at(i).data, QByteArray("[DONE]"));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(events.at(i).data, &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(QStringLiteral("event %1: %2").arg(i).arg(error.errorString())));
        QVERIFY(json.isObject());
        chunks << json.object();
    }

    QString answer;
    for (const QJsonObject &chunk : std::as_const(chunks)) {
        const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
        for (const QJsonValue &choice : choices) {
            answer += choice.toObject()
                          .value(QLatin1String("delta"))
                          .toObject()
                          .value(QLatin1String("content"))
                          .toString();
        }
    }
    QCOMPARE(answer, content);

    if (!endsWithDone) {
        const QJsonObject error = chunks.last().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toInt(), 500);
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("server_error"));
    }
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
