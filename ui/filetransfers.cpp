#include "ui/filetransfers.h"

#include "client/chatsession.h"
#include "client/filedownload.h"
#include "client/savefilename.h"
#include "ui/imageviewer.h"
#include "ui/messagemodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace tincan {

namespace {
QString lastFolder;
} // namespace

FileTransfers::FileTransfers(ChatSession *session, MessageModel *model, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_model(model)
    , m_window(window)
{
}

FileTransfers::~FileTransfers()
{
    // Leaving the chat stops its downloads; what arrived stays as .part for a later Save.
    for (FileDownload *download : std::as_const(m_downloads)) {
        download->disconnect(this);
        delete download;
    }
    for (const QPointer<ImageViewer> &viewer : std::as_const(m_viewers))
        delete viewer.data();
}

void FileTransfers::act(const QModelIndex &index, MessageDelegate::FileAction action)
{
    const QVariant info = index.data(MessageModel::FileRole);
    if (!info.isValid())
        return;
    const protocol::FileInfo file = info.value<protocol::FileInfo>();
    switch (action) {
    case MessageDelegate::FileAction::None:
        return;
    case MessageDelegate::FileAction::Save:
        save(file);
        return;
    case MessageDelegate::FileAction::Open:
        openImage(file);
        return;
    case MessageDelegate::FileAction::Cancel:
        if (index.data(MessageModel::PendingRole).toBool())
            m_session->cancelUpload(index.data(MessageModel::ClientMsgIdRole).toString());
        else
            cancelDownload(file.id);
        return;
    }
}

void FileTransfers::save(const protocol::FileInfo &file)
{
    if (m_downloads.contains(file.id))
        return;
    if (lastFolder.isEmpty())
        lastFolder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    //: A file name offered in the save dialog when the sender's name for the file was unusable.
    const QString suggested = QDir(lastFolder).filePath(saveFileName(file.name, tr("file")));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save File"), suggested);
    if (path.isEmpty())
        return;
    lastFolder = QFileInfo(path).absolutePath();
    saveTo(file, path);
}

bool FileTransfers::saveTo(const protocol::FileInfo &file, const QString &path)
{
    if (m_downloads.contains(file.id))
        return false;
    FileDownload *download = m_session->download(file, path, this);
    if (!download)
        return false;
    m_downloads.insert(file.id, download);
    const QString id = file.id;
    const QString name = file.name;
    connect(download, &FileDownload::progressChanged, this,
            [this, id](const TransferProgress &progress) { m_model->setDownloadProgress(id, progress); });
    const auto end = [this, id, download] {
        m_downloads.remove(id);
        m_model->endDownload(id);
        download->deleteLater();
    };
    connect(download, &FileDownload::finished, this, [this, end, name, path] {
        end();
        Q_EMIT notice(tr("Saved “%1” to %2.").arg(name, QDir::toNativeSeparators(QFileInfo(path).absolutePath())), 8000);
    });
    connect(download, &FileDownload::failed, this, [this, end, name](FileDownload::Problem problem) {
        end();
        QString text;
        switch (problem) {
        case FileDownload::Problem::NotFound:
            text = tr("“%1” could not be saved: the host no longer has it.").arg(name);
            break;
        case FileDownload::Problem::Corrupted:
            text = tr("“%1” arrived damaged (not the file the message named) and was not saved.").arg(name);
            break;
        case FileDownload::Problem::Disk:
            text = tr("“%1” could not be written there. Choose another folder, or free some space.").arg(name);
            break;
        case FileDownload::Problem::Network:
        case FileDownload::Problem::None:
            text = tr("“%1” could not be saved: the connection to the host broke off. Save it again to go on "
                      "where it stopped.")
                       .arg(name);
            break;
        }
        Q_EMIT notice(text, 0);
    });
    download->start();
    return true;
}

void FileTransfers::cancelDownload(const QString &fileId)
{
    FileDownload *download = m_downloads.take(fileId);
    if (!download)
        return;
    download->disconnect(this);
    download->cancel();
    download->deleteLater();
    m_model->endDownload(fileId);
}

ImageViewer *FileTransfers::openImage(const protocol::FileInfo &file)
{
    if (ImageViewer *open = m_viewers.value(file.id)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *viewer = new ImageViewer(m_session, file, m_window);
    m_viewers.insert(file.id, viewer);
    viewer->show();
    return viewer;
}

QString FileTransfers::uploadProblemText(const QString &name, const QString &problem)
{
    using protocol::ErrorCode;
    const auto is = [&problem](ErrorCode code) { return problem == protocol::errorCodeName(code); };
    if (is(ErrorCode::FileTooLarge))
        return tr("“%1” was not sent: it is larger than the host takes.").arg(name);
    if (is(ErrorCode::StorageFull))
        return tr("“%1” was not sent: the host has no room left for files.").arg(name);
    if (is(ErrorCode::TooManyUploads))
        return tr("“%1” was not sent: too many files are on their way to the host. Send it again in a moment.")
            .arg(name);
    if (is(ErrorCode::FileNameInvalid))
        return tr("“%1” was not sent: the host does not take that file name. Rename the file and send it again.")
            .arg(name);
    if (is(ErrorCode::RateLimited))
        return tr("“%1” was not sent: you are sending too fast. Wait a moment and send it again.").arg(name);
    if (is(ErrorCode::TextTooLong))
        return tr("“%1” was not sent: its message is too long for this room.").arg(name);
    if (is(ErrorCode::TextInvalid))
        return tr("“%1” was not sent: its message has characters the room does not take.").arg(name);
    if (problem == ChatSession::fileUnreadable)
        return tr("“%1” could not be read. Check that the file is still there and that you may open it.").arg(name);
    if (problem == ChatSession::fileChanged)
        return tr("“%1” changed while it was being sent. Send it again.").arg(name);
    if (problem == ChatSession::uploadRefused)
        return tr("The host stopped taking “%1”. Send it again.").arg(name);
    if (problem == ChatSession::uploadBroken)
        return tr("“%1” was not sent: the connection to the host kept breaking off.").arg(name);
    return tr("“%1” was not sent: the host refused it (%2).").arg(name, problem);
}

} // namespace tincan
