#pragma once

#include <QObject>
#include <QtQmlIntegration>

class QNetworkAccessManager;

namespace coro {

class ApiKeyResolver;
class Dictation;
class ProviderCatalog;

/**
 * @brief The composer's "Dictate": records the microphone and writes what was said into the
 *        prompt (Dictation, the first transcription provider of the catalog), saying in words
 *        why it cannot — no recording in this build, no microphone, no transcription provider.
 */
class DictationControl : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppCore")
    /// "idle", "recording", "transcribing", "done" or "failed".
    Q_PROPERTY(QString state READ state NOTIFY changed)
    /// Why it failed, in words; empty otherwise.
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    DictationControl(ApiKeyResolver *keys, QNetworkAccessManager *network,
                     QObject *parent = nullptr);

    /// Speech goes to the catalog's first transcription provider (OpenAI, Groq).
    void setCatalog(const ProviderCatalog &catalog);

    QString state() const;
    QString message() const;

    /// Starts recording, or stops and transcribes when recording.
    Q_INVOKABLE void toggle();
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void changed();
    /// What was said, for the prompt.
    void transcribed(const QString &text);

private:
    Dictation *m_dictation;
};

} // namespace coro
