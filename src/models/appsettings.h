#pragma once

#include "core/generationparams.h"

#include <QObject>
#include <QPalette>
#include <QtQmlIntegration>

namespace coro {

/**
 * @brief The user's preferences of one data directory: appearance, language, the parameters a
 *        new question starts from and the default conversation guide, kept in its coro.ini.
 *
 * Appearance applies at once (an explicit palette on the application, since Qt 6.4 has no
 * colour-scheme API); the language applies at the next start, before translations load.
 */
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application owns its settings")
    /// "system", "light" or "dark".
    Q_PROPERTY(QString appearance READ appearance WRITE setAppearance NOTIFY appearanceChanged)
    /// "system", "en" or "de"; takes effect at the next start.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The chosen language differs from the one this run started with.
    Q_PROPERTY(bool restartNeeded READ isRestartNeeded NOTIFY languageChanged)
    Q_PROPERTY(double temperature READ temperature WRITE setTemperature NOTIFY defaultsChanged)
    Q_PROPERTY(int maxTokens READ maxTokens WRITE setMaxTokens NOTIFY defaultsChanged)
    /// top_p, or -1 when it is not sent.
    Q_PROPERTY(double topP READ topP WRITE setTopP NOTIFY defaultsChanged)
    /// What is wrong with the default parameters, in core's words; empty when they are fine.
    Q_PROPERTY(QString defaultsProblem READ defaultsProblem NOTIFY defaultsChanged)
    /// The guide a new conversation starts with (a system prompt in the user's words).
    Q_PROPERTY(QString guide READ guide WRITE setGuide NOTIFY guideChanged)

public:
    explicit AppSettings(QString settingsPath, QObject *parent = nullptr);

    /// The language stored for the data directory that --data-dir @p dataDirOption names, as
    /// a locale name ("de"), or empty for the system's: read by main() before translations.
    static QString startupLanguage(const QString &dataDirOption);
    /// The settings file inside a data directory.
    static QString fileIn(const QString &dataDirectory);

    /// The palettes offered besides the system's, tuned for the Fusion style.
    static QPalette lightPalette();
    static QPalette darkPalette();

    QString appearance() const { return m_appearance; }
    void setAppearance(const QString &appearance);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool isRestartNeeded() const { return m_language != m_startLanguage; }

    double temperature() const { return m_defaults.temperature; }
    void setTemperature(double value);
    int maxTokens() const { return m_defaults.maxTokens; }
    void setMaxTokens(int value);
    double topP() const { return m_defaults.topP.value_or(-1); }
    void setTopP(double value);
    QString defaultsProblem() const { return m_defaults.validate().join(QLatin1Char(' ')); }
    /// The parameters a new question starts from.
    const GenerationParams &defaultParams() const { return m_defaults; }

    QString guide() const { return m_guide; }
    void setGuide(const QString &guide);

    /// Sets the application palette for the appearance (when a GUI application runs).
    void applyAppearance() const;

    /// A split view's layout as the user left it (SplitView.saveState()), by the view's name
    /// ("main", "workspace"); empty when none was stored or the stored one is not plausible.
    Q_INVOKABLE QByteArray splitState(const QString &name) const;
    Q_INVOKABLE void setSplitState(const QString &name, const QByteArray &state);

Q_SIGNALS:
    void appearanceChanged();
    void languageChanged();
    void defaultsChanged();
    void guideChanged();

private:
    void store(const QString &key, const QVariant &value) const;
    void storeDefaults();

    QString m_path;
    QString m_appearance;
    QString m_language;
    QString m_startLanguage;
    GenerationParams m_defaults;
    QString m_guide;
};

} // namespace coro
