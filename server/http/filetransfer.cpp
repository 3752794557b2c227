#include "server/http/filetransfer.h"

#include "protocol/limits.h"
#include "protocol/messages.h"
#include "server/files/filestore.h"
#include "server/http/httphead.h"
#include "server/http/httpresponse.h"

#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTransfer, "tincan.server.http", QtWarningMsg)

namespace tincan {

namespace {

using Header = std::pair<QByteArray, QByteArray>;

// Files are never pages: nothing in them may run, load or frame anything.
constexpr QByteArrayView fileSecurityPolicy = "default-src 'none'; img-src 'self'; sandbox";

QByteArray head(int status, qint64 contentLength, const QList<Header> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + http::reasonPhrase(status) + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "X-Content-Type-Options: nosniff\r\n"
           "Referrer-Policy: no-referrer\r\n"
           "Content-Security-Policy: " + fileSecurityPolicy.toByteArray() + "\r\n"
           "Connection: close\r\n\r\n";
    return out;
}

// A short answer, then the connection ends.
void answer(QTcpSocket *socket, int status, const QByteArray &body = {}, const QList<Header> &headers = {})
{
    QList<Header> all = headers;
    QByteArray text = body;
    if (text.isEmpty()) {
        text = QByteArray::number(status) + ' ' + http::reasonPhrase(status) + '\n';
        all.append(Header("Content-Type", "text/plain; charset=utf-8"));
    } else {
        all.append(Header("Content-Type", "application/json"));
    }
    all.append(Header("Cache-Control", "no-store"));
    socket->write(head(status, text.size(), all) + text);
    socket->disconnectFromHost();
}

QByteArray offsetJson(qint64 offset)
{
    return "{\"offset\":" + QByteArray::number(offset) + '}';
}

std::optional<qint64> number(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

// "attachment; filename="Slides.pdf"; filename*=UTF-8''Slides.pdf" (RFC 6266): the ASCII
// form for old clients, the exact name for everyone else.
QByteArray disposition(QByteArrayView kind, const QString &name)
{
    QByteArray ascii;
    for (const QChar c : name)
        ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\') ? char(c.unicode()) : '_';
    return kind.toByteArray() + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + QUrl::toPercentEncoding(name);
}

struct ByteRange
{
    qint64 first = 0;
    qint64 last = -1; // inclusive
    bool partial = false;
    bool unsatisfiable = false;
};

// One range of RFC 9110 section 14.1.2 ("bytes=A-B", "bytes=A-", "bytes=-N"). Anything else
// (several ranges, another unit, nonsense) is ignored: the whole file is sent.
ByteRange rangeFor(QByteArrayView header, qint64 size)
{
    ByteRange whole{0, size - 1, false, false};
    if (!header.startsWith("bytes=") || header.contains(','))
        return whole;
    const QByteArrayView spec = header.sliced(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArrayView from = spec.first(dash).trimmed();
    const QByteArrayView to = spec.sliced(dash + 1).trimmed();
    if (from.isEmpty()) {
        const std::optional<qint64> suffix = number(to);
        if (!suffix)
            return whole;
        if (*suffix == 0 || size == 0)
            return {0, -1, true, true};
        return {std::max<qint64>(0, size - *suffix), size - 1, true, false};
    }
    const std::optional<qint64> first = number(from);
    // A last position past any file (too many digits to read) means the end (RFC 9110 14.1.2).
    const bool huge = to.size() > 18 && std::all_of(to.begin(), to.end(), [](char c) { return c >= '0' && c <= '9'; });
    const std::optional<qint64> last = to.isEmpty() || huge ? std::optional<qint64>(size - 1) : number(to);
    if (!first || !last)
        return whole;
    if (*first >= size)
        return {0, -1, true, true};
    if (*last < *first)
        return whole;
    return {*first, std::min(*last, size - 1), true, false};
}

// One download: the file is read a chunk at a time as the socket drains.
class Download final : public QObject
{
public:
    Download(QTcpSocket *socket, const QString &path, qint64 first, qint64 length)
        : QObject(socket)
        , m_socket(socket)
        , m_file(path)
        , m_remaining(length)
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits::transferIdleMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            qCInfo(lcTransfer) << "a download moved nothing for too long; cut";
            m_socket->abort();
        });
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(first)) {
            m_socket->abort();
            return;
        }
        connect(socket, &QTcpSocket::bytesWritten, this, &Download::pump);
        m_idle.start();
        pump();
    }

private:
    void pump()
    {
        m_idle.start();
        while (m_remaining > 0 && m_socket->bytesToWrite() < limits::transferBufferBytes) {
            const QByteArray chunk = m_file.read(std::min(m_remaining, limits::transferChunkBytes));
            if (chunk.isEmpty()) {
                // The file shrank or failed under us: the client sees a short body, not a lie.
                m_socket->abort();
                return;
            }
            m_remaining -= chunk.size();
            m_socket->write(chunk);
        }
        if (m_remaining == 0) {
            m_idle.stop();
            disconnect(m_socket, &QTcpSocket::bytesWritten, this, nullptr);
            m_socket->disconnectFromHost();
        }
    }

    QTcpSocket *m_socket;
    QFile m_file;
    qint64 m_remaining;
    QTimer m_idle;
};

// One upload request: the body's bytes go to the slot as they arrive.
class Upload final : public QObject
{
public:
    Upload(QTcpSocket *socket, FileStore *store, FileStore::Slot *slot, qint64 length)
        : QObject(socket)
        , m_socket(socket)
        , m_store(store)
        , m_slot(slot)
        , m_remaining(length)
    {
        QPointer<Upload> self(this);
        // The slot is cancelled, or the chat connection that asked for it is gone.
        const bool open = store->beginReceiving(*slot, [self] {
            if (!self)
                return;
            self->stop();
            self->m_socket->abort();
        });
        if (!open) {
            m_slot = nullptr;
            answer(socket, 507);
            return;
        }
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits::transferIdleMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            qCInfo(lcTransfer) << "an upload moved nothing for too long; cut";
            stop();
            answer(m_socket, 408);
        });
        connect(socket, &QTcpSocket::readyRead, this, &Upload::take);
        connect(socket, &QTcpSocket::disconnected, this, &Upload::stop);
        m_socket->setReadBufferSize(limits::transferBufferBytes);
        m_idle.start();
        take();
    }
    ~Upload() override { stop(); }

private:
    void stop()
    {
        m_idle.stop();
        if (FileStore::Slot *slot = std::exchange(m_slot, nullptr))
            m_store->endReceiving(*slot);
    }

    void take()
    {
        while (m_slot && m_remaining > 0 && m_socket->bytesAvailable() > 0) {
            const QByteArray chunk = m_socket->read(std::min(m_remaining, limits::transferChunkBytes));
            if (chunk.isEmpty())
                break;
            m_idle.start();
            FileStore::Slot *slot = m_slot;
            m_slot = nullptr; // a failing disk removes the slot
            if (!m_store->append(*slot, chunk)) {
                answer(m_socket, 507);
                return;
            }
            m_slot = slot;
            m_remaining -= chunk.size();
        }
        if (!m_slot || m_remaining > 0)
            return;
        FileStore::Slot *slot = std::exchange(m_slot, nullptr);
        m_idle.stop();
        const qint64 offset = m_store->slotOffset(*slot);
        disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
        if (offset == m_store->slotSize(*slot)) {
            if (!m_store->finish(*slot)) {
                answer(m_socket, 507);
                return;
            }
        } else {
            m_store->endReceiving(*slot);
        }
        answer(m_socket, 200, offsetJson(offset));
    }

    QTcpSocket *m_socket;
    FileStore *m_store;
    FileStore::Slot *m_slot;
    qint64 m_remaining;
    QTimer m_idle;
};

} // namespace

FileTransfer::FileTransfer(FileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void FileTransfer::handle(QTcpSocket *socket, const http::RequestHead &request, const QByteArray &)
{
    const QByteArray path = request.path();
    if (path.startsWith(protocol::uploadPath.latin1())) {
        receive(socket, request, path.sliced(protocol::uploadPath.size()));
        return;
    }
    // /files/ID, /files/ID/view, /files/ID/thumb
    const QByteArray rest = path.sliced(protocol::filesPath.size());
    const qsizetype slash = rest.indexOf('/');
    const QByteArray id = slash < 0 ? rest : rest.first(slash);
    const QByteArray variant = slash < 0 ? QByteArray() : rest.sliced(slash + 1);
    send(socket, request, QString::fromLatin1(id), variant);
}

void FileTransfer::receive(QTcpSocket *socket, const http::RequestHead &request, const QByteArray &token)
{
    FileStore::Slot *slot = m_store->slotForToken(token);
    if (!slot) {
        answer(socket, 403);
        return;
    }
    if (m_store->slotReceiving(*slot)) {
        // Not "go on from N": another request is still sending (or the host is checking the
        // last byte); wait, or ask for the slot again to take it over.
        answer(socket, 409, "{\"offset\":" + QByteArray::number(m_store->slotOffset(*slot))
                                + ",\"receiving\":true}");
        return;
    }
    if (!request.header("transfer-encoding").isEmpty()) {
        answer(socket, 411);
        return;
    }
    const QByteArray lengthHeader = request.header("content-length");
    const std::optional<qint64> length = number(lengthHeader);
    if (!length) {
        answer(socket, lengthHeader.isEmpty() ? 411 : 400);
        return;
    }
    const qint64 size = m_store->slotSize(*slot);
    const qint64 offset = m_store->slotOffset(*slot);
    qint64 start = 0;
    const QByteArray range = request.header("content-range");
    if (!range.isEmpty()) {
        // bytes START-END/SIZE
        const QByteArray spec = range.startsWith("bytes ") ? range.sliced(6) : QByteArray();
        const qsizetype dash = spec.indexOf('-');
        const qsizetype slash = spec.indexOf('/');
        qint64 first = -1;
        qint64 last = -1;
        qint64 total = -1;
        if (dash > 0 && slash > dash) {
            first = number(spec.first(dash)).value_or(-1);
            last = number(spec.sliced(dash + 1, slash - dash - 1)).value_or(-1);
            total = number(spec.sliced(slash + 1)).value_or(-1);
        }
        if (first < 0 || last < first || total != size || last - first + 1 != *length) {
            answer(socket, 400);
            return;
        }
        start = first;
    }
    if (start != offset) {
        answer(socket, 409, offsetJson(offset));
        return;
    }
    if (*length > size - offset) {
        answer(socket, 413);
        return;
    }
    if (*length == 0) {
        answer(socket, 200, offsetJson(offset));
        return;
    }
    // curl and others wait a second for this before they send a body (RFC 9110 10.1.1).
    if (request.header("expect").toLower() == "100-continue")
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    new Upload(socket, m_store, slot, *length);
}

void FileTransfer::send(QTcpSocket *socket, const http::RequestHead &request, const QString &id,
                        const QByteArray &variant)
{
    const FileStore::Stored *stored = m_store->find(id);
    if (!stored || !(variant.isEmpty() || variant == "view" || variant == "thumb")
        || (variant == "view" && !stored->info.isImage())
        || (variant == "thumb" && stored->thumbnailType.isEmpty())) {
        answer(socket, 404);
        return;
    }
    const bool thumb = variant == "thumb";
    const QString path = thumb ? stored->thumbnailPath : stored->path;
    const qint64 size = thumb ? QFile(path).size() : stored->info.size;
    const QByteArray etag = '"' + stored->info.sha256.toLatin1() + (thumb ? "-thumb\"" : "\"");

    QList<Header> headers;
    if (variant.isEmpty()) {
        headers.append(Header("Content-Type", "application/octet-stream"));
        headers.append(Header("Content-Disposition", disposition("attachment", stored->info.name)));
    } else if (thumb) {
        headers.append(Header("Content-Type", stored->thumbnailType));
    } else {
        headers.append(Header("Content-Type", stored->info.type.toLatin1()));
        headers.append(Header("Content-Disposition", disposition("inline", stored->info.name)));
    }
    headers.append(Header("ETag", etag));
    headers.append(Header("Accept-Ranges", "bytes"));
    // A file id never names other bytes.
    headers.append(Header("Cache-Control", "private, max-age=31536000, immutable"));

    const QByteArray ifNoneMatch = request.header("if-none-match");
    if (!ifNoneMatch.isEmpty() && (ifNoneMatch == "*" || ifNoneMatch.contains(etag))) {
        socket->write(head(304, 0, {{"ETag", etag}, {"Cache-Control", "private, max-age=31536000, immutable"}}));
        socket->disconnectFromHost();
        return;
    }
    // A Range with an If-Range that names other bytes gets the whole file (RFC 9110 13.1.5).
    const QByteArray ifRange = request.header("if-range");
    const ByteRange range = ifRange.isEmpty() || ifRange == etag
        ? rangeFor(request.header("range"), size)
        : ByteRange{0, size - 1, false, false};
    if (range.unsatisfiable) {
        answer(socket, 416, {}, {{"Content-Range", "bytes */" + QByteArray::number(size)}});
        return;
    }
    const qint64 length = range.last - range.first + 1;
    if (range.partial) {
        headers.append(Header("Content-Range", "bytes " + QByteArray::number(range.first) + '-'
                                             + QByteArray::number(range.last) + '/' + QByteArray::number(size)));
    }
    socket->write(head(range.partial ? 206 : 200, length, headers));
    if (request.method == "HEAD" || length == 0) {
        socket->disconnectFromHost();
        return;
    }
    new Download(socket, path, range.first, length);
}

} // namespace tincan
