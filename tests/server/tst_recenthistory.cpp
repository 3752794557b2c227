#include "protocol/limits.h"
#include "server/room/historystore.h"
#include "server/room/recenthistory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tincan;
using protocol::ChatMessage;

namespace {

ChatMessage message(qint64 seq)
{
    return {seq, 1000 + seq, u"Ann"_qs, u"text %1"_qs.arg(seq), u"id-%1"_qs.arg(seq), {}};
}

QList<qint64> seqs(const RecentHistory::Page &page)
{
    QList<qint64> result;
    for (const QByteArray &json : page.messages) {
        const auto decoded = protocol::decodeHostMessage(json);
        result.append(std::holds_alternative<ChatMessage>(decoded) ? std::get<ChatMessage>(decoded).seq : -1);
    }
    return result;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> result;
    for (qint64 seq = first; seq <= last; ++seq)
        result.append(seq);
    return result;
}

} // namespace

// The room's memory of delivered messages: pages in both directions, from memory where it
// reaches and from SQLite beyond it, with hasMore telling the truth at every edge.
class tst_RecentHistory final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A store holding seq 1..count (ids id-1...), opened fresh.
    std::unique_ptr<HistoryStore> storeWith(qint64 count, const QString &name)
    {
        auto store = std::make_unique<HistoryStore>();
        if (!store->open(m_dir.filePath(name)))
            return nullptr;
        QList<ChatMessage> messages;
        for (qint64 seq = 1; seq <= count; ++seq)
            messages.append(message(seq));
        QList<std::optional<ChatMessage>> existing;
        if (!store->append(messages, &existing))
            return nullptr;
        return store;
    }

private Q_SLOTS:
    void emptyRoomHasNothing()
    {
        RecentHistory history(nullptr);
        QVERIFY(history.load().isEmpty());
        QCOMPARE(history.lastSeq(), 0);
        QVERIFY(history.before(1, 50).messages.isEmpty());
        QVERIFY(!history.before(1, 50).hasMore);
        QVERIFY(history.after(0, 50).messages.isEmpty());
        QVERIFY(!history.after(0, 50).hasMore);
    }

    void pagesFromMemory()
    {
        RecentHistory history(nullptr);
        for (qint64 seq = 1; seq <= 30; ++seq)
            history.append(message(seq));
        QCOMPARE(history.lastSeq(), 30);
        RecentHistory::Page newest = history.before(31, 10);
        QCOMPARE(seqs(newest), range(21, 30));
        QVERIFY(newest.hasMore);
        RecentHistory::Page oldest = history.before(11, 10);
        QCOMPARE(seqs(oldest), range(1, 10));
        QVERIFY(!oldest.hasMore);
        RecentHistory::Page missed = history.after(25, 10);
        QCOMPARE(seqs(missed), range(26, 30));
        QVERIFY(!missed.hasMore);
        RecentHistory::Page some = history.after(0, 10);
        QCOMPARE(seqs(some), range(1, 10));
        QVERIFY(some.hasMore);
        QVERIFY(history.after(30, 10).messages.isEmpty());
    }

    // Messages are kept as they were delivered: a welcome repeats the very same bytes.
    void keepsTheDeliveredBytes()
    {
        RecentHistory history(nullptr);
        const QByteArray delivered = protocol::encode(message(1));
        history.append(message(1), delivered);
        QCOMPARE(history.before(2, 1).messages, QList<QByteArray>{delivered});
    }

    void gapsInSeqAreNoProblem()
    {
        RecentHistory history(nullptr);
        for (const qint64 seq : {2, 3, 7, 8, 20})
            history.append(message(seq));
        QCOMPARE(seqs(history.after(3, 10)), (QList<qint64>{7, 8, 20}));
        QCOMPARE(seqs(history.before(8, 10)), (QList<qint64>{2, 3, 7}));
        QVERIFY(!history.before(8, 10).hasMore);
    }

    // Memory holds the newest recentMessagesKept; older pages come from SQLite, seamlessly.
    void pagesBeyondMemoryComeFromTheStore()
    {
        const qint64 total = limits::recentMessagesKept + 250;
        const auto store = storeWith(total, u"beyond.sqlite"_qs);
        QVERIFY(store);
        RecentHistory history(store.get());
        const QList<ChatMessage> loaded = history.load();
        QCOMPARE(loaded.size(), limits::recentMessagesKept);
        QCOMPARE(loaded.last().seq, total);
        QCOMPARE(history.inMemory(), limits::recentMessagesKept);
        QCOMPARE(history.lastSeq(), total);

        // Walk all the way back in pages of 100 and forward again: every seq once, in order.
        QList<qint64> back;
        qint64 before = total + 1;
        for (;;) {
            const RecentHistory::Page page = history.before(before, 100);
            const QList<qint64> got = seqs(page);
            back = got + back;
            if (!page.hasMore)
                break;
            before = got.first();
        }
        QCOMPARE(back, range(1, total));
        QList<qint64> forward;
        qint64 after = 0;
        for (;;) {
            const RecentHistory::Page page = history.after(after, 100);
            forward += seqs(page);
            if (!page.hasMore)
                break;
            after = forward.last();
        }
        QCOMPARE(forward, range(1, total));
    }

    void oldestInMemoryIsNotMistakenForTheFirst()
    {
        const auto store = storeWith(limits::recentMessagesKept + 1, u"edge.sqlite"_qs);
        QVERIFY(store);
        RecentHistory history(store.get());
        history.load();
        // Seq 1 is only in SQLite: the page that ends at seq 2 must say there is more.
        const RecentHistory::Page page = history.before(3, 1);
        QCOMPARE(seqs(page), QList<qint64>{2});
        QVERIFY(page.hasMore);
        QCOMPARE(seqs(history.before(2, 1)), QList<qint64>{1});
        QVERIFY(!history.before(2, 1).hasMore);
    }
};

QTEST_GUILESS_MAIN(tst_RecentHistory)
#include "tst_recenthistory.moc"
