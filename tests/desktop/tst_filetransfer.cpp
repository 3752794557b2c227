#include "client/chatsession.h"
#include "client/filedownload.h"
#include "testhost.h"
#include "ui/chatinput.h"
#include "ui/chatwindow.h"
#include "ui/conversationfilter.h"
#include "ui/filetransfers.h"
#include "ui/messagedelegate.h"
#include "ui/messagemodel.h"
#include "windowparts.h"

#include "ui/imageviewer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QListView>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using tincan::ChatInput;
using tincan::ChatSession;
using tincan::ChatWindow;
using tincan::FileDownload;
using tincan::ImageViewer;
using tincan::MessageDelegate;
using tincan::MessageModel;
using tincan::TransferProgress;
using tincan::protocol::FileInfo;

namespace {

constexpr int netTimeoutMs = 20000;

struct Seat
{
    std::unique_ptr<ChatSession> session;
    std::unique_ptr<ChatWindow> window;
    std::unique_ptr<QAbstractItemModelTester> tester;

    ChatWindow *operator->() const { return window.get(); }
    ChatWindow &operator*() const { return *window; }
};

Seat openWindow(const QUrl &url, const QString &nick)
{
    Seat seat;
    seat.session = std::make_unique<ChatSession>();
    seat.session->open(url, nick);
    seat.window = std::make_unique<ChatWindow>(seat.session.get());
    seat.window->setConfirmClose(false);
    seat.window->resize(900, 700);
    seat.window->show();
    seat.tester = std::make_unique<QAbstractItemModelTester>(
        seat.window->messageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return seat;
}

bool connected(const Seat &seat)
{
    return seat.session->state() == ChatSession::State::Connected;
}

// The message line carrying a file of this name (sent, not pending), or an invalid index.
QModelIndex fileLine(const ChatWindow &window, const QString &name)
{
    const MessageModel *model = window.messageModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (!index.data(MessageModel::PendingRole).toBool() && index.data(MessageModel::FileRole).isValid()
            && index.data(MessageModel::FileNameRole).toString() == name)
            return index;
    }
    return {};
}

// The names of the files a window shows, top to bottom (pending ones too).
QStringList fileNames(const ChatWindow &window)
{
    QStringList names;
    const MessageModel *model = window.messageModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(MessageModel::FileRole).isValid())
            names.append(index.data(MessageModel::FileNameRole).toString());
    }
    return names;
}

QByteArray randomBytes(qsizetype size)
{
    QList<quint32> words(size / 4 + 1);
    QRandomGenerator generator{quint32(size)};
    generator.fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Forwards connections to the host, and cuts the first one off after `cutAfter` bytes of the
// answer have gone through (a network that breaks in the middle of a download), or all of them
// when told to (-1: only then).
class CuttingProxy final : public QObject
{
public:
    CuttingProxy(quint16 target, qint64 cutAfter = -1)
        : m_target(target)
        , m_cutAfter(cutAfter)
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("the proxy cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                forward(client);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> requests; // what each connection asked, in order

    // The network goes away for a moment: every connection through it breaks.
    void cutAll()
    {
        for (const QPointer<QTcpSocket> &client : std::as_const(m_clients)) {
            if (client)
                client->abort();
        }
        m_clients.clear();
    }

private:
    void forward(QTcpSocket *client)
    {
        const qsizetype number = requests.size();
        requests.append(QByteArray());
        m_clients.append(client);
        auto *upstream = new QTcpSocket(client);
        auto *forwarded = new qint64(0);
        connect(client, &QObject::destroyed, this, [forwarded] { delete forwarded; });
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, number] {
            const QByteArray bytes = client->readAll();
            requests[number] += bytes;
            m_waiting[client] += bytes;
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(m_waiting.take(client));
        });
        connect(upstream, &QTcpSocket::connected, this, [this, client, upstream] {
            if (m_waiting.contains(client))
                upstream->write(m_waiting.take(client));
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream, number, forwarded] {
            QByteArray bytes = upstream->readAll();
            if (number == 0 && m_cutAfter >= 0 && *forwarded + bytes.size() >= m_cutAfter) {
                client->write(bytes.left(m_cutAfter - *forwarded));
                client->flush();
                client->abort();
                upstream->abort();
                client->deleteLater();
                return;
            }
            *forwarded += bytes.size();
            client->write(bytes);
        });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::errorOccurred, upstream, [upstream] { upstream->abort(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

    QTcpServer m_server;
    quint16 m_target;
    qint64 m_cutAfter;
    QHash<QTcpSocket *, QByteArray> m_waiting;
    QList<QPointer<QTcpSocket>> m_clients;
};

QImage testPicture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, QColor(0x3f, 0x58, 0xe0));
    gradient.setColorAt(1, QColor(0xf5, 0xb7, 0x00));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::white);
    painter.drawEllipse(QRect(width / 4, height / 4, width / 2, height / 2));
    return image;
}

void dropFiles(ChatWindow &window, const QStringList &paths)
{
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    QWidget *target = part<QListView>(window, u"messageList"_qs)->viewport();
    const QPointF at = QPointF(target->rect().center());
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    delete mime;
}

} // namespace

class tst_FileTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pastedPictureArrivesAsAnImage();
    void fileIsSavedByteForByte();
    void brokenDownloadGoesOnWithRange();
    void partLeftByAnEarlierTryIsContinued();
    void cancelledUploadIsNeverAnnounced();
    void uploadGoesOnAfterTheConnectionDrops();
    void tooLargeFileIsRefusedInWords();
    void droppedFilesGoInOrderWithTheText();

private:
    QTemporaryDir m_files;
};

void tst_FileTransfer::initTestCase()
{
    QVERIFY(m_files.isValid());
    QStandardPaths::setTestModeEnabled(true); // the image viewer's cache
}

// Ctrl+V with a screenshot on the clipboard: the picture goes to the room as a PNG named after
// the moment, and the others see it inline, in its shape, with its thumbnail.
void tst_FileTransfer::pastedPictureArrivesAsAnImage()
{
    TestHost host;
    QVERIFY(host.start());
    Seat ann = openWindow(host.chatUrl(), u"Ann"_qs);
    Seat bob = openWindow(host.chatUrl(), u"Bob"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(connected(ann) && connected(bob), netTimeoutMs);

    QApplication::clipboard()->setImage(testPicture(640, 400));
    ChatInput *input = part<ChatInput>(*ann, u"messageInput"_qs);
    ann->activateWindow();
    input->setFocus();
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(input->toPlainText().isEmpty()); // a picture, not text
    // While it is sent, Ann sees the picture itself on her line, in its shape.
    QCOMPARE(ann->messageModel()->pendingCount(), 1);
    const QModelIndex sending = ann->messageModel()->index(ann->messageModel()->rowCount() - 1);
    QVERIFY(sending.data(MessageModel::PendingRole).toBool());
    QVERIFY(sending.data(MessageModel::ImageRole).toBool());
    QCOMPARE(sending.data(MessageModel::ImageSizeRole).toSize(), QSize(640, 400));
    QCOMPARE(sending.data(MessageModel::ThumbnailRole).value<QImage>().size(), QSize(640, 400));

    QModelIndex line;
    QTRY_VERIFY_WITH_TIMEOUT(fileNames(*bob).size() == 1 && (line = fileLine(*bob, fileNames(*bob).constFirst())).isValid(),
                             netTimeoutMs);
    const QString name = line.data(MessageModel::FileNameRole).toString();
    static const QRegularExpression pattern(u"^Pasted image \\d{4}-\\d{2}-\\d{2} \\d{2}\\.\\d{2}\\.\\d{2}\\.png$"_qs);
    QVERIFY2(pattern.match(name).hasMatch(), qPrintable(name));
    QCOMPARE(line.data(MessageModel::SenderRole).toString(), u"Ann"_qs);
    QVERIFY(line.data(MessageModel::ImageRole).toBool());
    QCOMPARE(line.data(MessageModel::ImageSizeRole).toSize(), QSize(640, 400));
    QCOMPARE(line.data(MessageModel::FileRole).value<FileInfo>().type, u"image/png"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(!line.data(MessageModel::ThumbnailRole).value<QImage>().isNull(), netTimeoutMs);
    const QImage thumbnail = line.data(MessageModel::ThumbnailRole).value<QImage>();
    QVERIFY(std::max(thumbnail.width(), thumbnail.height()) <= tincan::limits::thumbnailEdge);
    QCOMPARE(thumbnail.width() * 400 / 640, thumbnail.height()); // the same shape

    // The delegate lays it out in the image's shape, before and after the thumbnail came.
    auto *view = part<QListView>(*bob, u"messageList"_qs);
    auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(bob->shownLines()->mapFromSource(line));
    option.widget = view;
    const QRect shown = delegate->layoutFor(option, line).attachment;
    QVERIFY(!shown.isEmpty());
    QVERIFY2(qAbs(shown.width() * 400 - shown.height() * 640) <= 640, qPrintable(u"%1x%2"_qs.arg(shown.width()).arg(shown.height())));

    // A click on the picture opens it in a viewer, fetched whole: the very pixels pasted.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, shown.center());
    ImageViewer *viewer = nullptr;
    QTRY_VERIFY((viewer = bob->findChild<ImageViewer *>()));
    QTRY_VERIFY_WITH_TIMEOUT(viewer->isLoaded(), netTimeoutMs);
    QCOMPARE(viewer->image().convertToFormat(QImage::Format_RGB32), testPicture(640, 400));
    QVERIFY(viewer->isFitting());
    const qreal fitted = viewer->zoom();
    viewer->zoomIn();
    QVERIFY(viewer->zoom() > fitted);
    QVERIFY(!viewer->isFitting());
    viewer->close();

    // Ann's own line became the same message (no second line, nothing pending).
    QTRY_VERIFY(fileLine(*ann, name).isValid());
    QCOMPARE(ann->messageModel()->pendingCount(), 0);
    QCOMPARE(fileNames(*ann), QStringList{name});
}

// A file with a caption: the others see a card with its name, size and type, and Save fetches
// exactly its bytes, checked against the message's SHA-256, with no .part left behind. Someone
// who joins later sees the file too.
void tst_FileTransfer::fileIsSavedByteForByte()
{
    TestHost host;
    QVERIFY(host.start());
    Seat ann = openWindow(host.chatUrl(), u"Ann"_qs);
    Seat bob = openWindow(host.chatUrl(), u"Bob"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(connected(ann) && connected(bob), netTimeoutMs);

    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 17);
    const QString path = writeFile(m_files, u"Slides.pdf"_qs, bytes);
    part<ChatInput>(*ann, u"messageInput"_qs)->setPlainText(u"for Monday"_qs);
    dropFiles(*ann, {path});
    QVERIFY(part<ChatInput>(*ann, u"messageInput"_qs)->toPlainText().isEmpty());

    QModelIndex line;
    QTRY_VERIFY_WITH_TIMEOUT((line = fileLine(*bob, u"Slides.pdf"_qs)).isValid(), netTimeoutMs);
    QCOMPARE(line.data(MessageModel::TextRole).toString(), u"for Monday"_qs);
    QVERIFY(!line.data(MessageModel::ImageRole).toBool());
    const QString details = line.data(MessageModel::FileDetailsRole).toString();
    QVERIFY2(details.startsWith(QLocale().formattedDataSize(bytes.size(), 1)), qPrintable(details));
    QVERIFY2(details.contains(u"PDF"_qs), qPrintable(details));
    const FileInfo file = line.data(MessageModel::FileRole).value<FileInfo>();
    QCOMPARE(file.size, bytes.size());
    QCOMPARE(file.sha256, sha256(bytes));

    QTemporaryDir saveDir;
    const QString target = saveDir.filePath(u"Slides.pdf"_qs);
    QVERIFY(bob->fileTransfers()->saveTo(file, target));
    QCOMPARE(line.data(MessageModel::TransferRole).value<MessageModel::Transfer>(), MessageModel::Transfer::Download);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), netTimeoutMs);
    QCOMPARE(readFile(target), bytes);
    QVERIFY(!QFile::exists(target + u".part"_qs));
    QTRY_COMPARE(line.data(MessageModel::TransferRole).value<MessageModel::Transfer>(), MessageModel::Transfer::None);
    QVERIFY2(bob->noticeText().startsWith(u"Saved “Slides.pdf”"_qs), qPrintable(bob->noticeText()));

    Seat carl = openWindow(host.chatUrl(), u"Carl"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(fileLine(*carl, u"Slides.pdf"_qs).isValid(), netTimeoutMs);
    QCOMPARE(fileLine(*carl, u"Slides.pdf"_qs).data(MessageModel::FileRole).value<FileInfo>(), file);
}

// The connection breaks in the middle of a download: it asks for the rest with Range and the
// file is whole and checked.
void tst_FileTransfer::brokenDownloadGoesOnWithRange()
{
    TestHost host;
    QVERIFY(host.start());
    ChatSession ann;
    ann.open(host.chatUrl(), u"Ann"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.state(), ChatSession::State::Connected, netTimeoutMs);
    QSignalSpy arrived(&ann, &ChatSession::messagesArrived);
    const QByteArray bytes = randomBytes(4 * 1024 * 1024 + 5);
    QVERIFY(!ann.sendFile(writeFile(m_files, u"video.bin"_qs, bytes)).isEmpty());
    std::optional<FileInfo> file;
    QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty() && (file = arrived.constLast().at(0).value<QList<tincan::protocol::ChatMessage>>().constFirst().file),
                             netTimeoutMs);

    CuttingProxy proxy(host.port(), 1024 * 1024);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QTemporaryDir saveDir;
    const QString target = saveDir.filePath(u"video.bin"_qs);
    QUrl url(u"http://127.0.0.1/files/"_qs + file->id);
    url.setPort(proxy.port());
    FileDownload download(&network, url, target, file->size, file->sha256);
    QSignalSpy finished(&download, &FileDownload::finished);
    QSignalSpy failed(&download, &FileDownload::failed);
    download.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), netTimeoutMs);
    QVERIFY(failed.isEmpty());
    QCOMPARE(readFile(target), bytes);
    QCOMPARE(proxy.requests.size(), 2);
    QVERIFY(!proxy.requests.at(0).contains("Range:"));
    QVERIFY(download.requestedFrom() > 0);
    QVERIFY2(proxy.requests.at(1).contains(QByteArray("Range: bytes=" + QByteArray::number(download.requestedFrom()) + "-\r\n")),
             proxy.requests.at(1).constData());
    QVERIFY(!QFile::exists(target + u".part"_qs));
}

// Save again after a download stopped halfway (the app closed, say): it goes on from the .part
// with Range. A .part that is not this file's start is not trusted: the file is fetched whole.
void tst_FileTransfer::partLeftByAnEarlierTryIsContinued()
{
    TestHost host;
    QVERIFY(host.start());
    ChatSession ann;
    ann.open(host.chatUrl(), u"Ann"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(ann.state(), ChatSession::State::Connected, netTimeoutMs);
    QSignalSpy arrived(&ann, &ChatSession::messagesArrived);
    const QByteArray bytes = randomBytes(2 * 1024 * 1024 + 3);
    QVERIFY(!ann.sendFile(writeFile(m_files, u"archive.zip"_qs, bytes)).isEmpty());
    std::optional<FileInfo> file;
    QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty() && (file = arrived.constLast().at(0).value<QList<tincan::protocol::ChatMessage>>().constFirst().file),
                             netTimeoutMs);

    QTemporaryDir saveDir;
    const QString target = saveDir.filePath(u"archive.zip"_qs);
    const qsizetype half = bytes.size() / 2;
    QFile part(target + u".part"_qs);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(bytes.left(half));
    part.close();

    std::unique_ptr<FileDownload> download(ann.download(*file, target));
    QVERIFY(download);
    QList<qint64> progress;
    connect(download.get(), &FileDownload::progressChanged, this,
            [&progress](const TransferProgress &p) { progress.append(p.done); });
    QSignalSpy finished(download.get(), &FileDownload::finished);
    download->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), netTimeoutMs);
    QCOMPARE(download->requestedFrom(), half);
    QCOMPARE(progress.constFirst(), half);
    QCOMPARE(readFile(target), bytes);

    // The same again with a .part of other bytes: the check fails, the file comes whole.
    QFile::remove(target);
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write(randomBytes(half + 1));
    part.close();
    download.reset(ann.download(*file, target));
    QSignalSpy finishedAgain(download.get(), &FileDownload::finished);
    download->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finishedAgain.isEmpty(), netTimeoutMs);
    QCOMPARE(download->requestedFrom(), 0);
    QCOMPARE(readFile(target), bytes);
}

// Cancel on the message while the file is on its way: its line goes, and nobody ever gets a
// message with it, while the chat goes on.
void tst_FileTransfer::cancelledUploadIsNeverAnnounced()
{
    TestHost host;
    QVERIFY(host.start());
    Seat ann = openWindow(host.chatUrl(), u"Ann"_qs);
    Seat bob = openWindow(host.chatUrl(), u"Bob"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(connected(ann) && connected(bob), netTimeoutMs);

    auto *view = part<QListView>(*ann, u"messageList"_qs);
    bool clicked = false;
    // Clicked from the progress itself, so that the click surely comes before the last byte.
    connect(ann.session.get(), &ChatSession::uploadProgress, this,
            [&](const QString &id, const TransferProgress &progress) {
                if (clicked || progress.done <= 0 || progress.done >= progress.total)
                    return;
                const QModelIndex line = ann->messageModel()->index(ann->messageModel()->rowOfPending(id));
                QVERIFY(line.data(MessageModel::CancellableRole).toBool());
                auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
                QStyleOptionViewItem option;
                option.initFrom(view->viewport());
                option.rect = view->visualRect(ann->shownLines()->mapFromSource(line));
                option.widget = view;
                const QRect cancel = delegate->layoutFor(option, line).cancel;
                QVERIFY(!cancel.isEmpty());
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cancel.center());
                clicked = true;
            });
    QSignalSpy cancelled(ann.session.get(), &ChatSession::uploadCancelled);
    dropFiles(*ann, {writeFile(m_files, u"huge.iso"_qs, randomBytes(48 * 1024 * 1024))});
    QTRY_VERIFY_WITH_TIMEOUT(clicked, netTimeoutMs);
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(fileNames(*ann), QStringList());
    QCOMPARE(ann->messageModel()->pendingCount(), 0);

    part<ChatInput>(*ann, u"messageInput"_qs)->setPlainText(u"never mind"_qs);
    QTest::keyClick(part<ChatInput>(*ann, u"messageInput"_qs), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(shownTexts(*bob).contains(u"never mind"_qs), netTimeoutMs);
    // Well after: still no file, for anyone, nor for someone who joins now.
    Seat carl = openWindow(host.chatUrl(), u"Carl"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(shownTexts(*carl).contains(u"never mind"_qs), netTimeoutMs);
    QCOMPARE(fileNames(*bob), QStringList());
    QCOMPARE(fileNames(*carl), QStringList());
    QCOMPARE(fileNames(*ann), QStringList());
}

// The connection drops while a file is on its way: once back, the same upload asks again and
// sends only what the host does not have yet (Content-Range), and the room gets the file whole.
void tst_FileTransfer::uploadGoesOnAfterTheConnectionDrops()
{
    TestHost host;
    QVERIFY(host.start());
    CuttingProxy network(host.port());
    QUrl viaNetwork = host.chatUrl();
    viaNetwork.setPort(network.port());
    Seat ann = openWindow(viaNetwork, u"Ann"_qs);
    Seat bob = openWindow(host.chatUrl(), u"Bob"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(connected(ann) && connected(bob), netTimeoutMs);

    const QByteArray bytes = randomBytes(32 * 1024 * 1024 + 11);
    bool cut = false;
    connect(ann.session.get(), &ChatSession::uploadProgress, this, [&](const QString &, const TransferProgress &progress) {
        if (!cut && progress.done > 4 * 1024 * 1024) {
            cut = true;
            network.cutAll();
        }
    });
    QSignalSpy states(ann.session.get(), &ChatSession::stateChanged);
    dropFiles(*ann, {writeFile(m_files, u"backup.tar"_qs, bytes)});
    QTRY_VERIFY_WITH_TIMEOUT(cut, netTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList{QVariant::fromValue(ChatSession::State::Reconnecting)}),
                             netTimeoutMs);

    QModelIndex line;
    QTRY_VERIFY_WITH_TIMEOUT((line = fileLine(*bob, u"backup.tar"_qs)).isValid(), netTimeoutMs);
    QCOMPARE(line.data(MessageModel::FileRole).value<FileInfo>().sha256, sha256(bytes));
    QCOMPARE(fileNames(*bob), QStringList{u"backup.tar"_qs}); // once
    QTRY_COMPARE(ann->messageModel()->pendingCount(), 0);
    QCOMPARE(fileNames(*ann), QStringList{u"backup.tar"_qs});

    // The second PUT went on from where the host was, not from the start.
    static const QRegularExpression range(u"Content-Range: bytes (\\d+)-(\\d+)/(\\d+)"_qs,
                                          QRegularExpression::CaseInsensitiveOption);
    qint64 resumedAt = -1;
    for (const QByteArray &request : std::as_const(network.requests)) {
        if (!request.startsWith("PUT "))
            continue;
        const auto match = range.match(QString::fromLatin1(request.left(4096)));
        if (match.hasMatch()) {
            resumedAt = match.captured(1).toLongLong();
            QCOMPARE(match.captured(2).toLongLong(), bytes.size() - 1);
            QCOMPARE(match.captured(3).toLongLong(), bytes.size());
        }
    }
    QVERIFY2(resumedAt > 0, "no PUT went on from an offset");
}

// A file over the host's --max-file-size: the sender is told in a sentence, the text written
// with it is back in the input, and nobody gets a message; a file within it goes through.
void tst_FileTransfer::tooLargeFileIsRefusedInWords()
{
    TestHost host;
    host.setFileLimits(1024 * 1024, tincan::limits::defaultMaxStorage, tincan::limits::minFreeDiskBytes);
    QVERIFY(host.start());
    Seat ann = openWindow(host.chatUrl(), u"Ann"_qs);
    Seat bob = openWindow(host.chatUrl(), u"Bob"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(connected(ann) && connected(bob), netTimeoutMs);

    ChatInput *input = part<ChatInput>(*ann, u"messageInput"_qs);
    input->setPlainText(u"the whole film"_qs);
    dropFiles(*ann, {writeFile(m_files, u"film.mkv"_qs, randomBytes(1024 * 1024 + 1))});
    QTRY_COMPARE_WITH_TIMEOUT(ann->noticeText(), u"“film.mkv” was not sent: it is larger than the host takes."_qs,
                              netTimeoutMs);
    QCOMPARE(fileNames(*ann), QStringList());
    QCOMPARE(ann->messageModel()->pendingCount(), 0);
    QCOMPARE(input->toPlainText(), u"the whole film"_qs);

    input->clear();
    dropFiles(*ann, {writeFile(m_files, u"trailer.mkv"_qs, randomBytes(1024 * 1024))});
    QTRY_COMPARE_WITH_TIMEOUT(fileNames(*bob), QStringList{u"trailer.mkv"_qs}, netTimeoutMs);
    QCOMPARE(fileNames(*ann), QStringList{u"trailer.mkv"_qs});
}

// Two files dropped at once: two messages, in the order dropped, the text in the box going with
// the first.
void tst_FileTransfer::droppedFilesGoInOrderWithTheText()
{
    TestHost host;
    QVERIFY(host.start());
    Seat ann = openWindow(host.chatUrl(), u"Ann"_qs);
    Seat bob = openWindow(host.chatUrl(), u"Bob"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(connected(ann) && connected(bob), netTimeoutMs);

    // The first is the larger: sent at once, it would be announced last.
    const QString first = writeFile(m_files, u"first-big.bin"_qs, randomBytes(6 * 1024 * 1024));
    const QString second = writeFile(m_files, u"second-small.txt"_qs, "hello\n");
    // Files dragged over the window say what a drop does, and stop saying it when they leave.
    {
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(first)});
        QWidget *target = part<QListView>(*ann, u"messageList"_qs)->viewport();
        QDragEnterEvent enter(target->rect().center(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QCOMPARE(ann->noticeText(), u"Drop to send to everyone in this chat"_qs);
        QDragLeaveEvent leave;
        QApplication::sendEvent(ann.window.get(), &leave);
        QCOMPARE(ann->noticeText(), QString());
        delete mime;
    }
    part<ChatInput>(*ann, u"messageInput"_qs)->setPlainText(u"two things"_qs);
    dropFiles(*ann, {first, second});
    // Both show at once on Ann's side, as being sent.
    QCOMPARE(fileNames(*ann), (QStringList{u"first-big.bin"_qs, u"second-small.txt"_qs}));
    QCOMPARE(ann->messageModel()->pendingCount(), 2);

    QTRY_COMPARE_WITH_TIMEOUT(fileNames(*bob), (QStringList{u"first-big.bin"_qs, u"second-small.txt"_qs}), netTimeoutMs);
    const QModelIndex one = fileLine(*bob, u"first-big.bin"_qs);
    const QModelIndex two = fileLine(*bob, u"second-small.txt"_qs);
    QVERIFY(one.data(MessageModel::SeqRole).toLongLong() < two.data(MessageModel::SeqRole).toLongLong());
    QCOMPARE(one.data(MessageModel::TextRole).toString(), u"two things"_qs);
    QCOMPARE(two.data(MessageModel::TextRole).toString(), QString());
    QTRY_COMPARE(ann->messageModel()->pendingCount(), 0);
    QCOMPARE(fileNames(*ann), fileNames(*bob));
}

QTEST_MAIN(tst_FileTransfer)
#include "tst_filetransfer.moc"
