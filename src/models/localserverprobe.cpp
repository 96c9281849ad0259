#include "localserverprobe.h"

#include "engine/modeldiscovery.h"
#include "modelslogging.h"
#include "providers/providercatalog.h"

namespace coro {

namespace {
// Loopback answers in a millisecond or refuses at once; a server that is busy loading a
// model may take a moment, but the first-run card should not wait long for it.
constexpr HttpStream::Timeouts kProbeTimeouts{1000, 1500, 2500};
} // namespace

QList<LocalServerProbe::Candidate> LocalServerProbe::defaultCandidates()
{
    const QList<std::pair<QString, QString>> servers{
        {QStringLiteral("ollama"), QStringLiteral("Ollama")},
        {QStringLiteral("lmstudio"), QStringLiteral("LM Studio")},
        {QStringLiteral("llamacpp"), QStringLiteral("llama.cpp")}};
    QList<Candidate> candidates;
    for (const auto &[id, name] : servers) {
        if (const ProviderConfig *preset = ProviderCatalog::presets().find(id))
            candidates.append({*preset, name});
    }
    return candidates;
}

LocalServerProbe::LocalServerProbe(QNetworkAccessManager *network, QObject *parent)
    : QAbstractListModel(parent), m_network(network), m_candidates(defaultCandidates())
{}

void LocalServerProbe::probe()
{
    if (m_pending > 0)
        return;
    beginResetModel();
    m_found.clear();
    endResetModel();
    Q_EMIT countChanged();
    m_pending = int(m_candidates.size());
    Q_EMIT probingChanged();
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        auto *discovery = new ModelDiscovery(m_network, this);
        connect(discovery, &ModelDiscovery::modelsReady, this,
                [this, discovery, candidate](const QString &, const QList<ModelInfo> &models) {
                    discovery->deleteLater();
                    answered(candidate, int(models.size()));
                });
        connect(discovery, &ModelDiscovery::failed, this,
                [this, discovery, candidate](const QString &, const ProviderError &error) {
                    discovery->deleteLater();
                    qCDebug(lcModels) << candidate.serverName << "not found:" << error.message;
                    answered(candidate, std::nullopt);
                });
        discovery->fetch(candidate.provider, {}, kProbeTimeouts);
    }
    if (m_pending == 0) {
        Q_EMIT probingChanged();
        Q_EMIT finished();
    }
}

void LocalServerProbe::answered(const Candidate &candidate, std::optional<int> modelCount)
{
    // A server with no model cannot answer; and an unrelated web server on 8080 lists none.
    if (modelCount && *modelCount > 0) {
        beginInsertRows({}, int(m_found.size()), int(m_found.size()));
        m_found.append({candidate, *modelCount});
        endInsertRows();
        Q_EMIT countChanged();
    }
    if (--m_pending == 0) {
        Q_EMIT probingChanged();
        Q_EMIT finished();
    }
}

int LocalServerProbe::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_found.size());
}

QVariant LocalServerProbe::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Found &found = m_found.at(index.row());
    switch (role) {
    case PresetIdRole:
        return found.candidate.provider.id;
    case ServerNameRole:
        return found.candidate.serverName;
    case BaseUrlRole:
        return found.candidate.provider.baseUrl.toString();
    case ModelCountRole:
        return found.modelCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> LocalServerProbe::roleNames() const
{
    return {{PresetIdRole, "presetId"},
            {ServerNameRole, "serverName"},
            {BaseUrlRole, "baseUrl"},
            {ModelCountRole, "modelCount"}};
}

} // namespace coro
