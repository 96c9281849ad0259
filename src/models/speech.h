#pragma once

#include <QObject>
#include <QtQmlIntegration>

class QJSEngine;
class QQmlEngine;

namespace coro {

class ReadAloud;

/**
 * @brief "Read aloud" for every pane: one voice for the whole app (ReadAloud, Qt
 *        TextToSpeech), which pane it reads, pause and stop, and why it cannot speak (no
 *        speech engine, or a build without Qt TextToSpeech) for the pane that asked.
 */
class Speech : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The id of what is being read (a pane's), empty when silent.
    Q_PROPERTY(QString readingId READ readingId NOTIFY changed)
    Q_PROPERTY(bool paused READ isPaused NOTIFY changed)
    /// Why the last request could not be read, and for which id.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString messageId READ messageId NOTIFY changed)

public:
    explicit Speech(QObject *parent = nullptr);
    ~Speech() override;

    static Speech *create(QQmlEngine *, QJSEngine *) { return new Speech; }

    QString readingId() const;
    bool isPaused() const;
    QString message() const { return m_message; }
    QString messageId() const { return m_messageId; }

    /// Reads @p markdown aloud (what is worth hearing of it), stopping anything else.
    Q_INVOKABLE bool read(const QString &id, const QString &markdown);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();

Q_SIGNALS:
    void changed();

private:
    ReadAloud *m_voice;
    QString m_id;
    QString m_message;
    QString m_messageId;
};

} // namespace coro
