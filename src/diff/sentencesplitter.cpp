#include "sentencesplitter.h"

#include "markdown/blockparser.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace coro {

namespace {

bool isStopWord(const QString &word)
{
    static const QSet<QString> stopWords = [] {
        QSet<QString> words;
        for (const char *w :
             {"a",     "an",     "the",   "and",   "or",   "but",   "if",    "then",  "so",
              "of",    "to",     "in",    "on",    "at",   "by",    "for",   "with",  "from",
              "as",    "into",   "about", "than",  "that", "this",  "these", "those", "it",
              "its",   "is",     "are",   "was",   "were", "be",    "been",  "being", "am",
              "do",    "does",   "did",   "has",   "have", "had",   "will",  "would", "can",
              "could", "should", "may",   "might", "must", "shall", "i",     "you",   "he",
              "she",   "we",     "they",  "me",    "him",  "her",   "us",    "them",  "my",
              "your",  "our",    "their", "which", "who",  "what",  "when",  "where", "how",
              "there", "here",   "also",  "very",  "just", "some",  "such",  "up",    "out",
              "all",   "any",    "each",  "more",  "most", "other", "s",     "t"})
            words.insert(QString::fromLatin1(w));
        return words;
    }();
    return stopWords.contains(word);
}

bool isNegation(const QString &word)
{
    static const QSet<QString> negations{
        QStringLiteral("not"),     QStringLiteral("no"),      QStringLiteral("never"),
        QStringLiteral("none"),    QStringLiteral("cannot"),  QStringLiteral("nothing"),
        QStringLiteral("nobody"),  QStringLiteral("neither"), QStringLiteral("nor"),
        QStringLiteral("without"), QStringLiteral("nowhere")};
    return negations.contains(word) || word.endsWith(QLatin1String("n't")) ||
           word.endsWith(QLatin1String("n’t"));
}

// Words as written, lower case: letters, digits and inner apostrophes.
QStringList rawWords(QStringView text)
{
    QStringList words;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool apostrophe = (c == QLatin1Char('\'') || c == QChar(0x2019)) &&
                                !current.isEmpty() && i + 1 < text.size() &&
                                text.at(i + 1).isLetter();
        if (c.isLetterOrNumber() || apostrophe) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

// A period after these does not end a sentence.
bool endsWithAbbreviation(QStringView sentence)
{
    static const QRegularExpression abbreviation(
        QStringLiteral("(?:\\b(?:e\\.g|i\\.e|etc|vs|cf|approx|Mr|Mrs|Ms|Dr|Prof|St|No|Fig|Inc|"
                       "Ltd|Jr|Sr|U\\.S)|\\b[A-Z])\\.\\s*$"));
    return abbreviation.match(sentence.toString()).hasMatch();
}

QStringList proseSentences(const QString &text)
{
    QStringList sentences;
    QString pending;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end > 0; end = finder.toNextBoundary()) {
        pending += QStringView(text).sliced(start, end - start);
        start = end;
        if (endsWithAbbreviation(pending) && end < text.size())
            continue;
        const QString trimmed = pending.trimmed();
        if (!trimmed.isEmpty())
            sentences << trimmed;
        pending.clear();
    }
    if (!pending.trimmed().isEmpty())
        sentences << pending.trimmed();
    return sentences;
}

Sentence describe(const QString &text, SentenceKind kind, int block,
                  SentenceSplitter::Vocabulary &vocabulary)
{
    Sentence sentence;
    sentence.text = text;
    sentence.kind = kind;
    sentence.block = block;
    const QStringList raw = rawWords(text);
    for (const QString &word : raw) {
        if (isNegation(word))
            sentence.negated = true;
    }
    if (!raw.isEmpty()) {
        const QString &first = raw.constFirst();
        if (first == QLatin1String("yes") || first == QLatin1String("yeah") ||
            first == QLatin1String("correct") || first == QLatin1String("true"))
            sentence.polarity = 1;
        else if (first == QLatin1String("no") || first == QLatin1String("nope") ||
                 first == QLatin1String("incorrect") || first == QLatin1String("false"))
            sentence.polarity = -1;
    }
    static const QRegularExpression number(QStringLiteral("(?<![\\w.])\\d[\\d,]*(?:\\.\\d+)?"));
    if (kind != SentenceKind::Code) {
        for (auto it = number.globalMatch(text); it.hasNext();)
            sentence.numbers << it.next().captured().remove(QLatin1Char(','));
        sentence.numbers.sort();
    }
    for (const QString &word : SentenceSplitter::contentWords(text)) {
        const int id = vocabulary.value(word, -1);
        if (id >= 0) {
            sentence.words << id;
        } else {
            const int fresh = static_cast<int>(vocabulary.size());
            vocabulary.insert(word, fresh);
            sentence.words << fresh;
        }
    }
    std::sort(sentence.words.begin(), sentence.words.end());
    sentence.words.erase(std::unique(sentence.words.begin(), sentence.words.end()),
                         sentence.words.end());
    return sentence;
}

QString tableRowText(const MarkdownBlock &table, int row)
{
    QStringList parts;
    const QList<TableCell> &header = table.rows.constFirst();
    const QList<TableCell> &cells = table.rows.at(row);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QString name = c < header.size() ? header.at(c).plain.trimmed() : QString();
        const QString value = cells.at(c).plain.trimmed();
        if (value.isEmpty())
            continue;
        parts << (name.isEmpty() ? value : name + QLatin1String(": ") + value);
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

QStringList SentenceSplitter::contentWords(QStringView text)
{
    QStringList words;
    for (QString word : rawWords(text)) {
        if (isStopWord(word) || isNegation(word) || word.at(0).isDigit())
            continue;
        if (word == QLatin1String("yes") || word == QLatin1String("no"))
            continue;
        if (word.size() > 3 && word.endsWith(QLatin1Char('s')) &&
            !word.endsWith(QLatin1String("ss")))
            word.chop(1);
        words << word;
    }
    return words;
}

QList<Sentence> SentenceSplitter::split(const QString &markdown, Vocabulary &vocabulary)
{
    QList<Sentence> sentences;
    const QList<MarkdownBlock> blocks = BlockParser::parse(markdown);
    for (int b = 0; b < blocks.size(); ++b) {
        const MarkdownBlock &block = blocks.at(b);
        switch (block.kind) {
        case BlockKind::Paragraph:
        case BlockKind::Quote:
            for (const QString &text : proseSentences(block.plain))
                sentences << describe(text, SentenceKind::Prose, b, vocabulary);
            break;
        case BlockKind::Heading:
            if (!block.plain.trimmed().isEmpty())
                sentences << describe(block.plain.trimmed(), SentenceKind::Heading, b, vocabulary);
            break;
        case BlockKind::ListItem:
            if (!block.plain.trimmed().isEmpty())
                sentences << describe(block.plain.trimmed(), SentenceKind::ListItem, b, vocabulary);
            break;
        case BlockKind::Table:
            for (int row = 1; row < block.rows.size(); ++row) {
                const QString text = tableRowText(block, row);
                if (!text.isEmpty())
                    sentences << describe(text, SentenceKind::TableRow, b, vocabulary);
            }
            break;
        case BlockKind::Code:
            if (!block.code.trimmed().isEmpty())
                sentences << describe(block.code, SentenceKind::Code, b, vocabulary);
            break;
        case BlockKind::Rule:
            break;
        }
    }
    return sentences;
}

} // namespace coro
