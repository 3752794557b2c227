#include "ui/thumbnailcache.h"

#include "client/chatsession.h"
#include "protocol/limits.h"

#include <QBuffer>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace tincan {

namespace {
constexpr int cacheKilobytes = 48 * 1024;
} // namespace

ThumbnailCache::ThumbnailCache(ChatSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_images(cacheKilobytes)
{
}

ThumbnailCache::~ThumbnailCache()
{
    for (QNetworkReply *reply : std::as_const(m_loading)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QImage ThumbnailCache::image(const QString &fileId)
{
    if (const QImage *cached = m_images.object(fileId))
        return *cached;
    if (m_loading.contains(fileId) || m_failed.contains(fileId))
        return {};
    const QUrl url = m_session->fileUrl(fileId, u"thumb");
    if (url.isEmpty()) {
        m_failed.insert(fileId);
        return {};
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(limits::transferIdleMs);
    QNetworkReply *reply = m_session->network()->get(request);
    m_loading.insert(fileId, reply);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, fileId, reply] { onFinished(fileId, reply); });
    return {};
}

void ThumbnailCache::onFinished(const QString &fileId, QNetworkReply *reply)
{
    m_loading.remove(fileId);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        // A host that is away now may have it later: only a clear "no" is remembered.
        if (status == 404)
            m_failed.insert(fileId);
        return;
    }
    QByteArray bytes = reply->read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        m_failed.insert(fileId);
        return;
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > maxEdge || size.height() > maxEdge) {
        m_failed.insert(fileId);
        return;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        m_failed.insert(fileId);
        return;
    }
    const int cost = std::max<int>(1, int(image.sizeInBytes() / 1024));
    m_images.insert(fileId, new QImage(std::move(image)), cost);
    Q_EMIT loaded(fileId);
}

} // namespace tincan
