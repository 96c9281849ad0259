#pragma once

#include "context/fusionprompt.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace coro {

/**
 * @brief A guided fusion's checklist: the distinct points the fusing model found in a turn's
 *        answers, which the user ticks to keep before fusing only those.
 */
class FusionChecklistModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Filled by the application's fusion")
    /// "idle", "extracting", "ready" or "failed".
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    /// Why there is no checklist (failed), in words.
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY stateChanged)
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY chosenChanged)

public:
    enum Role {
        TextRole = Qt::UserRole + 1, /**< The point, one line. */
        SourcesRole,                 /**< Labels of the answers that make it ("A, C"). */
        DisputedRole,                /**< The answers disagree on it. */
        ChosenRole,                  /**< Kept for the fusion. */
    };
    Q_ENUM(Role)

    explicit FusionChecklistModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString state() const { return m_state; }
    QString message() const { return m_message; }
    int chosenCount() const;

    Q_INVOKABLE void setChosen(int row, bool chosen);

    void setExtracting();
    void setPoints(const QList<ChecklistPoint> &points);
    void setFailed(const QString &message);
    void clear();
    /// The points ticked, in the checklist's order.
    QList<ChecklistPoint> chosen() const;

Q_SIGNALS:
    void stateChanged();
    void chosenChanged();

private:
    void setState(const QString &state, const QString &message);

    QList<ChecklistPoint> m_points;
    QList<bool> m_chosen;
    QString m_state = QStringLiteral("idle");
    QString m_message;
};

} // namespace coro
