#pragma once

#include "protocol/limits.h"
#include "protocol/messages.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QThreadPool;

#include <memory>
#include <optional>
#include <variant>

namespace tincan {

// The room's files on disk (docs/PROTOCOL.md, "Files"): the stored files and what is known of
// them, and the upload slots whose bytes are still arriving. Keeps the storage limits: the
// largest file, the total, and the free space left on the disk. A file is stored, and only then
// told to the room, once every byte is on disk, hashed and renamed into place; a host stopped
// during an upload deletes the partial file when it starts again.
class FileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileStore)

public:
    struct Limits
    {
        qint64 maxFileSize = limits::defaultMaxFileSize;
        qint64 maxStorage = limits::defaultMaxStorage;
        qint64 minFreeDiskBytes = limits::minFreeDiskBytes;
    };

    // `folder`: where files are kept (made when missing).
    FileStore(const QString &folder, const Limits &limits, QObject *parent = nullptr);
    ~FileStore() override;

    // Makes the folder, deletes what uploads a stopped host left behind, and reads what is
    // stored. False (with errorString()) when the folder cannot be used: uploads are refused.
    bool open();
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    const Limits &limits() const { return m_limits; }
    qint64 storedBytes() const { return m_storedBytes; }

    struct Stored
    {
        protocol::FileInfo info;
        QString path;
        QByteArray thumbnailType; // empty: no thumbnail
        QString thumbnailPath;
    };
    const Stored *find(const QString &id) const;
    // Deletes a stored file that was never announced (its message id turned out to be taken).
    void discard(const QString &id);

    // --- Upload slots ---
    // Who asks: the connection (the token dies with it), the person (who may resume after a
    // reconnect), their address and name.
    struct Requester
    {
        const void *connection = nullptr;
        quint64 person = 0;
        QHostAddress address;
        QString nick;
        QString personId; // their id on the wire (the message's author)
    };
    // A new slot, or the same slot again (same person, id, name and size) with a new token for
    // this connection and the offset the host has. The name must already be clean.
    std::variant<protocol::UploadReady, protocol::ErrorCode>
    requestSlot(const Requester &who, const protocol::Upload &upload);
    // Cancels the person's slot with this id and deletes its bytes.
    bool cancel(quint64 person, const QString &clientMsgId);
    // The connection is gone: its tokens stop working (an upload under way is cut); the slots
    // wait limits::uploadIdleMs for their owner to resume.
    void connectionClosed(const void *connection);
    // Every slot of this person is cancelled (they were removed from the room).
    void dropPerson(quint64 person);

    // --- Receiving bytes (the HTTP side) ---
    struct Slot;
    // The slot a token opens, when it is good and no other request is sending to it.
    Slot *slotForToken(QByteArrayView token);
    qint64 slotSize(const Slot &slot) const;
    qint64 slotOffset(const Slot &slot) const;
    bool slotReceiving(const Slot &slot) const;
    // A request starts or stops sending to the slot. `cut` is called when the slot must stop at
    // once (its connection closed, it was cancelled). False when its file cannot be opened.
    bool beginReceiving(Slot &slot, std::function<void()> cut);
    void endReceiving(Slot &slot);
    // Appends bytes at the slot's offset. False when the disk failed (the slot is then gone).
    bool append(Slot &slot, QByteArrayView bytes);
    // Every byte is in: the file is checked (images off this thread) and stored, then
    // fileStored(). False when its bytes could not be flushed to disk (the slot is then gone).
    bool finish(Slot &slot);

    // Whether a ready upload that would add `size` bytes fits every storage limit now.
    std::optional<protocol::ErrorCode> checkRoom(qint64 size) const;

Q_SIGNALS:
    // A file is stored and may be announced: the message of `clientMsgId` by `person`, sent on
    // `connection` (which may be gone by now), under `nick` when it is.
    void fileStored(const void *connection, quint64 person, const QString &nick, const QString &personId,
                    const QString &clientMsgId, const QString &caption, const protocol::FileInfo &file);
    // An upload could not be stored (the disk failed): it is gone; tell its owner.
    void uploadFailed(const void *connection, quint64 person, const QString &clientMsgId);

private:
    void sweepIdle();
    void storeInOrder(quint64 person);
    void removeSlot(Slot *slot, bool deleteBytes);
    void stored(Slot *slot, const QString &id, const protocol::FileInfo &info,
                const QByteArray &thumbnail, const QByteArray &thumbnailType);
    QString partialFolder() const;
    qint64 reservedBytes() const;

    QString m_folder;
    Limits m_limits;
    bool m_open = false;
    QString m_error;
    QHash<QString, Stored> m_files;
    qint64 m_storedBytes = 0;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QHash<QByteArray, Slot *> m_byToken;
    QThreadPool *m_pool;
    quint64 m_finishCount = 0;
    QTimer m_idleSweep;
    QElapsedTimer m_clock;
};

} // namespace tincan
