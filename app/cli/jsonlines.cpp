#include "jsonlines.h"

#include <QJsonDocument>
#include <cstdio>

namespace coro::cli {

namespace {
void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void writeJsonLine(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void writeOut(const QString &text)
{
    write(stdout, text.toUtf8());
}

void writeErr(const QString &text)
{
    write(stderr, text.toUtf8());
}

} // namespace coro::cli
