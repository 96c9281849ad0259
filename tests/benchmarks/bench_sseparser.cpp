// Throughput of coro::SseParser on a large OpenAI-style stream, against a memchr pass that only
// counts the blank lines separating events: the floor for any parser that looks at every byte.

#include "net/sseparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>

namespace {

constexpr qsizetype kLargeSize = 64 * 1000 * 1000;
constexpr qsizetype kSampleSize = 1000 * 1000;
constexpr qsizetype kNetworkChunk = 16 * 1024;
constexpr int kRepetitions = 7;

// The JSON payload of every event of a recorded stream.
QList<QByteArray> recordedPayloads(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> payloads;
    const QList<QByteArray> blocks = file.readAll().split('\n');
    for (const QByteArray &line : blocks) {
        if (line.startsWith("data: "))
            payloads << line.mid(6);
    }
    return payloads;
}

// Token-sized pieces mostly, sometimes a long one, with multi-byte UTF-8 among them.
QByteArray randomContent(QRandomGenerator &random)
{
    static const QList<QByteArray> words{"the",    " stream", " parser", " naïve", " время",
                                         " 数据",  " token",  ",",       " Grüße", "\\n",
                                         " model", " 🙂",   " answer", ".",      " ok"};
    const int count = random.bounded(100) < 90 ? 1 + random.bounded(3) : 20 + random.bounded(80);
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += words.at(random.bounded(static_cast<int>(words.size())));
    return text;
}

QByteArray buildStream(const QList<QByteArray> &payloads, qsizetype targetSize)
{
    const QByteArray contentKey("\"content\":\"");
    QRandomGenerator random(20240611);
    QByteArray stream;
    stream.reserve(targetSize + 4096);
    while (stream.size() < targetSize) {
        for (const QByteArray &payload : payloads) {
            QByteArray event = payload;
            const qsizetype valueStart = event.indexOf(contentKey);
            if (valueStart >= 0) {
                const qsizetype from = valueStart + contentKey.size();
                const qsizetype to = event.indexOf('"', from);
                event.replace(from, to - from, randomContent(random));
            }
            stream += "data: ";
            stream += event;
            stream += "\n\n";
        }
    }
    return stream;
}

// The first events of an LF stream, cut at an event boundary near maxSize.
QByteArray sampleOf(const QByteArray &stream, qsizetype maxSize)
{
    return stream.first(stream.lastIndexOf("\n\n", maxSize) + 2);
}

qint64 countSeparators(const QByteArray &stream)
{
    const char *pos = stream.constData();
    const char *const end = pos + stream.size();
    qint64 count = 0;
    while (
        (pos = static_cast<const char *>(std::memchr(pos, '\n', static_cast<size_t>(end - pos))))) {
        ++pos;
        if (pos < end && *pos == '\n')
            ++count;
        else if (end - pos >= 2 && pos[0] == '\r' && pos[1] == '\n')
            ++count;
    }
    return count;
}

qint64 parse(const QByteArray &stream, qsizetype chunkSize)
{
    qint64 events = 0;
    qint64 payloadBytes = 0;
    coro::SseParser parser;
    parser.setEventHandler([&](const coro::SseEvent &event) {
        ++events;
        payloadBytes += event.data.size();
    });
    const QByteArrayView bytes(stream);
    for (qsizetype pos = 0; pos < bytes.size(); pos += chunkSize) {
        if (!parser.feed(bytes.sliced(pos, std::min(chunkSize, bytes.size() - pos))))
            return -1;
    }
    parser.finish();
    return payloadBytes > 0 ? events : -1;
}

// Median wall time of kRepetitions runs, in seconds.
double medianSeconds(const std::function<void()> &run)
{
    QList<double> seconds;
    for (int i = 0; i < kRepetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        seconds << static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds.at(seconds.size() / 2);
}

bool measure(const char *name, const QByteArray &stream, qsizetype chunkSize)
{
    const qint64 separators = countSeparators(stream);
    qint64 events = 0;
    const double parserSeconds = medianSeconds([&] { events = parse(stream, chunkSize); });
    qint64 counted = 0;
    const double baselineSeconds = medianSeconds([&] { counted = countSeparators(stream); });
    if (events != separators || counted != separators) {
        std::printf("%-28s parser saw %lld events, expected %lld\n", name,
                    static_cast<long long>(events), static_cast<long long>(separators));
        return false;
    }
    const double megabytes = static_cast<double>(stream.size()) / 1e6;
    std::printf("%-28s %8.1f MB %7lld B %9lld %11.0f %11.0f %10.1fx\n", name, megabytes,
                static_cast<long long>(chunkSize), static_cast<long long>(events),
                megabytes / parserSeconds, megabytes / baselineSeconds,
                parserSeconds / baselineSeconds);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    const QString recording =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : QStringLiteral(CORO_TEST_DATA_DIR "/llama-server/stream-usage.txt");
    const QList<QByteArray> payloads = recordedPayloads(recording);
    if (payloads.isEmpty()) {
        std::printf("Cannot read events from %s\n", qPrintable(recording));
        return 1;
    }

    const QByteArray lf = buildStream(payloads, kLargeSize);
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");

    std::printf("SseParser throughput, median of %d runs (1 MB = 10^6 bytes)\n"
                "baseline: one memchr pass counting the blank lines between events\n\n",
                kRepetitions);
    std::printf("%-28s %11s %9s %9s %11s %11s %11s\n", "input", "size", "chunk", "events",
                "parser MB/s", "base MB/s", "time/base");
    bool ok = measure("LF, network chunks", lf, kNetworkChunk);
    ok = measure("CRLF, network chunks", crlf, kNetworkChunk) && ok;
    const QByteArray lfSample = sampleOf(lf, kSampleSize);
    QByteArray crlfSample = lfSample;
    crlfSample.replace("\n", "\r\n");
    ok = measure("LF, one byte at a time", lfSample, 1) && ok;
    ok = measure("CRLF, one byte at a time", crlfSample, 1) && ok;
    return ok ? 0 : 1;
}
