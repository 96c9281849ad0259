#pragma once

#include <QList>
#include <QString>

namespace coro {

/// One stretch of a word diff.
struct WordDiffPiece
{
    enum class Op : quint8 { Same, Removed, Added };
    Op op = Op::Same;
    QString text;

    bool operator==(const WordDiffPiece &other) const
    {
        return op == other.op && text == other.text;
    }
};

/**
 * @brief Word-level diff of two answers with dtl (Wu, Manber and Myers' O(NP) algorithm).
 *
 * The texts are cut into words, runs of spaces and single punctuation marks; each distinct
 * token becomes an integer, so dtl compares integers. Adjacent pieces with the same operation
 * are merged, so the pieces alternate and, read in order, give back either text.
 */
class WordDiff
{
public:
    static QList<WordDiffPiece> diff(const QString &before, const QString &after);

    /// Pieces as `[-removed-]{+added+}`, like `git diff --word-diff=plain`.
    static QString readable(const QList<WordDiffPiece> &pieces);
};

} // namespace coro
