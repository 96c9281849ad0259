#pragma once

#include "context/provenanceparser.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QVariantList>
#include <QtQmlIntegration>

namespace coro {

/**
 * @brief Where each part of a fused answer came from, for its pane: the parts with the labels
 *        of the source answers ([A], [B], ...) and the models behind them, the Contradictions
 *        section, and which sources were used at all. Follows the answer as it streams
 *        (ProvenanceParser), refreshed at most five times a second.
 */
class ProvenanceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made for a fused answer's pane")
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    /// The Contradictions section (with its labels); empty when there is none.
    Q_PROPERTY(QString contradictions READ contradictions NOTIFY changed)
    /// [{"label", "model", "parts"}] for every source answer, in label order.
    Q_PROPERTY(QVariantList legend READ legend NOTIFY changed)

public:
    enum Role {
        TextRole = Qt::UserRole + 1, /**< The part's text, without its tags. */
        SourcesRole,                 /**< Labels it came from ("A", "C"); empty if not said. */
        DescriptionRole,             /**< The sources in words, models named, for screen readers. */
    };
    Q_ENUM(Role)

    /// @param labels each source answer's label and "provider/model".
    explicit ProvenanceModel(QList<std::pair<QString, QString>> labels, QObject *parent = nullptr);

    void feed(const QString &delta);
    void finish();
    /// Starts over with @p text (a stored answer, or a run asked again).
    void reset(const QString &text, bool finished);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString contradictions() const { return m_parser.contradictions(); }
    const QList<std::pair<QString, QString>> &labels() const { return m_labels; }
    QVariantList legend() const;
    /// "from A (openai/gpt-4o) and C (...)"; "source not given" when empty.
    QString describe(const QStringList &sources) const;

Q_SIGNALS:
    void changed();

private:
    void refresh();

    QList<std::pair<QString, QString>> m_labels;
    ProvenanceParser m_parser;
    QList<ProvenanceParser::Segment> m_parts; ///< What the view shows (not contradictions).
    QTimer m_refresh;
};

} // namespace coro
