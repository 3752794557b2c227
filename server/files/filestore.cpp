#include "server/files/filestore.h"

#include "server/files/imageinspection.h"

#include <QDir>
#include <QDirIterator>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStorageInfo>
#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;
using tincan::protocol::ErrorCode;

Q_LOGGING_CATEGORY(lcFiles, "tincan.server.files", QtWarningMsg)

namespace tincan {

namespace {

QByteArray randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

struct FileStore::Slot
{
    Requester owner;
    protocol::Upload upload;
    QByteArray token;
    QFile file;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 offset = 0;
    bool receiving = false;
    std::function<void()> cut;
    bool finishing = false;
    bool cancelled = false;  // while finishing: deleted when the check returns
    qint64 lastActivityMs = 0;
    quint64 finishOrder = 0; // a person's files are told to the room in the order they finished
    std::optional<files::ImageFacts> facts; // checked, waiting for the person's earlier files
};

FileStore::FileStore(const QString &folder, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_limits(limits)
    , m_pool(new QThreadPool(this))
{
    m_clock.start();
    m_pool->setMaxThreadCount(limits::thumbnailsAtOnce);
    // Process-wide in Qt; the same limit suits the desktop's own image viewing.
    QImageReader::setAllocationLimit(limits::thumbnailAllocationMb);
    m_idleSweep.setInterval(limits::uploadIdleMs / 10);
    connect(&m_idleSweep, &QTimer::timeout, this, &FileStore::sweepIdle);
}

FileStore::~FileStore()
{
    // A check still running refers to a slot; it finishes first.
    m_pool->waitForDone();
    for (const std::unique_ptr<Slot> &slot : m_slots) {
        slot->file.close();
        slot->file.remove();
    }
}

QString FileStore::partialFolder() const
{
    return m_folder + u"/partial"_s;
}

bool FileStore::open()
{
    QDir dir(m_folder);
    if (!dir.mkpath(u"partial"_s)) {
        m_error = tr("Could not make the folder %1.").arg(QDir::toNativeSeparators(partialFolder()));
        return false;
    }
    // An upload the host did not finish before it stopped is never announced: its bytes go.
    QDir partial(partialFolder());
    for (const QString &name : partial.entryList(QDir::Files | QDir::Hidden | QDir::System))
        partial.remove(name);

    m_files.clear();
    m_storedBytes = 0;
    const QStringList entries = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    QSet<QString> kept;
    for (const QString &name : entries) {
        if (!name.endsWith(u".json"_s))
            continue;
        const QString id = name.chopped(5);
        QFile metaFile(dir.filePath(name));
        if (!protocol::isFileId(id) || !metaFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.read(64 * 1024)).object();
        const std::optional<protocol::FileInfo> info = protocol::FileInfo::fromJson(meta);
        const QFileInfo data(dir.filePath(id));
        if (!info || info->id != id || !data.isFile() || data.size() != info->size)
            continue;
        Stored stored{*info, data.filePath(), meta.value("thumbType"_L1).toString().toLatin1(),
                      dir.filePath(id + u".thumb"_s)};
        if (!stored.thumbnailType.isEmpty() && !QFileInfo::exists(stored.thumbnailPath))
            stored.thumbnailType.clear();
        m_storedBytes += info->size;
        m_files.insert(id, stored);
        kept << name << id << id + u".thumb"_s;
    }
    // Bytes without their description were never announced (the host stopped in between).
    for (const QString &name : entries) {
        if (!kept.contains(name))
            dir.remove(name);
    }
    m_open = true;
    m_idleSweep.start();
    qCInfo(lcFiles) << m_files.size() << "files kept," << m_storedBytes << "bytes";
    return true;
}

const FileStore::Stored *FileStore::find(const QString &id) const
{
    const auto it = m_files.constFind(id);
    return it == m_files.cend() ? nullptr : &*it;
}

void FileStore::discard(const QString &id)
{
    const auto it = m_files.find(id);
    if (it == m_files.end())
        return;
    // The description first: bytes without it are deleted at the next start anyway.
    QFile::remove(QDir(m_folder).filePath(id + u".json"_s));
    QFile::remove(it->path);
    QFile::remove(it->thumbnailPath);
    m_storedBytes -= it->info.size;
    m_files.erase(it);
}

qint64 FileStore::reservedBytes() const
{
    qint64 total = 0;
    for (const std::unique_ptr<Slot> &slot : m_slots)
        total += slot->upload.size;
    return total;
}

std::optional<ErrorCode> FileStore::checkRoom(qint64 size) const
{
    if (size > m_limits.maxFileSize)
        return ErrorCode::FileTooLarge;
    if (m_storedBytes + reservedBytes() + size > m_limits.maxStorage)
        return ErrorCode::StorageFull;
    qint64 stillComing = 0;
    for (const std::unique_ptr<Slot> &slot : m_slots)
        stillComing += slot->upload.size - slot->offset;
    QStorageInfo disk(m_folder);
    disk.refresh();
    if (!disk.isValid() || disk.bytesAvailable() - stillComing - size < m_limits.minFreeDiskBytes)
        return ErrorCode::StorageFull;
    return std::nullopt;
}

std::variant<protocol::UploadReady, ErrorCode>
FileStore::requestSlot(const Requester &who, const protocol::Upload &upload)
{
    if (!m_open)
        return ErrorCode::StorageFailed;
    Slot *slot = nullptr;
    bool created = false;
    for (const std::unique_ptr<Slot> &candidate : m_slots) {
        if (candidate->upload.clientMsgId == upload.clientMsgId && !candidate->cancelled) {
            slot = candidate.get();
            break;
        }
    }
    if (slot) {
        // The same upload again: only its owner may take it on, and only as it was asked for.
        if (slot->owner.person != who.person)
            return ErrorCode::NotAllowed;
        if (slot->upload.name != upload.name || slot->upload.size != upload.size)
            return ErrorCode::BadMessage;
        if (slot->receiving && slot->cut)
            std::exchange(slot->cut, {})();
        m_byToken.remove(slot->token);
    } else {
        qsizetype ofPerson = 0;
        qsizetype ofAddress = 0;
        for (const std::unique_ptr<Slot> &other : m_slots) {
            ofPerson += other->owner.person == who.person;
            ofAddress += other->owner.address == who.address;
        }
        if (ofPerson >= limits::maxUploadsPerPeer || ofAddress >= limits::maxUploadsPerAddress
            || qsizetype(m_slots.size()) >= limits::maxOpenUploads)
            return ErrorCode::TooManyUploads;
        // Room is held for a slot before its bytes come: nobody may hold more than a share of it.
        qint64 heldByAddress = upload.size;
        for (const std::unique_ptr<Slot> &other : m_slots) {
            if (other->owner.address == who.address || other->owner.person == who.person)
                heldByAddress += other->upload.size - other->offset;
        }
        if (upload.size <= m_limits.maxFileSize
            && heldByAddress > std::max(m_limits.maxFileSize, m_limits.maxStorage / limits::storageShareDivisor))
            return ErrorCode::TooManyUploads;
        if (const std::optional<ErrorCode> refusal = checkRoom(upload.size))
            return *refusal;
        auto fresh = std::make_unique<Slot>();
        fresh->upload = upload;
        fresh->file.setFileName(partialFolder() + u'/' + QString::fromLatin1(randomUrlSafe(16)));
        if (!fresh->file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            qCWarning(lcFiles) << "could not make a file for an upload:" << fresh->file.errorString();
            return ErrorCode::StorageFailed;
        }
        // Open only while bytes come: a room of waiting slots holds no file descriptors.
        fresh->file.close();
        slot = fresh.get();
        created = true;
        m_slots.push_back(std::move(fresh));
    }
    slot->owner = who;
    slot->token = randomUrlSafe(32);
    // Only bytes keep a slot alive: asking again and again does not.
    if (created)
        slot->lastActivityMs = m_clock.elapsed();
    m_byToken.insert(slot->token, slot);
    return protocol::UploadReady{upload.clientMsgId,
                                 QString(protocol::uploadPath) + QString::fromLatin1(slot->token),
                                 slot->finishing ? slot->upload.size : slot->offset};
}

bool FileStore::cancel(quint64 person, const QString &clientMsgId)
{
    for (const std::unique_ptr<Slot> &slot : m_slots) {
        if (slot->owner.person == person && slot->upload.clientMsgId == clientMsgId && !slot->cancelled) {
            removeSlot(slot.get(), true);
            return true;
        }
    }
    return false;
}

void FileStore::connectionClosed(const void *connection)
{
    for (const std::unique_ptr<Slot> &slot : m_slots) {
        if (slot->owner.connection != connection)
            continue;
        m_byToken.remove(slot->token);
        slot->token.clear();
        slot->owner.connection = nullptr;
        slot->lastActivityMs = m_clock.elapsed();
        if (slot->receiving && slot->cut)
            std::exchange(slot->cut, {})();
    }
}

void FileStore::dropPerson(quint64 person)
{
    std::vector<Slot *> theirs;
    for (const std::unique_ptr<Slot> &slot : m_slots) {
        if (slot->owner.person == person && !slot->cancelled)
            theirs.push_back(slot.get());
    }
    for (Slot *slot : theirs)
        removeSlot(slot, true);
}

void FileStore::removeSlot(Slot *slot, bool deleteBytes)
{
    m_byToken.remove(slot->token);
    slot->token.clear();
    if (slot->receiving && slot->cut) {
        const std::function<void()> cut = std::exchange(slot->cut, {});
        slot->receiving = false;
        cut();
    }
    if (slot->finishing && deleteBytes) {
        slot->cancelled = true;
        // The check running on it deletes the bytes when it returns.
        if (!slot->facts)
            return;
        // Checked already, it waited for the person's earlier files: it goes now, and the files
        // after it need not wait for it.
        slot->finishing = false;
        const quint64 person = slot->owner.person;
        QMetaObject::invokeMethod(this, [this, person] { storeInOrder(person); }, Qt::QueuedConnection);
    }
    slot->file.close();
    if (deleteBytes)
        slot->file.remove();
    const auto it = std::find_if(m_slots.begin(), m_slots.end(),
                                 [slot](const std::unique_ptr<Slot> &s) { return s.get() == slot; });
    if (it != m_slots.end())
        m_slots.erase(it);
}

void FileStore::sweepIdle()
{
    const qint64 now = m_clock.elapsed();
    std::vector<Slot *> idle;
    for (const std::unique_ptr<Slot> &slot : m_slots) {
        if (!slot->receiving && !slot->finishing && now - slot->lastActivityMs >= limits::uploadIdleMs)
            idle.push_back(slot.get());
    }
    for (Slot *slot : idle) {
        qCInfo(lcFiles) << "an upload nobody sent to for too long is forgotten";
        removeSlot(slot, true);
    }
}

FileStore::Slot *FileStore::slotForToken(QByteArrayView token)
{
    return m_byToken.value(token.toByteArray(), nullptr);
}

qint64 FileStore::slotSize(const Slot &slot) const
{
    return slot.upload.size;
}

qint64 FileStore::slotOffset(const Slot &slot) const
{
    return slot.finishing ? slot.upload.size : slot.offset;
}

bool FileStore::slotReceiving(const Slot &slot) const
{
    return slot.receiving || slot.finishing;
}

bool FileStore::beginReceiving(Slot &slot, std::function<void()> cut)
{
    if (!slot.file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcFiles) << "could not open an upload to go on with it:" << slot.file.errorString();
        return false;
    }
    slot.receiving = true;
    slot.cut = std::move(cut);
    slot.lastActivityMs = m_clock.elapsed();
    return true;
}

void FileStore::endReceiving(Slot &slot)
{
    slot.receiving = false;
    slot.cut = {};
    slot.lastActivityMs = m_clock.elapsed();
    slot.file.close();
}

bool FileStore::append(Slot &slot, QByteArrayView bytes)
{
    if (slot.file.write(bytes.data(), bytes.size()) != bytes.size()) {
        qCWarning(lcFiles) << "could not write an upload:" << slot.file.errorString();
        const Requester owner = slot.owner;
        const QString id = slot.upload.clientMsgId;
        slot.cut = {};
        slot.receiving = false;
        removeSlot(&slot, true);
        Q_EMIT uploadFailed(owner.connection, owner.person, id);
        return false;
    }
    slot.hash.addData(bytes);
    slot.offset += bytes.size();
    slot.lastActivityMs = m_clock.elapsed();
    return true;
}

bool FileStore::finish(Slot &slot)
{
    slot.receiving = false;
    slot.cut = {};
    slot.finishing = true;
    m_byToken.remove(slot.token);
    slot.token.clear();
    // Every byte counted must be on disk (a flush that failed between requests would show here).
    if (!slot.file.flush() || slot.file.error() != QFileDevice::NoError || slot.file.size() != slot.upload.size) {
        const Requester owner = slot.owner;
        const QString id = slot.upload.clientMsgId;
        slot.finishing = false;
        removeSlot(&slot, true);
        Q_EMIT uploadFailed(owner.connection, owner.person, id);
        return false;
    }
    slot.file.close();
    const QString path = slot.file.fileName();
    Slot *const key = &slot;
    slot.finishOrder = ++m_finishCount;
    const auto inspected = [this, key, path](const files::ImageFacts &facts) {
        const auto it = std::find_if(m_slots.begin(), m_slots.end(),
                                     [key](const std::unique_ptr<Slot> &s) { return s.get() == key; });
        if (it == m_slots.end())
            return;
        const quint64 person = (*it)->owner.person;
        if ((*it)->cancelled) {
            QFile::remove(path);
            m_slots.erase(it);
        } else {
            (*it)->facts = facts;
        }
        storeInOrder(person);
    };
    QFile first(path);
    const bool image = first.open(QIODevice::ReadOnly) && !files::recognisedImageType(first.peek(16)).isEmpty();
    first.close();
    if (!image) {
        // Nothing to decode: stored at once, never queued behind someone's pictures.
        inspected(files::ImageFacts{});
        return true;
    }
    // Decoding an image for its thumbnail takes a while; the room goes on meanwhile.
    m_pool->start([this, path, inspected] {
        const files::ImageFacts facts = files::inspectImage(path);
        QMetaObject::invokeMethod(this, [inspected, facts] { inspected(facts); });
    });
    return true;
}

void FileStore::storeInOrder(quint64 person)
{
    // Several files dropped at once arrive as dropped: a small one does not pass a picture
    // still being checked.
    for (;;) {
        Slot *next = nullptr;
        for (const std::unique_ptr<Slot> &slot : m_slots) {
            if (slot->owner.person == person && slot->finishing && !slot->cancelled
                && (!next || slot->finishOrder < next->finishOrder))
                next = slot.get();
        }
        if (!next || !next->facts)
            return;
        const files::ImageFacts facts = *next->facts;
        protocol::FileInfo info;
        info.id = QString::fromLatin1(randomUrlSafe(16));
        info.name = next->upload.name;
        info.size = next->upload.size;
        info.sha256 = QString::fromLatin1(next->hash.result().toHex());
        if (!facts.type.isEmpty()) {
            info.type = facts.type;
            info.width = facts.width;
            info.height = facts.height;
        } else {
            const QMimeType mime = QMimeDatabase().mimeTypeForFile(info.name, QMimeDatabase::MatchExtension);
            info.type = mime.isDefault() ? u"application/octet-stream"_s : mime.name();
            // "photo.png" that is not a PNG is not an image to show: only bytes say so.
            if (info.isImage())
                info.type = u"application/octet-stream"_s;
        }
        info.thumb = !facts.thumbnail.isEmpty();
        stored(next, info.id, info, facts.thumbnail, facts.thumbnailType);
    }
}

void FileStore::stored(Slot *slot, const QString &id, const protocol::FileInfo &info,
                       const QByteArray &thumbnail, const QByteArray &thumbnailType)
{
    const QDir dir(m_folder);
    Stored entry{info, dir.filePath(id), thumbnailType, dir.filePath(id + u".thumb"_s)};
    bool ok = QFile::rename(slot->file.fileName(), entry.path);
    if (ok && !thumbnail.isEmpty()) {
        QSaveFile thumb(entry.thumbnailPath);
        ok = thumb.open(QIODevice::WriteOnly) && thumb.write(thumbnail) == thumbnail.size() && thumb.commit();
    }
    if (ok) {
        // Written last: a file without its description is deleted at the next start, never
        // served or announced.
        QJsonObject meta = info.toJson();
        if (!thumbnailType.isEmpty())
            meta.insert(u"thumbType"_s, QString::fromLatin1(thumbnailType));
        QSaveFile metaFile(dir.filePath(id + u".json"_s));
        const QByteArray json = QJsonDocument(meta).toJson(QJsonDocument::Compact);
        ok = metaFile.open(QIODevice::WriteOnly) && metaFile.write(json) == json.size() && metaFile.commit();
    }
    const Requester owner = slot->owner;
    const protocol::Upload upload = slot->upload;
    if (!ok) {
        qCWarning(lcFiles) << "could not store an uploaded file";
        QFile::remove(entry.path);
        QFile::remove(entry.thumbnailPath);
        slot->finishing = false;
        removeSlot(slot, true);
        Q_EMIT uploadFailed(owner.connection, owner.person, upload.clientMsgId);
        return;
    }
    if (thumbnail.isEmpty())
        entry.thumbnailType.clear();
    m_files.insert(id, entry);
    m_storedBytes += info.size;
    slot->finishing = false;
    removeSlot(slot, false);
    Q_EMIT fileStored(owner.connection, owner.person, owner.nick, owner.personId, upload.clientMsgId,
                      upload.caption, info);
}

} // namespace tincan
