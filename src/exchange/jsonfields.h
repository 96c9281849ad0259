#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <limits>

class QByteArray;
class QJsonDocument;

namespace coro {

/**
 * @brief Reads typed fields of one JSON object and keeps the first problem, said with where it
 *        is ("turn 5: \"created_at\" should be a whole number").
 *
 * Every reader returns a neutral value after a failure, so callers read a whole object and check
 * ok() once instead of after every field.
 */
class JsonFields
{
public:
    /// @p where prefixes messages ("conversation 2: node x"); @p error receives the first one.
    JsonFields(QJsonObject object, QString where, QString *error);

    QString string(QLatin1String name);
    /// A string, or "" when the field is absent or null.
    QString optionalString(QLatin1String name);
    qint64 integer(QLatin1String name, qint64 min = std::numeric_limits<qint64>::min(),
                   qint64 max = std::numeric_limits<qint64>::max());
    bool boolean(QLatin1String name);
    QJsonObject object(QLatin1String name);
    QJsonArray array(QLatin1String name);

    bool ok() const { return m_error->isEmpty(); }
    /// Records a problem found by the caller, with the same prefix; an empty one is no problem.
    void fail(const QString &problem);

    /// Parses @p bytes; on failure says why and where (line and column) in @p error.
    static bool parse(const QByteArray &bytes, QJsonDocument *document, QString *error);

private:
    QJsonValue required(QLatin1String name, bool (QJsonValue::*is)() const, const char *expected);

    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

} // namespace coro
