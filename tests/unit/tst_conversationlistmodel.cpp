#include "models/conversationlistmodel.h"
#include "storage/storageservice.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coro;

/**
 * The history list as the sidebar shows it. A refresh changes only what changed: a reset would
 * throw away the sidebar's delegates and its scroll position every time a question is asked.
 */
class TestConversationListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void refreshInsertsANewConversationOnTop();
    void refreshMovesRenamesAndRemovesInPlace();
    void archiveViewIsAnotherList();

private:
    qint64 create(const QString &title);
    QStringList titles() const;

    QTemporaryDir m_dir;
    std::unique_ptr<StorageService> m_storage;
    std::unique_ptr<ConversationListModel> m_model;
};

void TestConversationListModel::init()
{
    m_storage = std::make_unique<StorageService>(m_dir.filePath(QStringLiteral("coro.sqlite")));
    QVERIFY(m_storage->open());
    for (const char *title : {"First", "Second", "Third"}) {
        create(QString::fromUtf8(title));
        QTest::qWait(5); // Distinct update times: the newest lists first.
    }
    m_model = std::make_unique<ConversationListModel>(m_storage.get());
    new QAbstractItemModelTester(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    QTRY_COMPARE(m_model->rowCount(), 3);
    QCOMPARE(titles(), (QStringList{QStringLiteral("Third"), QStringLiteral("Second"),
                                    QStringLiteral("First")}));
}

void TestConversationListModel::cleanup()
{
    m_model.reset();
    m_storage.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("coro.sqlite")));
}

qint64 TestConversationListModel::create(const QString &title)
{
    qint64 id = 0;
    m_storage->createConversation(title, this, [&id](qint64 created) { id = created; });
    [&] { QTRY_VERIFY(id > 0); }();
    return id;
}

QStringList TestConversationListModel::titles() const
{
    QStringList list;
    for (int row = 0; row < m_model->rowCount(); ++row)
        list << m_model->index(row).data(ConversationListModel::TitleRole).toString();
    return list;
}

void TestConversationListModel::refreshInsertsANewConversationOnTop()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    create(QStringLiteral("Fourth"));
    m_model->refresh();
    QTRY_COMPARE(m_model->rowCount(), 4);
    QCOMPARE(titles().constFirst(), QStringLiteral("Fourth"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0); // At the top.
    QCOMPARE(resets.size(), 0);
}

void TestConversationListModel::refreshMovesRenamesAndRemovesInPlace()
{
    const qint64 first = m_model->index(2).data(ConversationListModel::IdRole).toLongLong();
    const qint64 third = m_model->index(0).data(ConversationListModel::IdRole).toLongLong();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // Pinned: "First" goes on top.
    m_model->setPinned(first, true);
    QTRY_COMPARE(titles().constFirst(), QStringLiteral("First"));
    QCOMPARE(moved.size(), 1);
    QVERIFY(!changed.isEmpty());
    QVERIFY(m_model->index(0).data(ConversationListModel::PinnedRole).toBool());

    // Renamed in place.
    m_model->rename(third, QStringLiteral("Third, renamed"));
    QTRY_VERIFY(titles().contains(QStringLiteral("Third, renamed")));

    // Deleted: its row goes, the others stay.
    m_model->remove(third);
    QTRY_COMPARE(m_model->rowCount(), 2);
    QCOMPARE(titles(), (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(resets.size(), 0);
}

void TestConversationListModel::archiveViewIsAnotherList()
{
    const qint64 second = m_model->index(1).data(ConversationListModel::IdRole).toLongLong();
    m_model->setArchived(second, true);
    QTRY_COMPARE(m_model->rowCount(), 2);
    m_model->setShowsArchived(true);
    QTRY_COMPARE(titles(), QStringList{QStringLiteral("Second")});
    m_model->setShowsArchived(false);
    QTRY_COMPARE(titles(), (QStringList{QStringLiteral("Third"), QStringLiteral("First")}));
}

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
