#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

class QNetworkReply;

namespace tincan {

class ChatSession;

// The small pictures of a room's images (GET /files/ID/thumb), fetched when first shown and
// kept in memory: a long scrollback never holds more than a few megabytes of them.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    // The session must outlive the cache.
    explicit ThumbnailCache(ChatSession *session, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail if it is here; otherwise a null image, and it is fetched (once; loaded()
    // says when it came).
    QImage image(const QString &fileId);
    bool contains(const QString &fileId) const { return m_images.contains(fileId); }

    // A thumbnail is never larger than this in bytes or pixels: a host that sends more is not
    // believed.
    static constexpr qint64 maxBytes = 2 * 1024 * 1024;
    static constexpr int maxEdge = 1024;

Q_SIGNALS:
    void loaded(const QString &fileId);

private:
    void onFinished(const QString &fileId, QNetworkReply *reply);

    ChatSession *m_session;
    QCache<QString, QImage> m_images; // cost: kilobytes
    QHash<QString, QNetworkReply *> m_loading;
    QSet<QString> m_failed;
};

} // namespace tincan
