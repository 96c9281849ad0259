#include "askprinter.h"
#include "jsonlines.h"
#include "providers/providercatalog.h"

#include <QJsonObject>

namespace coro::cli {

namespace {
QJsonObject usageObject(const Usage &usage)
{
    QJsonObject object;
    object.insert(QStringLiteral("input"),
                  usage.input >= 0 ? QJsonValue(usage.input) : QJsonValue());
    object.insert(QStringLiteral("output"),
                  usage.output >= 0 ? QJsonValue(usage.output) : QJsonValue());
    return object;
}

QString cell(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true) + QLatin1String("  ");
}
} // namespace

AskPrinter::AskPrinter(Turn *turn, Mode mode, QObject *parent)
    : QObject(parent), m_turn(turn), m_mode(mode)
{
    for (int i = 0; i < turn->size(); ++i) {
        m_labels << turn->run(i)->config().ref.toString();
        m_labelWidth = std::max(m_labelWidth, int(m_labels.constLast().size()));
    }
    // Every run, including one started again by Turn::retry, announces itself here.
    connect(turn, &Turn::runStarted, this, &AskPrinter::watch);
}

void AskPrinter::setPrices(const ProviderCatalog &catalog)
{
    m_prices.clear();
    for (int i = 0; i < m_turn->size(); ++i) {
        const ModelRef &ref = m_turn->run(i)->config().ref;
        m_prices << catalog.priceOf(ref.provider, ref.model);
    }
}

const QString &AskPrinter::label(int index) const
{
    return m_labels.at(index);
}

void AskPrinter::watch(int index, ModelRun *run)
{
    if (m_mode == Mode::Json) {
        emitJson(run, QStringLiteral("start"), {});
        // One line per token: written without building a QJsonObject (the hot path), unless
        // extra fields (a fused answer's) go on every line.
        connect(run, &ModelRun::textAppended, this, [this, index, run](const QString &delta) {
            if (!m_extraFields.isEmpty()) {
                emitJson(run, QStringLiteral("delta"), {{QStringLiteral("text"), delta}});
                return;
            }
            writeStringFieldsLine({{QLatin1String("model"), label(index)},
                                   {QLatin1String("text"), delta},
                                   {QLatin1String("type"), u"delta"}});
        });
        connect(run, &ModelRun::reasoningAppended, this, [this, index, run](const QString &delta) {
            if (!m_extraFields.isEmpty()) {
                emitJson(run, QStringLiteral("reasoning"), {{QStringLiteral("text"), delta}});
                return;
            }
            writeStringFieldsLine({{QLatin1String("model"), label(index)},
                                   {QLatin1String("text"), delta},
                                   {QLatin1String("type"), u"reasoning"}});
        });
        connect(run, &ModelRun::retryScheduled, this,
                [this, run](int attempt, int delayMs, ErrorCode code) {
                    emitJson(run, QStringLiteral("retry"),
                             {{QStringLiteral("attempt"), attempt},
                              {QStringLiteral("delay_ms"), delayMs},
                              {QStringLiteral("code"), errorCodeName(code)}});
                });
    } else {
        connect(run, &ModelRun::textAppended, this,
                [this, index](const QString &delta) { humanText(index, delta); });
        connect(run, &ModelRun::retryScheduled, this,
                [this, index](int attempt, int delayMs, ErrorCode code) {
                    writeErr(QStringLiteral("%1: %2\n")
                                 .arg(label(index),
                                      //: %1 is an error code name such as rate_limited.
                                      tr("%1, retrying (attempt %2) in %3 ms")
                                          .arg(errorCodeName(code), QString::number(attempt),
                                               QString::number(delayMs))));
                });
    }
    connect(run, &ModelRun::finished, this, [this, index, run] {
        if (m_mode == Mode::Human) {
            flushHumanLine(index, true);
            return;
        }
        if (run->state() == ModelRun::State::Done) {
            QJsonObject fields{{QStringLiteral("text"), run->text()},
                               {QStringLiteral("usage"), usageObject(run->usage())},
                               {QStringLiteral("ttft_ms"), run->timeToFirstTokenMs()},
                               {QStringLiteral("elapsed_ms"), run->elapsedMs()},
                               {QStringLiteral("tokens_per_second"), run->tokensPerSecond()},
                               {QStringLiteral("finish_reason"), run->finishReason()}};
            if (m_doneFields) {
                const QJsonObject extra = m_doneFields(run);
                for (auto it = extra.begin(); it != extra.end(); ++it)
                    fields.insert(it.key(), it.value());
            }
            emitJson(run, QStringLiteral("done"), fields);
            return;
        }
        const ProviderError &error = run->error();
        QJsonObject fields{{QStringLiteral("code"), errorCodeName(error.code)},
                           {QStringLiteral("message"), error.message},
                           {QStringLiteral("text"), run->text()},
                           {QStringLiteral("elapsed_ms"), run->elapsedMs()}};
        if (error.httpStatus)
            fields.insert(QStringLiteral("http_status"), error.httpStatus);
        if (!error.requestId.isEmpty())
            fields.insert(QStringLiteral("request_id"), error.requestId);
        emitJson(run, QStringLiteral("error"), fields);
    });
}

void AskPrinter::emitJson(const ModelRun *run, const QString &type, QJsonObject fields)
{
    for (auto it = m_extraFields.begin(); it != m_extraFields.end(); ++it)
        fields.insert(it.key(), it.value());
    fields.insert(QStringLiteral("model"), run->config().ref.toString());
    fields.insert(QStringLiteral("type"), type);
    writeJsonLine(fields);
}

void AskPrinter::humanText(int index, const QString &delta)
{
    if (m_turn->size() == 1) { // One model: stream the text as it comes.
        writeOut(delta);
        return;
    }
    m_pendingLine[index] += delta;
    flushHumanLine(index, false);
}

void AskPrinter::flushHumanLine(int index, bool force)
{
    if (m_turn->size() == 1) {
        if (force)
            writeOut(QStringLiteral("\n"));
        return;
    }
    QString &pending = m_pendingLine[index];
    const QString prefix = QStringLiteral("[%1] ").arg(label(index));
    qsizetype newline;
    while ((newline = pending.indexOf(QLatin1Char('\n'))) >= 0) {
        writeOut(prefix + pending.left(newline + 1));
        pending.remove(0, newline + 1);
    }
    if (force && !pending.isEmpty()) {
        writeOut(prefix + pending + QLatin1Char('\n'));
        pending.clear();
    }
}

void AskPrinter::printSummary(qint64 conversationId, bool saved)
{
    int done = 0;
    for (int i = 0; i < m_turn->size(); ++i)
        done += m_turn->run(i)->state() == ModelRun::State::Done ? 1 : 0;
    if (m_mode == Mode::Json) {
        writeJsonLine(
            {{QStringLiteral("type"), QStringLiteral("turn")},
             {QStringLiteral("conversation"),
              conversationId ? QJsonValue(conversationId) : QJsonValue()},
             {QStringLiteral("saved"), conversationId != 0 && saved},
             {QStringLiteral("models"), m_turn->size()},
             {QStringLiteral("done"), done},
             {QStringLiteral("failed"), m_turn->size() - done},
             {QStringLiteral("first_done"),
              m_turn->firstDone() < 0 ? QJsonValue() : QJsonValue(label(m_turn->firstDone()))}});
        return;
    }
    // The summary table's headings: each is cut to its column's width, but the model column
    // grows to fit its heading.
    //: Summary table column heading.
    const QString modelHeading = tr("MODEL");
    const int w = std::max(m_labelWidth, int(modelHeading.size()));
    QString table = QStringLiteral("\n") + cell(modelHeading, w);
    //: Summary table column heading, at most 9 characters.
    table += cell(tr("STATE"), 9);
    //: Summary table column heading (time to first token), at most 8 characters.
    table += cell(tr("TTFT"), 8);
    //: Summary table column heading (tokens per second), at most 7 characters.
    table += cell(tr("TOK/S"), 7);
    //: Summary table column heading (input/output tokens), at most 11 characters.
    table += cell(tr("IN/OUT"), 11);
    //: Summary table column heading (elapsed time), at most 7 characters.
    table += cell(tr("TIME"), 7);
    const bool priced =
        std::any_of(m_prices.cbegin(), m_prices.cend(),
                    [](const std::optional<ModelPrice> &p) { return p.has_value(); });
    if (priced) {
        //: Summary table column heading (cost in US dollars), at most 9 characters.
        table += cell(tr("COST"), 9);
    }
    //: Summary table column heading, the last column.
    table += tr("ERROR") + QLatin1Char('\n');
    for (int i = 0; i < m_turn->size(); ++i) {
        const ModelRun *run = m_turn->run(i);
        const Usage usage = run->usage();
        const auto count = [](int n) { return n >= 0 ? QString::number(n) : QStringLiteral("-"); };
        QString error;
        if (run->state() != ModelRun::State::Done)
            error = errorCodeName(run->error().code) + QLatin1String(": ") + run->error().message;
        table += cell(label(i), w) + cell(ModelRun::stateName(run->state()), 9) +
                 cell(run->timeToFirstTokenMs() < 0
                          ? QStringLiteral("-")
                          : QStringLiteral("%1 ms").arg(run->timeToFirstTokenMs()),
                      8) +
                 cell(run->tokensPerSecond() > 0 ? QString::number(run->tokensPerSecond(), 'f', 1)
                                                 : QStringLiteral("-"),
                      7) +
                 cell(count(usage.input) + QLatin1Char('/') + count(usage.output), 11) +
                 cell(QStringLiteral("%1 s").arg(run->elapsedMs() / 1000.0, 0, 'f', 1), 7);
        if (priced) {
            const auto price = m_prices.value(i);
            const auto cost = price ? price->costOf(usage.input, usage.output) : std::nullopt;
            table += cell(cost ? formatUsd(*cost, QLocale::c()) : QStringLiteral("-"), 9);
        }
        table += error.simplified() + QLatin1Char('\n');
    }
    if (conversationId && saved)
        table += tr("Saved as conversation %1.").arg(conversationId) + QLatin1Char('\n');
    else if (conversationId)
        table += tr("Conversation %1 was NOT fully saved (see above).").arg(conversationId) +
                 QLatin1Char('\n');
    writeErr(table);
}

} // namespace coro::cli
