#include "client/fileupload.h"

#include "protocol/limits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace tincan {

FileUpload::FileUpload(QNetworkAccessManager *network, const QUrl &url, const QString &path, qint64 offset,
                       qint64 size, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_file(new QFile(path, this))
    , m_offset(offset)
    , m_size(size)
{
}

FileUpload::~FileUpload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FileUpload::start()
{
    // Reported from the event loop, as every other outcome is.
    const auto later = [this](Outcome outcome) {
        QTimer::singleShot(0, this, [this, outcome] { finish(outcome); });
    };
    if (!m_file->open(QIODevice::ReadOnly)) {
        later(Outcome::FileUnreadable);
        return;
    }
    if (m_file->size() != m_size || m_offset < 0 || m_offset > m_size) {
        later(Outcome::FileChanged);
        return;
    }
    if (!m_file->seek(m_offset)) {
        later(Outcome::FileUnreadable);
        return;
    }
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(limits::transferIdleMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_size - m_offset);
    if (m_offset > 0) {
        request.setRawHeader("Content-Range", "bytes " + QByteArray::number(m_offset) + '-'
                                                  + QByteArray::number(m_size - 1) + '/' + QByteArray::number(m_size));
    }
    // Qt reads the body from the file's current position as it sends it.
    m_reply = m_network->put(request, m_file.data());
    m_file->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        Q_EMIT progress(m_offset + sent);
    });
    connect(m_reply, &QNetworkReply::finished, this, &FileUpload::onFinished);
}

void FileUpload::abort()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(Outcome::Aborted);
}

void FileUpload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The host says how much it has, with 200 and with 409; the body is a few bytes.
    const QJsonObject body = QJsonDocument::fromJson(reply->read(4096)).object();
    if (const qint64 offset = body.value(QLatin1String("offset")).toInteger(-1); offset >= 0)
        m_hostOffset = offset;
    switch (status) {
    case 200:
    case 201:
    case 204:
        finish(Outcome::Stored);
        return;
    case 409:
        finish(Outcome::OffsetWrong);
        return;
    case 403:
        finish(Outcome::Refused);
        return;
    case 413:
        finish(Outcome::TooLarge);
        return;
    case 507:
        finish(Outcome::StorageFull);
        return;
    default:
        finish(Outcome::Broken);
        return;
    }
}

void FileUpload::finish(Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(outcome);
}

} // namespace tincan
