#include "codehighlighter.h"
#include "hljshighlighter.h"
#include "safehtml.h"

#ifdef CORO_HAVE_KSYNTAXHIGHLIGHTING
#include "ksyntaxhighlighter.h"
#endif

#include <QHash>

namespace coro {

QString CodeHighlighter::canonicalLanguage(QStringView language)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("py"), QStringLiteral("python")},
        {QStringLiteral("python3"), QStringLiteral("python")},
        {QStringLiteral("py3"), QStringLiteral("python")},
        {QStringLiteral("gyp"), QStringLiteral("python")},
        {QStringLiteral("js"), QStringLiteral("javascript")},
        {QStringLiteral("jsx"), QStringLiteral("javascript")},
        {QStringLiteral("mjs"), QStringLiteral("javascript")},
        {QStringLiteral("cjs"), QStringLiteral("javascript")},
        {QStringLiteral("node"), QStringLiteral("javascript")},
        {QStringLiteral("ts"), QStringLiteral("typescript")},
        {QStringLiteral("tsx"), QStringLiteral("typescript")},
        {QStringLiteral("sh"), QStringLiteral("bash")},
        {QStringLiteral("zsh"), QStringLiteral("bash")},
        {QStringLiteral("shell"), QStringLiteral("bash")},
        {QStringLiteral("ksh"), QStringLiteral("bash")},
        {QStringLiteral("console"), QStringLiteral("shell")},
        {QStringLiteral("shell-session"), QStringLiteral("shell")},
        {QStringLiteral("c++"), QStringLiteral("cpp")},
        {QStringLiteral("cc"), QStringLiteral("cpp")},
        {QStringLiteral("cxx"), QStringLiteral("cpp")},
        {QStringLiteral("hpp"), QStringLiteral("cpp")},
        {QStringLiteral("hh"), QStringLiteral("cpp")},
        {QStringLiteral("hxx"), QStringLiteral("cpp")},
        {QStringLiteral("h"), QStringLiteral("cpp")},
        {QStringLiteral("c"), QStringLiteral("cpp")},
        {QStringLiteral("qt"), QStringLiteral("cpp")},
        {QStringLiteral("rs"), QStringLiteral("rust")},
        {QStringLiteral("golang"), QStringLiteral("go")},
        {QStringLiteral("yml"), QStringLiteral("yaml")},
        {QStringLiteral("jsonc"), QStringLiteral("json")},
        {QStringLiteral("json5"), QStringLiteral("json")},
        {QStringLiteral("md"), QStringLiteral("markdown")},
        {QStringLiteral("mkd"), QStringLiteral("markdown")},
        {QStringLiteral("html"), QStringLiteral("xml")},
        {QStringLiteral("xhtml"), QStringLiteral("xml")},
        {QStringLiteral("svg"), QStringLiteral("xml")},
        {QStringLiteral("plist"), QStringLiteral("xml")},
        {QStringLiteral("kt"), QStringLiteral("kotlin")},
        {QStringLiteral("kts"), QStringLiteral("kotlin")},
        {QStringLiteral("rb"), QStringLiteral("ruby")},
        {QStringLiteral("gemspec"), QStringLiteral("ruby")},
        {QStringLiteral("cs"), QStringLiteral("cs")},
        {QStringLiteral("csharp"), QStringLiteral("cs")},
        {QStringLiteral("c#"), QStringLiteral("cs")},
        {QStringLiteral("ps1"), QStringLiteral("powershell")},
        {QStringLiteral("pwsh"), QStringLiteral("powershell")},
        {QStringLiteral("patch"), QStringLiteral("diff")},
        {QStringLiteral("docker"), QStringLiteral("dockerfile")},
        {QStringLiteral("make"), QStringLiteral("makefile")},
        {QStringLiteral("mk"), QStringLiteral("makefile")},
        {QStringLiteral("toml"), QStringLiteral("ini")},
        {QStringLiteral("cfg"), QStringLiteral("ini")},
        {QStringLiteral("conf"), QStringLiteral("ini")},
        {QStringLiteral("pl"), QStringLiteral("perl")},
        {QStringLiteral("hs"), QStringLiteral("haskell")},
        {QStringLiteral("objc"), QStringLiteral("objectivec")},
        {QStringLiteral("objective-c"), QStringLiteral("objectivec")},
        {QStringLiteral("psql"), QStringLiteral("pgsql")},
        {QStringLiteral("postgres"), QStringLiteral("pgsql")},
        {QStringLiteral("ex"), QStringLiteral("elixir")},
        {QStringLiteral("exs"), QStringLiteral("elixir")},
        {QStringLiteral("tex"), QStringLiteral("latex")},
        {QStringLiteral("vb"), QStringLiteral("vbnet")},
        {QStringLiteral("clj"), QStringLiteral("clojure")},
        {QStringLiteral("erl"), QStringLiteral("erlang")},
        {QStringLiteral("proto"), QStringLiteral("protobuf")},
        {QStringLiteral("text"), QStringLiteral("plaintext")},
        {QStringLiteral("txt"), QStringLiteral("plaintext")},
        {QStringLiteral("plain"), QStringLiteral("plaintext")},
    };
    const QString name = language.trimmed().toString().toLower();
    return aliases.value(name, name);
}

QString CodeHighlighter::plainHtml(QStringView code)
{
    return SafeHtml::escape(code);
}

std::unique_ptr<CodeHighlighter> CodeHighlighter::create(QObject *parent)
{
#ifdef CORO_HAVE_KSYNTAXHIGHLIGHTING
    return std::make_unique<KSyntaxHighlighter>(parent);
#else
    return std::make_unique<HljsHighlighter>(parent);
#endif
}

} // namespace coro
