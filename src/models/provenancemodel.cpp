#include "provenancemodel.h"

#include <QLocale>

namespace coro {

namespace {
constexpr int kRefreshMs = 200;

QStringList labelsOf(const QList<std::pair<QString, QString>> &labels)
{
    QStringList result;
    for (const auto &[label, model] : labels)
        result << label;
    return result;
}
} // namespace

ProvenanceModel::ProvenanceModel(QList<std::pair<QString, QString>> labels, QObject *parent)
    : QAbstractListModel(parent), m_labels(std::move(labels)), m_parser(labelsOf(m_labels))
{
    m_refresh.setInterval(kRefreshMs);
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, &ProvenanceModel::refresh);
}

void ProvenanceModel::feed(const QString &delta)
{
    m_parser.feed(delta);
    if (!m_refresh.isActive())
        m_refresh.start();
}

void ProvenanceModel::finish()
{
    m_parser.finish();
    refresh();
}

void ProvenanceModel::reset(const QString &text, bool finished)
{
    m_parser = ProvenanceParser(labelsOf(m_labels));
    m_parser.feed(text);
    if (finished)
        m_parser.finish();
    refresh();
}

void ProvenanceModel::refresh()
{
    m_refresh.stop();
    QList<ProvenanceParser::Segment> parts;
    for (const ProvenanceParser::Segment &segment : m_parser.segments()) {
        if (!segment.contradiction && !segment.text.trimmed().isEmpty())
            parts.append(segment);
    }
    beginResetModel();
    m_parts = std::move(parts);
    endResetModel();
    Q_EMIT changed();
}

int ProvenanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size());
}

QVariant ProvenanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProvenanceParser::Segment &part = m_parts.at(index.row());
    switch (role) {
    case TextRole:
        return part.text.trimmed();
    case SourcesRole:
        return part.sources;
    case DescriptionRole:
        return describe(part.sources);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProvenanceModel::roleNames() const
{
    return {{TextRole, "text"}, {SourcesRole, "sources"}, {DescriptionRole, "description"}};
}

QVariantList ProvenanceModel::legend() const
{
    QVariantList result;
    for (const auto &[label, model] : m_labels) {
        int parts = 0;
        for (const ProvenanceParser::Segment &part : m_parts)
            parts += part.sources.contains(label) ? 1 : 0;
        result.append(QVariantMap{{QStringLiteral("label"), label},
                                  {QStringLiteral("model"), model},
                                  {QStringLiteral("parts"), parts}});
    }
    return result;
}

QString ProvenanceModel::describe(const QStringList &sources) const
{
    if (sources.isEmpty())
        return tr("source not given");
    QStringList named;
    for (const QString &label : sources) {
        QString model;
        for (const auto &[l, m] : m_labels) {
            if (l == label)
                model = m;
        }
        named << (model.isEmpty() ? label : tr("%1 (%2)").arg(label, model));
    }
    return tr("from %1").arg(QLocale().createSeparatedList(named));
}

} // namespace coro
