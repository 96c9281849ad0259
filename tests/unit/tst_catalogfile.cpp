#include "context/searchcatalog.h"
#include "providers/catalogfile.h"
#include "providers/providercatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;

// providers.json is the user's file: read whole when it is a catalog's size, refused with a
// clear error when it is not, and never read into memory past the bound.
class TestCatalogFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aMissingFileIsNotAnError();
    void aCatalogIsReadWhole();
    void aHugeFileIsRefusedWithoutReadingIt();
    void anUnreadableFileSaysWhy();
    void bothCatalogsRefuseAHugeFile();

private:
    static QString write(const QTemporaryDir &dir, const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("providers.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }
    static QString writeHuge(const QTemporaryDir &dir)
    {
        // A valid JSON document just over the bound: only its size is wrong.
        QByteArray json = "{\"providers\": [], \"padding\": \"";
        json += QByteArray(CatalogFile::kMaxBytes, 'x');
        json += "\"}";
        return write(dir, json);
    }
};

void TestCatalogFile::aMissingFileIsNotAnError()
{
    QTemporaryDir dir;
    QByteArray bytes = "left alone";
    QString error;
    QCOMPARE(CatalogFile::read(dir.filePath(QStringLiteral("providers.json")), &bytes, &error),
             CatalogFile::Status::Missing);
    QVERIFY(error.isEmpty());
}

void TestCatalogFile::aCatalogIsReadWhole()
{
    QTemporaryDir dir;
    const QByteArray json = "{\"providers\": []}\n";
    const QString path = write(dir, json);
    QByteArray bytes;
    QString error;
    QCOMPARE(CatalogFile::read(path, &bytes, &error), CatalogFile::Status::Read);
    QCOMPARE(bytes, json);
    QVERIFY(error.isEmpty());
}

void TestCatalogFile::aHugeFileIsRefusedWithoutReadingIt()
{
    QTemporaryDir dir;
    const QString path = writeHuge(dir);
    QVERIFY(!path.isEmpty());
    QByteArray bytes;
    QString error;
    QCOMPARE(CatalogFile::read(path, &bytes, &error), CatalogFile::Status::Failed);
    QVERIFY(bytes.isEmpty());
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("larger than 4 MB")), qPrintable(error));
}

void TestCatalogFile::anUnreadableFileSaysWhy()
{
    QTemporaryDir dir;
    // A folder where the file should be: it exists, and cannot be read as a file.
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    QVERIFY(QDir().mkpath(path));
    QByteArray bytes;
    QString error;
    QCOMPARE(CatalogFile::read(path, &bytes, &error), CatalogFile::Status::Failed);
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY(error.size() > path.size() + 2);
}

void TestCatalogFile::bothCatalogsRefuseAHugeFile()
{
    QTemporaryDir dir;
    const QString path = writeHuge(dir);
    QString providersError;
    QVERIFY(!ProviderCatalog::load(path, &providersError));
    QVERIFY2(providersError.contains(QStringLiteral("larger than")), qPrintable(providersError));
    QString searchError;
    QVERIFY(!SearchCatalog::load(path, &searchError));
    QVERIFY2(searchError.contains(QStringLiteral("larger than")), qPrintable(searchError));
    // And a bad catalog still says what is wrong with it, after the path.
    const QString bad = write(dir, "{\"providers\": 3}");
    QString badError;
    QVERIFY(!ProviderCatalog::load(bad, &badError));
    QVERIFY2(badError.startsWith(bad + QStringLiteral(": ")), qPrintable(badError));
}

QTEST_GUILESS_MAIN(TestCatalogFile)
#include "tst_catalogfile.moc"
