#pragma once

// Reproducible text for the storage benchmark: splitmix64 with our own transforms (not
// std::*_distribution, whose output differs between standard libraries) and English-like prose.

#include <QString>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>
#include <vector>

namespace coro::bench {

// Words placed on purpose, so the searches have known targets.
constexpr char kCommonWord[] = "function";   ///< Vocabulary rank 50: in 17% of answers.
constexpr char kVeryCommonWord[] = "the";    ///< Rank 1: in 81% of answers.
constexpr char kRareWord[] = "zanzibarite";  ///< In exactly kRareAnswers answers (at scale 1).
constexpr char kPrefix[] = "optim";          ///< optimize, optimization, optimal.
constexpr char kLongPrefix[] = "optimiz";    ///< Longer than the longest prefix index (5).
constexpr char kPhrase[] = "race condition"; ///< Put in 0.5% of answers; each word also alone.
constexpr int kRareAnswers = 12;

/**
 * @brief splitmix64 with the few distributions the generator needs.
 */
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    int between(int lo, int hi) { return lo + static_cast<int>(next() % (hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    /// Log-normal around @p median, clamped to [lo, hi].
    int logNormal(double median, double sigma, int lo, int hi)
    {
        const double normal = std::sqrt(-2.0 * std::log(1.0 - uniform())) *
                              std::cos(2.0 * 3.14159265358979323846 * uniform());
        return std::clamp(static_cast<int>(median * std::exp(sigma * normal)), lo, hi);
    }

private:
    quint64 m_state;
};

/**
 * @brief Text with English-like term frequencies: a head of real words, a Zipf-distributed tail
 *        of made-up ones, sentences, paragraphs and now and then a code block.
 */
class TextSource
{
public:
    TextSource()
    {
        // Rank order: function words first, then the technical words an assistant repeats.
        const QString head = QStringLiteral(
            "the of and to a in is it you that for this with be on as are can not or use if your "
            "by from an will at have which when so but more one each all should we code data "
            "then also example here its new set time function other there how need only using "
            "error type return list make string used way like some same number any two they "
            "do run model test these key line into because class user without what after "
            "different object method output default instead change check name result order "
            "state python file value first call values server request memory version case "
            "create update simple following note step loop array table query index build "
            "optimize thread write read option performance about most both while where example "
            "approach issue problem solution condition library support package config system "
            "process application response variable field message input sure however make "
            "optimization add remove start stop time user cache network test race format main "
            "optimal common specific information important consider possible single multiple "
            "directly always within between similar better large small current previous");
        QSet<QString> seen;
        for (const QString &word : head.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
        static const char *const onsets[] = {"b",  "c",  "d",  "f",  "g",  "h",  "j",  "k",
                                             "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v",
                                             "w",  "z",  "br", "cr", "dr", "fl", "gr", "pl",
                                             "pr", "sh", "st", "th", "tr", "ch", "qu", "sp"};
        static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"};
        static const char *const codas[] = {"", "n", "r", "s", "l", "t", "m", "nd", "st", "x"};
        Rng rng(7);
        seen.insert(QLatin1String(kRareWord));
        while (m_words.size() < kVocabulary) {
            QString word;
            const int syllables = rng.between(2, 4);
            for (int i = 0; i < syllables; ++i) {
                word += QLatin1String(onsets[rng.next() % std::size(onsets)]);
                word += QLatin1String(vowels[rng.next() % std::size(vowels)]);
            }
            word += QLatin1String(codas[rng.next() % std::size(codas)]);
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
        // Zipf–Mandelbrot: frequency of rank r ~ 1 / (r + 2.7).
        double sum = 0;
        for (int rank = 1; rank <= m_words.size(); ++rank) {
            sum += 1.0 / (rank + 2.7);
            m_cumulative.push_back(sum);
        }
    }

    const QString &word(Rng &rng) const
    {
        const double u = rng.uniform() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return m_words.at(std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1));
    }

    /// About @p length characters of prose, sometimes with a list or a code block.
    QString prose(Rng &rng, int length) const
    {
        QString text;
        text.reserve(length + 64);
        int left = rng.between(6, 20);
        bool capital = true;
        while (text.size() < length) {
            if (capital && text.size() > 200 && rng.chance(0.04)) {
                appendCode(rng, &text);
                continue;
            }
            const QString &next = word(rng);
            if (capital) {
                text += next.at(0).toUpper();
                text += QStringView(next).mid(1);
            } else {
                text += next;
            }
            capital = --left == 0;
            if (!capital) {
                text += rng.chance(0.06) ? QStringLiteral(", ") : QStringLiteral(" ");
                continue;
            }
            left = rng.between(6, 20);
            text += rng.chance(0.2) ? QStringLiteral(".\n\n") : QStringLiteral(". ");
            if (rng.chance(0.05))
                text += QStringLiteral("- ");
        }
        return text;
    }

private:
    static constexpr int kVocabulary = 30000;

    void appendCode(Rng &rng, QString *text) const
    {
        *text += QStringLiteral("\n\n```python\n");
        const int lines = rng.between(2, 8);
        for (int i = 0; i < lines; ++i) {
            // One draw per statement: the operands of + are evaluated in no fixed order.
            QString words[4];
            for (QString &w : words)
                w = word(rng);
            *text += QStringLiteral("    ") + words[0] + QLatin1Char('_') + words[1] +
                     QStringLiteral(" = ") + words[2] + QLatin1Char('(') + words[3] +
                     QStringLiteral(")\n");
        }
        *text += QStringLiteral("```\n\n");
    }

    QStringList m_words;
    std::vector<double> m_cumulative;
};

} // namespace coro::bench
