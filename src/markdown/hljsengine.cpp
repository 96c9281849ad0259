#include "hljsengine.h"
#include "markdownlogging.h"
#include "safehtml.h"

#include <QDateTime>
#include <QFile>
#include <QJSEngine>
#include <QLoggingCategory>

namespace coro {

namespace {

// Beyond these, code shows plain: highlight.js's regular expressions are not meant for
// megabytes, and a model can send anything.
constexpr qsizetype kMaxCodeChars = 200 * 1024;
constexpr qsizetype kMaxLineChars = 4000;

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// highlight.min.js makes Qt's script compiler warn about hoisted variables, dozens of lines;
// they say nothing about our code, so that one category is quiet while it loads.
void quietScriptCompiler(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.qml.compiler") == 0)
        category->setEnabled(QtWarningMsg, false);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString unescapeHljs(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString(); // Most runs of code: no entity to decode.
    QString out = text.toString();
    out.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#x27;"), QLatin1String("'"))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

} // namespace

QString HljsEngine::scriptPath()
{
    const QString configured = qEnvironmentVariable("CORO_HIGHLIGHTJS");
    if (!configured.isEmpty())
        return configured;
    return QStringLiteral("/usr/share/javascript/highlight.js/highlight.min.js");
}

std::shared_ptr<HljsEngine> HljsEngine::shared()
{
    static QMutex mutex;
    static std::weak_ptr<HljsEngine> instance;
    QMutexLocker lock(&mutex);
    std::shared_ptr<HljsEngine> engine = instance.lock();
    if (!engine) {
        engine.reset(new HljsEngine);
        instance = engine;
    }
    return engine;
}

HljsEngine::HljsEngine()
{
    m_thread.setObjectName(QStringLiteral("Code highlighting"));
    moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

HljsEngine::~HljsEngine()
{
    interrupt();
    // The engine belongs to the worker thread: it is deleted there, then the thread ends.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_highlightLines = QJSValue();
            m_has = QJSValue();
            delete m_js.exchange(nullptr);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HljsEngine::submit(quint64 id, quintptr key, const QString &code, const QString &language,
                        CodeThemeVariant theme)
{
    if (key != 0) {
        QMutexLocker lock(&m_mutex);
        m_latest.insert(key, id);
    }
    QMetaObject::invokeMethod(
        this, [this, id, key, code, language, theme] { run(id, key, code, language, theme); },
        Qt::QueuedConnection);
}

void HljsEngine::run(quint64 id, quintptr key, const QString &code, const QString &language,
                     CodeThemeVariant theme)
{
    if (key != 0) {
        QMutexLocker lock(&m_mutex);
        if (m_latest.value(key) != id)
            return; // A newer request for the same block is waiting.
        m_latest.remove(key);
    }
    const QString tagged = highlightInThread(code, language);
    Q_EMIT finished(id, tagged.isNull() ? SafeHtml::escape(code) : toRichText(tagged, theme));
}

QString HljsEngine::highlightNow(const QString &code, const QString &language,
                                 CodeThemeVariant theme)
{
    QString tagged;
    if (QThread::currentThread() == &m_thread) {
        tagged = highlightInThread(code, language);
    } else {
        QMetaObject::invokeMethod(
            this, [&] { tagged = highlightInThread(code, language); },
            Qt::BlockingQueuedConnection);
    }
    return tagged.isNull() ? SafeHtml::escape(code) : toRichText(tagged, theme);
}

void HljsEngine::preload()
{
    QMetaObject::invokeMethod(
        this, [this] { ensureLoaded(); }, Qt::QueuedConnection);
}

bool HljsEngine::hasLanguage(const QString &language)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_languages.constFind(language);
        if (it != m_languages.constEnd())
            return *it;
    }
    bool known = false;
    const auto ask = [&] { known = ensureLoaded() && m_has.call({language}).toBool(); };
    if (QThread::currentThread() == &m_thread)
        ask();
    else
        QMetaObject::invokeMethod(this, ask, Qt::BlockingQueuedConnection);
    QMutexLocker lock(&m_mutex);
    if (m_languages.size() < 1024)
        m_languages.insert(language, known);
    return known;
}

qint64 HljsEngine::busyMs() const
{
    const qint64 started = m_jobStarted.load();
    return started == 0 ? 0 : nowMs() - started;
}

void HljsEngine::interrupt()
{
    if (QJSEngine *js = m_js.load())
        js->setInterrupted(true);
}

bool HljsEngine::ensureLoaded()
{
    if (m_loadTried)
        return m_loaded;
    m_loadTried = true;
    QFile file(scriptPath());
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcMarkdown) << "No highlight.js at" << file.fileName()
                              << "- code is shown without colours";
        return false;
    }
    auto *js = new QJSEngine;
    m_js = js;
    js->installExtensions(QJSEngine::ConsoleExtension);
    g_previousFilter = QLoggingCategory::installFilter(quietScriptCompiler);
    js->evaluate(QStringLiteral("var exports = {};"));
    const QJSValue loaded = js->evaluate(QString::fromUtf8(file.readAll()), file.fileName());
    QLoggingCategory::installFilter(g_previousFilter);
    // Our side of the engine (hljswrapper.js, a resource): line-by-line highlighting with
    // highlight.js's continuation state; complete lines are cached on the C++ side.
    QFile wrapperFile(QStringLiteral(":/coro/markdown/hljswrapper.js"));
    const QJSValue wrapper =
        wrapperFile.open(QIODevice::ReadOnly)
            ? js->evaluate(QString::fromUtf8(wrapperFile.readAll()), wrapperFile.fileName())
            : js->evaluate(QStringLiteral("throw new Error('hljswrapper.js is missing')"));
    if (js->isInterrupted()) // Shutting down while loading: nothing to report.
        return false;
    if (loaded.isError() || wrapper.isError()) {
        qCWarning(lcMarkdown) << "highlight.js did not load:" << loaded.toString()
                              << wrapper.toString();
        return false;
    }
    // Kept for the engine's life: looking them up per job made and freed persistent handles,
    // and freeing the last one on a page unmaps it (a TLB shootdown on every core).
    const QJSValue api = js->globalObject().property(QStringLiteral("coroHighlight"));
    m_highlightLines = api.property(QStringLiteral("highlightLines"));
    m_has = api.property(QStringLiteral("has"));
    m_loaded = true;
    return true;
}

QString HljsEngine::highlightInThread(const QString &code, const QString &language)
{
    if (code.size() > kMaxCodeChars || !ensureLoaded())
        return QString();
    qsizetype lineStart = 0;
    while (lineStart < code.size()) {
        qsizetype end = code.indexOf(QLatin1Char('\n'), lineStart);
        end = end < 0 ? code.size() : end;
        if (end - lineStart > kMaxLineChars)
            return QString();
        lineStart = end + 1;
    }
    m_jobStarted = nowMs();
    QJSEngine *js = m_js.load();
    js->setInterrupted(false);
    const QString tagged = m_lineCache.highlight(
        language, code, [&](int state, const QString &text, HljsLineCache::Lines *lines) {
            const QJSValue result = m_highlightLines.call({language, state, text});
            if (result.isError() || !result.property(0).isString()) {
                if (result.isError())
                    qCInfo(lcMarkdown) << "highlight.js failed on" << language << result.toString();
                return false;
            }
            lines->html = result.property(0).toString();
            const QString cuts = result.property(1).toString();
            for (const QStringView cut :
                 QStringView(cuts).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const qsizetype colon = cut.indexOf(QLatin1Char(':'));
                lines->htmlLength << cut.first(std::max<qsizetype>(colon, 0)).toLongLong();
                lines->stateAfter << cut.sliced(colon + 1).toInt();
            }
            return true;
        });
    m_jobStarted = 0;
    return tagged;
}

QString HljsEngine::toRichText(const QString &hljsHtml, CodeThemeVariant theme)
{
    static const QLatin1String open("<span class=\"");
    static const QLatin1String close("</span>");
    QString out;
    out.reserve(hljsHtml.size() + hljsHtml.size() / 2);
    int depth = 0;
    qsizetype at = 0;
    while (at < hljsHtml.size()) {
        const qsizetype tag = hljsHtml.indexOf(QLatin1Char('<'), at);
        const qsizetype textEnd = tag < 0 ? hljsHtml.size() : tag;
        if (textEnd > at) {
            // Never trust it as markup: decode highlight.js's escaping, escape again.
            out += SafeHtml::escape(unescapeHljs(QStringView(hljsHtml).sliced(at, textEnd - at)));
        }
        if (tag < 0)
            break;
        const QStringView rest = QStringView(hljsHtml).sliced(tag);
        if (rest.startsWith(open)) {
            const qsizetype quote = rest.indexOf(QLatin1Char('"'), open.size());
            if (quote > 0 && quote + 1 < rest.size() && rest.at(quote + 1) == QLatin1Char('>')) {
                const CodeToken token =
                    CodeTheme::tokenForHljsClass(rest.sliced(open.size(), quote - open.size()));
                out += token == CodeToken::Plain
                           ? QStringLiteral("<span>")
                           : QStringLiteral("<span style=\"color:%1\">")
                                 .arg(CodeTheme::colorName(CodeTheme::color(token, theme)));
                ++depth;
                at = tag + quote + 2;
                continue;
            }
        } else if (rest.startsWith(close) && depth > 0) {
            out += close;
            --depth;
            at = tag + close.size();
            continue;
        }
        out += QLatin1String("&lt;");
        at = tag + 1;
    }
    while (depth-- > 0)
        out += close;
    return out;
}

} // namespace coro
