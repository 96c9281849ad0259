#pragma once

#include "catalogeditor.h"
#include "providers/providercatalog.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQmlIntegration>

class QNetworkAccessManager;

namespace coro {

class SessionFallbackStore;

/**
 * @brief The providers page of Settings: every provider of the catalog with where its key
 *        comes from, and the edits a user makes — keys, base URLs, custom providers, tests.
 *
 * Keys go to the keychain or, by the user's choice, to this session only; they are never
 * returned, shown or written to a file. Provider edits are saved to providers.json at once
 * and announced with catalogEdited() so that chat and the picker use them right away.
 */
class ProviderSettingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application owns the provider settings")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// False once the keychain said it cannot be reached; keys may then be kept for this
    /// session only.
    Q_PROPERTY(bool keychainAvailable READ isKeychainAvailable NOTIFY keychainChanged)
    /// Why the keychain cannot be used, in words; empty while it can.
    Q_PROPERTY(QString keychainProblem READ keychainProblem NOTIFY keychainChanged)
    /// Why the last change of providers.json failed; empty after a successful one.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// Presets that are not in the catalog (removed earlier): [{"id", "name"}].
    Q_PROPERTY(QVariantList missingPresets READ missingPresets NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, /**< Provider id, as in providers.json and model references. */
        NameRole,                  /**< Display name. */
        ProtocolRole,              /**< "openai", "anthropic", "gemini" or "ollama". */
        BaseUrlRole,               /**< Where requests go. */
        NeedsKeyRole,              /**< Expects an API key (false for local servers). */
        KeyEnvRole,                /**< The environment variable that overrides the key, if any. */
        KeyStatusRole,             /**< "unknown", "none", "keychain", "env", "session",
                                        "unavailable": where the key comes from; never the key. */
        KeyStatusTextRole,         /**< The key status in words ("from $OPENAI_API_KEY"). */
        PresetRole,                /**< A built-in preset (else added by the user). */
        LocalRole,                 /**< Served on this computer. */
        BusyRole,                  /**< A key change, test or model fetch is under way. */
        NoticeRole,                /**< The outcome of the last action in words ("OK, 3 models"). */
        NoticeIsErrorRole,         /**< That outcome was a failure. */
    };
    Q_ENUM(Role)

    /// @param providersPath providers.json of the data directory; written on every edit.
    ProviderSettingsModel(ProviderCatalog catalog, QString providersPath,
                          SessionFallbackStore *keys, QNetworkAccessManager *network,
                          QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ProviderCatalog &catalog() const { return m_editor.catalog(); }
    bool isKeychainAvailable() const { return m_keychainProblem.isEmpty(); }
    QString keychainProblem() const { return m_keychainProblem; }
    QString error() const { return m_error; }
    QVariantList missingPresets() const;

    /// Asks where each provider's key comes from (the keychain answers later).
    Q_INVOKABLE void refreshKeys();
    /// The row of @p providerId, or -1.
    Q_INVOKABLE int indexOf(const QString &providerId) const;
    /// Saves @p key in the keychain, or with @p sessionOnly in memory until Coro closes.
    Q_INVOKABLE void setKey(const QString &providerId, const QString &key, bool sessionOnly);
    Q_INVOKABLE void removeKey(const QString &providerId);
    /// Lists the provider's models and says "OK, N models" or what went wrong.
    Q_INVOKABLE void testConnection(const QString &providerId);
    /// Like testConnection, and offers the models in the picker.
    Q_INVOKABLE void fetchModels(const QString &providerId);

    /// What is wrong with @p url as a base URL, in words; empty when it can be used.
    Q_INVOKABLE QString urlProblem(const QString &url) const;
    /// Adds a provider of the user's; returns its id, or empty with error() saying why.
    Q_INVOKABLE QString addCustomProvider(const QString &name, const QString &baseUrl,
                                          const QString &protocol = QStringLiteral("openai"));
    /// Adds a built-in preset again; with @p baseUrl (a local server found elsewhere) changed.
    Q_INVOKABLE bool addPreset(const QString &presetId, const QString &baseUrl = {});
    /// Removes the provider and forgets its key.
    Q_INVOKABLE bool removeProvider(const QString &providerId);
    Q_INVOKABLE bool setBaseUrl(const QString &providerId, const QString &baseUrl);

Q_SIGNALS:
    void countChanged();
    void keychainChanged();
    void errorChanged();
    /// providers.json changed: chat and the picker should use @p catalog from now on.
    void catalogEdited(const coro::ProviderCatalog &catalog);
    /// fetchModels() found these models.
    void modelsDiscovered(const QString &providerId, const QList<coro::ModelInfo> &models);

private:
    struct Row
    {
        ProviderConfig config;
        QString keyStatus = QStringLiteral("unknown");
        QString notice;
        bool noticeIsError = false;
        int busy = 0;
    };

    void rebuild();
    /// After an edit of the catalog: the rows, the error, and catalogEdited() when @p done.
    bool changed(bool done, const QString &error);
    /// A key was set: the first one ends the first run (providers.json is written).
    void configured();
    void setError(const QString &error);
    void readKeyStatus(const QString &providerId);
    void setKeyStatus(const QString &providerId, const QString &status);
    void setNotice(const QString &providerId, const QString &notice, bool isError);
    void setBusy(const QString &providerId, bool busy);
    void setKeychainProblem(const QString &problem);
    void discover(const QString &providerId, bool offerModels);
    /// Models fetchModels() found: remembered where useful, and offered to the picker.
    void offer(const QString &providerId, const QList<ModelInfo> &models);
    QString keyStatusText(const Row &row) const;
    Row *rowOf(const QString &providerId);

    CatalogEditor m_editor;
    SessionFallbackStore *m_keys;
    QNetworkAccessManager *m_network;
    QList<Row> m_rows;
    QHash<QString, int> m_keyReads; ///< Latest key-status read per provider; older ones are stale.
    bool m_showingKeys = false;     ///< refreshKeys() was called: new rows read their status too.
    QString m_keychainProblem;
    QString m_error;
};

} // namespace coro
