#include "readaloud.h"
#include "voicelogging.h"

#include <QRegularExpression>
#ifdef CORO_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>
#endif

namespace coro {

#ifdef CORO_HAVE_TEXTTOSPEECH
struct ReadAloud::Engine
{
    QTextToSpeech speech;
};
#else
struct ReadAloud::Engine
{};
#endif

ReadAloud::ReadAloud(QObject *parent) : QObject(parent) {}

ReadAloud::~ReadAloud() = default;

QString ReadAloud::unavailableReason()
{
#ifdef CORO_HAVE_TEXTTOSPEECH
    if (QTextToSpeech::availableEngines().isEmpty()) {
        return tr("No speech engine is installed. On Linux, install speech-dispatcher and Qt's "
                  "plugin for it (qt6-speech-speechd-plugin), or flite "
                  "(qt6-speech-flite-plugin).");
    }
    return {};
#else
    return tr("This build of Coro cannot read aloud: it was built without Qt TextToSpeech.");
#endif
}

QString ReadAloud::speakableText(const QString &markdown)
{
    static const QRegularExpression fence(
        QStringLiteral("^ {0,3}(```|~~~)[^\\n]*\\n.*?(^ {0,3}\\1[^\\n]*$|\\z)"),
        QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]\\n]*)\\]\\([^)\\s]*\\)"));
    static const QRegularExpression tags(
        QStringLiteral("\\[(\\d{1,3}|[A-Z](\\s*[,;/&]\\s*[A-Z])*)\\]"));
    static const QRegularExpression url(QStringLiteral("<?https?://\\S+>?"));
    static const QRegularExpression html(QStringLiteral("<[^<>\\n]{1,200}>"));
    static const QRegularExpression lineMarks(
        QStringLiteral("^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+\\[[ xX]\\]\\s+|[-*+]\\s+|\\d+[.)]\\s+|"
                       "[-*_]{3,}\\s*$|\\|?\\s*:?-{3,}.*$)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|\\*|_|`|~~)"));
    QString text = markdown.left(4 * kMaxChars);
    text.replace(fence, tr("(code left out)") + QLatin1Char('\n'));
    text.replace(link, QStringLiteral("\\1"));
    text.remove(tags);
    text.remove(url);
    text.remove(html);
    text.remove(lineMarks);
    text.remove(emphasis);
    text.replace(QLatin1Char('|'), QLatin1Char(' '));
    static const QRegularExpression spaceBeforePunctuation(QStringLiteral("[ \\t]+([.,;:!?])"));
    text.replace(spaceBeforePunctuation, QStringLiteral("\\1"));
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.simplified();
    }
    return lines.join(QLatin1Char('\n')).left(kMaxChars);
}

void ReadAloud::setSpeaking(bool speaking, bool paused)
{
    if (m_speaking == speaking && m_paused == paused)
        return;
    m_speaking = speaking;
    m_paused = paused;
    Q_EMIT speakingChanged();
}

void ReadAloud::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

bool ReadAloud::speak(const QString &markdown)
{
    stop();
    const QString text = speakableText(markdown);
    if (text.isEmpty()) {
        setMessage(tr("There is nothing to read aloud."));
        return false;
    }
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        setMessage(reason);
        return false;
    }
#ifdef CORO_HAVE_TEXTTOSPEECH
    if (!m_engine) {
        m_engine = std::make_unique<Engine>();
        connect(&m_engine->speech, &QTextToSpeech::stateChanged, this,
                [this](QTextToSpeech::State state) {
                    setSpeaking(state == QTextToSpeech::Speaking, state == QTextToSpeech::Paused);
                    if (state == QTextToSpeech::Error) {
                        qCWarning(lcVoice)
                            << "speech engine error:" << m_engine->speech.errorString();
                        setMessage(
                            tr("The speech engine failed: %1").arg(m_engine->speech.errorString()));
                    }
                });
    }
    if (m_engine->speech.state() == QTextToSpeech::Error) {
        setMessage(tr("The speech engine failed: %1").arg(m_engine->speech.errorString()));
        return false;
    }
    setMessage({});
    m_engine->speech.say(text);
    return true;
#else
    return false;
#endif
}

void ReadAloud::stop()
{
#ifdef CORO_HAVE_TEXTTOSPEECH
    if (m_engine)
        m_engine->speech.stop();
#endif
    setSpeaking(false);
}

void ReadAloud::pause()
{
#ifdef CORO_HAVE_TEXTTOSPEECH
    if (m_engine && m_speaking)
        m_engine->speech.pause(QTextToSpeech::BoundaryHint::Word);
#endif
}

void ReadAloud::resume()
{
#ifdef CORO_HAVE_TEXTTOSPEECH
    if (m_engine && m_paused)
        m_engine->speech.resume();
#endif
}

} // namespace coro
