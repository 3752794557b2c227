#include "server/files/imageinspection.h"

#include "protocol/limits.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

using namespace Qt::StringLiterals;

namespace tincan::files {

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
    facts.type = recognisedImageType(file.peek(16));
    if (facts.type.isEmpty())
        return facts;

    // The format is the one the bytes said, never Qt's guess from the content or the name.
    const QByteArray format = facts.type.sliced(6).toLatin1();
    QImageReader reader(&file, format);
    reader.setAutoTransform(true);
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return facts;
    facts.width = size.width();
    facts.height = size.height();
    if (qint64(size.width()) * size.height() > limits::maxThumbnailSourcePixels)
        return facts;

    // Asking for the small size lets the JPEG reader decode at a fraction of the pixels.
    const QSize scaled = size.scaled(limits::thumbnailEdge, limits::thumbnailEdge, Qt::KeepAspectRatio)
                             .expandedTo(QSize(1, 1));
    if (size.width() > limits::thumbnailEdge || size.height() > limits::thumbnailEdge)
        reader.setScaledSize(scaled);
    QImage image = reader.read();
    if (image.isNull())
        return facts;
    if (image.width() > limits::thumbnailEdge || image.height() > limits::thumbnailEdge)
        image = image.scaled(scaled, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Rotated by its EXIF orientation: the thumbnail shows what a viewer shows.
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
    return facts;
}

} // namespace tincan::files
