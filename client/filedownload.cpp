#include "client/filedownload.h"

#include "protocol/limits.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcClient)

using namespace Qt::StringLiterals;

namespace tincan {

FileDownload::FileDownload(QNetworkAccessManager *network, const QUrl &url, const QString &targetPath, qint64 size,
                           const QString &sha256, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_targetPath(targetPath)
    , m_size(size)
    , m_sha256(sha256.toLatin1().toLower())
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryDelayMs);
    connect(&m_retry, &QTimer::timeout, this, &FileDownload::request);
}

FileDownload::~FileDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool FileDownload::hashExistingPart()
{
    // What an earlier try left counts only if it can be checked with the rest.
    m_hash.reset();
    if (!m_part.seek(0))
        return false;
    if (!m_hash.addData(&m_part))
        return false;
    return m_part.seek(m_part.size());
}

void FileDownload::start()
{
    m_done = false;
    m_problem = Problem::None;
    m_part.setFileName(partPath());
    if (!m_part.open(QIODevice::ReadWrite)) {
        fail(Problem::Disk);
        return;
    }
    m_received = m_part.size();
    if (m_received > m_size || (m_received > 0 && !hashExistingPart())) {
        m_part.resize(0);
        m_received = 0;
        m_hash.reset();
    }
    m_resumedOldPart = m_received > 0;
    m_meter.start(m_received, m_size);
    Q_EMIT progressChanged(m_meter.progress());
    if (m_received == m_size) {
        complete();
        return;
    }
    request();
}

void FileDownload::request()
{
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(limits::transferIdleMs);
    m_requestedFrom = m_received;
    if (m_received > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
    m_accepting = false;
    m_receivedAtAttempt = m_received;
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(limits::transferBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileDownload::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &FileDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileDownload::onFinished);
}

void FileDownload::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200) {
        // The whole file (the host did not take the range, or none was asked for).
        if (m_received > 0) {
            m_part.resize(0);
            m_part.seek(0);
            m_hash.reset();
            m_received = 0;
            m_resumedOldPart = false;
            m_meter.start(0, m_size);
        }
        m_accepting = true;
    } else if (status == 206) {
        static const QRegularExpression range(u"^bytes (\\d+)-(\\d+)/(\\d+)$"_s);
        const auto match = range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")));
        m_accepting = match.hasMatch() && match.captured(1).toLongLong() == m_received
            && match.captured(3).toLongLong() == m_size;
        if (!m_accepting) {
            qCWarning(lcClient) << "a download got a range it did not ask for";
            m_reply->abort();
        }
    }
}

void FileDownload::onReadyRead()
{
    if (!m_reply || !m_accepting)
        return;
    while (m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(limits::transferChunkBytes);
        if (m_received + chunk.size() > m_size) {
            // More than the message said: not the file it named.
            fail(Problem::Corrupted);
            return;
        }
        if (m_part.write(chunk) != chunk.size()) {
            fail(Problem::Disk);
            return;
        }
        m_hash.addData(chunk);
        m_received += chunk.size();
    }
    Q_EMIT progressChanged(m_meter.update(m_received));
}

void FileDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    onReadyRead();
    if (m_problem != Problem::None || !m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_received == m_size && m_accepting) {
        complete();
        return;
    }
    if (status == 404 || status == 410) {
        fail(Problem::NotFound);
        return;
    }
    if (status == 416) {
        // The part is longer than the host's file: it was not this file.
        restartFromZero();
        return;
    }
    // Broken off (or an answer that made no sense): ask again for the rest, unless tries keep
    // bringing nothing.
    if (m_received > m_receivedAtAttempt)
        m_attemptsWithoutProgress = 0;
    if (++m_attemptsWithoutProgress >= maxAttemptsWithoutProgress) {
        fail(Problem::Network);
        return;
    }
    qCInfo(lcClient) << "download broke off at" << m_received << "of" << m_size << reply->error();
    m_retry.start();
}

void FileDownload::restartFromZero()
{
    m_part.resize(0);
    m_part.seek(0);
    m_hash.reset();
    m_received = 0;
    m_resumedOldPart = false;
    m_meter.start(0, m_size);
    if (++m_attemptsWithoutProgress >= maxAttemptsWithoutProgress) {
        fail(Problem::Network);
        return;
    }
    m_retry.start();
}

void FileDownload::complete()
{
    if (!m_sha256.isEmpty() && m_hash.result().toHex() != m_sha256) {
        if (m_resumedOldPart) {
            // An earlier try's bytes were not this file's: fetch it all once more.
            m_resumedOldPart = false;
            restartFromZero();
            return;
        }
        m_part.close();
        m_part.remove();
        fail(Problem::Corrupted);
        return;
    }
    m_part.close();
    if (QFile::exists(m_targetPath) && !QFile::remove(m_targetPath)) {
        fail(Problem::Disk);
        return;
    }
    if (!m_part.rename(m_targetPath)) {
        fail(Problem::Disk);
        return;
    }
    m_done = true;
    Q_EMIT progressChanged(m_meter.update(m_size));
    Q_EMIT finished();
}

void FileDownload::fail(Problem problem)
{
    m_problem = problem;
    m_retry.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_part.isOpen())
        m_part.close();
    // Bytes that are not the file are not kept for a later try.
    if (problem == Problem::Corrupted)
        QFile::remove(partPath());
    Q_EMIT failed(problem);
}

void FileDownload::cancel()
{
    m_retry.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_part.isOpen())
        m_part.close();
    if (!m_done)
        QFile::remove(partPath());
}

} // namespace tincan
