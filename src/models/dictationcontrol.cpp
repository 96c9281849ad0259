#include "dictationcontrol.h"

#include "transcription/transcriptionmodels.h"
#include "voice/dictation.h"

namespace coro {

DictationControl::DictationControl(ApiKeyResolver *keys, QNetworkAccessManager *network,
                                   QObject *parent)
    : QObject(parent), m_dictation(new Dictation(keys, network, this))
{
    connect(m_dictation, &Dictation::stateChanged, this, &DictationControl::changed);
    connect(m_dictation, &Dictation::transcribed, this, &DictationControl::transcribed);
}

void DictationControl::setCatalog(const ProviderCatalog &catalog)
{
    QString none; // Said by Dictation itself when asked to start.
    m_dictation->setTarget(TranscriptionModels::defaultTarget(catalog, &none));
}

QString DictationControl::state() const
{
    switch (m_dictation->state()) {
    case Dictation::State::Recording:
        return QStringLiteral("recording");
    case Dictation::State::Transcribing:
        return QStringLiteral("transcribing");
    case Dictation::State::Done:
        return QStringLiteral("done");
    case Dictation::State::Failed:
        return QStringLiteral("failed");
    case Dictation::State::Idle:
        break;
    }
    return QStringLiteral("idle");
}

QString DictationControl::message() const
{
    return m_dictation->state() == Dictation::State::Failed ? m_dictation->message() : QString();
}

void DictationControl::toggle()
{
    if (m_dictation->state() == Dictation::State::Recording)
        m_dictation->stop();
    else if (m_dictation->state() != Dictation::State::Transcribing)
        m_dictation->start();
}

void DictationControl::cancel()
{
    m_dictation->cancel();
}

} // namespace coro
