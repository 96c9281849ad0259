#include "appsettings.h"

#include "storage/datadirectory.h"

#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSettings>
#include <functional>

namespace coro {

namespace {
const QString kAppearanceKey = QStringLiteral("appearance/scheme");
const QString kLanguageKey = QStringLiteral("appearance/language");
const QString kTemperatureKey = QStringLiteral("defaults/temperature");
const QString kMaxTokensKey = QStringLiteral("defaults/max_tokens");
const QString kTopPKey = QStringLiteral("defaults/top_p");
const QString kGuideKey = QStringLiteral("defaults/guide");
const QString kSplitKey = QStringLiteral("window/split_%1");
// A SplitView's state is a few dozen bytes per item; anything far larger was not written by it.
constexpr qsizetype kMaxSplitStateBytes = 4096;

bool isSplitName(const QString &name)
{
    static const QRegularExpression word(QStringLiteral("^[a-z]{1,32}$"));
    return word.match(name).hasMatch();
}

const QStringList kAppearances{QStringLiteral("system"), QStringLiteral("light"),
                               QStringLiteral("dark")};
const QStringList kLanguages{QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de")};

QString oneOf(const QString &value, const QStringList &allowed)
{
    return allowed.contains(value) ? value : allowed.first();
}

// Fusion draws bevels from Light/Midlight/Mid/Dark/Shadow: each is set, or buttons and
// frames vanish into the window colour.
void setRoles(QPalette &palette, QPalette::ColorGroup group, const QColor &window,
              const QColor &text, const QColor &base, const QColor &button, const QColor &highlight,
              const QColor &highlightedText, const QColor &link, bool dark)
{
    palette.setColor(group, QPalette::Window, window);
    palette.setColor(group, QPalette::WindowText, text);
    palette.setColor(group, QPalette::Base, base);
    palette.setColor(group, QPalette::AlternateBase, dark ? window.lighter(115) : window);
    palette.setColor(group, QPalette::ToolTipBase, dark ? window.lighter(130) : QColor(0xffffdc));
    palette.setColor(group, QPalette::ToolTipText, text);
    palette.setColor(group, QPalette::PlaceholderText,
                     QColor(text.red(), text.green(), text.blue(), 128));
    palette.setColor(group, QPalette::Text, text);
    palette.setColor(group, QPalette::Button, button);
    palette.setColor(group, QPalette::ButtonText, text);
    palette.setColor(group, QPalette::BrightText, dark ? QColor(0xff6b6b) : QColor(0xd00000));
    palette.setColor(group, QPalette::Light, button.lighter(dark ? 135 : 150));
    palette.setColor(group, QPalette::Midlight, button.lighter(dark ? 115 : 125));
    palette.setColor(group, QPalette::Mid, button.darker(dark ? 125 : 150));
    palette.setColor(group, QPalette::Dark, button.darker(dark ? 160 : 200));
    palette.setColor(group, QPalette::Shadow, dark ? QColor(0x101010) : QColor(0x767676));
    palette.setColor(group, QPalette::Highlight, highlight);
    palette.setColor(group, QPalette::HighlightedText, highlightedText);
    palette.setColor(group, QPalette::Link, link);
    palette.setColor(group, QPalette::LinkVisited, link.darker(dark ? 90 : 130));
}
} // namespace

AppSettings::AppSettings(QString settingsPath, QObject *parent)
    : QObject(parent), m_path(std::move(settingsPath))
{
    const QSettings settings(m_path, QSettings::IniFormat);
    m_appearance = oneOf(settings.value(kAppearanceKey).toString(), kAppearances);
    m_language = oneOf(settings.value(kLanguageKey).toString(), kLanguages);
    m_startLanguage = m_language;
    // Each stored value is taken only when core accepts it (the file may be edited by hand).
    const auto take = [this](const std::function<void(GenerationParams &)> &set) {
        GenerationParams candidate = m_defaults;
        set(candidate);
        if (candidate.validate().isEmpty())
            m_defaults = candidate;
    };
    bool ok = false;
    if (const double t = settings.value(kTemperatureKey).toDouble(&ok); ok)
        take([t](GenerationParams &p) { p.temperature = t; });
    if (const int n = settings.value(kMaxTokensKey).toInt(&ok); ok)
        take([n](GenerationParams &p) { p.maxTokens = n; });
    if (const double top = settings.value(kTopPKey).toDouble(&ok); ok)
        take([top](GenerationParams &p) { p.topP = top; });
    // QSettings writes a guide with commas quoted; one edited by hand reads back as a list.
    const QVariant guide = settings.value(kGuideKey);
    m_guide = guide.typeId() == QMetaType::QStringList
                  ? guide.toStringList().join(QStringLiteral(", "))
                  : guide.toString();
}

QString AppSettings::fileIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("coro.ini"));
}

QString AppSettings::startupLanguage(const QString &dataDirOption)
{
    const QSettings settings(fileIn(DataDirectory::resolve(dataDirOption).path()),
                             QSettings::IniFormat);
    const QString language = oneOf(settings.value(kLanguageKey).toString(), kLanguages);
    return language == QLatin1String("system") ? QString() : language;
}

QByteArray AppSettings::splitState(const QString &name) const
{
    if (!isSplitName(name))
        return {};
    const QSettings settings(m_path, QSettings::IniFormat);
    const QByteArray state = settings.value(kSplitKey.arg(name)).toByteArray();
    return state.size() <= kMaxSplitStateBytes ? state : QByteArray();
}

void AppSettings::setSplitState(const QString &name, const QByteArray &state)
{
    if (isSplitName(name) && state.size() <= kMaxSplitStateBytes)
        store(kSplitKey.arg(name), state);
}

void AppSettings::store(const QString &key, const QVariant &value) const
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(key, value);
}

void AppSettings::setAppearance(const QString &appearance)
{
    const QString value = oneOf(appearance, kAppearances);
    if (m_appearance == value)
        return;
    m_appearance = value;
    store(kAppearanceKey, value);
    applyAppearance();
    Q_EMIT appearanceChanged();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString value = oneOf(language, kLanguages);
    if (m_language == value)
        return;
    m_language = value;
    store(kLanguageKey, value);
    Q_EMIT languageChanged();
}

void AppSettings::setTemperature(double value)
{
    m_defaults.temperature = value;
    storeDefaults();
}

void AppSettings::setMaxTokens(int value)
{
    m_defaults.maxTokens = value;
    storeDefaults();
}

void AppSettings::setTopP(double value)
{
    m_defaults.topP = value < 0 ? std::nullopt : std::optional<double>(value);
    storeDefaults();
}

void AppSettings::storeDefaults()
{
    // Only values core accepts are kept, so a typo never becomes the next start's default.
    if (m_defaults.validate().isEmpty()) {
        QSettings settings(m_path, QSettings::IniFormat);
        settings.setValue(kTemperatureKey, m_defaults.temperature);
        settings.setValue(kMaxTokensKey, m_defaults.maxTokens);
        if (m_defaults.topP)
            settings.setValue(kTopPKey, *m_defaults.topP);
        else
            settings.remove(kTopPKey);
    }
    Q_EMIT defaultsChanged();
}

void AppSettings::setGuide(const QString &guide)
{
    if (m_guide == guide)
        return;
    m_guide = guide;
    store(kGuideKey, guide);
    Q_EMIT guideChanged();
}

QPalette AppSettings::lightPalette()
{
    QPalette palette;
    const QColor window(0xef, 0xef, 0xef);
    const QColor text(0x1a, 0x1a, 0x1a);
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        setRoles(palette, group, window, text, Qt::white, window, QColor(0x30, 0x8c, 0xc6),
                 Qt::white, QColor(0x00, 0x5a, 0xb4), false);
    setRoles(palette, QPalette::Disabled, window, QColor(0x8c, 0x8c, 0x8c), window, window,
             QColor(0x91, 0x91, 0x91), Qt::white, QColor(0x8c, 0x8c, 0x8c), false);
    return palette;
}

QPalette AppSettings::darkPalette()
{
    QPalette palette;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor button(0x3a, 0x3a, 0x3e);
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        setRoles(palette, group, window, text, base, button, QColor(0x3d, 0x8e, 0xd6), Qt::white,
                 QColor(0x7c, 0xb8, 0xf0), true);
    setRoles(palette, QPalette::Disabled, window, QColor(0x80, 0x80, 0x80), window, button,
             QColor(0x50, 0x50, 0x55), QColor(0xa0, 0xa0, 0xa0), QColor(0x80, 0x80, 0x80), true);
    return palette;
}

void AppSettings::applyAppearance() const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    if (m_appearance == QLatin1String("dark"))
        QGuiApplication::setPalette(darkPalette());
    else if (m_appearance == QLatin1String("light"))
        QGuiApplication::setPalette(lightPalette());
    else if (QCoreApplication::testAttribute(Qt::AA_SetPalette))
        // A palette with no role set resolves every role from the platform theme again.
        QGuiApplication::setPalette(QPalette());
}

} // namespace coro
