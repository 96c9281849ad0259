#include "engine/retrypolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace coro;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retriesOnlyTransientFailures_data();
    void retriesOnlyTransientFailures();
    void neverRetriesOnceTextArrived();
    void stopsAfterMaxAttempts();
    void backoffGrowsExponentiallyWithBoundedJitter();
    void backoffIsCapped();
    void honoursRetryAfter();
    void refusesRetryAfterBeyondLimit();
};

void TestRetryPolicy::retriesOnlyTransientFailures_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("retry");
    QTest::newRow("rate_limited") << ErrorCode::RateLimited << true;
    QTest::newRow("model_overloaded") << ErrorCode::ModelOverloaded << true;
    QTest::newRow("server_error") << ErrorCode::ServerError << true;
    QTest::newRow("network_error") << ErrorCode::NetworkError << true;
    QTest::newRow("authentication_failed") << ErrorCode::AuthenticationFailed << false;
    QTest::newRow("quota_exceeded") << ErrorCode::QuotaExceeded << false;
    QTest::newRow("invalid_request") << ErrorCode::InvalidRequest << false;
    QTest::newRow("model_not_found") << ErrorCode::ModelNotFound << false;
    QTest::newRow("timeout") << ErrorCode::Timeout << false;
    QTest::newRow("content_filtered") << ErrorCode::ContentFiltered << false;
    QTest::newRow("cancelled") << ErrorCode::Cancelled << false;
}

void TestRetryPolicy::retriesOnlyTransientFailures()
{
    QFETCH(ErrorCode, code);
    QFETCH(bool, retry);
    QCOMPARE(RetryPolicy().shouldRetry(code, 1, false, std::nullopt), retry);
}

void TestRetryPolicy::neverRetriesOnceTextArrived()
{
    QVERIFY(!RetryPolicy().shouldRetry(ErrorCode::ServerError, 1, true, std::nullopt));
}

void TestRetryPolicy::stopsAfterMaxAttempts()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    QVERIFY(policy.shouldRetry(ErrorCode::RateLimited, 2, false, std::nullopt));
    QVERIFY(!policy.shouldRetry(ErrorCode::RateLimited, 3, false, std::nullopt));
}

void TestRetryPolicy::backoffGrowsExponentiallyWithBoundedJitter()
{
    RetryPolicy policy;
    policy.baseDelayMs = 1000;
    policy.jitter = 0.25;
    QRandomGenerator random(42);
    QSet<int> distinct;
    for (int i = 0; i < 200; ++i) {
        const int first = policy.delayMs(1, std::nullopt, &random);
        const int second = policy.delayMs(2, std::nullopt, &random);
        const int third = policy.delayMs(3, std::nullopt, &random);
        QVERIFY2(first >= 750 && first <= 1250, qPrintable(QString::number(first)));
        QVERIFY2(second >= 1500 && second <= 2500, qPrintable(QString::number(second)));
        QVERIFY2(third >= 3000 && third <= 5000, qPrintable(QString::number(third)));
        distinct.insert(first);
    }
    QVERIFY2(distinct.size() > 50, "jitter must spread clients apart");
}

void TestRetryPolicy::backoffIsCapped()
{
    RetryPolicy policy;
    policy.maxDelayMs = 5000;
    policy.jitter = 0;
    QRandomGenerator random(1);
    QCOMPARE(policy.delayMs(30, std::nullopt, &random), 5000);
}

void TestRetryPolicy::honoursRetryAfter()
{
    RetryPolicy policy;
    QRandomGenerator random(7);
    for (int i = 0; i < 50; ++i) {
        const int delay = policy.delayMs(1, 3000, &random);
        QVERIFY2(delay >= 3000 && delay <= 3300, qPrintable(QString::number(delay)));
    }
    QCOMPARE(policy.delayMs(1, 0, &random), 0);
}

void TestRetryPolicy::refusesRetryAfterBeyondLimit()
{
    RetryPolicy policy;
    policy.maxRetryAfterMs = 60000;
    QVERIFY(policy.shouldRetry(ErrorCode::RateLimited, 1, false, 60000));
    QVERIFY(!policy.shouldRetry(ErrorCode::RateLimited, 1, false, 3600 * 1000));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
