#include "net/ndjsonparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <utility>

using coro::NdjsonParser;

namespace {

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

// Every delivered line, then kErrorEntry when a feed() is refused; disagreements between
// feed(), hasError() and errorString() show up as extra entries.
QStringList parse(const QByteArray &stream, const Cuts &cuts,
                  qsizetype maxLineBytes = NdjsonParser::kDefaultMaxLineBytes)
{
    QStringList transcript;
    NdjsonParser parser(maxLineBytes);
    parser.setLineHandler(
        [&](QByteArrayView line) { transcript << QString::fromUtf8(line.data(), line.size()); });

    bool failed = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= cuts.size(); ++i) {
        const qsizetype to = i < cuts.size() ? cuts.at(i) : stream.size();
        const bool accepted = parser.feed(QByteArrayView(stream).sliced(from, to - from));
        from = to;
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
                              qsizetype maxLineBytes = NdjsonParser::kDefaultMaxLineBytes)
{
    QList<std::pair<QString, Cuts>> chunkings{
        {QStringLiteral("whole stream"), {}},
        {QStringLiteral("one byte at a time"), everyByte(stream.size())}};
    for (qsizetype at = 1; at < stream.size(); ++at)
        chunkings.append({QStringLiteral("split at byte %1").arg(at), {at}});

    for (const auto &[name, cuts] : std::as_const(chunkings)) {
        const QStringList got = parse(stream, cuts, maxLineBytes);
        if (got != expected) {
            return QStringLiteral("%1:\n   got:      [%2]\n   expected: [%3]")
                .arg(name, got.join(QLatin1String(" | ")), expected.join(QLatin1String(" | ")));
        }
    }
    return {};
}

} // namespace

class TestNdjsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyChunking_data();
    void everyChunking();
    void lineSplitAcrossFeeds();
    void finalLineDeliveredByFinish();
    void overlongLine_data();
    void overlongLine();
    void ollamaChatStreamByteByByte();
};

void TestNdjsonParser::everyChunking_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("LF") << QByteArray("{\"a\":1}\n{\"b\":2}\n")
                        << QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"b\":2}")};
    QTest::newRow("CRLF") << QByteArray("{\"a\":1}\r\n{\"b\":2}\r\n")
                          << QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"b\":2}")};
    QTest::newRow("blank lines skipped")
        << QByteArray("\n\n{\"a\":1}\n\r\n  \n\t\n{\"b\":2}\n\n")
        << QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"b\":2}")};
    QTest::newRow("last line without newline")
        << QByteArray("{\"a\":1}\n{\"done\":true}")
        << QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"done\":true}")};
    QTest::newRow("last line ending in CR")
        << QByteArray("{\"a\":1}\r") << QStringList{QStringLiteral("{\"a\":1}")};
    QTest::newRow("UTF-8 content") << QByteArray("{\"content\":\"caf\xC3\xA9 \xF0\x9F\x98\x80\"}\n")
                                   << QStringList{QStringLiteral("{\"content\":\"café 😀\"}")};
    QTest::newRow("error line") << QByteArray("{\"error\":\"model \\\"foo\\\" not found\"}\n")
                                << QStringList{QStringLiteral("{\"error\":\"model \\\"foo\\\" not "
                                                              "found\"}")};
    QTest::newRow("empty stream") << QByteArray() << QStringList{};
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << QStringList{};
}

void TestNdjsonParser::everyChunking()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);

    const QString mismatch = firstChunkingMismatch(stream, expected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestNdjsonParser::lineSplitAcrossFeeds()
{
    QList<QByteArray> lines;
    NdjsonParser parser;
    parser.setLineHandler([&](QByteArrayView line) { lines << line.toByteArray(); });

    QVERIFY(parser.feed("{\"message\":{\"content\":\"Hel"));
    QVERIFY(lines.isEmpty());
    QVERIFY(parser.feed("lo\"}}\r"));
    QVERIFY(lines.isEmpty());
    QVERIFY(parser.feed("\n{\"done\":"));
    QCOMPARE(lines, QList<QByteArray>{"{\"message\":{\"content\":\"Hello\"}}"});
    QVERIFY(parser.feed("true}\n"));
    QCOMPARE(lines,
             (QList<QByteArray>{"{\"message\":{\"content\":\"Hello\"}}", "{\"done\":true}"}));
}

void TestNdjsonParser::finalLineDeliveredByFinish()
{
    QList<QByteArray> lines;
    NdjsonParser parser;
    parser.setLineHandler([&](QByteArrayView line) { lines << line.toByteArray(); });

    QVERIFY(parser.feed("{\"a\":1}\n{\"done\":true}"));
    QCOMPARE(lines, QList<QByteArray>{"{\"a\":1}"});
    parser.finish();
    QCOMPARE(lines, (QList<QByteArray>{"{\"a\":1}", "{\"done\":true}"}));
}

void TestNdjsonParser::overlongLine_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    const QByteArray longLine = "{\"content\":\"" + QByteArray(100, 'x') + "\"}";
    QTest::newRow("without newline") << longLine << QStringList{kErrorEntry};
    QTest::newRow("with newline") << QByteArray(longLine + "\n") << QStringList{kErrorEntry};
    QTest::newRow("earlier lines kept, later ones dropped")
        << QByteArray("{\"a\":1}\n" + longLine + "\n{\"b\":2}\n")
        << QStringList{QStringLiteral("{\"a\":1}"), kErrorEntry};
    QTest::newRow("line of exactly the cap")
        << QByteArray("{\"content\":\"0123456789abcdefghijkl\"}\n")
        << QStringList{QStringLiteral("{\"content\":\"0123456789abcdefghijkl\"}")};
}

void TestNdjsonParser::overlongLine()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);

    const QString mismatch = firstChunkingMismatch(stream, expected, 36);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestNdjsonParser::ollamaChatStreamByteByByte()
{
    QFile file(QStringLiteral(CORO_TEST_DATA_DIR "/ollama/chat-stream.ndjson"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stream = file.readAll();

    QList<QByteArray> lines;
    NdjsonParser parser;
    parser.setLineHandler([&](QByteArrayView line) { lines << line.toByteArray(); });
    for (const char byte : stream)
        QVERIFY(parser.feed(QByteArrayView(&byte, 1)));
    parser.finish();
    QVERIFY(!parser.hasError());

    QCOMPARE(lines.size(), 20);
    QString answer;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject chunk = QJsonDocument::fromJson(lines.at(i), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(QStringLiteral("line %1: %2").arg(i).arg(error.errorString())));
        QCOMPARE(chunk.value(QLatin1String("model")).toString(), QStringLiteral("llama3.2"));
        QCOMPARE(chunk.value(QLatin1String("done")).toBool(), i == lines.size() - 1);
        answer += chunk.value(QLatin1String("message"))
                      .toObject()
                      .value(QLatin1String("content"))
                      .toString();
    }
    QCOMPARE(answer, QStringLiteral("The sky looks blue because air scatters short wavelengths of "
                                    "sunlight more than long ones — Rayleigh scattering."));

    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(last.value(QLatin1String("done_reason")).toString(), QStringLiteral("stop"));
    QCOMPARE(last.value(QLatin1String("eval_count")).toInt(), 19);
}

QTEST_GUILESS_MAIN(TestNdjsonParser)
#include "tst_ndjsonparser.moc"
