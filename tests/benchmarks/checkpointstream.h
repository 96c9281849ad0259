#pragma once

// The storage benchmark's streaming phase: what checkpointing costs while 8 answers stream.

#include <QString>

namespace coro::bench {

constexpr int kSlots = 8;
constexpr int kTickMs = 20;        ///< A fast model: ~16 characters every 20 ms.
constexpr int kCharsPerTick = 16;  ///< ~800 characters (~200 tokens) a second.
constexpr int kCheckpointMs = 250; ///< TurnRecorder::kCheckpointIntervalMs (src/chat).

struct StreamFigures
{
    double wallMs = 0;
    double processCpuMs = 0;
    double storageCpuMs = 0; ///< Storage thread, while streaming (checkpoints).
    double finishCpuMs = 0;  ///< Storage thread, the 8 finishAnswer calls (index insertion).
    int writes = 0;
    qint64 finalChars = 0; ///< Per answer.
};

// 8 answers grow by 16 characters every 20 ms. With @p checkpoint, every changed answer is
// checkpointed every 250 ms exactly as TurnRecorder does (a QTimer started by the first change,
// stopped when nothing changed); without, the same streaming with no storage at all.
StreamFigures stream(const QString &path, int seconds, bool checkpoint);

} // namespace coro::bench
