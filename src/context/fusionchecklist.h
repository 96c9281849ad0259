#pragma once

#include "fusionprompt.h"

#include <optional>

namespace coro {

/**
 * @brief Reads the checklist a model returned for a guided fusion, defensively: the JSON may
 *        sit in a code fence or among chatter, be a bare list, hold strings instead of objects,
 *        name labels that do not exist or repeat itself. Nothing it holds can grow unbounded.
 */
class FusionChecklist
{
public:
    static constexpr qsizetype kMaxReplyChars = 64 * 1024;
    static constexpr qsizetype kMaxPointChars = 300;

    /// The points, numbered from 1; nullopt when no point can be read at all.
    /// @param labels the labels the answers had; others are dropped from a point's sources.
    static std::optional<QList<ChecklistPoint>> parse(const QString &reply,
                                                      const QStringList &labels);

    /// The points whose ids are in @p ids (in the checklist's order); every point when empty.
    static QList<ChecklistPoint> select(const QList<ChecklistPoint> &points, const QList<int> &ids);
};

} // namespace coro
