#include "titlemaker.h"
#include "modelquery.h"
#include "storage/storageservice.h"

#include <QRegularExpression>

namespace coro {

TitleMaker::TitleMaker(ModelQuery *query, StorageService *storage, QObject *parent)
    : QObject(parent), m_query(query), m_storage(storage)
{}

QString TitleMaker::instructions()
{
    return QStringLiteral("Write a title of at most six words for the conversation below, in "
                          "the language of the user's message. Reply with the title only: no "
                          "quotes, no full stop, no explanation.");
}

QString TitleMaker::message(const QString &prompt, const QString &answer)
{
    return QStringLiteral("User:\n") + prompt.left(kMaxExcerptChars).trimmed() +
           QStringLiteral("\n\nAssistant:\n") + answer.left(kMaxExcerptChars).trimmed();
}

QString TitleMaker::cleaned(const QString &reply)
{
    static const QRegularExpression label(QStringLiteral("^(title|titel)\\s*:\\s*"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression marks(QStringLiteral("^[#>*_`\\s-]+|[*_`]+$"));
    QStringList lines;
    for (const QString &line : reply.left(4 * kMaxTitleChars + 200).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.simplified();
    }
    // "Here is a title:" followed by the title on the next line.
    if (lines.size() > 1 && lines.first().endsWith(QLatin1Char(':')))
        lines.removeFirst();
    QString title = lines.value(0);
    title.remove(marks);
    title.remove(label);
    title = title.remove(QLatin1Char('*')).remove(QLatin1Char('`')).simplified();
    static const QString quotes = QStringLiteral("\"'“”‘’«»„");
    while (!title.isEmpty() && quotes.contains(title.front()))
        title.remove(0, 1);
    while (!title.isEmpty() && (quotes.contains(title.back()) || title.back() == QLatin1Char('.')))
        title.chop(1);
    title = title.trimmed();
    for (const QChar c : std::as_const(title)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return {};
    }
    if (title.size() > kMaxTitleChars) {
        qsizetype cut = title.lastIndexOf(QLatin1Char(' '), kMaxTitleChars - 1);
        if (cut < kMaxTitleChars / 2)
            cut = kMaxTitleChars - 1;
        if (title.at(cut - 1).isHighSurrogate())
            --cut;
        title = title.left(cut).trimmed() + QChar(0x2026);
    }
    return title;
}

bool TitleMaker::apply(ConversationStore &store, qint64 id, const QString &title)
{
    auto transaction = store.transaction();
    const auto conversation = store.conversation(id);
    if (!transaction.isActive() || !conversation)
        return false;
    const QString source = conversation->summary.titleSource;
    if (source != QLatin1String("default") && source != QLatin1String("prompt"))
        return false;
    return store.rename(id, title, QStringLiteral("model")) && transaction.commit();
}

void TitleMaker::make(qint64 conversationId, const ModelRef &model, const QString &prompt,
                      const QString &answer, Done done, int timeoutMs)
{
    ModelQuery::Request request;
    request.model = model;
    request.system = instructions();
    request.prompt = message(prompt, answer);
    request.timeoutMs = timeoutMs;
    request.maxChars = 4 * kMaxTitleChars + 200;
    request.maxTokens = 40;
    const QPointer<TitleMaker> self(this);
    m_query->ask(request, [self, conversationId, done](const ModelQuery::Result &result) {
        TitleMaker *maker = self.data();
        if (!maker)
            return;
        const QString title = result.ok ? cleaned(result.text) : QString();
        if (title.isEmpty()) {
            done({false,
                  {},
                  result.ok ? tr("The model's reply held no usable title.") : result.error});
            return;
        }
        if (!maker->m_storage) {
            done({false, title, tr("There is no history file to save the title in.")});
            return;
        }
        maker->m_storage->run(
            [conversationId, title](ConversationStore &store) {
                return apply(store, conversationId, title);
            },
            maker,
            [done, title](bool applied) {
                done({applied, title,
                      applied ? QString()
                              : tr("The conversation was already named; its title was kept.")});
            });
    });
}

} // namespace coro
