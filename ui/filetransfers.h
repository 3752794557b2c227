#pragma once

#include "protocol/messages.h"
#include "ui/messagedelegate.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace tincan {

class ChatSession;
class FileDownload;
class ImageViewer;
class MessageModel;

// What a chat window does with the files of its messages: Save… (the system's save dialog, a
// safe default name, the download's progress on the message), the image viewer, and Cancel for
// uploads and downloads. Problems and results become sentences for the status bar.
class FileTransfers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTransfers)

public:
    // The session and the model must outlive this; dialogs and viewers belong to `window`.
    FileTransfers(ChatSession *session, MessageModel *model, QWidget *window);
    ~FileTransfers() override;

    void act(const QModelIndex &index, MessageDelegate::FileAction action);
    // Asks where to save, then fetches the file there.
    void save(const protocol::FileInfo &file);
    // Fetches the file to `path` (no dialog); false when it cannot be fetched from this host.
    bool saveTo(const protocol::FileInfo &file, const QString &path);
    void cancelDownload(const QString &fileId);
    bool isDownloading(const QString &fileId) const { return m_downloads.contains(fileId); }
    // Opens the image in a window of its own (one per image).
    ImageViewer *openImage(const protocol::FileInfo &file);

    // The sentence for an upload that stopped (a host error code or a ChatSession problem).
    static QString uploadProblemText(const QString &name, const QString &problem);

Q_SIGNALS:
    // A sentence for the status bar; timeoutMs 0 keeps it.
    void notice(const QString &text, int timeoutMs);

private:
    ChatSession *m_session;
    MessageModel *m_model;
    QWidget *m_window;
    QHash<QString, FileDownload *> m_downloads; // by file id
    QHash<QString, QPointer<ImageViewer>> m_viewers;
};

} // namespace tincan
