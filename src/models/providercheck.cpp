#include "providercheck.h"

#include "answerlistmodel.h"
#include "engine/modeldiscovery.h"
#include "secrets/apikeyresolver.h"

#include <QLocale>
#include <QPointer>

namespace coro {

namespace {
// Model lists over a slow link still arrive in seconds; a dead host should not keep the
// button busy for the engine's minute.
constexpr HttpStream::Timeouts kCheckTimeouts{10000, 15000, 20000};
constexpr qsizetype kMaxMessageChars = 400;
} // namespace

ProviderCheck::ProviderCheck(QNetworkAccessManager *network, SecretStore *keys, QObject *parent)
    : QObject(parent), m_network(network), m_keys(keys)
{}

void ProviderCheck::start(const ProviderConfig &provider)
{
    const QPointer<ProviderCheck> self(this);
    ApiKeyResolver(m_keys).resolve(
        provider.id, provider.keyEnv, [self, provider](const ApiKeyResolver::Resolution &key) {
            ProviderCheck *check = self.data();
            if (!check)
                return;
            auto *discovery = new ModelDiscovery(check->m_network, check);
            connect(discovery, &ModelDiscovery::modelsReady, check,
                    [check](const QString &id, const QList<ModelInfo> &models) {
                        // Not %n: English plural forms come from a translation file, and this
                        // must read well before one has the message.
                        Q_EMIT check->finished(
                            id, true,
                            models.size() == 1
                                ? tr("OK, 1 model")
                                : tr("OK, %1 models").arg(QLocale().toString(models.size())),
                            models);
                        check->deleteLater();
                    });
            connect(discovery, &ModelDiscovery::failed, check,
                    [check, hadKey = !key.key.isEmpty()](const QString &id,
                                                         const ProviderError &error) {
                        Q_EMIT check->finished(id, false, inWords(error, hadKey), {});
                        check->deleteLater();
                    });
            discovery->fetch(provider, key.key, kCheckTimeouts);
        });
}

QString ProviderCheck::inWords(const ProviderError &error, bool hadKey)
{
    if (!hadKey && (error.code == ErrorCode::AuthenticationFailed ||
                    error.code == ErrorCode::PermissionDenied))
        return tr("The provider wants an API key, and none is set.");
    QString words = AnswerListModel::errorTitle(errorCodeName(error.code));
    if (words.isEmpty())
        words = tr("The connection failed");
    if (!error.message.isEmpty())
        words += QStringLiteral(": ") + error.message.left(kMaxMessageChars);
    return words;
}

} // namespace coro
