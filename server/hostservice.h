#pragma once

#include "protocol/limits.h"
#include "protocol/messages.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace tincan {

class DiscoveryAnnouncer;
class FileStore;
class FileTransfer;
class FrontDoor;
class Hub;
class HistoryStore;

// Where a host sends its "here I am" datagrams.
struct DiscoveryTarget
{
    QHostAddress address;
    quint16 port = 0;

    friend bool operator==(const DiscoveryTarget &, const DiscoveryTarget &) = default;
};

// What a host is asked to do: where to listen, which room, where history lives.
struct HostConfig
{

    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    quint16 port = protocol::defaultPort; // 0: any free port
    bool portFixed = false;     // true: fail instead of trying the next free port
    QString roomName;
    QString dataDir;            // SQLite history lives here; empty: the user's data directory
    // Announce the host on the network (UDP) so Tincan desktops list it. Off unless asked for.
    bool announce = false;
    // Send announcements only to these; empty: broadcast on each network the host listens on.
    QList<DiscoveryTarget> announceTargets;
    // Names besides this computer's own that requests may use for it (--allow-host): a DNS name
    // the network gives the host, say. Requests that name any other host are refused.
    QStringList allowedHostNames;
    // Connections at once, page requests and chats together; the app lowers it to fit the
    // system's open-file limit.
    int maxConnections = limits::maxConnections;
    // How often every connection is pinged, and how long one may stay silent before it is cut.
    // Always the limits in the program; tests shorten them to see a dead peer go.
    int pingIntervalMs = limits::pingIntervalMs;
    int pongTimeoutMs = limits::pongTimeoutMs;
    // How late a leave is announced; tests shorten it so that leaves show at once.
    int rejoinGraceMs = limits::rejoinGraceMs;
    // Joining needs this code (empty: anyone may join). Checked by the caller with
    // protocol::checkAccessCode.
    QString accessCode;
    // Nobody new may join from the start (--lock) until the host unlocks the room.
    bool locked = false;
    // The secret the hosting desktop gives its own window, which makes that window the host in
    // the room (empty: no window hosts, as with --headless).
    QString hostKey;
    // Files (--max-file-size, --max-storage) and the free disk space an upload must leave.
    qint64 maxFileSize = limits::defaultMaxFileSize;
    qint64 maxStorage = limits::defaultMaxStorage;
    qint64 minFreeDiskBytes = limits::minFreeDiskBytes;
};

// The whole hosting side (front door, room hub, history) as one object that can live on a
// worker thread. Talk to it through queued slots and signals only.
class HostService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostService)

public:
    explicit HostService(HostConfig config, QObject *parent = nullptr);
    ~HostService() override;

    // Valid after started(): the port actually listened on.
    quint16 port() const;

    // The room name when none is given: this computer's name.
    static QString defaultRoomName();
    // Where history is kept when no data directory is given.
    static QString defaultDataDir();

public Q_SLOTS:
    // Opens history and listens. Emits started() or startFailed().
    void start();
    // Tells every peer the host is leaving (close 1001), stops listening, emits stopped().
    void stop();
    // Sets, changes or (empty) removes the access code; people already in stay.
    void setAccessCode(const QString &code);
    // Nobody new may join while locked; people already in stay and may come back.
    void setLocked(bool locked);

public:
    // Removes someone (the headless host's console; the desktop's window asks over the chat).
    // Nothing, or why not. Call on the service's thread.
    std::optional<protocol::ErrorCode> removeMember(const QString &nick, protocol::Remove::Kind kind,
                                                    QStringList *removed = nullptr);

Q_SIGNALS:
    // requestedPortBusy: the configured port was taken and `port` is the next free one.
    void started(quint16 port, bool requestedPortBusy);
    void startFailed(const QString &reason);
    void peerCountChanged(int count);
    void accessChanged(bool codeRequired, bool locked);
    void storageError(const QString &reason);
    void stopped();

private:
    HostConfig m_config;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<FileStore> m_files;
    std::unique_ptr<FileTransfer> m_fileTransfer;
    std::unique_ptr<Hub> m_hub;
    std::unique_ptr<FrontDoor> m_frontDoor;
    std::unique_ptr<DiscoveryAnnouncer> m_announcer;
    QString m_roomName;
};

} // namespace tincan
