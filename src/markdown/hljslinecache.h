#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace coro {

/**
 * @brief Highlighted complete lines keyed by (language, state before the line, text), kept on
 * the C++ side.
 *
 * Kept out of the script engine on purpose: V4's collector marks every live object on each
 * run, and a cache of 20,000 lines inside the engine made each collection several times
 * dearer than the highlighting it saved (1,000 new lines of C++: 89 → 60 ms).
 */
class HljsLineCache
{
public:
    /// What highlight.js made of the lines from some line on: class-tagged HTML per line and
    /// the state each line ends in.
    struct Lines
    {
        QString html;                ///< All lines' HTML, one after another.
        QList<qsizetype> htmlLength; ///< Per line given, the length of its part of html.
        QList<int> stateAfter;       ///< Per line given, the state it ends in.
    };
    /// Highlights @p text (lines from some line on, the last one maybe unfinished) starting in
    /// @p state; a null result means no colours.
    using Highlight = std::function<bool(int state, const QString &text, Lines *lines)>;

    /// The class-tagged HTML of @p code: cached lines as they are, the rest from @p highlight
    /// (one call, from the first line not cached). Null when highlight fails.
    QString highlight(const QString &language, const QString &code, const Highlight &highlight);

    qsizetype cachedLines() const { return m_lines.size(); }

private:
    struct Line
    {
        QString html;
        int stateAfter = -1;
    };
    static QString key(const QString &language, int state, QStringView line);
    void insert(QString key, Line line);

    QHash<QString, Line> m_lines;
    qsizetype m_chars = 0; ///< Keys and HTML held, in characters.
};

} // namespace coro
