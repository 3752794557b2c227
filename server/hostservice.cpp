#include "server/hostservice.h"

#include "protocol/limits.h"
#include "server/discovery/discoveryannouncer.h"
#include "server/files/filestore.h"
#include "server/http/filetransfer.h"
#include "server/http/frontdoor.h"
#include "server/room/historystore.h"
#include "server/room/hub.h"

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHost, "tincan.server", QtWarningMsg)

namespace tincan {


HostService::HostService(HostConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

HostService::~HostService()
{
    // The front door goes first so nothing new reaches a hub being torn down.
    m_announcer.reset();
    m_frontDoor.reset();
    m_fileTransfer.reset();
    m_hub.reset();
    m_files.reset();
    m_store.reset();
}

quint16 HostService::port() const
{
    return m_frontDoor ? m_frontDoor->serverPort() : 0;
}

QString HostService::defaultRoomName()
{
    const QString machine = QSysInfo::machineHostName();
    return machine.isEmpty() ? QStringLiteral("Tincan") : machine;
}

QString HostService::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void HostService::start()
{
    if (m_frontDoor)
        return;

    QString room = m_config.roomName.trimmed().left(limits::maxRoomNameLength);
    if (room.isEmpty())
        room = defaultRoomName();

    const QString dataDir = m_config.dataDir.isEmpty() ? defaultDataDir() : m_config.dataDir;
    m_store = std::make_unique<HistoryStore>();
    QString storageProblem;
    if (!QDir().mkpath(dataDir)) {
        storageProblem = tr("Cannot create the history folder %1; this chat will not be kept "
                            "after the host stops.").arg(QDir::toNativeSeparators(dataDir));
    } else if (!m_store->open(QDir(dataDir).filePath(QStringLiteral("history.sqlite")))) {
        storageProblem = tr("Cannot open the chat history in %1 (%2); this chat will not be kept "
                            "after the host stops.")
                             .arg(QDir::toNativeSeparators(dataDir), m_store->errorString());
    } else if (m_store->isReadOnly()) {
        storageProblem = tr("The chat history in %1 can be read but not saved to (%2). Earlier "
                            "messages are shown; new ones will not be kept after the host stops.")
                             .arg(QDir::toNativeSeparators(dataDir), m_store->errorString());
    }

    FileStore::Limits fileLimits;
    fileLimits.maxFileSize = m_config.maxFileSize;
    fileLimits.maxStorage = m_config.maxStorage;
    fileLimits.minFreeDiskBytes = m_config.minFreeDiskBytes;
    m_files = std::make_unique<FileStore>(QDir(dataDir).filePath(QStringLiteral("files")), fileLimits);
    if (!m_files->open() && storageProblem.isEmpty()) {
        storageProblem = tr("Files cannot be shared in this chat: %1").arg(m_files->errorString());
    }
    m_fileTransfer = std::make_unique<FileTransfer>(m_files.get());

    m_hub = std::make_unique<Hub>(room, m_store.get());
    m_hub->setFileStore(m_files.get());
    m_hub->setLiveness(m_config.pingIntervalMs, m_config.pongTimeoutMs);
    m_hub->setRejoinGrace(m_config.rejoinGraceMs);
    m_hub->setHostKey(m_config.hostKey);
    m_hub->setAccessCode(m_config.accessCode);
    m_hub->setLocked(m_config.locked);
    m_roomName = room;
    connect(m_hub.get(), &Hub::joinedCountChanged, this, &HostService::peerCountChanged);
    connect(m_hub.get(), &Hub::storageError, this, [this](const QString &detail) {
        Q_EMIT storageError(tr("Chat history could not be saved (%1). The chat goes on, but "
                               "messages from now on may be missing after the host restarts. "
                               "Check the free disk space.").arg(detail));
    });

    m_frontDoor = std::make_unique<FrontDoor>(m_config.allowedHostNames, m_config.maxConnections);
    connect(m_frontDoor.get(), &FrontDoor::chatConnection, m_hub.get(), &Hub::adopt);
    m_frontDoor->setFileTransfer(m_fileTransfer.get());
    m_frontDoor->setRoomInfo(room, m_hub->codeRequired(), m_hub->isLocked());
    connect(m_hub.get(), &Hub::accessChanged, this, [this](bool codeRequired, bool locked) {
        if (m_frontDoor)
            m_frontDoor->setRoomInfo(m_roomName, codeRequired, locked);
        if (m_announcer)
            m_announcer->setCodeRequired(codeRequired);
        Q_EMIT accessChanged(codeRequired, locked);
    });

    quint16 port = m_config.port;
    bool busy = false;
    const int attempts = (m_config.portFixed || port == 0) ? 1 : limits::portAttempts;
    bool listening = false;
    for (int i = 0; i < attempts && !listening; ++i) {
        listening = m_frontDoor->listen(m_config.bindAddress, quint16(port + i));
        if (!listening && !m_frontDoor->addressInUse())
            break;
        busy = busy || !listening || i > 0;
    }
    if (!listening) {
        const QString reason = m_frontDoor->addressInUse()
            ? (m_config.portFixed || port == 0
                   ? tr("Port %1 is already in use by another program. Choose another port, or "
                        "stop the program that uses it.").arg(port)
                   : tr("Ports %1 to %2 are all in use. Choose another port.")
                         .arg(port).arg(port + attempts - 1))
            : tr("Cannot listen on %1 port %2: %3")
                  .arg(m_config.bindAddress.toString()).arg(port).arg(m_frontDoor->errorString());
        qCWarning(lcHost) << "could not listen:" << reason;
        m_frontDoor.reset();
        m_hub.reset();
        m_store.reset();
        Q_EMIT startFailed(reason);
        return;
    }
    qCInfo(lcHost) << "hosting on port" << m_frontDoor->serverPort() << "for up to"
                   << m_config.maxConnections << "connections at once";
    // Worth a word only when it is small enough for a room to meet (a classroom, an office).
    if (m_config.maxConnections < 1000)
        qCWarning(lcHost) << "the system's open-file limit lets this host hold only"
                          << m_config.maxConnections << "connections at once";
    if (m_config.announce) {
        m_announcer = std::make_unique<DiscoveryAnnouncer>(room, m_frontDoor->serverPort(),
                                                           m_config.bindAddress,
                                                           m_config.announceTargets);
        m_announcer->setCodeRequired(m_hub->codeRequired());
    }
    Q_EMIT started(m_frontDoor->serverPort(), busy);
    if (!storageProblem.isEmpty())
        Q_EMIT storageError(storageProblem);
}

void HostService::setAccessCode(const QString &code)
{
    m_config.accessCode = code;
    if (m_hub)
        m_hub->setAccessCode(code);
}

void HostService::setLocked(bool locked)
{
    m_config.locked = locked;
    if (m_hub)
        m_hub->setLocked(locked);
}

std::optional<protocol::ErrorCode> HostService::removeMember(const QString &nick,
                                                            protocol::Remove::Kind kind,
                                                            QStringList *removed)
{
    if (!m_hub)
        return protocol::ErrorCode::NoSuchMember;
    return m_hub->removeMember(nick, kind, removed);
}

void HostService::stop()
{
    if (!m_frontDoor) {
        Q_EMIT stopped();
        return;
    }
    m_announcer.reset();
    m_frontDoor->close();
    auto *grace = new QTimer(this);
    grace->setSingleShot(true);
    const auto finish = [this, grace] {
        grace->deleteLater();
        if (!m_hub)
            return;
        m_hub->abortAll();
        m_frontDoor.reset();
        m_hub.reset();
        m_store.reset();
        Q_EMIT stopped();
    };
    connect(grace, &QTimer::timeout, this, finish);
    connect(m_hub.get(), &Hub::allDisconnected, grace, finish, Qt::QueuedConnection);
    grace->start(limits::stopGraceMs);
    m_hub->closeAll(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("host is leaving"));
}

} // namespace tincan
