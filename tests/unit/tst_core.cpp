#include "core/errorcode.h"
#include "core/freedmemory.h"
#include "core/generationparams.h"
#include "core/modelref.h"

#include <QFile>
#include <QTest>

#include <memory>
#include <vector>

#include <limits>

using coro::ErrorCode;
using coro::GenerationParams;
using coro::ModelRef;

Q_DECLARE_METATYPE(coro::ErrorCode)

class TestCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorCodeNames_data();
    void errorCodeNames();
    void unknownErrorCodeNames();
    void modelRefParse_data();
    void modelRefParse();
    void generationParamsValidate_data();
    void generationParamsValidate();
    void everyInvalidParameterReported();
    void freedMemoryGoesBackToTheSystem();
};

namespace {
/// This process's private memory (Pss_Anon), in KB; -1 where /proc has no such file.
qint64 privateMemoryKb()
{
    QFile file(QStringLiteral("/proc/self/smaps_rollup"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Pss_Anon:"))
            return line.mid(9).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

void TestCore::errorCodeNames_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("transient");

    QTest::newRow("authentication_failed")
        << ErrorCode::AuthenticationFailed << QStringLiteral("authentication_failed") << false;
    QTest::newRow("permission_denied")
        << ErrorCode::PermissionDenied << QStringLiteral("permission_denied") << false;
    QTest::newRow("model_not_found")
        << ErrorCode::ModelNotFound << QStringLiteral("model_not_found") << false;
    QTest::newRow("rate_limited") << ErrorCode::RateLimited << QStringLiteral("rate_limited")
                                  << true;
    QTest::newRow("quota_exceeded")
        << ErrorCode::QuotaExceeded << QStringLiteral("quota_exceeded") << false;
    QTest::newRow("timeout") << ErrorCode::Timeout << QStringLiteral("timeout") << false;
    QTest::newRow("model_overloaded")
        << ErrorCode::ModelOverloaded << QStringLiteral("model_overloaded") << true;
    QTest::newRow("invalid_request")
        << ErrorCode::InvalidRequest << QStringLiteral("invalid_request") << false;
    QTest::newRow("network_error")
        << ErrorCode::NetworkError << QStringLiteral("network_error") << true;
    QTest::newRow("server_error") << ErrorCode::ServerError << QStringLiteral("server_error")
                                  << true;
    QTest::newRow("content_filtered")
        << ErrorCode::ContentFiltered << QStringLiteral("content_filtered") << false;
    QTest::newRow("cancelled") << ErrorCode::Cancelled << QStringLiteral("cancelled") << false;
    QTest::newRow("unknown_error")
        << ErrorCode::UnknownError << QStringLiteral("unknown_error") << false;
}

void TestCore::errorCodeNames()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    QFETCH(bool, transient);

    QCOMPARE(coro::errorCodeName(code), name);
    const std::optional<ErrorCode> parsed = coro::errorCodeFromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(static_cast<int>(*parsed), static_cast<int>(code));
    QCOMPARE(coro::isTransient(code), transient);
}

void TestCore::unknownErrorCodeNames()
{
    QCOMPARE(coro::errorCodeName(ErrorCode::None), QString());
    QVERIFY(!coro::isTransient(ErrorCode::None));
    for (const char *name : {"", "none", "bogus", "rate-limited", "RATE_LIMITED", "rate_limited "})
        QVERIFY2(!coro::errorCodeFromName(QString::fromLatin1(name)).has_value(), name);
}

void TestCore::modelRefParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");

    QTest::newRow("split at the first slash")
        << QStringLiteral("openrouter/openai/gpt-4o") << true << QStringLiteral("openrouter")
        << QStringLiteral("openai/gpt-4o");
    QTest::newRow("colon in the model")
        << QStringLiteral("ollama/llama3.2:3b") << true << QStringLiteral("ollama")
        << QStringLiteral("llama3.2:3b");
    QTest::newRow("plain") << QStringLiteral("openai/gpt-4o-mini") << true
                           << QStringLiteral("openai") << QStringLiteral("gpt-4o-mini");
    QTest::newRow("no slash") << QStringLiteral("nomodel") << false << QString() << QString();
    QTest::newRow("no provider") << QStringLiteral("/x") << false << QString() << QString();
    QTest::newRow("no model") << QStringLiteral("x/") << false << QString() << QString();
    QTest::newRow("slash only") << QStringLiteral("/") << false << QString() << QString();
    QTest::newRow("empty") << QString() << false << QString() << QString();
}

void TestCore::modelRefParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, provider);
    QFETCH(QString, model);

    const std::optional<ModelRef> ref = ModelRef::parse(text);
    QCOMPARE(ref.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(ref->provider, provider);
    QCOMPARE(ref->model, model);
    QCOMPARE(ref->toString(), text);
}

void TestCore::generationParamsValidate_data()
{
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("maxTokens");
    QTest::addColumn<double>("topP");            // -1: not set.
    QTest::addColumn<QString>("namedInProblem"); // Empty when the values are valid.

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double unset = -1;

    QTest::newRow("defaults") << 0.7 << 2000 << unset << QString();
    QTest::newRow("temperature 0") << 0.0 << 2000 << unset << QString();
    QTest::newRow("temperature 2") << 2.0 << 2000 << unset << QString();
    QTest::newRow("max tokens 1") << 0.7 << 1 << unset << QString();
    QTest::newRow("max tokens 32000") << 0.7 << 32000 << unset << QString();
    QTest::newRow("top-p 0") << 0.7 << 2000 << 0.0 << QString();
    QTest::newRow("top-p 1") << 0.7 << 2000 << 1.0 << QString();

    const QString temperature = QStringLiteral("temperature");
    const QString maxTokens = QStringLiteral("max tokens");
    const QString topP = QStringLiteral("top-p");
    QTest::newRow("temperature -0.1") << -0.1 << 2000 << unset << temperature;
    QTest::newRow("temperature 2.1") << 2.1 << 2000 << unset << temperature;
    QTest::newRow("temperature NaN") << nan << 2000 << unset << temperature;
    QTest::newRow("temperature infinity")
        << std::numeric_limits<double>::infinity() << 2000 << unset << temperature;
    QTest::newRow("max tokens 0") << 0.7 << 0 << unset << maxTokens;
    QTest::newRow("max tokens 32001") << 0.7 << 32001 << unset << maxTokens;
    QTest::newRow("max tokens negative") << 0.7 << -5 << unset << maxTokens;
    QTest::newRow("top-p 1.5") << 0.7 << 2000 << 1.5 << topP;
    QTest::newRow("top-p NaN") << 0.7 << 2000 << nan << topP;
}

void TestCore::generationParamsValidate()
{
    QFETCH(double, temperature);
    QFETCH(int, maxTokens);
    QFETCH(double, topP);
    QFETCH(QString, namedInProblem);

    GenerationParams params;
    params.temperature = temperature;
    params.maxTokens = maxTokens;
    if (topP != -1)
        params.topP = topP;

    const QStringList problems = params.validate();
    if (namedInProblem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(namedInProblem, Qt::CaseInsensitive),
             qPrintable(problems.first()));
}

void TestCore::everyInvalidParameterReported()
{
    GenerationParams params;
    params.temperature = 3;
    params.maxTokens = 0;
    params.topP = -0.5;

    const QStringList problems = params.validate();
    QCOMPARE(problems.size(), 3);
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("temperature"), Qt::CaseInsensitive));
    QVERIFY(all.contains(QLatin1String("max tokens"), Qt::CaseInsensitive));
    QVERIFY(all.contains(QLatin1String("top-p"), Qt::CaseInsensitive));
}

void TestCore::freedMemoryGoesBackToTheSystem()
{
#if !defined(__GLIBC__)
    QSKIP("Only glibc keeps freed memory this way");
#endif
    if (privateMemoryKb() < 0)
        QSKIP("No /proc/self/smaps_rollup here");
    // Like a turn's many small allocations: 64 MB in 300-byte pieces, all freed but the last
    // (which keeps glibc from trimming the top of the heap on its own).
    std::vector<std::unique_ptr<char[]>> pieces;
    for (int i = 0; i < 220000; ++i) {
        pieces.emplace_back(new char[300]);
        std::fill_n(pieces.back().get(), 300, char(i));
    }
    std::unique_ptr<char[]> last = std::move(pieces.back());
    pieces.clear();
    pieces.shrink_to_fit();
    const qint64 kept = privateMemoryKb();
    coro::releaseFreedMemory();
    const qint64 released = privateMemoryKb();
    QVERIFY2(kept - released > 32 * 1024,
             qPrintable(QStringLiteral("%1 KB before, %2 KB after").arg(kept).arg(released)));
    QCOMPARE(last[0], char(219999 % 256)); // Still usable.
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
