#pragma once

#include "context/fusionprompt.h"
#include "providers/modelprice.h"
#include "storage/storetypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QtQmlIntegration>
#include <functional>
#include <memory>
#include <optional>

namespace coro {

class CodeHighlighter;
class MessageBlockModel;
class ModelRun;
class ProvenanceModel;
class StorageService;
class Turn;

/**
 * @brief The panes of one turn: one row per model, live while its Turn runs, from the history
 *        otherwise.
 *
 * Streaming text is coalesced: however many deltas arrive, each pane changes at most once per
 * frame (16 ms). Order is the order the models were asked in, which is also their stored slot,
 * so panes never move when a conversation is opened again.
 */
class AnswerListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Answers belong to a turn of a conversation")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    /// The row of the first answer that finished (marked "first"), or -1.
    Q_PROPERTY(int firstDone READ firstDone NOTIFY firstDoneChanged)
    /// What the turn's answers cost together ("$0.0042"), or with how many of them a price was
    /// known ("$0.0042 for 2 of 3 answers"); empty when none has a known cost.
    Q_PROPERTY(QString totalCostText READ totalCostText NOTIFY totalCostChanged)
    /// The same in words, for screen readers.
    Q_PROPERTY(QString totalCostSpoken READ totalCostSpoken NOTIFY totalCostChanged)

public:
    enum Role {
        AnswerIdRole = Qt::UserRole + 1, /**< Stored answer id; 0 for an ephemeral answer. */
        ProviderRole,                    /**< Provider id, e.g. "openai". */
        ModelRole,                       /**< Model id, e.g. "gpt-4o-mini". */
        LabelRole,                       /**< "provider/model", as coro-cli names it. */
        StateRole,           /**< queued, connecting, thinking, streaming, done, error, cancelled,
                                  interrupted. */
        TextRole,            /**< The answer as received so far (Markdown). */
        ReasoningRole,       /**< Thinking text, shown collapsed. */
        ErrorCodeRole,       /**< errorCodeName(), e.g. "rate_limited"; empty when none. */
        ErrorTitleRole,      /**< The code in words ("The API key was rejected"). */
        ErrorMessageRole,    /**< The provider's own message, for the details view. */
        RequestIdRole,       /**< The provider's request id, when it sent one. */
        TtftMsRole,          /**< Time to first token in ms, -1 before it. */
        TokensPerSecondRole, /**< Output tokens per second while streaming; 0 when unknown. */
        TokensInRole,        /**< Input tokens, -1 when unknown. */
        TokensOutRole,       /**< Output tokens, -1 when unknown. */
        ElapsedMsRole,       /**< Time since the request started, or its total. */
        RetryInMsRole,       /**< A retry is scheduled in this many ms; -1 when none. */
        FirstRole,           /**< This answer finished first. */
        ChosenRole,          /**< This answer continues the conversation. */
        LiveRole,            /**< A run of this process is behind the pane. */
        BlocksRole,          /**< The answer as Markdown blocks (MessageBlockModel), built
                                  incrementally while it streams. */
        CostRole,            /**< USD for tokens in and out at the model's price; -1 when the
                                  price or a count is unknown. */
        CostTextRole,        /**< The cost as shown ("$0.0012"); empty when unknown. */
        CostSpokenRole,      /**< The cost in words for screen readers; empty when unknown. */
        FusionRole,          /**< A fused answer: one model's best of the others. */
        ProvenanceRole,      /**< A fused answer's parts and sources (ProvenanceModel);
                                  null for an ordinary answer. */
        ParametersTextRole,  /**< "temperature 1.5 · max 321 tokens" when the same model has
                                  another pane in this turn (otherwise empty: nothing to tell
                                  apart). */
    };
    Q_ENUM(Role)

    /// The price of a provider's model, when one is known (the catalog's, read when asked).
    using PriceLookup =
        std::function<std::optional<ModelPrice>(const QString &provider, const QString &model)>;

    /// @param highlighter colours code blocks; shared, not owned; may be null.
    AnswerListModel(StorageService *storage, CodeHighlighter *highlighter,
                    QObject *parent = nullptr);
    ~AnswerListModel() override;

    /// Rows from the history: per slot the chosen answer, else the latest one.
    void setStoredAnswers(const QList<StoredAnswer> &answers);
    /// Follows @p turn: its runs fill the rows of their models (new models get new rows).
    void attach(Turn *turn, const QList<qint64> &answerIds);
    /// Where the panes' costs get their prices; without it no cost is known.
    void setPriceLookup(PriceLookup prices);
    /// Follows a fusion's @p turn (one run) in a pane of its own, after the others.
    /// @p labels: each source answer's label and "provider/model".
    void attachFusion(Turn *turn, const QList<qint64> &answerIds,
                      const QList<std::pair<QString, QString>> &labels);
    /// The finished ordinary answers, labelled A, B, ... for a fusion.
    QList<FusionPrompt::Answer> fusionInputs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isRunning() const;
    int firstDone() const { return m_firstDone; }
    QString totalCostText() const;
    QString totalCostSpoken() const;

    Q_INVOKABLE void cancel(int row);
    Q_INVOKABLE void cancelAll();
    /// Asks model @p row again: the live run is restarted, a stored answer is regenerated.
    Q_INVOKABLE void retry(int row);
    /// Makes @p row's answer the one that continues the conversation.
    Q_INVOKABLE void choose(int row);
    /// "provider/model" of every ordinary answer's row (not fusions), in order.
    Q_INVOKABLE QStringList labels() const;
    /// Some answer is done and none is running: there is something to fuse.
    Q_INVOKABLE bool canFuse() const;

    /// The words for an error code, as a pane's heading says it.
    static QString errorTitle(const QString &code);
    static QString labelOf(const QString &provider, const QString &model);

Q_SIGNALS:
    void countChanged();
    void runningChanged();
    void firstDoneChanged();
    void totalCostChanged();
    /// A fused answer's pane was added at @p row (the user just asked for it: views show it).
    void fusionAdded(int row);
    /// A stored answer (no live run) is to be asked again: the application starts a turn.
    void regenerateRequested(const QString &provider, const QString &model);

private:
    struct Pane
    {
        StoredAnswer stored;
        QPointer<Turn> turn; ///< The turn whose run fills this pane, if any.
        QPointer<ModelRun> run;
        int runIndex = -1;   ///< The run's index in its turn.
        qint64 retryAt = -1; ///< Epoch ms of a scheduled retry.
        std::shared_ptr<MessageBlockModel> blocks;
        bool fusion = false;
        std::shared_ptr<ProvenanceModel> provenance; ///< Fusions only.
        /// Set when new text marked the pane dirty, cleared by the next flush.
        std::shared_ptr<bool> marked;
        /// The frame roles' values as last sent: a frame names only the ones that changed.
        QVariantList sentFigures;
    };

    std::shared_ptr<MessageBlockModel> makeBlocks(const QString &text, bool finished);
    std::shared_ptr<ProvenanceModel> makeProvenance(const QList<std::pair<QString, QString>> &l,
                                                    const QString &text, bool finished);
    /// Stored fusions: reads which answers each was made from (the history file).
    void loadFusionSources(const QList<StoredAnswer> &answers);
    /// A fused answer's text without its contradictions section (shown in a box of its own).
    static QString bodyOfFusion(const QString &text);
    /// Streams @p run into @p blocks up to the contradictions heading.
    void feedFusedBlocks(ModelRun *run, MessageBlockModel *blocks);
    /// Turn-wide signals: finished and gone.
    void follow(Turn *turn);

    void watch(const Turn *turn, int runIndex, ModelRun *run);
    void markDirty(int row);
    void flush();
    void flushText();
    void tickClocks();
    void unmarkPanes();
    int rowOfRun(const Turn *turn, int runIndex) const;
    void setFirstDone(int row);
    std::optional<double> costOf(const Pane &pane) const;
    QString parametersText(int row) const;
    /// The known costs summed, and of how many answers (fusions included) out of all.
    struct TotalCost
    {
        double usd = 0;
        int known = 0;
        int answers = 0;
    };
    TotalCost totalCost() const;
    QString totalCostWith(const std::function<QString(double)> &format) const;

    StorageService *m_storage;
    CodeHighlighter *m_highlighter;
    QList<QPointer<Turn>> m_turns;
    QList<Pane> m_panes;
    QSet<int> m_dirty;
    QSet<int> m_textDirty; ///< Rows whose whole text changed since TextRole was last sent.
    QTimer m_frame;
    QTimer m_textFrame;
    QTimer m_clock; ///< Counts a live pane's time up when no news comes (tickClocks).
    PriceLookup m_prices;
    int m_firstDone = -1;
};

} // namespace coro
