#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

namespace tincan {

// The browser page's files, read once from the compiled-in resources (:/web) with their
// content types and ETags.
class WebAssets final
{
public:
    struct Asset
    {
        QByteArray body;
        QByteArray contentType;
        QByteArray etag; // quoted, as sent in the ETag header
    };

    WebAssets();

    // The asset for a request path ("/" is the page), or nullptr.
    const Asset *find(QByteArrayView path) const;

private:
    QHash<QByteArray, Asset> m_assets;
};

} // namespace tincan
