#include "asktitle.h"
#include "clienvironment.h"
#include "context/modelquery.h"
#include "context/titlemaker.h"
#include "jsonlines.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace coro::cli {

namespace {
struct AskTitleText
{
    Q_DECLARE_TR_FUNCTIONS(AskTitle)
};
} // namespace

QCommandLineOption AskTitle::option()
{
    return {QStringLiteral("title-model"),
            AskTitleText::tr("For a new conversation: a cheap model that names it after the "
                             "first turn (a title you set is never replaced)."),
            QStringLiteral("PROVIDER/MODEL")};
}

bool AskTitle::fromParser(const QCommandLineParser &parser, std::optional<ModelRef> *model,
                          QString *error)
{
    if (!parser.isSet(QStringLiteral("title-model")))
        return true;
    *model = ModelRef::parse(parser.value(QStringLiteral("title-model")));
    if (!*model)
        *error = AskTitleText::tr("\"%1\" is not PROVIDER/MODEL")
                     .arg(parser.value(QStringLiteral("title-model")));
    return model->has_value();
}

void AskTitle::run(CliEnvironment &env, StorageService *storage,
                   const ChatSession::PlannedTurn &planned, const ModelRef &model,
                   AskPrinter::Mode mode)
{
    QString prompt;
    QString answer;
    for (int i = 0; i < planned.turn->size(); ++i) {
        const ModelRun *run = planned.turn->run(i);
        if (prompt.isEmpty() && !run->config().messages.isEmpty())
            prompt = run->config().messages.constLast().content;
        if (answer.isEmpty() && run->state() == ModelRun::State::Done)
            answer = run->text();
    }
    TitleMaker::Result result;
    if (answer.isEmpty()) {
        result.note = AskTitleText::tr("No answer finished: the title was not asked for.");
    } else {
        QEventLoop loop;
        ModelQuery query(env.catalog(), env.keys(), env.network());
        TitleMaker maker(&query, storage);
        maker.make(planned.conversationId, model, prompt, answer, [&](const TitleMaker::Result &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
    }
    if (mode == AskPrinter::Mode::Json) {
        QJsonObject line{{QStringLiteral("type"), QStringLiteral("title")},
                         {QStringLiteral("model"), model.toString()},
                         {QStringLiteral("conversation"), planned.conversationId}};
        if (result.applied) {
            line.insert(QStringLiteral("title"), result.title);
            line.insert(QStringLiteral("source"), QStringLiteral("model"));
        } else {
            line.insert(QStringLiteral("skipped"), result.note);
        }
        writeJsonLine(line);
    } else if (result.applied) {
        writeErr(AskTitleText::tr("Titled \"%1\".").arg(result.title) + QLatin1Char('\n'));
    } else {
        writeErr(QStringLiteral("coro-cli ask: %1\n").arg(result.note));
    }
}

} // namespace coro::cli
