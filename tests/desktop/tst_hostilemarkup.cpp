#include "client/chatsession.h"
#include "testclient.h"
#include "testhost.h"
#include "ui/chatwindow.h"
#include "ui/filetransfers.h"
#include "ui/imageviewer.h"
#include "ui/messagemodel.h"
#include "ui/rostermodel.h"
#include "ui/startwindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>

#include <memory>
#include <vector>

using tincan::ChatSession;
using tincan::ChatWindow;
using tincan::MessageModel;

namespace {

constexpr int netTimeoutMs = 10000;

// Names and texts that a label in Qt::AutoText would render as HTML: an image that reads a
// device that never ends, a heading, a link, nested tables, entities, styles.
const QStringList markupNames{
    u"<img src=/dev/zero>"_qs,
    u"<h1>BIG</h1>"_qs,
    u"<a href=\"http://x.invalid\">x</a>"_qs,
    u"<b>bold</b> &amp; <i>it</i>"_qs,
    u"<font size=7 color=red>R</font>"_qs,
    u"&lt;not a tag&gt; &#x41;"_qs,
};

QString nestedTables(int depth)
{
    QString html;
    for (int i = 0; i < depth; ++i)
        html += u"<table><tr><td>"_qs;
    html += u"deep"_qs;
    for (int i = 0; i < depth; ++i)
        html += u"</td></tr></table>"_qs;
    return html;
}

qint64 residentKilobytes()
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Every label of `window` whose text has markup in it must show it as plain text.
QStringList labelsReadingMarkup(const QWidget &window)
{
    QStringList offenders;
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(u'<') && label->textFormat() != Qt::PlainText)
            offenders.append(label->objectName() + u": "_qs + label->text());
    }
    return offenders;
}

} // namespace

// A room whose name, people and messages are a catalogue of markup, seen from a desktop: every
// label shows them as typed, nothing is loaded, laid out or run, and the program stays small.
class tst_HostileMarkup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markupShowsAsTyped()
    {
        const QString room = u"<img src=/dev/zero> <h1>Room</h1>"_qs;
        TestHost host(room);
        QVERIFY(host.start());

        ChatSession session;
        session.open(host.chatUrl(), u"Watcher"_qs);
        ChatWindow window(&session);
        window.setConfirmClose(false);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ChatSession::State::Connected, netTimeoutMs);

        std::vector<std::unique_ptr<TestClient>> people;
        for (const QString &name : markupNames) {
            people.push_back(std::make_unique<TestClient>());
            QVERIFY(people.back()->join(host.chatUrl(), name));
        }
        QTRY_COMPARE(session.roster().size(), markupNames.size() + 1);

        // Each starts typing while the window looks: the typing line names them as typed.
        for (qsizetype i = 0; i < markupNames.size(); ++i) {
            people[i]->sendObject(protocol::Typing{true}.toJson());
            QTRY_COMPARE(window.typingText(), u"%1 is typing…"_qs.arg(markupNames[i]));
            QVERIFY2(labelsReadingMarkup(window).isEmpty(), qPrintable(labelsReadingMarkup(window).join(u'\n')));
            people[i]->sendObject(protocol::Typing{false}.toJson());
            QTRY_VERIFY(window.typingText().isEmpty());
        }

        // Messages of markup, and a rename to more of it.
        const QStringList texts{markupNames[0], nestedTables(40), u"<script>alert(1)</script>"_qs,
                                u"<img src=\"file:///dev/urandom\" width=99999 height=99999>"_qs};
        for (qsizetype i = 0; i < texts.size(); ++i)
            people[i]->sendObject(protocol::Send{u"markup-%1"_qs.arg(i), texts[i], {}, {}}.toJson());
        people.back()->sendObject(protocol::Rename{u"<marquee>moving</marquee>"_qs}.toJson());
        QTRY_VERIFY_WITH_TIMEOUT(session.roster().contains(u"<marquee>moving</marquee>"_qs), netTimeoutMs);

        const MessageModel *model = window.messageModel();
        QStringList shown;
        QTRY_VERIFY([&] {
            shown.clear();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row);
                if (index.data(MessageModel::KindRole).value<MessageModel::Kind>() == MessageModel::Kind::Message)
                    shown.append(index.data(MessageModel::TextRole).toString());
            }
            return shown.size() == texts.size();
        }());
        QCOMPARE(shown, texts);
        // The view paints them (the delegate lays out every row it shows).
        window.resize(900, 700);
        QApplication::processEvents();
        window.grab();

        QVERIFY(window.windowTitle().contains(room));
        QVERIFY2(labelsReadingMarkup(window).isEmpty(), qPrintable(labelsReadingMarkup(window).join(u'\n')));
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) { return label->text() == room; }));

        // Asking to stop hosting quotes the room's name: as plain text too.
        window.setConfirmClose(true);
        window.setHosting({QUrl(u"http://127.0.0.1:%1/"_qs.arg(host.port()))}, true);
        bool boxSeen = false;
        QTimer::singleShot(200, this, [&boxSeen] {
            const QWidgetList windows = QApplication::topLevelWidgets();
            for (QWidget *widget : windows) {
                if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                    boxSeen = box->textFormat() == Qt::PlainText;
                    box->reject();
                }
            }
        });
        window.close();
        QVERIFY2(boxSeen, "the stop-hosting question shows the room's name as plain text");
        QVERIFY(window.isVisible()); // the question was answered with Cancel

        // Nothing was loaded: a label reading <img src=/dev/zero> runs out of memory.
        const qint64 resident = residentKilobytes();
        QVERIFY2(resident > 0 && resident < 400 * 1024, qPrintable(QString::number(resident)));
        window.setConfirmClose(false);
        window.close();
        host.stop();
    }

    // A host and a removed member named in markup: the host's badge, its tooltip and the removed
    // line name them as typed.
    void moderationShowsNamesAsTyped()
    {
        TestHost host;
        host.setHostKey(u"test-host-key"_qs);
        QVERIFY(host.start());
        const QString hostName = u"<h1>Host</h1>"_qs;
        ChatSession hostSession;
        hostSession.setHostKey(u"test-host-key"_qs);
        hostSession.open(host.chatUrl(), hostName);
        QTRY_COMPARE_WITH_TIMEOUT(hostSession.state(), ChatSession::State::Connected, netTimeoutMs);

        ChatSession session;
        session.open(host.chatUrl(), u"Watcher"_qs);
        ChatWindow window(&session);
        window.setConfirmClose(false);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ChatSession::State::Connected, netTimeoutMs);
        TestClient victim;
        QVERIFY(victim.join(host.chatUrl(), markupNames[0]));
        QTRY_COMPARE(window.rosterModel()->rowCount(), 3);

        const int hostRow = int(window.rosterModel()->nicks().indexOf(hostName));
        const QModelIndex entry = window.rosterModel()->index(hostRow);
        QTRY_VERIFY(entry.data(tincan::RosterModel::HostRole).toBool());
        QCOMPARE(entry.data(Qt::DisplayRole).toString(), hostName);
        QCOMPARE(entry.data(Qt::AccessibleTextRole).toString(), hostName + u", the host"_qs);
        // Tooltips read markup: the name is escaped in it, so it shows as typed.
        const QString tooltip = entry.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.contains(u"&lt;h1&gt;Host&lt;/h1&gt;"_qs), qPrintable(tooltip));
        QVERIFY(!tooltip.contains(hostName));
        window.resize(900, 700);
        QApplication::processEvents();
        window.grab(); // the delegate paints the badge beside it

        hostSession.kick(markupNames[0]);
        QTRY_VERIFY_WITH_TIMEOUT(victim.closed, netTimeoutMs);
        const MessageModel *model = window.messageModel();
        const auto removedLine = [model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString text = model->index(row).data(MessageModel::TextRole).toString();
                if (text.endsWith(u" was removed by the host"_qs))
                    return text;
            }
            return QString();
        };
        QTRY_COMPARE(removedLine(), markupNames[0] + u" was removed by the host"_qs);
        window.grab();
        QVERIFY2(labelsReadingMarkup(window).isEmpty(), qPrintable(labelsReadingMarkup(window).join(u'\n')));
        hostSession.close();
        session.close();
        host.stop();
    }
    // Files named in markup: the chat paints the names as typed, the image viewer's title and
    // labels show them as typed, and so does the sentence after a save.
    void fileNamesShowAsTyped()
    {
        QStandardPaths::setTestModeEnabled(true); // the image viewer's cache
        TestHost host;
        QVERIFY(host.start());
        ChatSession sender;
        sender.open(host.chatUrl(), u"Sender"_qs);
        ChatSession session;
        session.open(host.chatUrl(), u"Watcher"_qs);
        ChatWindow window(&session);
        window.setConfirmClose(false);
        window.resize(900, 700);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(sender.state() == ChatSession::State::Connected
                                     && session.state() == ChatSession::State::Connected,
                                 netTimeoutMs);

        QTemporaryDir dir;
        const QString picture = dir.filePath(u"picture.png"_qs);
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkMagenta);
        QVERIFY(image.save(picture));
        const QString document = dir.filePath(u"document.txt"_qs);
        QFile file(document);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text");
        file.close();
        const QString imageName = u"<img src=x width=99999 height=99999> [*].png"_qs;
        const QString documentName = u"<h1>BIG<_h1> &amp; <b>bold<_b>.txt"_qs;
        QVERIFY(!sender.sendFile(picture, {}, imageName).isEmpty());
        QVERIFY(!sender.sendFile(document, u"<i>caption</i>"_qs, documentName).isEmpty());

        const MessageModel *model = window.messageModel();
        QModelIndex imageLine;
        QModelIndex documentLine;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row);
                if (index.data(MessageModel::FileNameRole).toString() == imageName)
                    imageLine = index;
                if (index.data(MessageModel::FileNameRole).toString() == documentName)
                    documentLine = index;
            }
            return imageLine.isValid() && documentLine.isValid();
        }(), netTimeoutMs);
        QVERIFY(imageLine.data(MessageModel::ImageRole).toBool());
        QVERIFY(imageLine.data(Qt::AccessibleTextRole).toString().contains(imageName));
        QTRY_VERIFY_WITH_TIMEOUT(!imageLine.data(MessageModel::ThumbnailRole).value<QImage>().isNull(), netTimeoutMs);
        QApplication::processEvents();
        window.grab();
        QVERIFY2(labelsReadingMarkup(window).isEmpty(), qPrintable(labelsReadingMarkup(window).join(u'\n')));

        tincan::ImageViewer *viewer = window.fileTransfers()->openImage(
            imageLine.data(MessageModel::FileRole).value<tincan::protocol::FileInfo>());
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isLoaded(), netTimeoutMs);
        // The title the system shows: Qt reads "[*]" as the place of the "modified" mark.
        QVERIFY(viewer->windowHandle());
        QCOMPARE(viewer->windowHandle()->title(), imageName);
        QVERIFY2(labelsReadingMarkup(*viewer).isEmpty(), qPrintable(labelsReadingMarkup(*viewer).join(u'\n')));
        viewer->close();

        const QString target = dir.filePath(u"saved.txt"_qs);
        QVERIFY(window.fileTransfers()->saveTo(
            documentLine.data(MessageModel::FileRole).value<tincan::protocol::FileInfo>(), target));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), netTimeoutMs);
        QTRY_VERIFY(window.noticeText().startsWith(u"Saved “"_qs + documentName + u"”"_qs));
        QVERIFY2(labelsReadingMarkup(window).isEmpty(), qPrintable(labelsReadingMarkup(window).join(u'\n')));
    }
};

QTEST_MAIN(tst_HostileMarkup)
#include "tst_hostilemarkup.moc"
