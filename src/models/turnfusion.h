#pragma once

#include "context/fusionprompt.h"
#include "fusionchecklistmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQmlIntegration>
#include <functional>

class QNetworkAccessManager;

namespace coro {

class AnswerListModel;
class ApiKeyResolver;
class AppSettings;
class ChatSession;
class ConversationModel;
class ModelPickerModel;
class ModelQuery;

/**
 * @brief "Fuse answers" on a finished turn of the open conversation: a chosen model writes the
 *        best of the turn's answers into a pane of its own (ChatSession::fuse, FusionPlanner),
 *        optionally guided: the model first lists the distinct points, the user keeps some, and
 *        only those are fused. Fusing again with another model adds another pane.
 */
class TurnFusion : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppCore")
    /// Why the last fusion could not start; empty when it did.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// The guided fusion's checklist.
    Q_PROPERTY(coro::FusionChecklistModel *checklist READ checklist CONSTANT)

public:
    /// Makes the panes of a turn live (kept streaming whatever the window shows) and returns
    /// them; null when the turn is not shown.
    using Adopt = std::function<AnswerListModel *(qint64 conversationId, qint64 turnId)>;

    TurnFusion(ChatSession *session, ConversationModel *conversation, AppSettings *settings,
               ModelPickerModel *picker, ApiKeyResolver *keys, QNetworkAccessManager *network,
               Adopt adopt, QObject *parent = nullptr);
    ~TurnFusion() override;

    QString error() const { return m_error; }
    FusionChecklistModel *checklist() const { return m_checklist; }

    /// Models to fuse with, "provider/model": those that answered the turn, then the chosen
    /// ones, then every other model of the catalog.
    Q_INVOKABLE QStringList models(int turnId) const;
    /// Fuses every finished answer of @p turnId with @p model. False, with error(), when it
    /// cannot start.
    Q_INVOKABLE bool fuse(int turnId, const QString &model);
    /// Guided fusion, step one: @p model lists the distinct points into checklist().
    Q_INVOKABLE bool extractPoints(int turnId, const QString &model);
    /// Guided fusion, step two: fuses only the points ticked in checklist().
    Q_INVOKABLE bool fuseChosen();
    Q_INVOKABLE void cancelChecklist();

Q_SIGNALS:
    void errorChanged();

private:
    bool start(qint64 turnId, const QString &model, const QList<ChecklistPoint> &points);
    /// The turn's panes and what there is to fuse; null with error() set when nothing.
    AnswerListModel *inputs(qint64 turnId, QList<FusionPrompt::Answer> *answers);
    void setError(const QString &error);

    ChatSession *m_session;
    ConversationModel *m_conversation;
    AppSettings *m_settings;
    ModelPickerModel *m_picker;
    ApiKeyResolver *m_keys;
    QNetworkAccessManager *m_network;
    Adopt m_adopt;
    FusionChecklistModel *m_checklist;
    QPointer<ModelQuery> m_query;
    qint64 m_checklistTurn = 0;
    QString m_checklistModel;
    QString m_error;
};

} // namespace coro
