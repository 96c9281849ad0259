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
 * Two levels, as git's word diff works inside hunks: the texts are first compared as
 * sentences and lines, then each changed stretch word by word (words, runs of spaces, single
 * punctuation marks; tokens are interned, so dtl compares integers). A stretch whose token
 * counts multiply beyond 4 million (two unrelated answers) is shown removed and added whole.
 * Adjacent pieces with the same operation are merged, so the pieces alternate and, read in
 * order, give back either text.
 */
class WordDiff
{
public:
    static QList<WordDiffPiece> diff(const QString &before, const QString &after);

    /// Pieces as `[-removed-]{+added+}`, like `git diff --word-diff=plain`.
    static QString readable(const QList<WordDiffPiece> &pieces);
};

} // namespace coro
