#pragma once

#include "answerlistmodel.h"
#include "context/webcontext.h"
#include "storage/storetypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQmlIntegration>
#include <functional>
#include <optional>

namespace coro {

class CodeHighlighter;
class StorageService;

/**
 * @brief The open conversation: its turns, each a user message over a row of answer panes.
 *
 * Loaded from the history without waiting on the disk. A turn whose answers are streaming in
 * this process shows its live panes (from LiveTurns), so leaving a conversation and coming
 * back finds the answers where they are.
 */
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application owns the open conversation")
    /// The open conversation's id; 0 for a new chat. (An int for QML: ids are row ids.)
    Q_PROPERTY(int conversationId READ conversationIdForQml NOTIFY conversationChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    /// The row a search hit asked to show; -1 when none.
    Q_PROPERTY(int focusRow READ focusRow NOTIFY focusRowChanged)
    /// The conversation's own guide; empty: the app's default guide applies.
    Q_PROPERTY(QString guide READ guide NOTIFY guideChanged)

public:
    enum Role {
        TurnIdRole = Qt::UserRole + 1, /**< Stored turn id. */
        UserTextRole,                  /**< What the user asked. */
        CreatedAtRole,                 /**< When, as a QDateTime. */
        AnswersRole,                   /**< The turn's AnswerListModel. */
        VersionCountRole,              /**< Versions of this message (edits); 1 = no branch. */
        VersionIndexRole,              /**< Which version this is, from 1. */
        LastRole,                      /**< The newest turn of the branch (full-height panes). */
        WebRole, /**< The web search of the turn (WebContextVariant::toMap); empty when none. */
    };
    Q_ENUM(Role)

    /// Finds the live panes of a turn streaming in this process, or nullptr.
    using LiveLookup = std::function<AnswerListModel *(qint64 turnId)>;

    ConversationModel(StorageService *storage, CodeHighlighter *highlighter, LiveLookup live,
                      QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 conversationId() const { return m_conversationId; }
    int conversationIdForQml() const { return int(m_conversationId); }
    QString title() const { return m_title; }
    bool isLoading() const { return m_loading; }
    int focusRow() const { return m_focusRow; }
    QString guide() const { return m_guide; }
    /// A guide set on a new chat before its first question: given to that question's turn.
    std::optional<QString> pendingGuide() const { return m_pendingGuide; }

    /// Opens conversation @p id on the branch through @p throughTurnId (0: the latest branch),
    /// focusing that turn when given.
    Q_INVOKABLE void open(qint64 id, qint64 throughTurnId = 0);
    /// Shows another version of the message at @p row (a branch).
    Q_INVOKABLE void showVersion(int row, int versionIndex);
    /// A new chat: nothing open yet.
    Q_INVOKABLE void clear();
    /// Reloads what is open, keeping live panes.
    Q_INVOKABLE void reload();
    /// Sets the open conversation's guide (kept for its later turns); on a new chat, for its
    /// first question. Empty: the app's default applies.
    Q_INVOKABLE void setGuide(const QString &guide);

    /// A turn just asked in this conversation (which may just have been created).
    void appendTurn(qint64 conversationId, qint64 turnId, const QString &userText,
                    AnswerListModel *answers, const WebContext &web = {});
    void setTitle(const QString &title);
    /// The models of the newest turn, "provider/model", in pane order.
    QStringList lastTurnModels() const;
    /// Hands over the panes shown for @p turnId (they go live); nullptr when not shown.
    AnswerListModel *takeAnswers(qint64 turnId);
    qint64 lastTurnId() const;
    /// Where the panes shown get their prices; set again when the prices change.
    void setPriceLookup(AnswerListModel::PriceLookup prices);
    /// What the user asked in @p turnId, when it is shown; empty otherwise.
    QString userText(qint64 turnId) const;

Q_SIGNALS:
    void conversationChanged();
    void titleChanged();
    void countChanged();
    void loadingChanged();
    void focusRowChanged();
    void guideChanged();
    /// The conversation finished loading (the picker follows its last turn's models).
    void loaded();
    /// A stored answer was asked again from its pane.
    void regenerateRequested(qint64 turnId, const QString &provider, const QString &model);

private:
    struct Row
    {
        StoredTurn turn;
        QPointer<AnswerListModel> answers;
        bool owned = false; ///< Made here from stored answers (else it is a live one).
        QVariantMap web;
    };

    AnswerListModel *answersFor(const StoredTurn &turn, bool *owned);
    void setRows(QList<Row> rows);
    void setLoading(bool loading);
    void setGuideText(const QString &guide);
    /// Reads the stored web sources of the rows shown (after open()).
    void loadWeb(int generation);

    StorageService *m_storage;
    CodeHighlighter *m_highlighter;
    LiveLookup m_live;
    AnswerListModel::PriceLookup m_prices;
    QList<Row> m_rows;
    qint64 m_conversationId = 0;
    QString m_title;
    QString m_guide;
    std::optional<QString> m_pendingGuide;
    /// What this process's turns were told about their search, failures included (only
    /// searches with sources are stored).
    QHash<qint64, QVariantMap> m_sessionWeb;
    int m_focusRow = -1;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace coro
