#include "modelpickermodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace coro {

namespace {
const QString kSelectionKey = QStringLiteral("picker/selection");
const QString kSelectionParamsKey = QStringLiteral("picker/selectionParams");
const QString kGroupsKey = QStringLiteral("picker/groups");

bool sameParams(const std::optional<GenerationParams> &a, const std::optional<GenerationParams> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->temperature == b->temperature && a->maxTokens == b->maxTokens && a->topP == b->topP;
}

// The saved form of a selection: [{"ref": "p/m", "temperature": .., "max_tokens": ..,
// "top_p": ..}], the numbers only for an entry with parameters of its own.
QString entriesJson(const QStringList &refs, const QList<std::optional<GenerationParams>> &params)
{
    QJsonArray list;
    for (qsizetype i = 0; i < refs.size(); ++i) {
        QJsonObject entry{{QStringLiteral("ref"), refs.at(i)}};
        if (const auto &own = params.value(i)) {
            entry.insert(QStringLiteral("temperature"), own->temperature);
            entry.insert(QStringLiteral("max_tokens"), own->maxTokens);
            if (own->topP)
                entry.insert(QStringLiteral("top_p"), *own->topP);
        }
        list.append(entry);
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

// A saved group or selection: the JSON form, or (as saved before entries had parameters) a
// list of references. The settings file is edited by hand: invalid parameters are dropped.
void readEntries(const QVariant &value, QStringList *refs,
                 QList<std::optional<GenerationParams>> *params)
{
    const QString text = value.typeId() == QMetaType::QString ? value.toString() : QString();
    if (!text.startsWith(QLatin1Char('['))) {
        *refs = value.toStringList();
        *params = QList<std::optional<GenerationParams>>(refs->size());
        return;
    }
    for (const auto &item : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject entry = item.toObject();
        std::optional<GenerationParams> own;
        if (entry.contains(QLatin1String("temperature"))) {
            GenerationParams p;
            p.temperature = entry.value(QLatin1String("temperature")).toDouble(-1);
            p.maxTokens = entry.value(QLatin1String("max_tokens")).toInt(-1);
            if (entry.contains(QLatin1String("top_p")))
                p.topP = entry.value(QLatin1String("top_p")).toDouble(-1);
            if (p.validate().isEmpty())
                own = p;
        }
        *refs << entry.value(QLatin1String("ref")).toString();
        *params << own;
    }
}

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
    m_entryParams = EntryParams(m_selection.size());
    QStringList refs;
    EntryParams params;
    readEntries(settings.value(kSelectionParamsKey), &refs, &params);
    if (refs == m_selection) // Written together; otherwise the file was edited in between.
        m_entryParams = params;
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
    // An entry kept (another one toggled, a group re-applied) keeps its own parameters: the
    // n-th entry of a model takes the n-th one's of the current selection.
    QStringList valid;
    EntryParams params;
    QList<bool> taken(m_selection.size(), false);
    for (const QString &ref : selection) {
        if (!ModelRef::parse(ref))
            continue;
        std::optional<GenerationParams> own;
        for (qsizetype i = 0; i < m_selection.size(); ++i) {
            if (!taken.at(i) && m_selection.at(i) == ref) {
                taken[i] = true;
                own = m_entryParams.value(i);
                break;
            }
        }
        valid << ref;
        params << own;
    }
    setEntries(valid, params);
}

void ModelPickerModel::setEntries(const QStringList &refs, const EntryParams &params)
{
    QStringList valid;
    EntryParams validParams;
    for (qsizetype i = 0; i < refs.size(); ++i) {
        if (ModelRef::parse(refs.at(i))) {
            valid << refs.at(i);
            validParams << params.value(i);
        }
    }
    const bool sameRefs = m_selection == valid;
    bool same = sameRefs;
    for (qsizetype i = 0; same && i < valid.size(); ++i)
        same = sameParams(m_entryParams.value(i), validParams.at(i));
    if (same)
        return;
    m_selection = valid;
    m_entryParams = validParams;
    remember();
    Q_EMIT entriesChanged();
    if (sameRefs)
        return;
    Q_EMIT selectionChanged();
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1), {SelectedRole});
}

QVariantList ModelPickerModel::entries() const
{
    QVariantList list;
    for (qsizetype i = 0; i < m_selection.size(); ++i) {
        const std::optional<GenerationParams> &own = m_entryParams.value(i);
        const GenerationParams &used = own ? *own : m_params;
        list.append(QVariantMap{{QStringLiteral("ref"), m_selection.at(i)},
                                {QStringLiteral("own"), own.has_value()},
                                {QStringLiteral("temperature"), used.temperature},
                                {QStringLiteral("maxTokens"), used.maxTokens},
                                {QStringLiteral("topP"), used.topP.value_or(-1)}});
    }
    return list;
}

QString ModelPickerModel::setModelParams(int index, double temperature, int maxTokens, double topP)
{
    if (index < 0 || index >= m_selection.size())
        return {};
    GenerationParams own;
    own.temperature = temperature;
    own.maxTokens = maxTokens;
    own.topP = topP < 0 ? std::nullopt : std::optional<double>(topP);
    if (const QStringList problems = own.validate(); !problems.isEmpty())
        return problems.join(QLatin1Char(' '));
    EntryParams params = m_entryParams;
    params[index] = own;
    setEntries(m_selection, params);
    return {};
}

void ModelPickerModel::clearModelParams(int index)
{
    if (index < 0 || index >= m_selection.size())
        return;
    EntryParams params = m_entryParams;
    params[index] = std::nullopt;
    setEntries(m_selection, params);
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
    settings.setValue(name.trimmed(), entriesJson(m_selection, m_entryParams));
    Q_EMIT groupsChanged();
}

void ModelPickerModel::applyGroup(const QString &name)
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.beginGroup(kGroupsKey);
    QStringList refs;
    EntryParams params;
    readEntries(settings.value(name), &refs, &params);
    setEntries(refs, params);
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
    if (std::any_of(m_entryParams.cbegin(), m_entryParams.cend(),
                    [](const std::optional<GenerationParams> &p) { return p.has_value(); }))
        settings.setValue(kSelectionParamsKey, entriesJson(m_selection, m_entryParams));
    else
        settings.remove(kSelectionParamsKey);
}

void ModelPickerModel::setTemperature(double value)
{
    m_params.temperature = value;
    Q_EMIT paramsChanged();
    Q_EMIT entriesChanged(); // Entries without their own show the shared values.
}

void ModelPickerModel::setMaxTokens(int value)
{
    m_params.maxTokens = value;
    Q_EMIT paramsChanged();
    Q_EMIT entriesChanged(); // Entries without their own show the shared values.
}

void ModelPickerModel::setTopP(double value)
{
    m_params.topP = value < 0 ? std::nullopt : std::optional<double>(value);
    Q_EMIT paramsChanged();
    Q_EMIT entriesChanged(); // Entries without their own show the shared values.
}

QString ModelPickerModel::paramsProblem() const
{
    return m_params.validate().join(QLatin1Char(' '));
}

} // namespace coro
