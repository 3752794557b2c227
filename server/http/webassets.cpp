#include "server/http/webassets.h"

#include "server/http/pagetranslations.h"
#include "translations/language.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAssets, "tincan.server.assets", QtWarningMsg)

namespace tincan {

namespace {

const QByteArray i18nPrefix = "/i18n/";
const QByteArray i18nSuffix = ".json";

QByteArray etagOf(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

// HTTP's deflate coding is the zlib format, which is what qCompress() makes after its own
// 4-byte prefix (the uncompressed length, big-endian). Done once per file when the host
// starts, so serving costs nothing. Nothing when it would not save bytes (a tiny file).
void compress(WebAssets::Asset &asset)
{
    constexpr int qCompressPrefixBytes = 4;
    const QByteArray zlib = qCompress(asset.body, 9).mid(qCompressPrefixBytes);
    if (zlib.isEmpty() || zlib.size() >= asset.body.size())
        return;
    asset.deflated = zlib;
    asset.deflatedEtag = etagOf(zlib);
}

} // namespace

namespace {

// Each line without the white space it starts with, empty lines left out.
QByteArray withoutIndentation(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QByteArray &line : text.split('\n')) {
        qsizetype start = 0;
        while (start < line.size() && (line[start] == ' ' || line[start] == '\t'))
            ++start;
        if (start < line.size())
            out += line.sliced(start) + '\n';
    }
    return out;
}

} // namespace

// The page's sources are written for people to read, with comments and indentation; the wire
// needs neither. Only what cannot be code goes: JavaScript lines that are nothing but a `//`
// comment, CSS `/* */` comments (its stylesheet has no string that holds one), and the white space
// lines start with, and empty lines (the page has no string or template that spans lines, which
// tst_http checks, so a line's start is never inside one).
QByteArray WebAssets::forTheWire(const QByteArray &body, QByteArrayView suffix)
{
    QByteArray out;
    out.reserve(body.size());
    if (suffix == ".js") {
        for (const QByteArray &line : body.split('\n')) {
            if (!line.trimmed().startsWith("//"))
                out += line + '\n';
        }
        return withoutIndentation(out);
    }
    if (suffix == ".css") {
        qsizetype at = 0;
        while (at < body.size()) {
            const qsizetype open = body.indexOf("/*", at);
            if (open < 0) {
                out += body.sliced(at);
                break;
            }
            const qsizetype close = body.indexOf("*/", open + 2);
            out += body.sliced(at, open - at);
            if (close < 0)
                break;
            at = close + 2;
            // A comment on lines of its own leaves no empty line behind.
            if (at < body.size() && body.at(at) == '\n' && (out.isEmpty() || out.endsWith('\n')))
                ++at;
        }
        return withoutIndentation(out);
    }
    return body;
}

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
        const qsizetype dot = resourcePath.lastIndexOf(u'.');
        asset.body = forTheWire(file.readAll(), dot < 0 ? QByteArray() : resourcePath.sliced(dot).toLatin1());
        asset.contentType = contentTypeFor(resourcePath);
        asset.etag = etagOf(asset.body);
        compress(asset);
        // ":/web/app.js" is served as "/app.js".
        const QByteArray urlPath = resourcePath.mid(5).toUtf8();
        m_assets.insert(urlPath, asset);
        if (urlPath == "/index.html")
            m_assets.insert("/", asset);
    }

    // The page's strings in every shipped language but its built-in English, made from the
    // desktop app's translations: /i18n/de.json, /i18n/pt-BR.json, …
    const QStringList languages = Language::available();
    for (const QString &code : languages) {
        Asset asset;
        asset.body = PageTranslations::json(code);
        if (asset.body.isEmpty()) {
            qCWarning(lcAssets) << "cannot build the page's strings for" << code;
            continue;
        }
        asset.contentType = contentTypeFor(QStringLiteral(".json"));
        asset.etag = etagOf(asset.body);
        compress(asset);
        m_assets.insert(i18nPrefix + Language::toBcp47(code).toLatin1() + i18nSuffix, asset);
    }
}

void WebAssets::setRoomInfo(const QString &name, bool codeRequired, bool locked)
{
    QJsonObject info{{QStringLiteral("room"), name}};
    if (codeRequired)
        info.insert(QStringLiteral("code"), true);
    if (locked)
        info.insert(QStringLiteral("locked"), true);
    Asset asset;
    asset.body = QJsonDocument(info).toJson(QJsonDocument::Compact);
    asset.contentType = contentTypeFor(QStringLiteral(".json"));
    asset.etag = etagOf(asset.body);
    compress(asset);
    m_assets.insert("/room.json", asset);
}

const WebAssets::Asset *WebAssets::find(QByteArrayView path) const
{
    auto it = m_assets.constFind(path.toByteArray());
    if (it == m_assets.cend() && path.startsWith(i18nPrefix) && path.endsWith(i18nSuffix)) {
        // A browser language such as "de-AT" or "zh-Hans-CN" gets the closest one Tincan speaks.
        const QByteArrayView tag = path.sliced(i18nPrefix.size(), path.size() - i18nPrefix.size() - i18nSuffix.size());
        const bool plain = !tag.isEmpty() && tag.size() <= 35 && std::all_of(tag.begin(), tag.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        });
        const QString code = plain ? Language::match({QString::fromLatin1(tag)}) : QString();
        if (!code.isEmpty())
            it = m_assets.constFind(i18nPrefix + Language::toBcp47(code).toLatin1() + i18nSuffix);
    }
    return it == m_assets.cend() ? nullptr : &it.value();
}

} // namespace tincan
