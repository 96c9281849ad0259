#include "jsonfields.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cmath>

namespace coro {

JsonFields::JsonFields(QJsonObject object, QString where, QString *error)
    : m_object(std::move(object)), m_where(std::move(where)), m_error(error)
{}

void JsonFields::fail(const QString &problem)
{
    if (m_error->isEmpty() && !problem.isEmpty())
        *m_error = m_where.isEmpty() ? problem : m_where + QStringLiteral(": ") + problem;
}

QJsonValue JsonFields::required(QLatin1String name, bool (QJsonValue::*is)() const,
                                const char *expected)
{
    if (!ok())
        return {};
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined()) {
        fail(QStringLiteral("\"%1\" is missing").arg(name));
        return {};
    }
    if (!(value.*is)()) {
        fail(QStringLiteral("\"%1\" should be %2").arg(name, QLatin1String(expected)));
        return {};
    }
    return value;
}

QString JsonFields::string(QLatin1String name)
{
    return required(name, &QJsonValue::isString, "a string").toString();
}

QString JsonFields::optionalString(QLatin1String name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    return string(name);
}

qint64 JsonFields::integer(QLatin1String name, qint64 min, qint64 max)
{
    const QJsonValue value = required(name, &QJsonValue::isDouble, "a whole number");
    if (!ok())
        return 0;
    const double number = value.toDouble();
    // toInteger() is exact for numbers parsed as integers; the double only screens out 1.5 and
    // values beyond qint64.
    if (std::trunc(number) != number || std::abs(number) > 9.2e18) {
        fail(QStringLiteral("\"%1\" should be a whole number").arg(name));
        return 0;
    }
    const qint64 result = value.toInteger();
    if (result < min || result > max) {
        fail(
            QStringLiteral("\"%1\" is %2, outside %3..%4").arg(name).arg(result).arg(min).arg(max));
        return 0;
    }
    return result;
}

bool JsonFields::boolean(QLatin1String name)
{
    return required(name, &QJsonValue::isBool, "true or false").toBool();
}

QJsonObject JsonFields::object(QLatin1String name)
{
    return required(name, &QJsonValue::isObject, "an object").toObject();
}

QJsonArray JsonFields::array(QLatin1String name)
{
    return required(name, &QJsonValue::isArray, "an array").toArray();
}

bool JsonFields::parse(const QByteArray &bytes, QJsonDocument *document, QString *error)
{
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    // Offsets are bytes; a line and column are what an editor can jump to.
    const QByteArray before = bytes.left(parseError.offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    *error = QStringLiteral("not valid JSON: %1 at line %2, column %3")
                 .arg(parseError.errorString())
                 .arg(before.count('\n') + 1)
                 .arg(before.size() - lineStart + 1);
    if (bytes.trimmed().isEmpty())
        *error = QStringLiteral("the file is empty");
    return false;
}

} // namespace coro
