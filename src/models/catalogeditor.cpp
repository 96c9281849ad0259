#include "catalogeditor.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace coro {

namespace {
// Remembered models of a custom provider; a router's whole list (hundreds) is not useful.
constexpr qsizetype kMaxRememberedModels = 200;
constexpr qsizetype kMaxIdChars = 32;

QUrl cleaned(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}
} // namespace

bool CatalogEditor::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}

QString CatalogEditor::urlProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("Enter the provider's address.");
    const QUrl url = cleaned(text);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return tr("Enter an address that starts with http:// or https://, such as "
                  "https://api.example.com/v1.");
    if (!url.userInfo().isEmpty())
        return tr("Leave the user name and password out of the address; the key goes in the "
                  "key field.");
    if (url.hasQuery() || url.hasFragment())
        return tr("Leave out everything after \"?\" or \"#\".");
    return {};
}

QString CatalogEditor::addCustom(const QString &name, const QString &baseUrl,
                                 const QString &protocol, QString *error)
{
    const QString title = name.trimmed();
    const auto kind = protocolFromName(protocol.isEmpty() ? QStringLiteral("openai") : protocol);
    if (title.isEmpty())
        *error = tr("Give the provider a name.");
    else if (!kind)
        *error = tr("Unknown protocol \"%1\".").arg(protocol);
    else
        *error = urlProblem(baseUrl);
    if (!error->isEmpty())
        return {};
    // The id names its models ("id/model"). It never takes a preset's: providers.json would
    // complete the entry from that preset.
    QString base = title.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base = base.left(kMaxIdChars);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("custom");
    QString id = base;
    for (int n = 2; m_catalog.find(id) || ProviderCatalog::presets().find(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);

    ProviderConfig provider;
    provider.id = id;
    provider.name = title;
    provider.protocol = *kind;
    provider.baseUrl = cleaned(baseUrl);
    provider.requiresKey = !isLoopback(provider.baseUrl);
    ProviderCatalog next = m_catalog;
    next.upsert(provider);
    return commit(next, error) ? id : QString();
}

bool CatalogEditor::addPreset(const QString &presetId, const QString &baseUrl, QString *error)
{
    const ProviderConfig *preset = ProviderCatalog::presets().find(presetId);
    if (!preset) {
        *error = tr("There is no built-in provider \"%1\".").arg(presetId);
        return false;
    }
    const ProviderConfig *current = m_catalog.find(presetId);
    ProviderConfig provider = current ? *current : *preset;
    if (!baseUrl.isEmpty()) {
        if (*error = urlProblem(baseUrl); !error->isEmpty())
            return false;
        provider.baseUrl = cleaned(baseUrl);
    }
    ProviderCatalog next = m_catalog;
    next.upsert(provider);
    return commit(next, error);
}

bool CatalogEditor::remove(const QString &providerId, QString *error)
{
    ProviderCatalog next = m_catalog;
    if (!next.remove(providerId)) {
        *error = tr("There is no provider \"%1\".").arg(providerId);
        return false;
    }
    return commit(next, error);
}

bool CatalogEditor::setBaseUrl(const QString &providerId, const QString &baseUrl, QString *error)
{
    const ProviderConfig *current = m_catalog.find(providerId);
    if (!current) {
        *error = tr("There is no provider \"%1\".").arg(providerId);
        return false;
    }
    if (*error = urlProblem(baseUrl); !error->isEmpty())
        return false;
    ProviderConfig changed = *current;
    changed.baseUrl = cleaned(baseUrl);
    ProviderCatalog next = m_catalog;
    next.upsert(changed);
    return commit(next, error);
}

bool CatalogEditor::rememberModels(const QString &providerId, const QList<ModelInfo> &models,
                                   QString *error)
{
    const ProviderConfig *preset = ProviderCatalog::presets().find(providerId);
    const ProviderConfig *current = m_catalog.find(providerId);
    if (!current || (preset && !preset->models.isEmpty()) || models.isEmpty())
        return false;
    ProviderConfig changed = *current;
    changed.models = models.mid(0, kMaxRememberedModels);
    ProviderCatalog next = m_catalog;
    next.upsert(changed);
    return commit(next, error);
}

bool CatalogEditor::saveFirstTime(QString *error)
{
    return !QFile::exists(m_path) && commit(m_catalog, error);
}

bool CatalogEditor::keepUnreadableFile(QString *error) const
{
    // A file that could not be read (a mistake made by hand, or not a catalog at all) is kept
    // beside the new one, never overwritten: what the user wrote is not lost.
    QString unreadable;
    if (!QFileInfo(m_path).isFile() || ProviderCatalog::load(m_path, &unreadable))
        return true;
    const QString aside = m_path + QStringLiteral(".unreadable-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFile::rename(m_path, aside))
        return true;
    *error = tr("The providers could not be saved: %1 could not be read, and could not be kept "
                "as %2 either.")
                 .arg(m_path, aside);
    return false;
}

bool CatalogEditor::commit(const ProviderCatalog &next, QString *error)
{
    // Checked before the first save only: from then on the file is one this editor wrote.
    if (!m_fileChecked && !keepUnreadableFile(error))
        return false;
    QString why;
    if (!next.save(m_path, &why)) {
        *error = tr("The providers could not be saved: %1").arg(why);
        return false;
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    error->clear();
    m_fileChecked = true;
    m_catalog = next;
    return true;
}

} // namespace coro
