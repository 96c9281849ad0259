#include "htmlwhitelist.h"
#include "markdown/codehighlighter.h"
#include "markdown/codetheme.h"
#include "markdown/hljsengine.h"
#include "markdown/hljshighlighter.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace coro;

namespace {

// The text a viewer sees: tags removed, escapes undone.
QString visibleText(QString html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(tag);
    return html.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

QString coloured(CodeToken token, CodeThemeVariant theme, const QString &text)
{
    return QStringLiteral("color:%1\">").arg(CodeTheme::colorName(CodeTheme::color(token, theme))) +
           text;
}

} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aliasesNameTheLanguages_data();
    void aliasesNameTheLanguages();
    void commonLanguagesInBothThemes_data();
    void commonLanguagesInBothThemes();
    void rawStringsAreStrings_data();
    void rawStringsAreStrings();
    void cachedLinesGiveTheSameColours();
    void unknownLanguagesArePlain();
    void codeIsEscaped();
    void paletteHasContrastInBothThemes();
    void resultsArriveInTheRequestersThread();
    void newerRequestReplacesAWaitingOne();
    void goneContextGetsNoCallback();
    void highlightJsMarkupIsNeverTrusted();

private:
    std::unique_ptr<HljsHighlighter> m_highlighter;
};

void TestCodeHighlighter::initTestCase()
{
    m_highlighter = std::make_unique<HljsHighlighter>();
    if (!m_highlighter->supports(QStringLiteral("python")))
        QSKIP("highlight.js is not installed (libjs-highlight.js)");
}

void TestCodeHighlighter::aliasesNameTheLanguages_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("canonical");
    const std::pair<const char *, const char *> aliases[] = {
        {"py", "python"},      {"python3", "python"}, {"js", "javascript"},
        {"jsx", "javascript"}, {"ts", "typescript"},  {"tsx", "typescript"},
        {"sh", "bash"},        {"bash", "bash"},      {"zsh", "bash"},
        {"shell", "bash"},     {"console", "shell"},  {"c++", "cpp"},
        {"cpp", "cpp"},        {"cc", "cpp"},         {"h", "cpp"},
        {"hpp", "cpp"},        {"rs", "rust"},        {"golang", "go"},
        {"go", "go"},          {"yml", "yaml"},       {"yaml", "yaml"},
        {"json", "json"},      {"md", "markdown"},    {"html", "xml"},
        {"xml", "xml"},        {"sql", "sql"},        {"java", "java"},
        {"kotlin", "kotlin"},  {"kt", "kotlin"},      {"rb", "ruby"},
        {"C#", "cs"},          {"Python", "python"},  {"dockerfile", "dockerfile"},
    };
    for (const auto &[alias, canonical] : aliases)
        QTest::newRow(alias) << QString::fromUtf8(alias) << QString::fromUtf8(canonical);
}

void TestCodeHighlighter::aliasesNameTheLanguages()
{
    QFETCH(QString, alias);
    QFETCH(QString, canonical);
    QCOMPARE(CodeHighlighter::canonicalLanguage(alias), canonical);
    QVERIFY(m_highlighter->supports(alias));
}

void TestCodeHighlighter::commonLanguagesInBothThemes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("keyword"); ///< Text that must come out in the keyword colour.
    QTest::addColumn<QString>("string");  ///< ... in the string colour ("" if none).
    QTest::addColumn<QString>("comment"); ///< ... in the comment colour ("" if none).
    QTest::newRow("python") << "python"
                            << "def f(x):\n    return \"hi\"  # note\n"
                            << "def"
                            << "&quot;hi&quot;"
                            << "# note";
    QTest::newRow("javascript") << "js"
                                << "const a = 'x'; // note\nfunction g() { return a; }\n"
                                << "const"
                                << "'x'"
                                << "// note";
    QTest::newRow("typescript") << "ts"
                                << "let n: number = 1; /* note */\nexport class A {}\n"
                                << "let"
                                << ""
                                << "/* note */";
    QTest::newRow("java") << "java"
                          << "public class A {\n  String s = \"x\"; // note\n}\n"
                          << "public"
                          << "&quot;x&quot;"
                          << "// note";
    QTest::newRow("c++") << "cpp"
                         << "#include <vector>\nint main() { return 0; } // note\n"
                         << "return"
                         << ""
                         << "// note";
    QTest::newRow("c#") << "cs"
                        << "using System;\nclass A { string s = \"x\"; } // note\n"
                        << "using"
                        << "&quot;x&quot;"
                        << "// note";
    QTest::newRow("go") << "go"
                        << "package main\nfunc f() string { return \"x\" } // note\n"
                        << "package"
                        << "&quot;x&quot;"
                        << "// note";
    QTest::newRow("rust") << "rs"
                          << "fn main() {\n    let s = \"x\"; // note\n}\n"
                          << "fn"
                          << "&quot;x&quot;"
                          << "// note";
    QTest::newRow("bash") << "sh"
                          << "if [ -f x ]; then\n  echo \"hi\" # note\nfi\n"
                          << "if"
                          << "&quot;hi&quot;"
                          << "# note";
    QTest::newRow("sql") << "sql"
                         << "SELECT name FROM users WHERE id = 'x'; -- note\n"
                         << "SELECT"
                         << "'x'"
                         << "-- note";
    QTest::newRow("json") << "json"
                          << "{\"a\": \"x\", \"n\": 1, \"t\": true}\n"
                          << ""
                          << "&quot;x&quot;"
                          << "";
    QTest::newRow("yaml") << "yml"
                          << "name: \"x\" # note\nlist:\n  - 1\n"
                          << ""
                          << "&quot;x&quot;"
                          << "# note";
}

void TestCodeHighlighter::commonLanguagesInBothThemes()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, keyword);
    QFETCH(QString, string);
    QFETCH(QString, comment);
    for (const CodeThemeVariant theme : {CodeThemeVariant::Light, CodeThemeVariant::Dark}) {
        const QString html = m_highlighter->highlightNow(code, language, theme);
        QCOMPARE(visibleText(html), code); // Nothing lost, nothing added.
        QVERIFY2(coro::test::unsafeMarkup(html).isEmpty(), qPrintable(html));
        if (!keyword.isEmpty())
            QVERIFY2(html.contains(coloured(CodeToken::Keyword, theme, keyword)), qPrintable(html));
        if (!string.isEmpty())
            QVERIFY2(html.contains(coloured(CodeToken::String, theme, string)), qPrintable(html));
        if (!comment.isEmpty())
            QVERIFY2(html.contains(coloured(CodeToken::Comment, theme, comment)), qPrintable(html));
    }
    // The palettes differ, so a theme switch shows.
    QVERIFY(m_highlighter->highlightNow(code, language, CodeThemeVariant::Light) !=
            m_highlighter->highlightNow(code, language, CodeThemeVariant::Dark));
}

void TestCodeHighlighter::rawStringsAreStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("strings"); ///< Each in the string colour, line by line.
    QTest::addColumn<QString>("keyword");     ///< Code after the string, coloured again.
    // highlight.js matches these with a back-reference (R"x( ... )x"), which V4 cannot compile
    // to machine code; the engine rewrites them as begin/end modes. They must still colour as
    // strings - across lines too, which highlighting line by line could not do before.
    QTest::newRow("c++ one line") << "cpp"
                                  << "auto s = R\"x(int \"q\" )\")x\";\nint n;\n"
                                  << QStringList{QStringLiteral(
                                         "R&quot;x(int &quot;q&quot; )&quot;)x&quot;")}
                                  << "int";
    QTest::newRow("c++ across lines")
        << "cpp"
        << "auto s = R\"(first\nint second)\";\nreturn 0;\n"
        << QStringList{QStringLiteral("R&quot;(first"), QStringLiteral("int second)&quot;")}
        << "return";
    QTest::newRow("rust") << "rust"
                          << "let s = r#\"say \"fn\"\"#;\nfn main() {}\n"
                          << QStringList{QStringLiteral("r#&quot;say &quot;fn&quot;&quot;#")}
                          << "fn";
}

void TestCodeHighlighter::rawStringsAreStrings()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QStringList, strings);
    QFETCH(QString, keyword);
    const CodeThemeVariant theme = CodeThemeVariant::Light;
    const QString html = m_highlighter->highlightNow(code, language, theme);
    QCOMPARE(visibleText(html), code);
    for (const QString &string : strings)
        QVERIFY2(html.contains(coloured(CodeToken::String, theme, string)), qPrintable(html));
    const QString after = html.mid(html.indexOf(strings.constLast()) + strings.constLast().size());
    QVERIFY2(after.contains(coloured(CodeToken::Keyword, theme, keyword)), qPrintable(html));
}

void TestCodeHighlighter::cachedLinesGiveTheSameColours()
{
    // Modes spanning lines (a comment, a class, a function's parameters, a string), so lines
    // end in many states; lines repeat, so the cache serves them from other places.
    QString code;
    for (int i = 0; i < 4; ++i) {
        code += QStringLiteral("/* note %1\n   still a comment */\nclass A%1 {\n"
                               "  int f(int a,\n        int b) const;\n};\n"
                               "auto s = R\"(raw\nint x)\";\n#define M(x) \\\n  (x)\n")
                    .arg(i % 2);
    }
    const QString whole =
        m_highlighter->highlightNow(code, QStringLiteral("cpp"), CodeThemeVariant::Light);
    QCOMPARE(visibleText(whole), code);
    // As a streaming block sees it: prefixes first, then the whole, each time from the cache.
    for (qsizetype cut = 1; cut < code.size(); cut += 7) {
        (void)m_highlighter->highlightNow(code.first(cut), QStringLiteral("cpp"),
                                          CodeThemeVariant::Light);
        QCOMPARE(m_highlighter->highlightNow(code, QStringLiteral("cpp"), CodeThemeVariant::Light),
                 whole);
    }
}

void TestCodeHighlighter::unknownLanguagesArePlain()
{
    QVERIFY(!m_highlighter->supports(QStringLiteral("no-such-language")));
    QVERIFY(!m_highlighter->supports(QString()));
    QCOMPARE(m_highlighter->highlightNow(QStringLiteral("a < b"),
                                         QStringLiteral("no-such-language"),
                                         CodeThemeVariant::Light),
             QStringLiteral("a &lt; b"));
}

void TestCodeHighlighter::codeIsEscaped()
{
    const QString code = QStringLiteral("<script>alert(\"&\")</script>\n");
    for (const char *language : {"html", "js", "python"}) {
        const QString html =
            m_highlighter->highlightNow(code, QString::fromUtf8(language), CodeThemeVariant::Light);
        QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
        QVERIFY2(coro::test::unsafeMarkup(html).isEmpty(), qPrintable(html));
        QCOMPARE(visibleText(html), code);
    }
}

void TestCodeHighlighter::paletteHasContrastInBothThemes()
{
    for (const CodeThemeVariant theme : {CodeThemeVariant::Light, CodeThemeVariant::Dark}) {
        for (int token = 0; token < CodeTheme::kTokenCount; ++token) {
            const double ratio =
                CodeTheme::contrast(CodeTheme::color(static_cast<CodeToken>(token), theme),
                                    CodeTheme::background(theme));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("token %1: %2").arg(token).arg(ratio)));
        }
    }
}

void TestCodeHighlighter::resultsArriveInTheRequestersThread()
{
    QThread *caller = QThread::currentThread();
    QThread *delivered = nullptr;
    QString result;
    QObject context;
    m_highlighter->highlight(QStringLiteral("x = 1\n"), QStringLiteral("py"),
                             CodeThemeVariant::Dark, &context, [&](const QString &html) {
                                 delivered = QThread::currentThread();
                                 result = html;
                             });
    QVERIFY(result.isEmpty()); // Not on the spot: the engine works on its own thread.
    QTRY_VERIFY(!result.isEmpty());
    QCOMPARE(delivered, caller);
    QCOMPARE(visibleText(result), QStringLiteral("x = 1\n"));
}

void TestCodeHighlighter::newerRequestReplacesAWaitingOne()
{
    QObject context;
    QStringList results;
    QString code;
    // A block growing line by line, asked for after each line with the same key.
    for (int i = 0; i < 40; ++i) {
        code += QStringLiteral("value_%1 = compute(%1)\n").arg(i);
        m_highlighter->highlight(
            code, QStringLiteral("python"), CodeThemeVariant::Light, &context,
            [&](const QString &html) { results << visibleText(html); }, 4242);
    }
    QTRY_VERIFY(!results.isEmpty() && results.constLast() == code);
    QTest::qWait(50);
    QVERIFY2(results.size() < 40, qPrintable(QString::number(results.size())));
    QCOMPARE(results.constLast(), code);
}

void TestCodeHighlighter::goneContextGetsNoCallback()
{
    bool called = false;
    auto context = std::make_unique<QObject>();
    m_highlighter->highlight(QStringLiteral("x = 1\n"), QStringLiteral("python"),
                             CodeThemeVariant::Light, context.get(),
                             [&](const QString &) { called = true; });
    context.reset();
    bool other = false;
    QObject alive;
    m_highlighter->highlight(QStringLiteral("y = 2\n"), QStringLiteral("python"),
                             CodeThemeVariant::Light, &alive,
                             [&](const QString &) { other = true; });
    QTRY_VERIFY(other); // Jobs run in order: the first one is done too.
    QVERIFY(!called);
}

void TestCodeHighlighter::highlightJsMarkupIsNeverTrusted()
{
    // Whatever the engine returns is parsed, not passed on: only its class spans survive.
    const QString mapped = HljsEngine::toRichText(
        QStringLiteral("<span class=\"hljs-keyword\">if</span> <img src=x onerror=y>"
                       "<span class=\"hljs-string\" onclick=\"x\">s</span></span></span>&amp;<b>"),
        CodeThemeVariant::Light);
    QVERIFY2(coro::test::unsafeMarkup(mapped).isEmpty(), qPrintable(mapped));
    QVERIFY(mapped.startsWith(
        coloured(CodeToken::Keyword, CodeThemeVariant::Light, QStringLiteral("if"))
            .prepend(QStringLiteral("<span style=\""))));
    QVERIFY(mapped.contains(QLatin1String("&lt;img src=x onerror=y&gt;")));
    QVERIFY(mapped.endsWith(QLatin1String("&amp;&lt;b&gt;")));
}

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
