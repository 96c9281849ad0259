#pragma once

#include "storage/conversationstore.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace coro::test {

/**
 * @brief Base of the store tests: a fresh history file per test, a clock that always moves
 *        forward, and the search-index integrity check after every test.
 */
class StoreTestCase : public QObject
{
protected:
    /// Call from init(): a new file at the latest schema.
    void openStore()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("coro.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        // Every call sees a later millisecond, so "newest" never depends on the machine's speed.
        m_store = std::make_unique<ConversationStore>(*m_db, [this] { return ++m_now; });
    }

    /// Call from cleanup(): every test also checks the search index still matches the tables.
    void closeStore()
    {
        QCOMPARE(m_db->integrityCheck(), QStringLiteral("ok"));
        m_store.reset();
        m_db.reset();
    }

    /// An answer row; finished with @p status and @p text unless it is still streaming.
    qint64 answerOf(qint64 turnId, int slot, const QString &provider, const QString &model,
                    const QString &status, const QString &text)
    {
        const qint64 id = m_store->addAnswer(turnId, slot, provider, model, {});
        if (id != 0 && status != QStringLiteral("streaming"))
            m_store->finishAnswer(id, status, text, {}, {}, {}, -1, -1, -1, -1);
        return id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConversationStore> m_store;
    qint64 m_now = 1'700'000'000'000;
};

} // namespace coro::test
