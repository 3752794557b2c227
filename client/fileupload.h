#pragma once

#include <QFile>
#include <QObject>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace tincan {

// One HTTP PUT of a file's bytes to an upload slot, from an offset on. The body is the file
// itself, read as it goes out: a file of gigabytes never sits in memory.
class FileUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileUpload)

public:
    enum class Outcome {
        Stored,       // the host has every byte
        OffsetWrong,  // 409: the host has another offset (hostOffset())
        Refused,      // 403: the slot's token is no longer good
        TooLarge,     // 413: more bytes than the slot takes
        StorageFull,  // 507: the host's disk is full or failing
        FileChanged,  // the file is not the size it was when the slot was asked for
        FileUnreadable,
        Broken,       // the connection broke off, or another answer
        Aborted,      // abort() was called
    };
    Q_ENUM(Outcome)

    // `network` must outlive the upload and live on its thread.
    FileUpload(QNetworkAccessManager *network, const QUrl &url, const QString &path, qint64 offset, qint64 size,
               QObject *parent = nullptr);
    ~FileUpload() override;

    void start();
    void abort();
    qint64 offset() const { return m_offset; }
    qint64 hostOffset() const { return m_hostOffset; }

Q_SIGNALS:
    // Bytes of the whole file the host has or is being sent.
    void progress(qint64 done);
    void finished(tincan::FileUpload::Outcome outcome);

private:
    void onFinished();
    void finish(Outcome outcome);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    // Owned by the reply once it is sent: Qt may read it until the reply itself is gone.
    QPointer<QFile> m_file;
    qint64 m_offset;
    qint64 m_size;
    qint64 m_hostOffset = -1;
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
};

} // namespace tincan
