#include "markdown/hljslinecache.h"

#include <QTest>

using namespace coro;

namespace {

// A stand-in for highlight.js: each line becomes "[line]" and the state counts the lines seen
// since an opening "/*" (a comment spanning lines), so a line's HTML depends on its state.
struct FakeHighlighter
{
    QList<QPair<int, QString>> calls; ///< (state, text) of every call.

    bool operator()(int state, const QString &text, HljsLineCache::Lines *lines)
    {
        calls.append({state, text});
        const QStringList parts = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const bool last = i == parts.size() - 1;
            if (last && parts.at(i).isEmpty())
                break;
            if (parts.at(i).contains(QLatin1String("/*")))
                state = 1;
            else if (parts.at(i).contains(QLatin1String("*/")))
                state = -1;
            QString html = QStringLiteral("[%1|%2]").arg(state).arg(parts.at(i));
            if (!last)
                html += QLatin1Char('\n');
            lines->html += html;
            lines->htmlLength << html.size();
            lines->stateAfter << state;
        }
        return true;
    }
};

HljsLineCache::Highlight use(FakeHighlighter &fake)
{
    return [&fake](int state, const QString &text, HljsLineCache::Lines *lines) {
        return fake(state, text, lines);
    };
}

} // namespace

class TestHljsLineCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cachedLinesAreNotHighlightedAgain();
    void streamingCostsOnlyTheNewLines();
    void stateIsPartOfTheKey();
    void languageIsPartOfTheKey();
    void malformedAnswerCachesNothing();
    void failureMeansNoColours();
};

void TestHljsLineCache::cachedLinesAreNotHighlightedAgain()
{
    HljsLineCache cache;
    FakeHighlighter fake;
    const QString code = QStringLiteral("a\nb\nc\n");
    const QString first = cache.highlight(QStringLiteral("cpp"), code, use(fake));
    QCOMPARE(first, QStringLiteral("[-1|a]\n[-1|b]\n[-1|c]\n"));
    QCOMPARE(fake.calls.size(), 1);
    QCOMPARE(cache.highlight(QStringLiteral("cpp"), code, use(fake)), first);
    QCOMPARE(fake.calls.size(), 1); // All three lines from the cache.
    QCOMPARE(cache.cachedLines(), 3);
}

void TestHljsLineCache::streamingCostsOnlyTheNewLines()
{
    HljsLineCache cache;
    FakeHighlighter fake;
    (void)cache.highlight(QStringLiteral("cpp"), QStringLiteral("x\n/*\nin"), use(fake));
    // The unfinished last line is never cached: it is highlighted again once it grows.
    QCOMPARE(cache.cachedLines(), 2);
    const QString grown =
        cache.highlight(QStringLiteral("cpp"), QStringLiteral("x\n/*\ninside\n*/\ny"), use(fake));
    QCOMPARE(fake.calls.size(), 2);
    // Asked only from the first line not cached, in the state the cached lines ended in.
    QCOMPARE(fake.calls.last(), qMakePair(1, QStringLiteral("inside\n*/\ny")));
    QCOMPARE(grown, QStringLiteral("[-1|x]\n[1|/*]\n[1|inside]\n[-1|*/]\n[-1|y]"));
}

void TestHljsLineCache::stateIsPartOfTheKey()
{
    HljsLineCache cache;
    FakeHighlighter fake;
    (void)cache.highlight(QStringLiteral("cpp"), QStringLiteral("int a;\n"), use(fake));
    // The same text inside a comment is not the cached line.
    const QString inComment =
        cache.highlight(QStringLiteral("cpp"), QStringLiteral("/*\nint a;\n"), use(fake));
    QCOMPARE(inComment, QStringLiteral("[1|/*]\n[1|int a;]\n"));
    QCOMPARE(fake.calls.size(), 2);
}

void TestHljsLineCache::languageIsPartOfTheKey()
{
    HljsLineCache cache;
    FakeHighlighter fake;
    (void)cache.highlight(QStringLiteral("cpp"), QStringLiteral("a\n"), use(fake));
    (void)cache.highlight(QStringLiteral("python"), QStringLiteral("a\n"), use(fake));
    QCOMPARE(fake.calls.size(), 2);
}

void TestHljsLineCache::malformedAnswerCachesNothing()
{
    HljsLineCache cache;
    const auto liar = [](int, const QString &text, HljsLineCache::Lines *lines) {
        lines->html = text;
        lines->htmlLength = {999}; // Longer than the HTML given.
        lines->stateAfter = {-1};
        return true;
    };
    QCOMPARE(cache.highlight(QStringLiteral("cpp"), QStringLiteral("a\nb\n"), liar),
             QStringLiteral("a\nb\n"));
    QCOMPARE(cache.cachedLines(), 0);
}

void TestHljsLineCache::failureMeansNoColours()
{
    HljsLineCache cache;
    const auto failing = [](int, const QString &, HljsLineCache::Lines *) { return false; };
    QVERIFY(cache.highlight(QStringLiteral("cpp"), QStringLiteral("a\n"), failing).isNull());
    QVERIFY(!cache.highlight(QStringLiteral("cpp"), QString(), failing).isNull());
}

QTEST_GUILESS_MAIN(TestHljsLineCache)
#include "tst_hljslinecache.moc"
