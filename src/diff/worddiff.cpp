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
    if (!pieces.isEmpty() && pieces.last().op == op)
        pieces.last().text += text;
    else
        pieces.append({op, text.toString()});
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
    const QList<QStringView> a = tokens(before);
    const QList<QStringView> b = tokens(after);
    QHash<QStringView, int> ids;
    std::vector<int> idsA;
    std::vector<int> idsB;
    idsA.reserve(static_cast<std::size_t>(a.size()));
    idsB.reserve(static_cast<std::size_t>(b.size()));
    const auto idOf = [&ids](QStringView token) {
        const int known = ids.value(token, -1);
        if (known >= 0)
            return known;
        const int fresh = static_cast<int>(ids.size());
        ids.insert(token, fresh);
        return fresh;
    };
    for (const QStringView token : a)
        idsA.push_back(idOf(token));
    for (const QStringView token : b)
        idsB.push_back(idOf(token));

    // The common start and end need no search: real answers often share them.
    std::size_t head = 0;
    while (head < idsA.size() && head < idsB.size() && idsA[head] == idsB[head])
        ++head;
    std::size_t tail = 0;
    while (tail < idsA.size() - head && tail < idsB.size() - head &&
           idsA[idsA.size() - 1 - tail] == idsB[idsB.size() - 1 - tail])
        ++tail;

    QList<WordDiffPiece> pieces;
    for (std::size_t i = 0; i < head; ++i)
        add(pieces, WordDiffPiece::Op::Same, a.at(static_cast<qsizetype>(i)));
    const std::vector<int> middleA(idsA.begin() + static_cast<std::ptrdiff_t>(head),
                                   idsA.end() - static_cast<std::ptrdiff_t>(tail));
    const std::vector<int> middleB(idsB.begin() + static_cast<std::ptrdiff_t>(head),
                                   idsB.end() - static_cast<std::ptrdiff_t>(tail));
    dtl::Diff<int> diff(middleA, middleB);
    diff.compose();
    for (const auto &[id, info] : diff.getSes().getSequence()) {
        Q_UNUSED(id)
        switch (info.type) {
        case dtl::SES_COMMON:
        case dtl::SES_DELETE: {
            const auto index =
                static_cast<qsizetype>(head) + static_cast<qsizetype>(info.beforeIdx) - 1;
            add(pieces,
                info.type == dtl::SES_COMMON ? WordDiffPiece::Op::Same : WordDiffPiece::Op::Removed,
                a.at(index));
            break;
        }
        case dtl::SES_ADD: {
            const auto index =
                static_cast<qsizetype>(head) + static_cast<qsizetype>(info.afterIdx) - 1;
            add(pieces, WordDiffPiece::Op::Added, b.at(index));
            break;
        }
        }
    }
    for (std::size_t i = idsA.size() - tail; i < idsA.size(); ++i)
        add(pieces, WordDiffPiece::Op::Same, a.at(static_cast<qsizetype>(i)));
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
