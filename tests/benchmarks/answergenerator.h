#pragma once

// Seeded Markdown answers that look like a model's: prose with inline markup and links,
// headings, bullet and numbered lists (some nested, some tasks), tables, quotes and fenced code
// (C++, Python, bash, JSON), plus the token-sized deltas a provider streams them in.

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace coro::bench {

class AnswerGenerator
{
public:
    explicit AnswerGenerator(quint32 seed) : m_random(seed) {}

    /// One sentence of prose.
    QString sentence()
    {
        static const QStringList words =
            QStringLiteral(
                "the model parser stream answer token buffer request latency cache index server "
                "client thread queue worker memory value result error retry timeout network file "
                "table column row block list item code function class method option config build "
                "test release user data record query search update delete insert version format "
                "is are was has can will should must may uses returns keeps needs makes takes "
                "quickly slowly safely often always rarely only also then first next finally "
                "large small fast slow new old simple complex local remote stable default")
                .split(QLatin1Char(' '));
        const int count = 8 + pick(14);
        QStringList out;
        for (int i = 0; i < count; ++i) {
            QString word = words.at(pick(static_cast<int>(words.size())));
            const int roll = pick(100);
            if (roll < 4)
                word = QStringLiteral("**") + word + QStringLiteral("**");
            else if (roll < 7)
                word = QLatin1Char('`') + word + QLatin1Char('`');
            else if (roll < 8)
                word = QStringLiteral("[%1](https://example.com/%1)").arg(word);
            else if (roll < 11)
                word = QString::number(pick(5000));
            out << word;
        }
        QString text = out.join(QLatin1Char(' '));
        text[0] = text.at(0).toUpper();
        return text + QLatin1Char('.');
    }

    QString paragraph()
    {
        QStringList sentences;
        for (int i = 0, n = 2 + pick(4); i < n; ++i)
            sentences << sentence();
        return sentences.join(QLatin1Char(' ')) + QStringLiteral("\n\n");
    }

    QString list()
    {
        const bool ordered = pick(2) == 0;
        QString out;
        for (int i = 1, n = 3 + pick(6); i <= n; ++i) {
            const QString marker = ordered ? QStringLiteral("%1. ").arg(i) : QStringLiteral("- ");
            out += marker + (pick(8) == 0 ? QStringLiteral("[ ] ") : QString()) + sentence() +
                   QLatin1Char('\n');
            if (pick(4) == 0) {
                const QString indent(marker.size(), QLatin1Char(' '));
                for (int j = 0, m = 1 + pick(3); j < m; ++j)
                    out += indent + QStringLiteral("- ") + sentence() + QLatin1Char('\n');
            }
        }
        return out + QLatin1Char('\n');
    }

    QString table()
    {
        QString out = QStringLiteral("| Name | Value | Notes |\n|:-----|------:|:-----:|\n");
        for (int i = 0, n = 3 + pick(8); i < n; ++i)
            out += QStringLiteral("| item%1 | %2 | %3 |\n")
                       .arg(pick(100))
                       .arg(pick(10000))
                       .arg(sentence());
        return out + QLatin1Char('\n');
    }

    QString code()
    {
        static const char *languages[] = {"cpp", "python", "bash", "json"};
        const QString language = QString::fromLatin1(languages[pick(4)]);
        QString out = QStringLiteral("```") + language + QLatin1Char('\n');
        for (int i = 0, n = 6 + pick(25); i < n; ++i)
            out += codeLine(language, i) + QLatin1Char('\n');
        return out + QStringLiteral("```\n\n");
    }

    QString codeLine(const QString &language, int i)
    {
        const QString indent(4 * pick(3), QLatin1Char(' '));
        if (language == QLatin1String("cpp"))
            return indent + QStringLiteral("const int value%1 = compute(\"item\", %2); // step %1")
                                .arg(i)
                                .arg(pick(99));
        if (language == QLatin1String("python"))
            return indent +
                   QStringLiteral("value_%1 = compute('item', %2)  # step %1").arg(i).arg(pick(99));
        if (language == QLatin1String("bash"))
            return QStringLiteral("run --step %1 --name \"item\" | grep value  # step").arg(i);
        return indent + QStringLiteral("\"key%1\": [%2, \"item\", true],").arg(i).arg(pick(99));
    }

    /// An answer of at least @p bytes bytes (UTF-8).
    QString answer(qsizetype bytes, bool withCode = true)
    {
        QString out = QStringLiteral("# ") + sentence() + QStringLiteral("\n\n");
        while (out.toUtf8().size() < bytes) {
            const int roll = pick(100);
            if (roll < 45)
                out += paragraph();
            else if (roll < 52)
                out += QStringLiteral("## ") + sentence() + QStringLiteral("\n\n");
            else if (roll < 75)
                out += list();
            else if (roll < 85)
                out += table();
            else if (roll < 92 && withCode)
                out += code();
            else
                out += QStringLiteral("> ") + sentence() + QStringLiteral("\n> ") + sentence() +
                       QStringLiteral("\n\n");
        }
        return out;
    }

    /// Cuts @p text into tokens like a model's: a word with the spaces before it (long words
    /// in two), or one punctuation mark or line break.
    QStringList deltas(const QString &text)
    {
        QStringList pieces;
        qsizetype at = 0;
        while (at < text.size()) {
            qsizetype end = at;
            while (end < text.size() && text.at(end) == QLatin1Char(' '))
                ++end;
            const qsizetype wordStart = end;
            while (end < text.size() && end - wordStart < 8 && text.at(end).isLetterOrNumber())
                ++end;
            if (end == wordStart)
                end = std::min(end + 1, text.size()); // Punctuation, a line break, a lone space.
            else if (end - wordStart > 4 && pick(2) == 0)
                end = wordStart + 2 + pick(static_cast<int>(end - wordStart - 2));
            pieces << text.mid(at, end - at);
            at = end;
        }
        return pieces;
    }

    int pick(int bound) { return static_cast<int>(m_random.bounded(bound)); }

private:
    QRandomGenerator m_random;
};

} // namespace coro::bench
