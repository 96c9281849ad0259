#include "secretstore.h"

#include <QEventLoop>

namespace coro {

SecretStore::Result SecretStore::readNow(const QString &providerId)
{
    Result result;
    bool answered = false;
    QEventLoop loop;
    read(providerId, [&](const Result &r) {
        result = r;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return result;
}

} // namespace coro
