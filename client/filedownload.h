#pragma once

#include "client/transfermeter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace tincan {

// Fetches one file of the room into NAME.part beside where it goes, picks up after a break with
// a Range request (also from a .part an earlier try left), checks the SHA-256 the message gave,
// and only then renames it into place.
class FileDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDownload)

public:
    enum class Problem {
        None,
        Network,   // the host could not be reached or kept breaking off
        NotFound,  // the host no longer has the file
        Corrupted, // the bytes did not match the message's SHA-256 or size
        Disk,      // the file could not be written where it was to go
    };
    Q_ENUM(Problem)

    // `network` must outlive the download and live on its thread; `sha256` is lower-case hex
    // (empty: not checked).
    FileDownload(QNetworkAccessManager *network, const QUrl &url, const QString &targetPath, qint64 size,
                 const QString &sha256, QObject *parent = nullptr);
    ~FileDownload() override;

    void start();
    // Stops and deletes what has arrived; nothing is reported after it.
    void cancel();

    QString targetPath() const { return m_targetPath; }
    QString partPath() const { return m_targetPath + QStringLiteral(".part"); }
    TransferProgress progress() const { return m_meter.progress(); }
    // Where the last request started (above 0: it asked for the rest with Range).
    qint64 requestedFrom() const { return m_requestedFrom; }
    bool isRunning() const { return m_reply != nullptr || m_retry.isActive(); }
    Problem problem() const { return m_problem; }

    // Attempts in a row that may break off without a byte arriving before it gives up.
    static constexpr int maxAttemptsWithoutProgress = 3;
    static constexpr int retryDelayMs = 1000;

Q_SIGNALS:
    void progressChanged(const tincan::TransferProgress &progress);
    // The file is complete, checked and at targetPath().
    void finished();
    void failed(tincan::FileDownload::Problem problem);

private:
    void request();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void complete();
    void fail(Problem problem);
    void restartFromZero();
    bool hashExistingPart();

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_targetPath;
    qint64 m_size;
    QByteArray m_sha256;
    QFile m_part;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QPointer<QNetworkReply> m_reply;
    TransferMeter m_meter;
    QTimer m_retry;
    qint64 m_received = 0;
    qint64 m_requestedFrom = 0;
    qint64 m_receivedAtAttempt = 0;
    int m_attemptsWithoutProgress = 0;
    bool m_accepting = false;        // the current answer's body is the file's bytes
    bool m_resumedOldPart = false;   // bytes from before this download started are in the part
    bool m_done = false;
    Problem m_problem = Problem::None;
};

} // namespace tincan
