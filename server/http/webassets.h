#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace tincan {

// The browser page's files, read once from the compiled-in resources (:/web) with their
// content types and ETags, each also compressed once for browsers that accept it.
class WebAssets final
{
public:
    struct Asset
    {
        QByteArray body;
        QByteArray contentType;
        QByteArray etag; // quoted, as sent in the ETag header
        // The body in HTTP's "deflate" coding (a zlib stream, RFC 9110 section 8.4.1.2), with
        // its own ETag: a cache must never take one coding's bytes for the other's. Empty when
        // compressing would not make the body smaller.
        QByteArray deflated;
        QByteArray deflatedEtag;
    };

    WebAssets();

    // A page source as served: JavaScript without its comment lines, CSS without comments, both
    // without indentation and empty lines; anything else as it is (`suffix`: ".js", ".css", …).
    static QByteArray forTheWire(const QByteArray &body, QByteArrayView suffix);

    // The asset for a request path ("/" is the page), or nullptr.
    const Asset *find(QByteArrayView path) const;

    // Serves /room.json, {"room": name} with "code": true when joining needs the access code and
    // "locked": true when nobody new may join: what the page's join screen says before anyone
    // joins. Never the code itself.
    void setRoomInfo(const QString &name, bool codeRequired = false, bool locked = false);

private:
    QHash<QByteArray, Asset> m_assets;
};

} // namespace tincan
