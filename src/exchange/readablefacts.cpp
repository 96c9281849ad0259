#include "readablefacts.h"

#include <QDateTime>
#include <QStringList>

namespace coro {

namespace {

const QString kSeparator = QStringLiteral(" · ");

QString tokens(const StoredAnswer &answer)
{
    if (answer.tokensIn >= 0 && answer.tokensOut >= 0)
        return QStringLiteral("%1 in / %2 out tokens").arg(answer.tokensIn).arg(answer.tokensOut);
    if (answer.tokensOut >= 0)
        return QStringLiteral("%1 tokens out").arg(answer.tokensOut);
    if (answer.tokensIn >= 0)
        return QStringLiteral("%1 tokens in").arg(answer.tokensIn);
    return {};
}

QString status(const StoredAnswer &answer)
{
    if (answer.status == QLatin1String("done"))
        return {};
    QString text = answer.status;
    if (!answer.errorCode.isEmpty())
        text += QLatin1Char(' ') + answer.errorCode;
    // Provider messages may span lines; the facts stay on one.
    const QString message = answer.errorMessage.simplified();
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

} // namespace

QString ReadableFacts::line(const StoredTurn &turn, int answerIndex)
{
    const StoredAnswer &answer = turn.answers.at(answerIndex);
    int version = 0;
    int versions = 0;
    for (int i = 0; i < turn.answers.size(); ++i) {
        if (turn.answers.at(i).slot == answer.slot) {
            ++versions;
            if (i <= answerIndex)
                ++version;
        }
    }
    QStringList parts;
    parts << status(answer);
    if (versions > 1)
        parts << QStringLiteral("version %1 of %2").arg(version).arg(versions);
    if (answer.chosen)
        parts << QStringLiteral("chosen");
    parts << tokens(answer);
    if (answer.ttftMs >= 0)
        parts << QStringLiteral("first token ") + duration(answer.ttftMs);
    if (answer.latencyMs >= 0)
        parts << QStringLiteral("total ") + duration(answer.latencyMs);
    parts.removeAll(QString());
    return parts.join(kSeparator);
}

QString ReadableFacts::title(const ConversationArchive &archive)
{
    const QString title = archive.summary.title.simplified();
    return title.isEmpty() ? QStringLiteral("Untitled conversation") : title;
}

QString ReadableFacts::timestamp(qint64 msSinceEpoch)
{
    if (msSinceEpoch == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" UTC");
}

QString ReadableFacts::isoTimestamp(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QString ReadableFacts::duration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    return QStringLiteral("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
}

QString ReadableFacts::versionOf(const ConversationArchive &archive, const StoredTurn &turn)
{
    // Computed from the tree, not StoredTurn::versionIds, which an archive need not carry.
    const QList<qint64> versions = archive.versionsOf(turn);
    if (versions.size() < 2)
        return {};
    return QStringLiteral("version %1 of %2")
        .arg(versions.indexOf(turn.id) + 1)
        .arg(versions.size());
}

} // namespace coro
