#include "ksyntaxhighlighter.h"
#include "safehtml.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace coro {

namespace {

using KSyntaxHighlighting::Theme;

CodeToken tokenFor(Theme::TextStyle style)
{
    switch (style) {
    case Theme::Keyword:
    case Theme::ControlFlow:
    case Theme::Import:
        return CodeToken::Keyword;
    case Theme::Function:
        return CodeToken::Function;
    case Theme::Variable:
        return CodeToken::Variable;
    case Theme::BuiltIn:
    case Theme::DataType:
    case Theme::Extension:
        return CodeToken::Type;
    case Theme::Preprocessor:
    case Theme::Annotation:
    case Theme::Attribute:
        return CodeToken::Meta;
    case Theme::Char:
    case Theme::SpecialChar:
    case Theme::String:
    case Theme::VerbatimString:
    case Theme::SpecialString:
        return CodeToken::String;
    case Theme::DecVal:
    case Theme::BaseN:
    case Theme::Float:
        return CodeToken::Number;
    case Theme::Constant:
        return CodeToken::Literal;
    case Theme::Comment:
    case Theme::Documentation:
    case Theme::CommentVar:
        return CodeToken::Comment;
    default:
        return CodeToken::Plain;
    }
}

/// One line at a time: collects the formats KSyntaxHighlighting reports into colour spans.
class LineRenderer : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString renderLine(QStringView line, KSyntaxHighlighting::State *state, CodeThemeVariant theme)
    {
        m_line = line;
        m_theme = theme;
        m_out.clear();
        m_done = 0;
        *state = highlightLine(line, *state);
        if (m_done < line.size())
            m_out += SafeHtml::escape(line.sliced(m_done));
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (offset > m_done)
            m_out += SafeHtml::escape(m_line.sliced(m_done, offset - m_done));
        const QStringView text = m_line.sliced(offset, length);
        const CodeToken token = tokenFor(format.textStyle());
        if (token == CodeToken::Plain) {
            m_out += SafeHtml::escape(text);
        } else {
            m_out += QStringLiteral("<span style=\"color:%1\">")
                         .arg(CodeTheme::colorName(CodeTheme::color(token, m_theme))) +
                     SafeHtml::escape(text) + QLatin1String("</span>");
        }
        m_done = offset + length;
    }

private:
    QStringView m_line;
    CodeThemeVariant m_theme = CodeThemeVariant::Light;
    QString m_out;
    qsizetype m_done = 0;
};

QString definitionName(const QString &canonical)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("python"), QStringLiteral("Python")},
        {QStringLiteral("javascript"), QStringLiteral("JavaScript")},
        {QStringLiteral("typescript"), QStringLiteral("TypeScript")},
        {QStringLiteral("bash"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("cpp"), QStringLiteral("C++")},
        {QStringLiteral("rust"), QStringLiteral("Rust")},
        {QStringLiteral("go"), QStringLiteral("Go")},
        {QStringLiteral("yaml"), QStringLiteral("YAML")},
        {QStringLiteral("json"), QStringLiteral("JSON")},
        {QStringLiteral("markdown"), QStringLiteral("Markdown")},
        {QStringLiteral("xml"), QStringLiteral("HTML")},
        {QStringLiteral("sql"), QStringLiteral("SQL")},
        {QStringLiteral("java"), QStringLiteral("Java")},
        {QStringLiteral("kotlin"), QStringLiteral("Kotlin")},
        {QStringLiteral("ruby"), QStringLiteral("Ruby")},
        {QStringLiteral("cs"), QStringLiteral("C#")},
        {QStringLiteral("diff"), QStringLiteral("Diff")},
        {QStringLiteral("ini"), QStringLiteral("INI Files")},
    };
    return names.value(canonical, canonical);
}

} // namespace

KSyntaxHighlighter::KSyntaxHighlighter(QObject *parent) : CodeHighlighter(parent)
{
    m_worker.moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        &m_worker, [this] { m_repository = new KSyntaxHighlighting::Repository; },
        Qt::BlockingQueuedConnection);
}

KSyntaxHighlighter::~KSyntaxHighlighter()
{
    QMetaObject::invokeMethod(
        &m_worker,
        [this] {
            delete m_repository;
            m_repository = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString KSyntaxHighlighter::render(const QString &code, const QString &language,
                                   CodeThemeVariant theme)
{
    const KSyntaxHighlighting::Definition definition =
        m_repository->definitionForName(definitionName(canonicalLanguage(language)));
    if (!definition.isValid())
        return plainHtml(code);
    LineRenderer renderer;
    renderer.setDefinition(definition);
    renderer.setTheme(m_repository->defaultTheme());
    KSyntaxHighlighting::State state;
    QString out;
    const QStringList lines = code.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += renderer.renderLine(lines.at(i), &state, theme);
        if (i + 1 < lines.size())
            out += QLatin1Char('\n');
    }
    return out;
}

void KSyntaxHighlighter::highlight(const QString &code, const QString &language,
                                   CodeThemeVariant theme, QObject *context, Callback callback,
                                   quintptr key)
{
    const quint64 id = m_nextId++;
    if (key != 0)
        m_latest.insert(key, id);
    QPointer<QObject> guard(context);
    QPointer<KSyntaxHighlighter> self(this);
    QMetaObject::invokeMethod(&m_worker, [=] {
        const QString html = render(code, language, theme);
        QMetaObject::invokeMethod(
            self,
            [=] {
                if (!self || (key != 0 && m_latest.value(key) != id))
                    return; // Gone, or a newer request for the same block follows.
                if (key != 0)
                    m_latest.remove(key);
                if (guard && callback)
                    callback(html);
            },
            Qt::QueuedConnection);
    });
}

QString KSyntaxHighlighter::highlightNow(const QString &code, const QString &language,
                                         CodeThemeVariant theme)
{
    QString html;
    QMetaObject::invokeMethod(
        &m_worker, [&] { html = render(code, language, theme); }, Qt::BlockingQueuedConnection);
    return html;
}

bool KSyntaxHighlighter::supports(const QString &language)
{
    bool valid = false;
    const QString name = definitionName(canonicalLanguage(language));
    QMetaObject::invokeMethod(
        &m_worker, [&] { valid = m_repository->definitionForName(name).isValid(); },
        Qt::BlockingQueuedConnection);
    return valid;
}

} // namespace coro
