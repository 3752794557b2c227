#include "ui/messagemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>

#include <algorithm>
#include <QSignalSpy>
#include <QTest>

using tincan::MessageModel;
using tincan::protocol::ChatMessage;

namespace {

ChatMessage message(qint64 seq, const QString &from, const QString &text, qint64 ts = 0, const QString &id = {})
{
    ChatMessage m;
    m.seq = seq;
    m.ts = ts ? ts : 1764102000000 + seq * 1000;
    m.from = from;
    m.text = text;
    m.clientMsgId = id;
    return m;
}

QStringList texts(const MessageModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data(MessageModel::TextRole).toString());
    return result;
}

} // namespace

class tst_MessageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ordersBySeqAndDropsDuplicates();
    void olderPageGoesOnTop();
    void pendingBecomesConfirmedOnce();
    void pendingStayAfterConfirmed();
    void systemLinesStayWhereTheyHappened();
    void groupsConsecutiveMessages();
    void dayLabelsGoAboveEachNewDay();
    void ownAndMentions();
    void fileLineShowsItsUploadUntilItsMessageComes();
    void downloadProgressShowsOnItsMessage();

private:
    MessageModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_MessageModel::init()
{
    m_model = new MessageModel;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_MessageModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void tst_MessageModel::ordersBySeqAndDropsDuplicates()
{
    QCOMPARE(m_model->addMessages({message(2, u"Ann"_qs, u"two"_qs), message(5, u"Bob"_qs, u"five"_qs)}), 2);
    QCOMPARE(m_model->addMessages({message(3, u"Ann"_qs, u"three"_qs), message(5, u"Bob"_qs, u"five"_qs)}), 1);
    QCOMPARE(m_model->addMessages({message(2, u"Ann"_qs, u"two"_qs)}), 0);
    QCOMPARE(texts(*m_model), (QStringList{u"two"_qs, u"three"_qs, u"five"_qs}));
    QCOMPARE(m_model->newestSeq(), 5);
    QCOMPARE(m_model->rowOfSeq(3), 1);
    QCOMPARE(m_model->index(0).data(MessageModel::SeqRole).toLongLong(), 2);
    QCOMPARE(m_model->index(0).data(Qt::DisplayRole).toString(), u"Ann: two"_qs);
}

void tst_MessageModel::olderPageGoesOnTop()
{
    m_model->addMessages({message(10, u"Ann"_qs, u"ten"_qs)});
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->addMessages({message(7, u"Bob"_qs, u"seven"_qs), message(8, u"Bob"_qs, u"eight"_qs)});
    QCOMPARE(texts(*m_model), (QStringList{u"seven"_qs, u"eight"_qs, u"ten"_qs}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
}

void tst_MessageModel::pendingBecomesConfirmedOnce()
{
    m_model->setOwnNick(u"Me"_qs);
    m_model->addMessages({message(1, u"Ann"_qs, u"hi"_qs)});
    m_model->addPending(u"id-1"_qs, u"mine"_qs);
    QCOMPARE(m_model->pendingCount(), 1);
    QModelIndex pending = m_model->index(1);
    QVERIFY(pending.data(MessageModel::PendingRole).toBool());
    QVERIFY(pending.data(MessageModel::OwnRole).toBool());
    QCOMPARE(pending.data(MessageModel::SeqRole).toLongLong(), 0);

    m_model->acknowledge(u"id-1"_qs, 2, 1764102005000);
    QCOMPARE(m_model->pendingCount(), 0);
    // The echo of the same message to everyone changes nothing.
    m_model->addMessages({message(2, u"Me"_qs, u"mine"_qs, 1764102005000, u"id-1"_qs)});
    QCOMPARE(texts(*m_model), (QStringList{u"hi"_qs, u"mine"_qs}));
    QVERIFY(m_model->index(1).data(MessageModel::OwnRole).toBool());
    QVERIFY(!m_model->index(1).data(MessageModel::PendingRole).toBool());
    QCOMPARE(m_model->index(1).data(MessageModel::SeqRole).toLongLong(), 2);
}

void tst_MessageModel::pendingStayAfterConfirmed()
{
    m_model->setOwnNick(u"Me"_qs);
    m_model->addPending(u"a"_qs, u"first"_qs);
    m_model->addPending(u"b"_qs, u"second"_qs);
    m_model->addMessages({message(4, u"Ann"_qs, u"from ann"_qs)});
    QCOMPARE(texts(*m_model), (QStringList{u"from ann"_qs, u"first"_qs, u"second"_qs}));
    // The echo arriving before the ack also replaces the pending line.
    m_model->addMessages({message(5, u"Me"_qs, u"first"_qs, 0, u"a"_qs)});
    QCOMPARE(texts(*m_model), (QStringList{u"from ann"_qs, u"first"_qs, u"second"_qs}));
    QCOMPARE(m_model->pendingCount(), 1);
    QCOMPARE(m_model->pendingText(u"b"_qs), u"second"_qs);
    m_model->removePending(u"b"_qs);
    QCOMPARE(m_model->rowCount(), 2);
}

void tst_MessageModel::systemLinesStayWhereTheyHappened()
{
    m_model->addMessages({message(3, u"Ann"_qs, u"three"_qs)});
    m_model->addSystemLine(u"Bob joined"_qs);
    m_model->addMessages({message(4, u"Bob"_qs, u"four"_qs)});
    m_model->addMessages({message(1, u"Ann"_qs, u"one"_qs)});
    QCOMPARE(texts(*m_model), (QStringList{u"one"_qs, u"three"_qs, u"Bob joined"_qs, u"four"_qs}));
    QCOMPARE(m_model->index(2).data(MessageModel::KindRole).value<MessageModel::Kind>(), MessageModel::Kind::System);
    QVERIFY(!m_model->index(2).data(MessageModel::OwnRole).toBool());
    QCOMPARE(m_model->index(2).data(MessageModel::SeqRole).toLongLong(), 0);
}

void tst_MessageModel::dayLabelsGoAboveEachNewDay()
{
    // Local times, whatever the machine's time zone.
    const auto at = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute)).toMSecsSinceEpoch();
    };
    m_model->addMessages({message(11, u"Ann"_qs, u"late"_qs, at(27, 23, 58)),
                          message(12, u"Ann"_qs, u"later"_qs, at(27, 23, 59)),
                          message(13, u"Ann"_qs, u"after midnight"_qs, at(28, 0, 1)),
                          message(14, u"Bob"_qs, u"next day"_qs, at(29, 9, 0))});
    const auto dayBreak = [this](int row) { return m_model->index(row).data(MessageModel::DayBreakRole).toBool(); };
    QVERIFY(dayBreak(0)); // the first line says which day it is
    QVERIFY(!dayBreak(1));
    QVERIFY(m_model->index(1).data(MessageModel::GroupedRole).toBool());
    // Three minutes after, but on another day: a new day label, and a new group under it.
    QVERIFY(dayBreak(2));
    QVERIFY(!m_model->index(2).data(MessageModel::GroupedRole).toBool());
    QVERIFY(dayBreak(3));

    // An older page arrives above: the label moves to the new first line, and the line that had
    // it is told.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->addMessages({message(10, u"Cy"_qs, u"same day, earlier"_qs, at(27, 20, 0))});
    QVERIFY(dayBreak(0));
    QVERIFY(!dayBreak(1));
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().row() == 1
            && args.at(2).value<QList<int>>().contains(MessageModel::DayBreakRole);
    }));

    // A message waiting to be sent gets its day when the host takes it.
    m_model->setOwnNick(u"Ann"_qs);
    m_model->addPending(u"c1"_qs, u"hello"_qs);
    QVERIFY(!dayBreak(m_model->rowCount() - 1));
}

void tst_MessageModel::groupsConsecutiveMessages()
{
    const qint64 t = 1764102000000;
    m_model->addMessages({message(1, u"Ann"_qs, u"a"_qs, t), message(2, u"Ann"_qs, u"b"_qs, t + 1000),
                          message(3, u"Bob"_qs, u"c"_qs, t + 2000),
                          message(4, u"Bob"_qs, u"d"_qs, t + 2000 + MessageModel::groupWindowMs)});
    QVERIFY(!m_model->index(0).data(MessageModel::GroupedRole).toBool());
    QVERIFY(m_model->index(1).data(MessageModel::GroupedRole).toBool());
    QVERIFY(!m_model->index(2).data(MessageModel::GroupedRole).toBool());
    QVERIFY(!m_model->index(3).data(MessageModel::GroupedRole).toBool()); // too long after

    // A system line between two messages breaks the group.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->addMessages({message(5, u"Bob"_qs, u"e"_qs, t + 2001 + MessageModel::groupWindowMs)});
    QVERIFY(m_model->index(4).data(MessageModel::GroupedRole).toBool());
    m_model->addSystemLine(u"Cy joined"_qs);
    m_model->addMessages({message(6, u"Bob"_qs, u"f"_qs, t + 2002 + MessageModel::groupWindowMs)});
    QVERIFY(!m_model->index(6).data(MessageModel::GroupedRole).toBool());
}

void tst_MessageModel::ownAndMentions()
{
    m_model->addMessages({message(1, u"Ann"_qs, u"hey cat, look"_qs), message(2, u"Ann"_qs, u"category"_qs),
                          message(3, u"Cat"_qs, u"cat here"_qs), message(4, u"Bob"_qs, u"@Cat!"_qs)});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setOwnNick(u"Cat"_qs);
    QVERIFY(!changed.isEmpty());
    QVERIFY(m_model->index(0).data(MessageModel::MentionRole).toBool());
    QVERIFY(!m_model->index(1).data(MessageModel::MentionRole).toBool());
    QVERIFY(m_model->index(2).data(MessageModel::OwnRole).toBool());
    QVERIFY(!m_model->index(2).data(MessageModel::MentionRole).toBool()); // own messages never
    QVERIFY(m_model->index(3).data(MessageModel::MentionRole).toBool());
    QVERIFY(!m_model->index(0).data(MessageModel::OwnRole).toBool());
}

// Sending a file: the pending line says what is being sent and how far it is; the ack alone
// does not turn it into a file-less message; the message with the file replaces it.
void tst_MessageModel::fileLineShowsItsUploadUntilItsMessageComes()
{
    m_model->setOwnNick(u"Me"_qs);
    m_model->addPendingFile(u"f1"_qs, u"Slides.pdf"_qs, 4000000, u"for Monday"_qs);
    QModelIndex line = m_model->index(0);
    QVERIFY(line.data(MessageModel::PendingRole).toBool());
    QCOMPARE(line.data(MessageModel::FileNameRole).toString(), u"Slides.pdf"_qs);
    QCOMPARE(line.data(MessageModel::TextRole).toString(), u"for Monday"_qs);
    QCOMPARE(line.data(MessageModel::TransferRole).value<MessageModel::Transfer>(), MessageModel::Transfer::Upload);
    QVERIFY(line.data(MessageModel::CancellableRole).toBool());
    QVERIFY(!line.data(MessageModel::ImageRole).toBool());
    QCOMPARE(line.data(MessageModel::ProgressTextRole).toString(), u"Waiting to send…"_qs);

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setUploadProgress(u"f1"_qs, tincan::TransferProgress{1000000, 4000000, 500000, 6});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(line.data(MessageModel::ProgressRole).toDouble(), 0.25);
    const QLocale locale;
    QCOMPARE(line.data(MessageModel::ProgressTextRole).toString(),
             locale.formattedDataSize(1000000, 1) + u" of "_qs + locale.formattedDataSize(4000000, 1));
    QCOMPARE(line.data(MessageModel::ProgressRateRole).toString(),
             locale.formattedDataSize(500000, 1) + u"/s · 6 seconds left"_qs);
    const QString spoken = line.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(u"Slides.pdf"_qs) && spoken.contains(u"6 seconds left"_qs), qPrintable(spoken));
    m_model->setUploadProgress(u"f1"_qs, tincan::TransferProgress{1000000, 4000000, 100, 30000});
    QVERIFY(line.data(MessageModel::ProgressRateRole).toString().endsWith(u"8 hours left"_qs));

    m_model->setUploadSent(u"f1"_qs);
    QVERIFY(!line.data(MessageModel::CancellableRole).toBool());
    QCOMPARE(line.data(MessageModel::ProgressRateRole).toString(), QString());
    QCOMPARE(line.data(MessageModel::ProgressRole).toDouble(), 1.0);

    m_model->acknowledge(u"f1"_qs, 7, 1764102005000);
    QCOMPARE(m_model->pendingCount(), 1); // the ack says nothing about where the file is

    ChatMessage sent = message(7, u"Me"_qs, u"for Monday"_qs, 1764102005000, u"f1"_qs);
    tincan::protocol::FileInfo file;
    file.id = u"m1YcAbCdEfGhIjKlMnOpQr"_qs;
    file.name = u"Slides.pdf"_qs;
    file.size = 4000000;
    file.type = u"application/pdf"_qs;
    file.sha256 = QString(64, u'a');
    sent.file = file;
    QCOMPARE(m_model->addMessages({sent}), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->pendingCount(), 0);
    line = m_model->index(0);
    QCOMPARE(line.data(MessageModel::FileRole).value<tincan::protocol::FileInfo>(), file);
    QCOMPARE(line.data(MessageModel::TransferRole).value<MessageModel::Transfer>(), MessageModel::Transfer::None);
    QVERIFY(line.data(MessageModel::OwnRole).toBool());
    QVERIFY(line.data(MessageModel::FileDetailsRole).toString().startsWith(QLocale().formattedDataSize(4000000, 1)));
}

// An image with a thumbnail is shown inline, in its shape; a download's progress shows on the
// message and goes when it ends.
void tst_MessageModel::downloadProgressShowsOnItsMessage()
{
    ChatMessage photo = message(3, u"Ann"_qs, QString());
    tincan::protocol::FileInfo file;
    file.id = u"x0QAbCdEfGhIjKlMnOpQrS"_qs;
    file.name = u"IMG_2041.jpg"_qs;
    file.size = 2415918;
    file.type = u"image/jpeg"_qs;
    file.width = 4032;
    file.height = 3024;
    file.thumb = true;
    photo.file = file;
    m_model->addMessages({photo, message(4, u"Bob"_qs, u"nice"_qs)});
    const QModelIndex line = m_model->index(0);
    QVERIFY(line.data(MessageModel::ImageRole).toBool());
    QCOMPARE(line.data(MessageModel::ImageSizeRole).toSize(), QSize(4032, 3024));
    QVERIFY(line.data(MessageModel::ThumbnailRole).value<QImage>().isNull()); // no source of thumbnails
    QCOMPARE(line.data(MessageModel::TransferRole).value<MessageModel::Transfer>(), MessageModel::Transfer::None);
    QVERIFY(!m_model->index(1).data(MessageModel::FileRole).isValid());

    m_model->setDownloadProgress(file.id, tincan::TransferProgress{2415918 / 2, 2415918, 0, -1});
    QCOMPARE(line.data(MessageModel::TransferRole).value<MessageModel::Transfer>(), MessageModel::Transfer::Download);
    QVERIFY(line.data(MessageModel::CancellableRole).toBool());
    QCOMPARE(line.data(MessageModel::ProgressRole).toDouble(), 0.5);
    QCOMPARE(m_model->index(1).data(MessageModel::TransferRole).value<MessageModel::Transfer>(),
             MessageModel::Transfer::None);
    m_model->endDownload(file.id);
    QCOMPARE(line.data(MessageModel::TransferRole).value<MessageModel::Transfer>(), MessageModel::Transfer::None);
    QCOMPARE(line.data(MessageModel::ProgressRole).toDouble(), -1.0);
}

QTEST_GUILESS_MAIN(tst_MessageModel)
#include "tst_messagemodel.moc"
