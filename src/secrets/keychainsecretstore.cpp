#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace coro {

namespace {
SecretStore::Result resultOf(const QKeychain::Job &job)
{
    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Result::Status::NotFound;
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError: // Secret Service not reachable over D-Bus lands here.
        result.status = SecretStore::Result::Status::Unavailable;
        break;
    default:
        result.status = SecretStore::Result::Status::Failed;
        break;
    }
    // The job's text never contains the secret itself, only the keychain's complaint.
    result.errorMessage =
        QCoreApplication::translate("KeychainSecretStore",
                                    "The system keychain is not available (%1). Keys can be "
                                    "kept for this session only; nothing is stored in plain text.")
            .arg(job.errorString());
    return result;
}

template<typename JobType> JobType *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

void KeychainSecretStore::read(const QString &providerId, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, providerId);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *j) {
                         auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
                         Result result = resultOf(*readJob);
                         if (result.ok())
                             result.secret = readJob->textData();
                         done(result);
                     });
    job->start();
}

void KeychainSecretStore::write(const QString &providerId, const QString &secret, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, providerId);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *j) { done(resultOf(*j)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &providerId, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, providerId);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *j) { done(resultOf(*j)); });
    job->start();
}

} // namespace coro
