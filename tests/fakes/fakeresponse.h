#pragma once

#include "net/httprequest.h"

#include <QByteArray>
#include <QList>

namespace coro::test {

/**
 * @brief One scripted HTTP response: status, headers, and body pieces with the pauses between them.
 */
struct FakeResponse
{
    /// How the connection ends once every piece has been written.
    enum class Ending {
        Complete, ///< Terminating chunk, then close: a clean end of the HTTP body.
        Reset,    ///< Reset the connection (RST) with the chunked body unfinished.
        Hold,     ///< Write nothing more and keep the connection open.
    };

    /// Bytes sent as one HTTP chunk (one socket write).
    struct Piece
    {
        QByteArray bytes;
        /// Pause before this piece: -1 none (same event-loop turn), 0 next turn, >0 milliseconds.
        int delayMs = -1;
    };

    int status = 200;
    HttpHeaders headers;   ///< Besides Content-Length, Transfer-Encoding and Connection.
    bool streamed = false; ///< Chunked pieces; otherwise body with a Content-Length.
    QByteArray body;
    QList<Piece> pieces;
    Ending ending = Ending::Complete;
    bool silent = false; ///< Never answer at all, not even the status line.
    int headDelayMs = 0; ///< Silence before the status line.
    /// When > 0, pieces that wait for the next turn are written several per turn if needed to
    /// end within about this time: QTest::qWaitFor sleeps 10 ms per turn, which would make a
    /// byte-per-turn stream take seconds.
    int catchUpWithinMs = 0;

    static FakeResponse json(int status, const QByteArray &body, HttpHeaders headers = {});
    static FakeResponse stream(const QByteArray &contentType, HttpHeaders headers = {});

    void append(const QByteArray &bytes, int delayMs = -1);
    /// Every byte in its own piece, each one event-loop turn after the previous when the loop
    /// turns fast, all within about @p withinMs when it does not.
    void splitIntoSingleBytes(int withinMs = 300);
};

/// The reason phrase of a status line, e.g. "Too Many Requests".
QByteArray reasonPhrase(int status);

/// @p text as a JSON string literal, quotes included; fast enough for 100 000 deltas.
QByteArray jsonQuote(const QString &text);

} // namespace coro::test
