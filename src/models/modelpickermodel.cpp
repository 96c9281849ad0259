#include "modelpickermodel.h"

#include <QSettings>

namespace coro {

namespace {
const QString kSelectionKey = QStringLiteral("picker/selection");
const QString kGroupsKey = QStringLiteral("picker/groups");

bool isLocal(const ProviderConfig &provider)
{
    const QString host = provider.baseUrl.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}
} // namespace

ModelPickerModel::ModelPickerModel(ProviderCatalog catalog, QString settingsPath, QObject *parent)
    : QAbstractListModel(parent), m_catalog(std::move(catalog)),
      m_settingsPath(std::move(settingsPath))
{
    const QSettings settings(m_settingsPath, QSettings::IniFormat);
    m_selection = settings.value(kSelectionKey).toStringList();
    rebuild();
}

void ModelPickerModel::setCatalog(ProviderCatalog catalog)
{
    m_catalog = std::move(catalog);
    rebuild();
}

void ModelPickerModel::addDiscovered(const QString &providerId, const QList<ModelInfo> &models)
{
    m_discovered.insert(providerId, models);
    rebuild();
}

void ModelPickerModel::rebuild()
{
    beginResetModel();
    m_all.clear();
    for (const ProviderConfig &provider : m_catalog.providers()) {
        QList<ModelInfo> models = provider.models;
        for (const ModelInfo &found : m_discovered.value(provider.id)) {
            if (!provider.findModel(found.id))
                models.append(found);
        }
        for (const ModelInfo &model : std::as_const(models))
            m_all.append({provider, model});
    }
    m_visible.clear();
    const QString needle = m_filter.trimmed();
    for (int i = 0; i < m_all.size(); ++i) {
        const Choice &choice = m_all.at(i);
        const bool matches = needle.isEmpty() ||
                             choice.ref().contains(needle, Qt::CaseInsensitive) ||
                             choice.provider.name.contains(needle, Qt::CaseInsensitive) ||
                             choice.model.tagline.contains(needle, Qt::CaseInsensitive) ||
                             choice.model.recommendedUse.contains(needle, Qt::CaseInsensitive);
        if (matches)
            m_visible.append(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

int ModelPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant ModelPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Choice &choice = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case RefRole:
        return choice.ref();
    case ProviderRole:
        return choice.provider.id;
    case ProviderNameRole:
        return choice.provider.name;
    case ModelRole:
        return choice.model.displayName.isEmpty() ? choice.model.id : choice.model.displayName;
    case TaglineRole:
        return choice.model.tagline;
    case RecommendedUseRole:
        return choice.model.recommendedUse;
    case SelectedRole:
        return m_selection.contains(choice.ref());
    case LocalRole:
        return isLocal(choice.provider);
    default:
        return {};
    }
}

QHash<int, QByteArray> ModelPickerModel::roleNames() const
{
    return {{RefRole, "ref"},
            {ProviderRole, "provider"},
            {ProviderNameRole, "providerName"},
            {ModelRole, "model"},
            {TaglineRole, "tagline"},
            {RecommendedUseRole, "recommendedUse"},
            {SelectedRole, "selected"},
            {LocalRole, "local"}};
}

void ModelPickerModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    rebuild();
}

void ModelPickerModel::setSelection(const QStringList &selection)
{
    QStringList valid;
    for (const QString &ref : selection) {
        if (ModelRef::parse(ref))
            valid << ref;
    }
    if (m_selection == valid)
        return;
    m_selection = valid;
    remember();
    Q_EMIT selectionChanged();
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1), {SelectedRole});
}

void ModelPickerModel::toggle(const QString &ref)
{
    QStringList next = m_selection;
    if (next.contains(ref))
        next.removeAll(ref);
    else
        next.append(ref);
    setSelection(next);
}

void ModelPickerModel::addAgain(const QString &ref)
{
    setSelection(m_selection + QStringList{ref});
}

QList<ModelRef> ModelPickerModel::selectedRefs() const
{
    QList<ModelRef> refs;
    for (const QString &ref : m_selection) {
        if (const auto parsed = ModelRef::parse(ref))
            refs.append(*parsed);
    }
    return refs;
}

QStringList ModelPickerModel::groups() const
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.beginGroup(kGroupsKey);
    return settings.childKeys();
}

void ModelPickerModel::saveGroup(const QString &name)
{
    if (name.trimmed().isEmpty() || m_selection.isEmpty())
        return;
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.beginGroup(kGroupsKey);
    settings.setValue(name.trimmed(), m_selection);
    Q_EMIT groupsChanged();
}

void ModelPickerModel::applyGroup(const QString &name)
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.beginGroup(kGroupsKey);
    setSelection(settings.value(name).toStringList());
}

void ModelPickerModel::removeGroup(const QString &name)
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.beginGroup(kGroupsKey);
    settings.remove(name);
    Q_EMIT groupsChanged();
}

void ModelPickerModel::remember() const
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(kSelectionKey, m_selection);
}

void ModelPickerModel::setTemperature(double value)
{
    m_params.temperature = value;
    Q_EMIT paramsChanged();
}

void ModelPickerModel::setMaxTokens(int value)
{
    m_params.maxTokens = value;
    Q_EMIT paramsChanged();
}

void ModelPickerModel::setTopP(double value)
{
    m_params.topP = value < 0 ? std::nullopt : std::optional<double>(value);
    Q_EMIT paramsChanged();
}

QString ModelPickerModel::paramsProblem() const
{
    return m_params.validate().join(QLatin1Char(' '));
}

} // namespace coro
