#pragma once

#include "core/generationparams.h"
#include "core/modelref.h"
#include "providers/providercatalog.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQmlIntegration>
#include <optional>

namespace coro {

/**
 * @brief Which models the next question goes to: every model of every configured provider
 *        with its tagline and recommended use, a search over them, the selection in the order
 *        it was made, saved groups, and the generation parameters with core's validation.
 *
 * Each entry of the selection may have parameters of its own (temperature, max tokens, top_p),
 * so the same model can be asked twice with different ones; the others use the shared ones.
 * Groups keep each entry's own parameters. Groups and the last selection are remembered in the
 * settings file of the data directory (never a key), so each profile has its own.
 */
class ModelPickerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application owns the model picker")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QStringList selection READ selection WRITE setSelection NOTIFY selectionChanged)
    /// The selection as one readable line, "a/b, c/d".
    Q_PROPERTY(QString selectionText READ selectionText NOTIFY selectionChanged)
    /// The selection in order, one map per entry: ref, own (has parameters of its own), and
    /// the temperature, maxTokens and topP (-1: not sent) it is asked with.
    Q_PROPERTY(QVariantList entries READ entries NOTIFY entriesChanged)
    Q_PROPERTY(QStringList groups READ groups NOTIFY groupsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(double temperature READ temperature WRITE setTemperature NOTIFY paramsChanged)
    Q_PROPERTY(int maxTokens READ maxTokens WRITE setMaxTokens NOTIFY paramsChanged)
    /// top_p, or -1 when it is not sent.
    Q_PROPERTY(double topP READ topP WRITE setTopP NOTIFY paramsChanged)
    /// What is wrong with the parameters, in core's words; empty when they are fine.
    Q_PROPERTY(QString paramsProblem READ paramsProblem NOTIFY paramsChanged)

public:
    enum Role {
        RefRole = Qt::UserRole + 1, /**< "provider/model". */
        ProviderRole,               /**< Provider id. */
        ProviderNameRole,           /**< The provider's display name. */
        ModelRole,                  /**< Model id. */
        TaglineRole,                /**< One line on what the model is. */
        RecommendedUseRole,         /**< When to pick it. */
        SelectedRole,               /**< In the selection. */
        LocalRole,                  /**< Served on this machine (no key needed). */
    };
    Q_ENUM(Role)

    ModelPickerModel(ProviderCatalog catalog, QString settingsPath, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCatalog(ProviderCatalog catalog);
    /// Models a provider's endpoint listed, shown beside its configured ones.
    void addDiscovered(const QString &providerId, const QList<ModelInfo> &models);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    QStringList selection() const { return m_selection; }
    QString selectionText() const { return m_selection.join(QStringLiteral(", ")); }
    void setSelection(const QStringList &selection);
    QStringList groups() const;
    QVariantList entries() const;

    double temperature() const { return m_params.temperature; }
    void setTemperature(double value);
    int maxTokens() const { return m_params.maxTokens; }
    void setMaxTokens(int value);
    double topP() const { return m_params.topP.value_or(-1); }
    void setTopP(double value);
    QString paramsProblem() const;
    const GenerationParams &params() const { return m_params; }

    /// Adds or removes "provider/model" from the selection.
    Q_INVOKABLE void toggle(const QString &ref);
    /// Adds @p ref again (the same model twice, e.g. with other parameters later).
    Q_INVOKABLE void addAgain(const QString &ref);
    Q_INVOKABLE void saveGroup(const QString &name);
    Q_INVOKABLE void applyGroup(const QString &name);
    Q_INVOKABLE void removeGroup(const QString &name);
    /// Gives entry @p index of the selection parameters of its own (@p topP < 0: not sent).
    /// Returns what is wrong with them, in core's words, and keeps them only when nothing is.
    Q_INVOKABLE QString setModelParams(int index, double temperature, int maxTokens, double topP);
    /// Entry @p index uses the shared parameters again.
    Q_INVOKABLE void clearModelParams(int index);
    /// The selection as model references, in order.
    QList<ModelRef> selectedRefs() const;
    /// Each entry's own parameters (same order as selectedRefs()); unset: the shared ones.
    QList<std::optional<GenerationParams>> selectedParams() const { return m_entryParams; }

Q_SIGNALS:
    void filterChanged();
    void selectionChanged();
    void groupsChanged();
    void countChanged();
    void paramsChanged();
    void entriesChanged();

private:
    struct Choice
    {
        ProviderConfig provider;
        ModelInfo model;
        QString ref() const { return provider.id + QLatin1Char('/') + model.id; }
    };

    using EntryParams = QList<std::optional<GenerationParams>>;

    void rebuild();
    void remember() const;
    void setEntries(const QStringList &refs, const EntryParams &params);

    ProviderCatalog m_catalog;
    QString m_settingsPath;
    QHash<QString, QList<ModelInfo>> m_discovered;
    QList<Choice> m_all;
    QList<int> m_visible; ///< Indexes into m_all that pass the filter.
    QString m_filter;
    QStringList m_selection;
    EntryParams m_entryParams; ///< Parallel to m_selection.
    GenerationParams m_params;
};

} // namespace coro
