#include "server/files/imageinspection.h"

#include "protocol/limits.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <new>

using namespace Qt::StringLiterals;

namespace tincan::files {

namespace {

quint32 bigEndian32(QByteArrayView bytes, qsizetype at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
        | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

quint32 bigEndian16(QByteArrayView bytes, qsizetype at)
{
    return (quint32(quint8(bytes[at])) << 8) | quint32(quint8(bytes[at + 1]));
}

quint32 littleEndian(QByteArrayView bytes, qsizetype at, int count)
{
    quint32 value = 0;
    for (int i = count - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

// A PNG with only the chunks a picture needs. Text, ICC profiles and everything else are left
// behind: Qt's reader turns every text chunk into strings (each may inflate to megabytes), so
// a tiny file could otherwise take gigabytes before a single pixel.
// With `keep` false, only the size is read.
std::optional<QByteArray> picturePng(QIODevice &file, QSize *size, bool keep)
{
    QByteArray out = file.read(8);
    while (!file.atEnd()) {
        const QByteArray head = file.read(8);
        if (head.size() < 8)
            return std::nullopt;
        const quint32 length = bigEndian32(head, 0);
        const QByteArray type = head.sliced(4);
        if (length > quint32(limits::maxThumbnailSourceBytes))
            return std::nullopt;
        if (type == "IHDR" || type == "PLTE" || type == "tRNS" || type == "IDAT" || type == "IEND") {
            const QByteArray rest = file.read(qint64(length) + 4); // data and CRC
            if (rest.size() != qsizetype(length) + 4)
                return std::nullopt;
            if (type == "IHDR" && length >= 8)
                *size = QSize(int(std::min<quint32>(bigEndian32(rest, 0), INT_MAX)),
                              int(std::min<quint32>(bigEndian32(rest, 4), INT_MAX)));
            if (!keep)
                return out;
            out += head + rest;
            if (type == "IEND")
                return out;
        } else if (!file.seek(file.pos() + qint64(length) + 4)) {
            return std::nullopt;
        }
    }
    return out;
}

// A JPEG without comments and application data (Qt keeps every COM and APP marker as text or
// EXIF data: 64 KiB each, as many as the file holds), except the first EXIF block, which says
// how the picture is turned. The compressed data after the first scan is kept as it is.
std::optional<QByteArray> pictureJpeg(QIODevice &file, QSize *size, bool keep)
{
    QByteArray out = file.read(2); // SOI
    bool exifKept = false;
    while (!file.atEnd()) {
        QByteArray marker = file.read(2);
        while (marker.size() == 2 && quint8(marker[1]) == 0xff) // fill bytes
            marker = marker.sliced(1) + file.read(1);
        if (marker.size() < 2 || quint8(marker[0]) != 0xff)
            return std::nullopt;
        const quint8 code = quint8(marker[1]);
        if (code == 0xd9) // EOI
            return out + marker;
        if (code == 0x01 || (code >= 0xd0 && code <= 0xd7)) { // no length
            out += marker;
            continue;
        }
        const QByteArray lengthBytes = file.read(2);
        if (lengthBytes.size() < 2)
            return std::nullopt;
        const quint32 length = bigEndian16(lengthBytes, 0);
        if (length < 2)
            return std::nullopt;
        const bool frame = (code >= 0xc0 && code <= 0xcf) && code != 0xc4 && code != 0xc8 && code != 0xcc;
        const QByteArray start = file.peek(6);
        const bool exif = code == 0xe1 && start.startsWith(QByteArrayView("Exif\0\0", 6)) && !exifKept;
        if (code == 0xfe || (code >= 0xe0 && code <= 0xef && !exif) || (!keep && !frame)) {
            // A comment or application data (not needed for the picture), or, when only the
            // size is wanted, anything but the frame header: skipped, never held.
            if (!file.seek(file.pos() + length - 2))
                return std::nullopt;
            continue;
        }
        const QByteArray body = file.read(length - 2);
        if (body.size() != qsizetype(length - 2))
            return std::nullopt;
        if (frame && body.size() >= 5) {
            *size = QSize(int(bigEndian16(body, 3)), int(bigEndian16(body, 1)));
            if (!keep)
                return out;
        }
        exifKept = exifKept || exif;
        out += marker + lengthBytes + body;
        if (code == 0xda) // start of scan: the rest is the picture
            return out + file.readAll();
    }
    return out;
}

// The size a GIF's logical screen or a WebP's header gives.
QSize headerSize(const QString &type, QByteArrayView head)
{
    if (type == u"image/gif" && head.size() >= 10)
        return QSize(int(littleEndian(head, 6, 2)), int(littleEndian(head, 8, 2)));
    if (type == u"image/webp" && head.size() >= 30) {
        const QByteArrayView chunk = head.sliced(12, 4);
        if (chunk == "VP8X")
            return QSize(int(littleEndian(head, 24, 3)) + 1, int(littleEndian(head, 27, 3)) + 1);
        if (chunk == "VP8 ")
            return QSize(int(littleEndian(head, 26, 2) & 0x3fff), int(littleEndian(head, 28, 2) & 0x3fff));
        if (chunk == "VP8L" && head.size() >= 25) {
            const quint32 bits = littleEndian(head, 21, 4);
            return QSize(int(bits & 0x3fff) + 1, int((bits >> 14) & 0x3fff) + 1);
        }
    }
    return {};
}

} // namespace

QString recognisedImageType(QByteArrayView bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (bytes.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

ImageFacts inspectImage(const QString &path)
{
    ImageFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    const QByteArray head = file.peek(64);
    facts.type = recognisedImageType(head);
    if (facts.type.isEmpty())
        return facts;

    // Only the bytes a picture needs go to Qt's decoders, and only from files small enough to
    // hold: the size comes from the header, read here.
    QSize size = headerSize(facts.type, head);
    std::optional<QByteArray> picture;
    const bool small = file.size() <= limits::maxThumbnailSourceBytes;
    if (facts.type == u"image/png")
        picture = picturePng(file, &size, small);
    else if (facts.type == u"image/jpeg")
        picture = pictureJpeg(file, &size, small);
    else if (small)
        picture = file.readAll();
    if (size.isValid() && !size.isEmpty()) {
        facts.width = size.width();
        facts.height = size.height();
    }
    if (!small || !picture || picture->size() > limits::maxThumbnailSourceBytes || !size.isValid()
        || size.isEmpty() || qint64(size.width()) * size.height() > limits::maxThumbnailSourcePixels)
        return facts;

    try {
        QBuffer source(&*picture);
        source.open(QIODevice::ReadOnly);
        // The format is the one the bytes said, never Qt's guess from the content.
        QImageReader reader(&source, facts.type.sliced(6).toLatin1());
        reader.setDecideFormatFromContent(false);
        reader.setAutoTransform(true);
        // Asking for the small size lets the JPEG reader decode at a fraction of the pixels.
        const QSize scaled = size.scaled(limits::thumbnailEdge, limits::thumbnailEdge, Qt::KeepAspectRatio)
                                 .expandedTo(QSize(1, 1));
        if (size.width() > limits::thumbnailEdge || size.height() > limits::thumbnailEdge)
            reader.setScaledSize(scaled);
        QImage image = reader.read();
        if (image.isNull())
            return facts;
        if (image.width() > limits::thumbnailEdge || image.height() > limits::thumbnailEdge)
            image = image.scaled(limits::thumbnailEdge, limits::thumbnailEdge, Qt::KeepAspectRatio,
                                 Qt::SmoothTransformation);
        // Turned by its EXIF orientation: the size said is the one a viewer shows.
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            std::swap(facts.width, facts.height);

        QBuffer buffer(&facts.thumbnail);
        buffer.open(QIODevice::WriteOnly);
        const bool png = image.hasAlphaChannel();
        QImageWriter writer(&buffer, png ? "png" : "jpeg");
        if (!png)
            writer.setQuality(82);
        if (!writer.write(image)) {
            facts.thumbnail.clear();
            return facts;
        }
        facts.thumbnailType = png ? "image/png" : "image/jpeg";
    } catch (const std::bad_alloc &) {
        // Memory ran out decoding: the file is shared without a thumbnail.
        facts.thumbnail.clear();
        facts.thumbnailType.clear();
    }
    return facts;
}

} // namespace tincan::files
