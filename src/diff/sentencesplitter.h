#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace coro {

/// What a compared unit of an answer is.
enum class SentenceKind : quint8 { Prose, Heading, ListItem, TableRow, Code };

/**
 * @brief One comparable unit of an answer and what comparing it needs: the words that carry its
 * meaning, its numbers, and whether it is negated or answers yes/no.
 */
struct Sentence
{
    QString text; ///< As shown (plain text).
    SentenceKind kind = SentenceKind::Prose;
    int block = 0;        ///< Index of its Markdown block in the answer.
    QList<int> words;     ///< Content words as ids in the vocabulary, sorted, unique.
    QStringList numbers;  ///< Numbers as written, normalized ("1,000" -> "1000"), sorted.
    bool negated = false; ///< Says not / no / never / ...n't.
    int polarity = 0;     ///< +1 starts with yes, -1 with no, 0 neither.
};

/**
 * @brief Cuts a Markdown answer into sentences, Markdown-aware: a paragraph or quote into its
 * sentences (Unicode sentence boundaries, common abbreviations kept whole), a heading, a list
 * item or a table row into one each (a row as "header: cell; ..."), a code block whole.
 */
class SentenceSplitter
{
public:
    /// Word ids shared by the answers of one comparison.
    using Vocabulary = QHash<QString, int>;

    static QList<Sentence> split(const QString &markdown, Vocabulary &vocabulary);

    /// Content words of @p text: lower case, stop words, numbers and negations left out,
    /// a plural -s removed.
    static QStringList contentWords(QStringView text);
};

} // namespace coro
