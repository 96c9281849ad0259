#pragma once

#include "askprinter.h"
#include "chat/chatsession.h"

#include <QCommandLineParser>
#include <optional>

namespace coro::cli {

class CliEnvironment;

/**
 * @brief The fusion step of `ask --fuse`: once the turn's answers are done, one model writes
 *        the best of them, tagged with the labels of the answers each part came from; it
 *        streams as JSON lines with "fusion": true and is saved as one more answer of the turn.
 *        Guided (--fuse-points): the model first lists the distinct points, and only the
 *        chosen ones are fused.
 */
class AskFusion
{
public:
    struct Options
    {
        ModelRef model;
        bool guided = false;
        QList<int> points; ///< Guided: the checklist ids kept; empty: all of them.
        AskPrinter::Mode mode = AskPrinter::Mode::Json;
    };

    /// --fuse, --fuse-points.
    static QList<QCommandLineOption> options();
    /// @p options stays empty without --fuse; false with @p error set on invalid values.
    static bool fromParser(const QCommandLineParser &parser, std::optional<Options> *options,
                           QString *error);

    /// Blocks (running the event loop) until the fused answer ends. @p started is told the
    /// fusion's Turn (so Ctrl+C can cancel it). True when the fused answer is done.
    static bool run(CliEnvironment &env, ChatSession &session,
                    const ChatSession::PlannedTurn &planned, const ChatSession::AskOptions &asked,
                    const Options &options, const std::function<void(Turn *)> &started);
};

} // namespace coro::cli
