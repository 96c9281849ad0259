// What a pane says besides the answer: an error code in words, the answer's cost.
#include "answerlistmodel.h"

#include "engine/modelrun.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>

namespace coro {

QString AnswerListModel::errorTitle(const QString &code)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("authentication_failed"), QT_TR_NOOP("The API key was rejected")},
        {QStringLiteral("permission_denied"), QT_TR_NOOP("This key may not use this model")},
        {QStringLiteral("model_not_found"), QT_TR_NOOP("The provider does not know this model")},
        {QStringLiteral("rate_limited"), QT_TR_NOOP("Too many requests for now")},
        {QStringLiteral("quota_exceeded"), QT_TR_NOOP("The account's quota is used up")},
        {QStringLiteral("timeout"), QT_TR_NOOP("The provider took too long")},
        {QStringLiteral("model_overloaded"), QT_TR_NOOP("The model is overloaded")},
        {QStringLiteral("invalid_request"), QT_TR_NOOP("The provider refused the request")},
        {QStringLiteral("network_error"), QT_TR_NOOP("The connection failed")},
        {QStringLiteral("server_error"), QT_TR_NOOP("The provider had an error")},
        {QStringLiteral("content_filtered"), QT_TR_NOOP("The provider filtered the answer")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Stopped")},
        {QStringLiteral("unknown_error"), QT_TR_NOOP("Something went wrong")},
    };
    const auto it = titles.constFind(code);
    return it == titles.cend() ? QString() : tr(it.value());
}

void AnswerListModel::setPriceLookup(PriceLookup prices)
{
    m_prices = std::move(prices);
    if (!m_panes.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_panes.size()) - 1),
                           {CostRole, CostTextRole, CostSpokenRole});
    Q_EMIT totalCostChanged();
}

std::optional<double> AnswerListModel::costOf(const Pane &pane) const
{
    const auto price = m_prices ? m_prices(pane.stored.provider, pane.stored.model) : std::nullopt;
    if (!price)
        return std::nullopt;
    const ModelRun *run = pane.run.data();
    const Usage usage = run ? run->usage() : Usage{pane.stored.tokensIn, pane.stored.tokensOut};
    return price->costOf(usage.input, usage.output);
}

QString AnswerListModel::parametersText(int row) const
{
    const Pane &pane = m_panes.at(row);
    bool twice = false;
    for (int r = 0; r < m_panes.size() && !twice; ++r) {
        twice = r != row && !m_panes.at(r).fusion &&
                m_panes.at(r).stored.provider == pane.stored.provider &&
                m_panes.at(r).stored.model == pane.stored.model;
    }
    if (!twice || pane.fusion)
        return {};
    // What it was asked with: the live run's parameters, else those stored with the answer.
    double temperature = -1;
    int maxTokens = -1;
    std::optional<double> topP;
    if (const ModelRun *run = pane.run.data()) {
        temperature = run->config().params.temperature;
        maxTokens = run->config().params.maxTokens;
        topP = run->config().params.topP;
    } else {
        const QJsonObject &stored = pane.stored.parameters;
        temperature = stored.value(QLatin1String("temperature")).toDouble(-1);
        maxTokens = stored.value(QLatin1String("max_tokens")).toInt(-1);
        if (stored.contains(QLatin1String("top_p")))
            topP = stored.value(QLatin1String("top_p")).toDouble();
    }
    QStringList parts;
    const QLocale locale;
    if (temperature >= 0)
        //: A model's sampling temperature in a pane's header; %1 is the number.
        parts << tr("temperature %1").arg(locale.toString(temperature, 'g', 3));
    if (maxTokens > 0)
        //: A model's max_tokens in a pane's header; %1 is the number.
        parts << tr("max %1 tokens").arg(locale.toString(maxTokens));
    if (topP)
        //: A model's top_p in a pane's header; %1 is the number.
        parts << tr("top_p %1").arg(locale.toString(*topP, 'g', 3));
    return parts.join(QStringLiteral(" · "));
}

AnswerListModel::TotalCost AnswerListModel::totalCost() const
{
    TotalCost total;
    for (const Pane &pane : m_panes) {
        ++total.answers;
        if (const auto cost = costOf(pane)) {
            total.usd += *cost;
            ++total.known;
        }
    }
    return total;
}

QString AnswerListModel::totalCostWith(const std::function<QString(double)> &format) const
{
    const TotalCost total = totalCost();
    if (total.known == 0)
        return {};
    if (total.known == total.answers)
        //: What all the answers of one question cost together; %1 is an amount ("$0.0042").
        return tr("%1 in total").arg(format(total.usd));
    //: %1 is an amount ("$0.0042"); %2 of %3 answers had a known price.
    return tr("%1 for %2 of %3 answers").arg(format(total.usd)).arg(total.known).arg(total.answers);
}

QString AnswerListModel::totalCostText() const
{
    return totalCostWith([](double usd) { return formatUsd(usd); });
}

QString AnswerListModel::totalCostSpoken() const
{
    return totalCostWith([](double usd) { return describeUsd(usd); });
}

} // namespace coro
