#include "checkpointstream.h"
#include "benchsupport.h"
#include "textsource.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace coro::bench {

StreamFigures stream(const QString &path, int seconds, bool checkpoint)
{
    StorageService service(path);
    QString error;
    if (!service.open(&error))
        fail(error);
    const QList<qint64> ids = service.runBlocking([](ConversationStore &store) {
        const qint64 conversation = store.createConversation();
        const qint64 turn =
            store.addTurn(conversation, 0, QStringLiteral("Compare these approaches, please."));
        QList<qint64> answers;
        for (int slot = 0; slot < kSlots; ++slot) {
            answers << store.addAnswer(turn, slot, QStringLiteral("openrouter"),
                                       QStringLiteral("model-%1").arg(slot), QJsonObject());
        }
        return answers;
    });
    if (ids.size() != kSlots || ids.contains(0))
        fail(QStringLiteral("could not create the streaming answers"));
    TextSource words;
    Rng rng(99);
    QList<QString> source, texts(kSlots);
    for (int slot = 0; slot < kSlots; ++slot)
        source << words.prose(rng, (seconds * 1000 / kTickMs + 10) * kCharsPerTick);

    const auto storageCpu = [&service] {
        return service.runBlocking([](ConversationStore &) { return cpuMs(true); });
    };
    QSet<int> dirty;
    QTimer checkpointTimer;
    checkpointTimer.setInterval(kCheckpointMs);
    QObject::connect(&checkpointTimer, &QTimer::timeout, [&] {
        const QSet<int> changed = std::exchange(dirty, {});
        for (const int slot : changed)
            service.checkpointAnswer(ids.at(slot), texts.at(slot), QString());
        if (dirty.isEmpty())
            checkpointTimer.stop();
    });
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kTickMs);
    qsizetype position = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        for (int slot = 0; slot < kSlots; ++slot) {
            texts[slot] += QStringView(source.at(slot)).mid(position, kCharsPerTick);
            if (checkpoint) {
                dirty.insert(slot);
                if (!checkpointTimer.isActive())
                    checkpointTimer.start();
            }
        }
        position += kCharsPerTick;
    });

    StreamFigures f;
    const int writes0 = service.checkpointWrites();
    const double storage0 = storageCpu();
    const double process0 = cpuMs(false);
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    tick.start();
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    tick.stop();
    checkpointTimer.stop();
    service.flush();
    f.wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
    f.processCpuMs = cpuMs(false) - process0;
    const double storage1 = storageCpu();
    f.storageCpuMs = storage1 - storage0;
    f.writes = service.checkpointWrites() - writes0;
    f.finalChars = texts.at(0).size();
    for (int slot = 0; slot < kSlots; ++slot) {
        service.finishAnswer(ids.at(slot), QStringLiteral("done"), texts.at(slot), QString(),
                             QString(), QString(), 100, static_cast<int>(f.finalChars / 4), 300,
                             seconds * 1000);
    }
    f.finishCpuMs = storageCpu() - storage1;
    return f;
}

} // namespace coro::bench
