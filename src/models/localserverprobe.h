#pragma once

#include "providers/providerconfig.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

class QNetworkAccessManager;

namespace coro {

/**
 * @brief Finds model servers running on this computer (Ollama, LM Studio, llama.cpp server)
 *        by asking each one's models endpoint on loopback, briefly, without blocking.
 *
 * Each server found is a row, offered with one click as the preset of the same id.
 */
class LocalServerProbe : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application owns the local server probe")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// A probe is under way.
    Q_PROPERTY(bool probing READ isProbing NOTIFY probingChanged)

public:
    enum Role {
        PresetIdRole = Qt::UserRole + 1, /**< The preset it is added as: "ollama", "lmstudio"... */
        ServerNameRole,                  /**< What the server is called: "Ollama", "LM Studio". */
        BaseUrlRole,                     /**< Where it answered. */
        ModelCountRole,                  /**< How many models it serves. */
    };
    Q_ENUM(Role)

    /// A server to look for: the preset's configuration (its base URL says where).
    struct Candidate
    {
        ProviderConfig provider;
        QString serverName;
    };

    /// The local presets at their usual ports (11434, 1234, 8080).
    static QList<Candidate> defaultCandidates();

    explicit LocalServerProbe(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// Where to look instead of the usual ports (tests run servers on free ports).
    void setCandidates(QList<Candidate> candidates) { m_candidates = std::move(candidates); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isProbing() const { return m_pending > 0; }

    /// Looks again; rows appear as servers answer. Ignored while a probe runs.
    Q_INVOKABLE void probe();

Q_SIGNALS:
    void countChanged();
    void probingChanged();
    /// Every candidate has answered or timed out.
    void finished();

private:
    struct Found
    {
        Candidate candidate;
        int modelCount = 0;
    };

    void answered(const Candidate &candidate, std::optional<int> modelCount);

    QNetworkAccessManager *m_network;
    QList<Candidate> m_candidates;
    QList<Found> m_found;
    int m_pending = 0;
};

} // namespace coro
