#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// What the host learns about an uploaded file's bytes: whether they are an image it shows
// inline, its size, and a thumbnail made without ever decoding more than the limits allow.
namespace tincan::files {

// "image/png", "image/jpeg", "image/gif" or "image/webp" when the first bytes say so (never the
// name); empty otherwise.
QString recognisedImageType(QByteArrayView firstBytes);

struct ImageFacts
{
    QString type;               // as recognisedImageType(); empty: not an image shown inline
    int width = 0;              // from the image's header; 0 when it could not be read
    int height = 0;
    QByteArray thumbnail;       // JPEG (PNG when the image has transparency); empty: none
    QByteArray thumbnailType;   // "image/jpeg" or "image/png"
};

// Reads the file at `path`. Decodes it for a thumbnail only when its header says it has at most
// limits::maxThumbnailSourcePixels, and under QImageReader's allocation limit
// (limits::thumbnailAllocationMb): a larger image, or a decompression bomb that claims less than
// it holds, gets no thumbnail. Safe to run on any thread.
ImageFacts inspectImage(const QString &path);

} // namespace tincan::files
