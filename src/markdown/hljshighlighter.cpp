#include "hljshighlighter.h"
#include "hljsengine.h"
#include "markdownlogging.h"

#include <atomic>

namespace coro {

namespace {

constexpr int kWatchdogMs = 1000;
constexpr qint64 kMaxJobMs = 4000;

quint64 nextRequestId()
{
    static std::atomic<quint64> next{1};
    return next++;
}

} // namespace

HljsHighlighter::HljsHighlighter(QObject *parent)
    : CodeHighlighter(parent), m_engine(HljsEngine::shared())
{
    connect(m_engine.get(), &HljsEngine::finished, this, &HljsHighlighter::deliver);
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &HljsHighlighter::watch);
}

HljsHighlighter::~HljsHighlighter() = default;

void HljsHighlighter::highlight(const QString &code, const QString &language,
                                CodeThemeVariant theme, QObject *context, Callback callback,
                                quintptr key)
{
    const QString canonical = canonicalLanguage(language);
    const quint64 id = nextRequestId();
    if (!supports(canonical)) {
        // Still asynchronous, so callers see one behaviour.
        const QString plain = plainHtml(code);
        m_pending.insert(id, {context, std::move(callback)});
        QMetaObject::invokeMethod(
            this, [this, id, plain] { deliver(id, plain); }, Qt::QueuedConnection);
        return;
    }
    if (key != 0) {
        m_pending.remove(m_latestByKey.value(key)); // The engine will skip that one.
        m_latestByKey.insert(key, id);
    }
    m_pending.insert(id, {context, std::move(callback)});
    m_engine->submit(id, key, code, canonical, theme);
    if (!m_watchdog.isActive())
        m_watchdog.start();
}

QString HljsHighlighter::highlightNow(const QString &code, const QString &language,
                                      CodeThemeVariant theme)
{
    const QString canonical = canonicalLanguage(language);
    if (!supports(canonical))
        return plainHtml(code);
    return m_engine->highlightNow(code, canonical, theme);
}

void HljsHighlighter::warmUp()
{
    m_engine->preload();
}

bool HljsHighlighter::supports(const QString &language)
{
    const QString canonical = canonicalLanguage(language);
    return !canonical.isEmpty() && canonical != QLatin1String("plaintext") &&
           m_engine->hasLanguage(canonical);
}

void HljsHighlighter::deliver(quint64 id, const QString &html)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // Another highlighter's request.
    const Pending pending = std::move(*it);
    m_pending.erase(it);
    for (auto latest = m_latestByKey.begin(); latest != m_latestByKey.end(); ++latest) {
        if (*latest == id) {
            m_latestByKey.erase(latest);
            break;
        }
    }
    if (m_pending.isEmpty())
        m_watchdog.stop();
    if (pending.context && pending.callback)
        pending.callback(html);
}

void HljsHighlighter::watch()
{
    if (m_engine->busyMs() > kMaxJobMs) {
        qCWarning(lcMarkdown) << "Stopping highlight.js after" << kMaxJobMs << "ms";
        m_engine->interrupt();
    }
}

} // namespace coro
