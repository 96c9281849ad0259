#include "fakeresponse.h"

#include <QString>

namespace coro::test {

FakeResponse FakeResponse::json(int status, const QByteArray &body, HttpHeaders headers)
{
    FakeResponse response;
    response.status = status;
    response.headers = std::move(headers);
    response.headers.prepend({"Content-Type", "application/json"});
    response.body = body;
    return response;
}

FakeResponse FakeResponse::stream(const QByteArray &contentType, HttpHeaders headers)
{
    FakeResponse response;
    response.streamed = true;
    response.headers = std::move(headers);
    response.headers.prepend({"Cache-Control", "no-cache"});
    response.headers.prepend({"Content-Type", contentType});
    return response;
}

void FakeResponse::append(const QByteArray &bytes, int delayMs)
{
    if (!bytes.isEmpty())
        pieces.append({bytes, delayMs});
}

void FakeResponse::splitIntoSingleBytes(int withinMs)
{
    catchUpWithinMs = withinMs;
    // A real pause before the second byte of a CRLF and inside a UTF-8 character, so that the
    // client most likely reads those halves apart; a turn of the event loop may not be enough.
    constexpr int kSplitPauseMs = 15;
    QList<Piece> single;
    char previous = 0;
    for (const Piece &piece : std::as_const(pieces)) {
        for (const char byte : piece.bytes) {
            const bool utf8Continuation = (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
            const bool crlfSecondHalf = byte == '\n' && previous == '\r';
            single.append(
                {QByteArray(1, byte), utf8Continuation || crlfSecondHalf ? kSplitPauseMs : 0});
            previous = byte;
        }
    }
    pieces = std::move(single);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 529:
        return "Site Overloaded"; // Anthropic's own status; not in any RFC.
    default:
        return "Unknown";
    }
}

QByteArray jsonQuote(const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += kHex[(c >> 4) & 0xF];
                out += kHex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace coro::test
