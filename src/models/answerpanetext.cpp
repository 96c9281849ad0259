// What a pane says besides the answer: an error code in words, the answer's cost.
#include "answerlistmodel.h"

#include "engine/modelrun.h"

#include <QHash>

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

} // namespace coro
