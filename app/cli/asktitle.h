#pragma once

#include "askprinter.h"
#include "chat/chatsession.h"

#include <QCommandLineParser>
#include <optional>

namespace coro::cli {

class CliEnvironment;

/**
 * @brief The title step of `ask --title-model`: after a new conversation's first turn, a cheap
 *        model names it (TitleMaker), and a `title` line says what it became.
 */
class AskTitle
{
public:
    static QCommandLineOption option();
    /// The model, when --title-model was given; false with @p error on a malformed name.
    static bool fromParser(const QCommandLineParser &parser, std::optional<ModelRef> *model,
                           QString *error);

    /// Blocks (running the event loop) for at most TitleMaker's deadline.
    static void run(CliEnvironment &env, StorageService *storage,
                    const ChatSession::PlannedTurn &planned, const ModelRef &model,
                    AskPrinter::Mode mode);
};

} // namespace coro::cli
