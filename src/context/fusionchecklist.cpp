#include "fusionchecklist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace coro {

namespace {
// The first JSON value (object or list) in @p text that parses: a few opening brackets, each
// with a few closing ones from the outermost in. Bounded work whatever the reply holds.
QJsonDocument firstJson(const QString &text)
{
    constexpr int kOpenings = 8;
    constexpr int kClosings = 8;
    int openings = 0;
    for (qsizetype open = 0; open < text.size() && openings < kOpenings; ++open) {
        const QChar c = text.at(open);
        if (c != QLatin1Char('{') && c != QLatin1Char('['))
            continue;
        ++openings;
        const QChar closing = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
        int closings = 0;
        for (qsizetype close = text.lastIndexOf(closing); close > open && closings < kClosings;
             close = text.lastIndexOf(closing, close - 1), ++closings) {
            QJsonParseError error{};
            const QJsonDocument document =
                QJsonDocument::fromJson(text.mid(open, close - open + 1).toUtf8(), &error);
            if (error.error == QJsonParseError::NoError)
                return document;
        }
    }
    return {};
}

// A reply cut short (the length cap, a dropped connection) still holds whole points: each
// innermost {...} that parses on its own.
QJsonArray salvagedObjects(const QString &text)
{
    static const QRegularExpression object(QStringLiteral("\\{[^{}]{1,2000}\\}"));
    QJsonArray list;
    for (auto it = object.globalMatch(text);
         it.hasNext() && list.size() < FusionPrompt::kMaxPoints;) {
        const QJsonDocument document = QJsonDocument::fromJson(it.next().captured(0).toUtf8());
        if (document.isObject())
            list.append(document.object());
    }
    return list;
}

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > FusionChecklist::kMaxPointChars) {
        line.truncate(FusionChecklist::kMaxPointChars);
        if (line.back().isHighSurrogate())
            line.chop(1);
        line += QChar(0x2026);
    }
    return line;
}
} // namespace

std::optional<QList<ChecklistPoint>> FusionChecklist::parse(const QString &reply,
                                                            const QStringList &labels)
{
    const QJsonDocument document = firstJson(reply.left(kMaxReplyChars));
    QJsonArray list;
    if (document.isArray())
        list = document.array();
    else if (document.isObject())
        list = document.object().value(QLatin1String("points")).toArray();
    if (list.isEmpty())
        list = salvagedObjects(reply.left(kMaxReplyChars));
    QList<ChecklistPoint> points;
    QSet<QString> seen;
    for (const auto &value : std::as_const(list)) {
        if (points.size() >= FusionPrompt::kMaxPoints)
            break;
        ChecklistPoint point;
        if (value.isString()) {
            point.text = oneLine(value.toString());
        } else {
            const QJsonObject object = value.toObject();
            point.text = oneLine(object.value(QLatin1String("text"))
                                     .toString(object.value(QLatin1String("point")).toString()));
            point.disputed = object.value(QLatin1String("disputed")).toBool(false);
            QJsonArray sources = object.value(QLatin1String("sources")).toArray();
            if (object.value(QLatin1String("sources")).isString())
                sources.append(object.value(QLatin1String("sources")));
            for (const auto &source : std::as_const(sources)) {
                const QString label =
                    source.toString().trimmed().remove(QLatin1Char('[')).remove(QLatin1Char(']'));
                if (labels.contains(label) && !point.sources.contains(label))
                    point.sources << label;
            }
        }
        const QString key = point.text.toCaseFolded();
        if (point.text.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        point.id = int(points.size()) + 1;
        points.append(point);
    }
    if (points.isEmpty())
        return std::nullopt;
    return points;
}

QList<ChecklistPoint> FusionChecklist::select(const QList<ChecklistPoint> &points,
                                              const QList<int> &ids)
{
    if (ids.isEmpty())
        return points;
    QList<ChecklistPoint> chosen;
    for (const ChecklistPoint &point : points) {
        if (ids.contains(point.id))
            chosen.append(point);
    }
    return chosen;
}

} // namespace coro
