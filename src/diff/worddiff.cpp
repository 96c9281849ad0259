#include "worddiff.h"

#include <dtl/dtl.hpp>

#include <QHash>

#include <vector>

namespace coro {

namespace {

QList<QStringView> tokens(const QString &text)
{
    QList<QStringView> out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark()))
                ++i;
        } else if (c.isSpace()) {
            while (i < text.size() && text.at(i).isSpace())
                ++i;
        } else {
            i += c.isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        }
        out << QStringView(text).sliced(start, i - start);
    }
    return out;
}

void add(QList<WordDiffPiece> &pieces, WordDiffPiece::Op op, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!pieces.isEmpty() && pieces.last().op == op)
        pieces.last().text += text;
    else
        pieces.append({op, text.toString()});
}

// A hunk larger than this (tokens before x tokens after) is shown as removed and added whole:
// texts that different have no useful word alignment, and the search would cost seconds.
constexpr qsizetype kMaxHunkProduct = 4'000'000;

/// Sentences and lines, each with the spaces after it.
QList<QStringView> segments(const QString &text)
{
    QList<QStringView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool end =
            c == QLatin1Char('\n') ||
            ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) &&
             i + 1 < text.size() && text.at(i + 1) == QLatin1Char(' '));
        if (!end)
            continue;
        qsizetype next = i + 1;
        while (next < text.size() && text.at(next) == QLatin1Char(' '))
            ++next;
        out << QStringView(text).sliced(start, next - start);
        start = next;
        i = next - 1;
    }
    if (start < text.size())
        out << QStringView(text).sliced(start);
    return out;
}

struct Edit
{
    WordDiffPiece::Op op;
    QStringView text;
};

/// dtl over two token sequences (compared as interned integers), common ends trimmed first.
QList<Edit> diffSequences(const QList<QStringView> &a, const QList<QStringView> &b)
{
    QHash<QStringView, int> ids;
    const auto idOf = [&ids](QStringView token) {
        const int known = ids.value(token, -1);
        if (known >= 0)
            return known;
        const int fresh = static_cast<int>(ids.size());
        ids.insert(token, fresh);
        return fresh;
    };
    std::vector<int> idsA;
    std::vector<int> idsB;
    idsA.reserve(static_cast<std::size_t>(a.size()));
    idsB.reserve(static_cast<std::size_t>(b.size()));
    for (const QStringView token : a)
        idsA.push_back(idOf(token));
    for (const QStringView token : b)
        idsB.push_back(idOf(token));
    std::size_t head = 0;
    while (head < idsA.size() && head < idsB.size() && idsA[head] == idsB[head])
        ++head;
    std::size_t tail = 0;
    while (tail < idsA.size() - head && tail < idsB.size() - head &&
           idsA[idsA.size() - 1 - tail] == idsB[idsB.size() - 1 - tail])
        ++tail;

    QList<Edit> edits;
    for (std::size_t i = 0; i < head; ++i)
        edits.append({WordDiffPiece::Op::Same, a.at(static_cast<qsizetype>(i))});
    const std::vector<int> middleA(idsA.begin() + static_cast<std::ptrdiff_t>(head),
                                   idsA.end() - static_cast<std::ptrdiff_t>(tail));
    const std::vector<int> middleB(idsB.begin() + static_cast<std::ptrdiff_t>(head),
                                   idsB.end() - static_cast<std::ptrdiff_t>(tail));
    if (static_cast<qsizetype>(middleA.size()) * static_cast<qsizetype>(middleB.size()) >
        kMaxHunkProduct) {
        for (std::size_t i = 0; i < middleA.size(); ++i)
            edits.append({WordDiffPiece::Op::Removed, a.at(static_cast<qsizetype>(head + i))});
        for (std::size_t i = 0; i < middleB.size(); ++i)
            edits.append({WordDiffPiece::Op::Added, b.at(static_cast<qsizetype>(head + i))});
    } else {
        dtl::Diff<int> diff(middleA, middleB);
        diff.compose();
        for (const auto &[id, info] : diff.getSes().getSequence()) {
            Q_UNUSED(id)
            if (info.type == dtl::SES_ADD) {
                edits.append(
                    {WordDiffPiece::Op::Added, b.at(static_cast<qsizetype>(head) +
                                                    static_cast<qsizetype>(info.afterIdx) - 1)});
            } else {
                edits.append({info.type == dtl::SES_COMMON ? WordDiffPiece::Op::Same
                                                           : WordDiffPiece::Op::Removed,
                              a.at(static_cast<qsizetype>(head) +
                                   static_cast<qsizetype>(info.beforeIdx) - 1)});
            }
        }
    }
    for (std::size_t i = idsA.size() - tail; i < idsA.size(); ++i)
        edits.append({WordDiffPiece::Op::Same, a.at(static_cast<qsizetype>(i))});
    return edits;
}

/// Word-level pieces of one changed stretch.
void wordDiff(QList<WordDiffPiece> &pieces, QStringView before, QStringView after)
{
    const QString a = before.toString();
    const QString b = after.toString();
    const QList<QStringView> tokensA = tokens(a);
    const QList<QStringView> tokensB = tokens(b);
    for (const Edit &edit : diffSequences(tokensA, tokensB))
        add(pieces, edit.op, edit.text);
}

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// "[-It-]{+Many+} [-was-]{+of+}" reads better as "[-It was-]{+Many of+}": a space between two
// replacements joins both sides (it is in both texts, so each still reads back whole).
QList<WordDiffPiece> grouped(const QList<WordDiffPiece> &pieces)
{
    QList<WordDiffPiece> out;
    QString removed;
    QString added;
    const auto flush = [&] {
        if (!removed.isEmpty())
            out.append({WordDiffPiece::Op::Removed, removed});
        if (!added.isEmpty())
            out.append({WordDiffPiece::Op::Added, added});
        removed.clear();
        added.clear();
    };
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const WordDiffPiece &piece = pieces.at(i);
        if (piece.op == WordDiffPiece::Op::Removed) {
            removed += piece.text;
        } else if (piece.op == WordDiffPiece::Op::Added) {
            added += piece.text;
        } else if (!removed.isEmpty() && !added.isEmpty() && isBlank(piece.text) &&
                   i + 1 < pieces.size() && pieces.at(i + 1).op != WordDiffPiece::Op::Same) {
            removed += piece.text;
            added += piece.text;
        } else {
            flush();
            add(out, WordDiffPiece::Op::Same, piece.text);
        }
    }
    flush();
    return out;
}

} // namespace

QList<WordDiffPiece> WordDiff::diff(const QString &before, const QString &after)
{
    // Two levels, like git's word diff inside hunks: sentences and lines first, then words
    // only where sentences differ. dtl's O(NP) search costs about N x (number of edits), so
    // running it on words of whole answers would cost ~N^2 when they differ a lot.
    const QList<QStringView> a = segments(before);
    const QList<QStringView> b = segments(after);
    QList<WordDiffPiece> pieces;
    qsizetype removedFrom = -1;
    qsizetype addedFrom = -1;
    qsizetype removedTo = 0;
    qsizetype addedTo = 0;
    const auto flushHunk = [&] {
        if (removedFrom < 0 && addedFrom < 0)
            return;
        const QStringView removed =
            removedFrom < 0 ? QStringView()
                            : QStringView(before).sliced(removedFrom, removedTo - removedFrom);
        const QStringView added = addedFrom < 0
                                      ? QStringView()
                                      : QStringView(after).sliced(addedFrom, addedTo - addedFrom);
        wordDiff(pieces, removed, added);
        removedFrom = addedFrom = -1;
    };
    for (const Edit &edit : diffSequences(a, b)) {
        switch (edit.op) {
        case WordDiffPiece::Op::Same:
            flushHunk();
            add(pieces, WordDiffPiece::Op::Same, edit.text);
            break;
        case WordDiffPiece::Op::Removed:
            if (removedFrom < 0)
                removedFrom = edit.text.data() - before.data();
            removedTo = edit.text.data() - before.data() + edit.text.size();
            break;
        case WordDiffPiece::Op::Added:
            if (addedFrom < 0)
                addedFrom = edit.text.data() - after.data();
            addedTo = edit.text.data() - after.data() + edit.text.size();
            break;
        }
    }
    flushHunk();
    return grouped(pieces);
}

QString WordDiff::readable(const QList<WordDiffPiece> &pieces)
{
    QString out;
    for (const WordDiffPiece &piece : pieces) {
        switch (piece.op) {
        case WordDiffPiece::Op::Same:
            out += piece.text;
            break;
        case WordDiffPiece::Op::Removed:
            out += QLatin1String("[-") + piece.text + QLatin1String("-]");
            break;
        case WordDiffPiece::Op::Added:
            out += QLatin1String("{+") + piece.text + QLatin1String("+}");
            break;
        }
    }
    return out;
}

} // namespace coro
