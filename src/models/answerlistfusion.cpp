#include "answerlistmodel.h"
#include "context/provenanceparser.h"
#include "context/turncontextstore.h"
#include "engine/modelrun.h"
#include "engine/turn.h"
#include "markdown/messageblockmodel.h"
#include "provenancemodel.h"
#include "storage/database.h"
#include "storage/storageservice.h"

// AnswerListModel, continued: fused answers (their panes, sources and provenance).

namespace coro {

std::shared_ptr<ProvenanceModel>
AnswerListModel::makeProvenance(const QList<std::pair<QString, QString>> &labels,
                                const QString &text, bool finished)
{
    std::shared_ptr<ProvenanceModel> provenance(new ProvenanceModel(labels),
                                                [](ProvenanceModel *old) { old->deleteLater(); });
    provenance->reset(text, finished);
    return provenance;
}

namespace {
/// Where the Contradictions heading line starts in @p text, or -1. Looks at the lines from
/// @p *lineStart on, moving it past each line that is not the heading; the last line counts
/// only when @p complete (a streaming line may still grow).
qsizetype contradictionsAt(const QString &text, qsizetype *lineStart, bool complete)
{
    while (*lineStart < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), *lineStart);
        if (end < 0 && !complete)
            return -1;
        end = end < 0 ? text.size() : end;
        if (ProvenanceParser::isHeading(text.mid(*lineStart, end - *lineStart)))
            return *lineStart;
        *lineStart = end + 1;
    }
    return -1;
}
} // namespace

QString AnswerListModel::bodyOfFusion(const QString &text)
{
    qsizetype lineStart = 0;
    const qsizetype at = contradictionsAt(text, &lineStart, true);
    return at < 0 ? text : text.left(at);
}

void AnswerListModel::feedFusedBlocks(ModelRun *run, MessageBlockModel *blocks)
{
    // The contradictions have their own box under the fused answer, always in view: the body
    // stops at their heading instead of saying them a second time. The text itself (copy,
    // history, export) keeps them.
    struct Feed
    {
        qsizetype lineStart = 0; ///< Where the first line not yet looked at starts.
        bool cut = false;
    };
    auto feed = std::make_shared<Feed>();
    feed->cut = contradictionsAt(run->text(), &feed->lineStart, false) >= 0;
    const auto cutAtHeading = [run, blocks, feed](bool finished) {
        const qsizetype at = contradictionsAt(run->text(), &feed->lineStart, finished);
        if (at >= 0) {
            feed->cut = true;
            blocks->setText(run->text().left(at));
        }
    };
    connect(run, &ModelRun::textAppended, blocks, [blocks, feed, cutAtHeading](const QString &d) {
        if (feed->cut)
            return;
        blocks->appendText(d);
        if (d.contains(QLatin1Char('\n')))
            cutAtHeading(false);
    });
    connect(run, &ModelRun::finished, blocks, [feed, cutAtHeading] {
        if (!feed->cut)
            cutAtHeading(true);
    });
}

void AnswerListModel::attachFusion(Turn *turn, const QList<qint64> &answerIds,
                                   const QList<std::pair<QString, QString>> &labels)
{
    m_turns.append(turn);
    for (int i = 0; i < turn->size(); ++i) {
        const ModelRunConfig &config = turn->run(i)->config();
        const int row = int(m_panes.size());
        beginInsertRows({}, row, row);
        Pane pane;
        pane.stored.slot = row;
        pane.stored.provider = config.ref.provider;
        pane.stored.model = config.ref.model;
        pane.stored.id = answerIds.value(i);
        pane.blocks = makeBlocks({}, false);
        pane.fusion = true;
        pane.provenance = makeProvenance(labels, {}, false);
        pane.turn = turn;
        pane.runIndex = i;
        m_panes.append(pane);
        endInsertRows();
        Q_EMIT countChanged();
        watch(turn, i, turn->run(i));
        Q_EMIT fusionAdded(row);
    }
    follow(turn);
}

QList<FusionPrompt::Answer> AnswerListModel::fusionInputs() const
{
    QList<FusionPrompt::Answer> answers;
    for (int row = 0; row < m_panes.size(); ++row) {
        const Pane &pane = m_panes.at(row);
        const QModelIndex at = index(row);
        if (pane.fusion || data(at, StateRole).toString() != QLatin1String("done"))
            continue;
        answers.append({{},
                        data(at, TextRole).toString(),
                        pane.stored.id,
                        labelOf(pane.stored.provider, pane.stored.model)});
    }
    return FusionPrompt::labelled(answers);
}

bool AnswerListModel::canFuse() const
{
    return !isRunning() && !fusionInputs().isEmpty();
}

void AnswerListModel::loadFusionSources(const QList<StoredAnswer> &answers)
{
    QList<qint64> fusions;
    QHash<qint64, QString> modelOf; // Every answer of the turn, older versions too.
    for (const StoredAnswer &answer : answers) {
        modelOf.insert(answer.id, labelOf(answer.provider, answer.model));
        if (answer.parameters.value(QLatin1String("fusion")).toBool())
            fusions << answer.id;
    }
    if (fusions.isEmpty() || !m_storage)
        return;
    using Sources = QHash<qint64, QList<TurnContextStore::FusionSource>>;
    m_storage->run(
        [fusions](ConversationStore &store) {
            TurnContextStore context(store.database().connection());
            Sources sources;
            for (const qint64 id : fusions)
                sources.insert(id, context.fusionSources(id));
            return sources;
        },
        this,
        [this, modelOf](const Sources &sources) {
            for (int row = 0; row < m_panes.size(); ++row) {
                Pane &pane = m_panes[row];
                const auto it = sources.constFind(pane.stored.id);
                if (!pane.fusion || pane.run || it == sources.cend())
                    continue;
                QList<std::pair<QString, QString>> labels;
                for (const TurnContextStore::FusionSource &source : *it)
                    labels.append({source.label, modelOf.value(source.answerId)});
                pane.provenance = makeProvenance(labels, pane.stored.text,
                                                 pane.stored.status != QLatin1String("streaming"));
                Q_EMIT dataChanged(index(row), index(row), {ProvenanceRole});
            }
        });
}

} // namespace coro
