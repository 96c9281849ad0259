#include "intentrules.h"
#include "searchcache.h"

#include <QRegularExpression>

namespace coro {

namespace {

QRegularExpression
rx(const char *pattern,
   QRegularExpression::PatternOptions extra = QRegularExpression::NoPatternOption)
{
    QRegularExpression expression(QString::fromUtf8(pattern),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption | extra);
    Q_ASSERT_X(expression.isValid(), "IntentRules", qPrintable(expression.errorString()));
    return expression;
}

bool has(const QRegularExpression &pattern, const QString &text)
{
    return pattern.match(text).hasMatch();
}

// Asked for in so many words: wins over everything but rewriting the user's own text.
const QRegularExpression &strongRequest()
{
    static const QRegularExpression pattern =
        rx(R"(\b(search|check|browse)\s+(the\s+)?(web|internet|online|net)\b|\bweb\s*search\b|)"
           R"(\bsearch\s+online\b|\bgoogle\s+(it|this|that|for)\b|^google\b|)"
           R"(\b(look|find)\s+(\w+\s+)?(up\s+)?online\b|\bon\s+the\s+(web|internet)\b|)"
           R"(\blatest\s+news\b|\bsuche?\s+im\s+(web|internet|netz)\b|\bim\s+internet\b)");
    return pattern;
}

// Asked for, but "look up a key in a dict" is code: loses to the "never" rules.
const QRegularExpression &weakRequest()
{
    static const QRegularExpression pattern =
        rx(R"(\blook\s+(it\s+|this\s+|that\s+|them\s+)?up\b|\blookup\b|\bfind\s+out\b)");
    return pattern;
}

// Working on the user's own text: rewriting, translating, summarizing what they pasted.
const QRegularExpression &rewrite()
{
    static const QRegularExpression pattern = rx(
        R"(^\W*(please\s+)?(can\s+you\s+|could\s+you\s+)?)"
        R"((rewrite|re-write|rephrase|paraphrase|proofread|proof-read|reword|polish|shorten|)"
        R"(fix\s+(the\s+|my\s+)?(grammar|spelling|typos|wording)|make\s+(this|it|my)\b|)"
        R"((summari[sz]e|translate|improve|edit|tighten|condense|correct)\s+(this|these|that|the\s+)"
        R"(following|my|it|below)\b|(summari[sz]e|translate|improve|edit|correct)\s*:))"
        R"(|\btranslate\b.{0,200}\b(into|to)\s+(english|french|german|spanish|italian|)"
        R"(portuguese|dutch|polish|chinese|japanese|korean|russian|arabic)\b)");
    return pattern;
}

const QRegularExpression &code()
{
    static const QRegularExpression pattern = rx(
        R"(```|#include\b|\bstd::|\bdef\s+\w+\s*\(|\w+\(\)|=>|->|;\s*$|\{\s*$|^\s*\}|)"
        R"(\b(write|fix|debug|refactor|implement|optimi[sz]e|review|explain|port|convert|test)\s+)"
        R"((\w+\s+){0,3}(function|code|script|class|method|program|regex|query|loop|bug|)"
        R"(snippet|module|endpoint|algorithm|unit\s+test)s?\b|)"
        R"(\b(compile|compiler|segfault|stack\s+trace|traceback|syntax\s+error|null\s+pointer|)"
        R"(regular\s+expression|type\s+error|exception\s+in)\b|)"
        R"(\b(in|with|using)\s+(a\s+|an\s+|the\s+)?(python|javascript|typescript|c\+\+|c#|java|)"
        R"(rust|go|golang|sql|bash|shell|qml|kotlin|swift|php|ruby|haskell)\b)",
        QRegularExpression::MultilineOption);
    return pattern;
}

const QRegularExpression &maths()
{
    static const QRegularExpression pattern = rx(
        R"(\d+(\.\d+)?\s*[+*×÷^=]\s*\(?-?\d|\d+(\.\d+)?\s+[-/]\s+\(?-?\d|)"
        R"(\b\d+(\.\d+)?\s*%\s*of\s*\d|\b\d+\s+(plus|minus|times|divided\s+by)\s+\d|)"
        R"(\b(solve|integral|integrate|derivative|differentiate|equation|prove|proof|factori[sz]e|)"
        R"(simplify|eigen\w*|theorem|lemma|polynomial|logarithm|quadratic|matrix|matrices|)"
        R"(square\s+root|prime\s+factors?)\b)");
    return pattern;
}

struct Signal
{
    const char *reason;
    QRegularExpression pattern;
};

const QList<Signal> &signalRules()
{
    static const QList<Signal> rules = {
        {"recency",
         rx(R"(\b(today|tonight|yesterday|tomorrow|this\s+(week|weekend|month|year|season|)"
            R"(morning|evening)|last\s+(night|week|weekend|month)|right\s+now|at\s+the\s+moment|)"
            R"(currently|latest|newest|most\s+recent|recent(ly)?|breaking|news|headlines?|)"
            R"(upcoming|as\s+of|so\s+far\s+this|heute|aktuell\w*|neueste\w*|nachrichten)\b|)"
            R"(\bcurrent\b(?!\s+(density|source|flow|loop))(?<!electric current)(?<!direct current))"
            R"((?<!alternating current))")},
        {"price",
         rx(R"(\b(price|prices|pricing|cost|costs|how\s+much\s+(is|are|does|do|did)|)"
            R"(stock|stocks|share\s+price|market\s+cap|exchange\s+rate|bitcoin|btc|ethereum|crypto|)"
            R"(inflation\s+rate|interest\s+rates?|mortgage\s+rates?|gas\s+prices?|fuel\s+prices?|)"
            R"(preis|kurs)\b|[$€£]\s?\d|\b\d+(\.\d+)?\s?(usd|eur|gbp|jpy|chf)\b|)"
            R"(\b(usd|eur|gbp|jpy|chf)\s+(to|in)\s+(usd|eur|gbp|jpy|chf)\b)")},
        {"score",
         rx(R"(\b(who\s+won|score|scores|standings|fixtures|final\s+score|league\s+table|)"
            R"(playoffs?|election\s+results?|poll\s+numbers|(last|tonight'?s|yesterday'?s)\s+)"
            R"((game|match|race))\b)")},
        {"weather", rx(R"(\b(weather|forecast|wetter)\b)")},
        {"live_fact",
         rx(R"(\b(release\s+date|come\s+out|coming\s+out|opening\s+hours|open\s+now|traffic|)"
            R"(flight\s+status|box\s+office|trending|who\s+is\s+the\s+(current\s+)?)"
            R"((ceo|president|prime\s+minister|chancellor|mayor|coach|head)|is\s+\S+(\s+\S+)?\s+)"
            R"(down)\b)")},
    };
    return rules;
}

// A year close to today, a day of a month, or a named weekday: something that happens or
// changes around now.
bool mentionsRecentDate(const QString &text, QDate today)
{
    static const QRegularExpression year = rx(R"(\b(19|20)\d{2}\b)");
    for (auto it = year.globalMatch(text); it.hasNext();) {
        if (it.next().captured(0).toInt() >= today.year() - 1)
            return true;
    }
    static const QRegularExpression day = rx(
        R"(\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|)"
        R"(oct(ober)?|nov(ember)?|dec(ember)?)\s+\d{1,2}(st|nd|rd|th)?\b(?!\s*,?\s*\d{3})|)"
        R"(\b(this|next|last|on)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)");
    return has(day, text);
}

} // namespace

QString IntentRules::searchQuery(const QString &prompt)
{
    static const QRegularExpression request = rx(
        R"(\b((can|could|would|will)\s+you\s+(please\s+)?|please\s+|i\s+(want|need|would\s+like))"
        R"(\s+to\s+know\s+|tell\s+me\s+|hey\s+)|\b(search|check|browse)\s+(the\s+)?(web|internet|)"
        R"(online|net)(\s+(for|about|on))?\b|\bweb\s*search(\s+(for|about|on))?\b|\bsearch\s+)"
        R"(online(\s+(for|about))?\b|\bgoogle(\s+(it|this|that|for))?\b|\blook\s+up(\s+online)?\b|)"
        R"(\bfind\s+(\w+\s+)?online\b|\bon\s+the\s+(web|internet)\b|\bplease\b)");
    QString text = prompt.left(kMaxScannedChars);
    text.replace(request, QStringLiteral(" "));
    text = SearchCache::normalizedQuery(text);
    while (!text.isEmpty() && !text.front().isLetterOrNumber())
        text.remove(0, 1);
    if (text.size() > kMaxQueryChars) {
        const qsizetype cut = text.lastIndexOf(QLatin1Char(' '), kMaxQueryChars);
        text.truncate(cut > kMaxQueryChars / 2 ? cut : kMaxQueryChars);
    }
    return text.trimmed();
}

void IntentRules::prepare()
{
    // A prompt that no rule decides goes through all of them.
    evaluate(QStringLiteral("abc"));
}

IntentRules::Verdict IntentRules::evaluate(const QString &prompt, QDate today)
{
    const QString text = prompt.left(kMaxScannedChars);
    const QString query = searchQuery(prompt);
    const auto verdict = [&query](bool search, bool certain, const char *reason) {
        return Verdict{search, certain, QString::fromLatin1(reason), query};
    };
    if (query.isEmpty())
        return verdict(false, true, "no_signal");
    if (has(rewrite(), text))
        return verdict(false, true, "rewrite");
    if (has(strongRequest(), text))
        return verdict(true, true, "explicit");
    if (prompt.size() > kLongTextChars)
        return verdict(false, true, "long_text");
    if (has(code(), text))
        return verdict(false, true, "code");
    if (has(maths(), text))
        return verdict(false, true, "maths");
    if (has(weakRequest(), text))
        return verdict(true, true, "explicit");
    for (const Signal &signal : signalRules()) {
        if (has(signal.pattern, text))
            return verdict(true, false, signal.reason);
    }
    if (mentionsRecentDate(text, today))
        return verdict(true, false, "date");
    return verdict(false, false, "no_signal");
}

} // namespace coro
