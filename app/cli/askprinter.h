#pragma once

#include "engine/turn.h"
#include "providers/modelprice.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace coro {
class ProviderCatalog;
}

namespace coro::cli {

/**
 * @brief Shows a running turn on the terminal: JSON lines for scripts, or labelled text lines
 *        and a summary table for people.
 */
class AskPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Json, Human };

    /// Must be created before @p turn starts (ChatSession starts it from the event loop).
    AskPrinter(Turn *turn, Mode mode, QObject *parent = nullptr);

    /// Fields added to every JSON line (e.g. "fusion": true).
    void setExtraFields(const QJsonObject &fields) { m_extraFields = fields; }
    /// Fields added to a run's `done` line, computed when it is printed.
    void setDoneFields(std::function<QJsonObject(const ModelRun *)> fields)
    {
        m_doneFields = std::move(fields);
    }

    /// Human mode: the summary gets a cost column when one of the models has a price in
    /// @p catalog. (The JSON lines never change: they carry the token counts.)
    void setPrices(const ProviderCatalog &catalog);

    /// Prints what is left (buffered partial lines, summary or the closing JSON line).
    /// @param conversationId 0 for an ephemeral turn.
    /// @param saved whether every write of the turn landed in the history file.
    void printSummary(qint64 conversationId, bool saved = true);

private:
    void watch(int index, ModelRun *run);
    void emitJson(const ModelRun *run, const QString &type, QJsonObject fields);
    void humanText(int index, const QString &delta);
    void flushHumanLine(int index, bool force);
    const QString &label(int index) const;

    Turn *m_turn;
    Mode m_mode;
    QHash<int, QString> m_pendingLine;         ///< Human mode: text of a line not yet complete.
    QStringList m_labels;                      ///< "provider/model" of each run.
    QList<std::optional<ModelPrice>> m_prices; ///< Of each run, when known.
    QJsonObject m_extraFields;
    std::function<QJsonObject(const ModelRun *)> m_doneFields;
    int m_labelWidth = 0;
};

} // namespace coro::cli
