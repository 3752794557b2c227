#include "server/webassets.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAssets, "tincan.server.assets", QtWarningMsg)

namespace tincan {

namespace {

QByteArray contentTypeFor(const QString &fileName)
{
    struct Type
    {
        const char *suffix;
        const char *type;
    };
    static constexpr Type types[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".svg", "image/svg+xml; charset=utf-8"},
        {".json", "application/json; charset=utf-8"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".webmanifest", "application/manifest+json; charset=utf-8"},
    };
    for (const Type &type : types) {
        if (fileName.endsWith(QLatin1StringView(type.suffix)))
            return type.type;
    }
    return "application/octet-stream";
}

} // namespace

WebAssets::WebAssets()
{
    QDirIterator it(QStringLiteral(":/web"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString resourcePath = it.next();
        QFile file(resourcePath);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcAssets) << "cannot read page asset" << resourcePath;
            continue;
        }
        Asset asset;
        asset.body = file.readAll();
        asset.contentType = contentTypeFor(resourcePath);
        asset.etag = '"'
            + QCryptographicHash::hash(asset.body, QCryptographicHash::Sha256).toHex().left(32)
            + '"';
        // ":/web/app.js" is served as "/app.js".
        const QByteArray urlPath = resourcePath.mid(5).toUtf8();
        m_assets.insert(urlPath, asset);
        if (urlPath == "/index.html")
            m_assets.insert("/", asset);
    }
}

const WebAssets::Asset *WebAssets::find(QByteArrayView path) const
{
    const auto it = m_assets.constFind(path.toByteArray());
    return it == m_assets.cend() ? nullptr : &it.value();
}

} // namespace tincan
