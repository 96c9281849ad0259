#include "providersettingsmodel.h"

#include "catalogeditor.h"
#include "modelslogging.h"
#include "providercheck.h"
#include "secrets/sessionfallbackstore.h"

#include <QPointer>

namespace coro {

ProviderSettingsModel::ProviderSettingsModel(ProviderCatalog catalog, QString providersPath,
                                             SessionFallbackStore *keys,
                                             QNetworkAccessManager *network, QObject *parent)
    : QAbstractListModel(parent), m_editor(std::move(catalog), std::move(providersPath)),
      m_keys(keys), m_network(network)
{
    rebuild();
}

void ProviderSettingsModel::rebuild()
{
    QHash<QString, Row> previous;
    for (const Row &row : std::as_const(m_rows))
        previous.insert(row.config.id, row);
    beginResetModel();
    m_rows.clear();
    for (const ProviderConfig &provider : m_editor.catalog().providers()) {
        Row row = previous.value(provider.id);
        row.config = provider;
        m_rows.append(row);
    }
    endResetModel();
    Q_EMIT countChanged();
}

int ProviderSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProviderSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.config.id;
    case NameRole:
        return row.config.name;
    case ProtocolRole:
        return protocolName(row.config.protocol);
    case BaseUrlRole:
        return row.config.baseUrl.toString();
    case NeedsKeyRole:
        return row.config.requiresKey;
    case KeyEnvRole:
        return row.config.keyEnv;
    case KeyStatusRole:
        return row.keyStatus;
    case KeyStatusTextRole:
        return keyStatusText(row);
    case PresetRole:
        return ProviderCatalog::presets().find(row.config.id) != nullptr;
    case LocalRole:
        return CatalogEditor::isLoopback(row.config.baseUrl);
    case BusyRole:
        return row.busy > 0;
    case NoticeRole:
        return row.notice;
    case NoticeIsErrorRole:
        return row.noticeIsError;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProviderSettingsModel::roleNames() const
{
    return {{IdRole, "providerId"},
            {NameRole, "name"},
            {ProtocolRole, "protocol"},
            {BaseUrlRole, "baseUrl"},
            {NeedsKeyRole, "needsKey"},
            {KeyEnvRole, "keyEnv"},
            {KeyStatusRole, "keyStatus"},
            {KeyStatusTextRole, "keyStatusText"},
            {PresetRole, "preset"},
            {LocalRole, "local"},
            {BusyRole, "busy"},
            {NoticeRole, "notice"},
            {NoticeIsErrorRole, "noticeIsError"}};
}

QString ProviderSettingsModel::keyStatusText(const Row &row) const
{
    if (row.keyStatus == QLatin1String("env"))
        return tr("from $%1").arg(row.config.keyEnv);
    if (row.keyStatus == QLatin1String("keychain"))
        return tr("set in keychain");
    if (row.keyStatus == QLatin1String("session"))
        return tr("this session only");
    if (row.keyStatus == QLatin1String("unavailable"))
        return tr("keychain unavailable");
    if (row.keyStatus == QLatin1String("none"))
        return row.config.requiresKey ? tr("not set") : tr("no key needed");
    return tr("checking…");
}

QVariantList ProviderSettingsModel::missingPresets() const
{
    QVariantList missing;
    for (const ProviderConfig &preset : ProviderCatalog::presets().providers()) {
        if (!m_editor.catalog().find(preset.id))
            missing.append(QVariantMap{{QStringLiteral("id"), preset.id},
                                       {QStringLiteral("name"), preset.name}});
    }
    return missing;
}

int ProviderSettingsModel::indexOf(const QString &providerId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).config.id == providerId)
            return i;
    }
    return -1;
}

ProviderSettingsModel::Row *ProviderSettingsModel::rowOf(const QString &providerId)
{
    const int i = indexOf(providerId);
    return i < 0 ? nullptr : &m_rows[i];
}

void ProviderSettingsModel::refreshKeys()
{
    m_showingKeys = true;
    for (const Row &row : std::as_const(m_rows))
        readKeyStatus(row.config.id);
}

void ProviderSettingsModel::readKeyStatus(const QString &providerId)
{
    const Row *row = rowOf(providerId);
    if (!row)
        return;
    const QString keyEnv = row->config.keyEnv;
    if (!keyEnv.isEmpty() && !qEnvironmentVariable(keyEnv.toLocal8Bit().constData()).isEmpty()) {
        setKeyStatus(providerId, QStringLiteral("env"));
        return;
    }
    if (m_keys->hasSessionKey(providerId)) {
        setKeyStatus(providerId, QStringLiteral("session"));
        return;
    }
    const int serial = ++m_keyReads[providerId];
    const QPointer<ProviderSettingsModel> self(this);
    // The secret passes through this callback only to learn that it exists.
    m_keys->read(providerId, [self, providerId, serial](const SecretStore::Result &result) {
        ProviderSettingsModel *model = self.data();
        if (!model || model->m_keyReads.value(providerId) != serial)
            return;
        switch (result.status) {
        case SecretStore::Result::Status::Ok:
            model->setKeyStatus(providerId, result.secret.isEmpty() ? QStringLiteral("none")
                                                                    : QStringLiteral("keychain"));
            break;
        case SecretStore::Result::Status::NotFound:
            model->setKeyStatus(providerId, QStringLiteral("none"));
            break;
        default:
            model->setKeychainProblem(result.errorMessage);
            // A local server works without a key: that matters more than a keychain that
            // cannot say whether one is stored.
            const Row *current = model->rowOf(providerId);
            model->setKeyStatus(providerId, current && !current->config.requiresKey
                                                ? QStringLiteral("none")
                                                : QStringLiteral("unavailable"));
            break;
        }
    });
}

void ProviderSettingsModel::setKey(const QString &providerId, const QString &key, bool sessionOnly)
{
    const QString trimmed = key.trimmed();
    if (!rowOf(providerId))
        return;
    if (trimmed.isEmpty()) {
        setNotice(providerId, tr("Type or paste a key first."), true);
        return;
    }
    ++m_keyReads[providerId]; // A status read still under way is out of date.
    if (sessionOnly) {
        m_keys->keepForSession(providerId, trimmed);
        readKeyStatus(providerId);
        configured();
        setNotice(providerId, tr("Kept for this session only; Coro forgets it when it closes."),
                  false);
        return;
    }
    setBusy(providerId, true);
    const QPointer<ProviderSettingsModel> self(this);
    m_keys->write(providerId, trimmed, [self, providerId](const SecretStore::Result &result) {
        ProviderSettingsModel *model = self.data();
        if (!model)
            return;
        model->setBusy(providerId, false);
        if (result.ok()) {
            model->setKeychainProblem({});
            model->setNotice(providerId, tr("Saved in the system keychain."), false);
            model->configured();
        } else {
            if (result.status == SecretStore::Result::Status::Unavailable)
                model->setKeychainProblem(result.errorMessage);
            model->setNotice(providerId, result.errorMessage, true);
        }
        model->readKeyStatus(providerId);
    });
}

void ProviderSettingsModel::removeKey(const QString &providerId)
{
    if (!rowOf(providerId))
        return;
    ++m_keyReads[providerId];
    setBusy(providerId, true);
    const QPointer<ProviderSettingsModel> self(this);
    m_keys->remove(providerId, [self, providerId](const SecretStore::Result &result) {
        ProviderSettingsModel *model = self.data();
        if (!model)
            return;
        model->setBusy(providerId, false);
        model->setNotice(providerId, result.ok() ? tr("Key removed.") : result.errorMessage,
                         !result.ok());
        model->readKeyStatus(providerId);
    });
}

void ProviderSettingsModel::testConnection(const QString &providerId)
{
    discover(providerId, false);
}

void ProviderSettingsModel::fetchModels(const QString &providerId)
{
    discover(providerId, true);
}

void ProviderSettingsModel::discover(const QString &providerId, bool offerModels)
{
    const Row *row = rowOf(providerId);
    if (!row)
        return;
    setBusy(providerId, true);
    setNotice(providerId, tr("Connecting…"), false);
    auto *check = new ProviderCheck(m_network, m_keys, this);
    connect(check, &ProviderCheck::finished, this,
            [this, offerModels](const QString &id, bool ok, const QString &words,
                                const QList<ModelInfo> &models) {
                setBusy(id, false);
                setNotice(id, words, !ok);
                if (ok && offerModels)
                    offer(id, models);
            });
    check->start(row->config);
}

void ProviderSettingsModel::offer(const QString &providerId, const QList<ModelInfo> &models)
{
    // A provider without a curated list (custom, local) remembers what it served, so the
    // picker offers those models after a restart too.
    QString error;
    const bool remembered = m_editor.rememberModels(providerId, models, &error);
    changed(remembered, error);
    Q_EMIT modelsDiscovered(providerId, models);
}

QString ProviderSettingsModel::urlProblem(const QString &url) const
{
    return CatalogEditor::urlProblem(url);
}

QString ProviderSettingsModel::addCustomProvider(const QString &name, const QString &baseUrl,
                                                 const QString &protocol)
{
    QString error;
    const QString id = m_editor.addCustom(name, baseUrl, protocol, &error);
    changed(!id.isEmpty(), error);
    return id;
}

bool ProviderSettingsModel::addPreset(const QString &presetId, const QString &baseUrl)
{
    QString error;
    return changed(m_editor.addPreset(presetId, baseUrl, &error), error);
}

bool ProviderSettingsModel::removeProvider(const QString &providerId)
{
    QString error;
    if (!changed(m_editor.remove(providerId, &error), error))
        return false;
    // A provider the user removed keeps no key behind.
    m_keys->remove(providerId, [](const SecretStore::Result &) {});
    return true;
}

bool ProviderSettingsModel::setBaseUrl(const QString &providerId, const QString &baseUrl)
{
    QString error;
    return changed(m_editor.setBaseUrl(providerId, baseUrl, &error), error);
}

void ProviderSettingsModel::configured()
{
    QString error;
    changed(m_editor.saveFirstTime(&error), error);
}

bool ProviderSettingsModel::changed(bool done, const QString &error)
{
    setError(error);
    if (done) {
        rebuild();
        Q_EMIT catalogEdited(m_editor.catalog());
        for (const Row &row : std::as_const(m_rows)) {
            if (m_showingKeys && row.keyStatus == QLatin1String("unknown"))
                readKeyStatus(row.config.id); // A provider just added.
        }
    }
    return done;
}

void ProviderSettingsModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void ProviderSettingsModel::setKeyStatus(const QString &providerId, const QString &status)
{
    if (Row *row = rowOf(providerId); row && row->keyStatus != status) {
        row->keyStatus = status;
        const QModelIndex at = index(indexOf(providerId));
        Q_EMIT dataChanged(at, at, {KeyStatusRole, KeyStatusTextRole});
    }
}

void ProviderSettingsModel::setNotice(const QString &providerId, const QString &notice,
                                      bool isError)
{
    if (Row *row = rowOf(providerId)) {
        row->notice = notice;
        row->noticeIsError = isError;
        const QModelIndex at = index(indexOf(providerId));
        Q_EMIT dataChanged(at, at, {NoticeRole, NoticeIsErrorRole});
    }
}

void ProviderSettingsModel::setBusy(const QString &providerId, bool busy)
{
    if (Row *row = rowOf(providerId)) {
        row->busy = qMax(0, row->busy + (busy ? 1 : -1));
        const QModelIndex at = index(indexOf(providerId));
        Q_EMIT dataChanged(at, at, {BusyRole});
    }
}

void ProviderSettingsModel::setKeychainProblem(const QString &problem)
{
    if (m_keychainProblem == problem)
        return;
    m_keychainProblem = problem;
    if (!problem.isEmpty())
        qCInfo(lcModels) << "keychain unavailable:" << problem;
    Q_EMIT keychainChanged();
}

} // namespace coro
