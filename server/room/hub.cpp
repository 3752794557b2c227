#include "server/room/hub.h"

#include "protocol/encodedparts.h"
#include "protocol/limits.h"
#include "protocol/nickname.h"
#include "protocol/filename.h"
#include "server/clientaddress.h"
#include "server/files/filestore.h"
#include "server/room/historystore.h"
#include "server/room/peer.h"
#include "server/room/peersocket.h"
#include "server/room/wireframe.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHub, "tincan.server.room", QtWarningMsg)

namespace tincan {

using protocol::ChatMessage;
using protocol::ErrorCode;

namespace {

// RFC 6455 "Try Again Later" (1013); Qt 6.4's enum has no name for it.
constexpr auto closeTryAgainLater = QWebSocketProtocol::CloseCode(1013);

template <typename... Handlers>
struct Overloaded : Handlers...
{
    using Handlers::operator()...;
};
template <typename... Handlers>
Overloaded(Handlers...) -> Overloaded<Handlers...>;

} // namespace

Hub::Hub(const QString &roomName, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_roomName(roomName)
    , m_store(store)
    , m_helloDeadlines(limits::helloTimeoutMs,
                       [this](const QPointer<PeerSocket> &socket) {
                           Peer *peer = socket ? peerFor(socket) : nullptr;
                           if (peer && !peer->joined && !peer->awaitingCode)
                               drop(*peer, QWebSocketProtocol::CloseCodePolicyViolated, u"hello timeout"_s);
                       })
    , m_codeDeadlines(limits::accessCodeWaitMs,
                      [this](const QPointer<PeerSocket> &socket) {
                          Peer *peer = socket ? peerFor(socket) : nullptr;
                          if (peer && !peer->joined)
                              drop(*peer, QWebSocketProtocol::CloseCodePolicyViolated, u"no access code"_s);
                      })
    , m_departures(limits::rejoinGraceMs,
                   [this](const std::pair<QString, quint64> &departure) { finishDeparture(departure); })
    , m_history(store)
    , m_ids(limits::knownClientIdsKept)
    , m_identities(store && store->isOpen() ? store->identitySecret() : QByteArray())
    , m_welcomes(roomName, m_roster, m_history, store)
{
    m_clock.start();
    const QList<ChatMessage> recent = m_history.load();
    for (const ChatMessage &message : recent)
        m_ids.insert(message.clientMsgId, message.seq, message.ts);
    // Numbers an earlier run handed out but could not store (a full disk) lie below its
    // reservation: numbering goes on above both.
    m_lastAssignedSeq = std::max(m_history.lastSeq(), m_store ? m_store->reservedSeq() : 0);
    reserveSeqs();
    m_pingTimer.setInterval(limits::pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &Hub::sweepLiveness);
    m_purgeTimer.setSingleShot(true);
    connect(&m_purgeTimer, &QTimer::timeout, this, [this] {
        if (m_store && m_store->purgeStep()) {
            m_purgeTimer.start(limits::purgeStepIntervalMs);
            return;
        }
        m_lastPurge.start();
    });
    // Deleted words a stopped host had not purged yet are purged now.
    if (m_store && m_store->purgePending())
        m_purgeTimer.start(limits::purgeDelayMs);
    m_typingTimer.setSingleShot(true);
    connect(&m_typingTimer, &QTimer::timeout, this, &Hub::relayWaitingTyping);
    m_pingTimer.start();
}

Hub::~Hub()
{
    abortAll();
}

QString Hub::roomName() const
{
    return m_roomName;
}

void Hub::setRejoinGrace(int graceMs)
{
    m_departures.setTimeout(graceMs);
}

void Hub::setLiveness(int pingIntervalMs, int pongTimeoutMs)
{
    m_pingTimer.setInterval(pingIntervalMs);
    m_pongTimeoutMs = pongTimeoutMs;
}

void Hub::setHostKey(const QString &key)
{
    m_access.setHostKey(key);
}

void Hub::setAccessCode(const QString &code)
{
    // People already in stay; the code is asked of whoever comes next.
    m_access.setAccessCode(code);
    Q_EMIT accessChanged(m_access.codeRequired(), m_access.isLocked());
}

void Hub::setLocked(bool locked)
{
    m_access.setLocked(locked);
    Q_EMIT accessChanged(m_access.codeRequired(), m_access.isLocked());
}

QString Hub::hostNick() const
{
    if (m_hostNickKey.isEmpty())
        return {};
    if (const Peer *host = m_byNickKey.value(m_hostNickKey, nullptr); host && host->host)
        return host->nick;
    const auto departing = m_departing.constFind(m_hostNickKey);
    return departing != m_departing.cend() && departing->host ? departing->nick : QString();
}

std::optional<ErrorCode> Hub::removeMember(const QString &nick, protocol::Remove::Kind kind,
                                           QStringList *removed)
{
    QStringList names;
    const auto noteRemoved = qScopeGuard([&names, removed] {
        if (removed)
            *removed = names;
    });
    const bool ban = kind == protocol::Remove::Kind::Ban;
    const QString key = protocol::nickKey(nick);
    QHostAddress address;
    if (Peer *target = m_byNickKey.value(key, nullptr)) {
        if (target->host)
            return ErrorCode::NotAllowed;
        if (ban && !m_access.ban(target->address, target->resumeToken))
            return ErrorCode::NotAllowed;
        if (ban)
            m_bannedPersons.insert(target->personId);
        address = target->address;
        names.append(target->nick);
        removeJoined(*target, ban);
    } else {
        // Gone a moment ago, still shown: removed all the same (and kept out, for a ban).
        const auto departed = m_departing.find(key);
        if (departed == m_departing.end())
            return ErrorCode::NoSuchMember;
        if (departed->host)
            return ErrorCode::NotAllowed;
        if (ban && !m_access.ban(departed->address, departed->resumeToken))
            return ErrorCode::NotAllowed;
        if (ban)
            m_bannedPersons.insert(departed->personId);
        address = departed->address;
        names.append(departed->nick);
        removeDeparted(departed.key(), ban);
    }
    if (!ban)
        return std::nullopt;
    // A ban keeps a person and their computer out, not a name: whoever else is in from the same
    // address, or as the same person under another name, goes too.
    const QString addressKey = RoomAccess::addressKey(address);
    std::vector<Peer *> alsoJoined;
    for (Peer *peer : std::as_const(m_byNickKey)) {
        if (!peer->host && (RoomAccess::addressKey(peer->address) == addressKey
                            || m_access.isBannedToken(peer->resumeToken)
                            || m_bannedPersons.contains(peer->personId)))
            alsoJoined.push_back(peer);
    }
    // Past maxBans these may stay unmarked as people; they still leave, and their address is
    // already kept out.
    for (Peer *peer : alsoJoined) {
        m_access.ban({}, peer->resumeToken);
        names.append(peer->nick);
        removeJoined(*peer, true);
    }
    QStringList alsoDeparted;
    for (auto it = m_departing.cbegin(); it != m_departing.cend(); ++it) {
        if (!it->host && RoomAccess::addressKey(it->address) == addressKey)
            alsoDeparted.append(it.key());
    }
    for (const QString &departedKey : std::as_const(alsoDeparted)) {
        m_access.ban({}, m_departing.value(departedKey).resumeToken);
        names.append(m_departing.value(departedKey).nick);
        removeDeparted(departedKey, true);
    }
    return std::nullopt;
}

void Hub::removeJoined(Peer &target, bool ban)
{
    if (m_files)
        m_files->dropPerson(target.person);
    if (!ban)
        m_access.forget(target.resumeToken);
    // Changes about this name already in the batch go out first, so nobody applies the removal
    // before the join (or rename) it follows.
    if (m_presence.mentions(target.nick))
        flushPresence();
    m_byNickKey.remove(target.nickKey);
    m_byPerson.remove(target.personId, &target);
    target.joined = false;
    m_roster.remove(target.nick);
    m_presence.removed(target.nick);
    if (target.typingRelayed)
        relayTyping(target, false, m_clock.elapsed());
    sendError(target, ban ? ErrorCode::Banned : ErrorCode::Kicked);
    drop(target, QWebSocketProtocol::CloseCodePolicyViolated, u"removed by the host"_s);
    Q_EMIT joinedCountChanged(joinedCount());
    scheduleFlush();
}

void Hub::removeDeparted(const QString &nickKey, bool ban)
{
    const auto departed = m_departing.find(nickKey);
    if (departed == m_departing.end())
        return;
    if (m_files)
        m_files->dropPerson(m_access.personOf(departed->resumeToken));
    if (!ban)
        m_access.forget(departed->resumeToken);
    if (m_presence.mentions(departed->nick))
        flushPresence();
    m_roster.remove(departed->nick);
    m_presence.removed(departed->nick);
    m_departing.erase(departed);
    scheduleFlush();
}

int Hub::joinedCount() const
{
    return int(m_byNickKey.size());
}

int Hub::connectionCount() const
{
    return int(m_peers.size());
}

Peer *Hub::peerFor(PeerSocket *socket) const
{
    const auto it = m_peers.find(socket);
    return it == m_peers.end() ? nullptr : it->second.get();
}

void Hub::adopt(QWebSocket *webSocket, QTcpSocket *transport)
{
    auto *socket = new PeerSocket(webSocket, transport, this);
    if (m_closing) {
        connect(socket, &PeerSocket::disconnected, socket, &QObject::deleteLater);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"host is leaving"_s);
        return;
    }
    auto record = std::make_unique<Peer>(socket, m_clock.elapsed());
    record->address = clientAddress(transport->peerAddress());
    m_peers.emplace(socket, std::move(record));

    connect(socket, &PeerSocket::textMessage, this,
            [this, socket](const QString &text) { onText(socket, text); });
    connect(socket, &PeerSocket::binaryMessage, this, [this, socket] {
        if (Peer *peer = peerFor(socket)) {
            peer->lastHeardMs = m_clock.elapsed();
            if (peer->controlBucket.take(m_clock.elapsed()))
                sendError(*peer, ErrorCode::BadMessage);
        }
    });
    connect(socket, &PeerSocket::pong, this, [this, socket] {
        if (Peer *peer = peerFor(socket))
            peer->lastHeardMs = m_clock.elapsed();
    });
    connect(socket, &PeerSocket::disconnected, this, [this, socket] { removePeer(socket); });
    m_helloDeadlines.add(socket);
}

void Hub::closeAll(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    m_closing = true;
    m_pingTimer.stop();
    m_helloDeadlines.clear();
    m_codeDeadlines.clear();
    if (m_flushScheduled)
        flush();
    if (m_peers.empty()) {
        Q_EMIT allDisconnected();
        return;
    }
    std::vector<PeerSocket *> sockets;
    for (const auto &entry : m_peers)
        sockets.push_back(entry.first);
    for (PeerSocket *socket : sockets) {
        if (Peer *peer = peerFor(socket)) {
            // Said in words before the close, so clients tell "the host ended the chat" from a
            // lost connection and do not keep knocking on a door that was shut on purpose.
            if (peer->joined && code == QWebSocketProtocol::CloseCodeGoingAway)
                sendError(*peer, ErrorCode::HostLeaving);
            drop(*peer, code, reason);
        }
    }
}

void Hub::abortAll()
{
    std::vector<PeerSocket *> sockets;
    for (const auto &entry : m_peers)
        sockets.push_back(entry.first);
    m_peers.clear();
    m_byNickKey.clear();
    m_byPerson.clear();
    for (PeerSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
}

void Hub::removePeer(PeerSocket *socket)
{
    const auto it = m_peers.find(socket);
    if (it == m_peers.end())
        return;
    std::unique_ptr<Peer> peer = std::move(it->second);
    m_peers.erase(it);
    socket->deleteLater();
    if (m_files)
        m_files->connectionClosed(socket);
    if (peer->joined) {
        m_byNickKey.remove(peer->nickKey);
        m_byPerson.remove(peer->personId, peer.get());
        Q_EMIT joinedCountChanged(joinedCount());
        if (m_closing) {
            m_roster.remove(peer->nick);
        } else {
            // A page reloaded, a laptop that woke up: back within the grace, they never left.
            const quint64 id = ++m_nextDepartureId;
            m_departing.insert(peer->nickKey, {peer->nick, id, peer->address, peer->resumeToken, peer->host,
                                               peer->personId});
            m_departures.add({peer->nickKey, id});
        }
    }
    if (m_closing && m_peers.empty())
        Q_EMIT allDisconnected();
}

void Hub::finishDeparture(const std::pair<QString, quint64> &departure)
{
    const auto it = m_departing.constFind(departure.first);
    if (it == m_departing.cend() || it->id != departure.second)
        return; // came back in time (or left again since, with a later deadline)
    m_roster.remove(it->nick);
    m_presence.left(it->nick);
    if (it.key() == m_hostNickKey)
        m_hostNickKey.clear();
    m_departing.erase(it);
    scheduleFlush();
}

void Hub::sweepLiveness()
{
    const qint64 now = m_clock.elapsed();
    std::vector<PeerSocket *> dead;
    for (const auto &[socket, peer] : m_peers) {
        if (now - peer->lastHeardMs > m_pongTimeoutMs)
            dead.push_back(socket);
        else
            socket->ping();
    }
    for (PeerSocket *socket : dead) {
        qCInfo(lcHub) << "a peer stopped answering pings; dropping it";
        socket->abort();
    }
}

void Hub::sendFrame(Peer &peer, const QByteArray &frame, bool answer)
{
    if (peer.dropping)
        return;
    peer.outbox.append(frame);
    if (answer)
        peer.outboxAnswerBytes += frame.size();
    if (!peer.outboxQueued) {
        peer.outboxQueued = true;
        m_outboxQueue.push_back(peer.socket);
        scheduleFlush();
    }
}

template <typename Message>
void Hub::sendMessage(Peer &peer, const Message &message)
{
    sendFrame(peer, wire::textFrame(protocol::encode(message)));
}

void Hub::sendError(Peer &peer, ErrorCode code, const QString &clientMsgId, const QString &suggestion)
{
    sendMessage(peer, protocol::Error(code, clientMsgId, suggestion));
}

void Hub::writeOutbox(Peer &peer)
{
    peer.outboxQueued = false;
    const QByteArray data = std::exchange(peer.outbox, {});
    const qint64 answerBytes = std::exchange(peer.outboxAnswerBytes, 0);
    if (data.isEmpty() || peer.dropping)
        return;
    // The turn's frames go out in one write; a peer that lets too much wait is cut off by its
    // socket (it resumes by seq and loses nothing).
    peer.socket->sendFrames(data, answerBytes);
}

void Hub::writeOutboxes()
{
    const std::vector<PeerSocket *> queue = std::exchange(m_outboxQueue, {});
    for (PeerSocket *socket : queue) {
        if (Peer *peer = peerFor(socket))
            writeOutbox(*peer);
    }
}

void Hub::drop(Peer &peer, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (peer.dropping)
        return;
    writeOutbox(peer); // what was said before the close goes first
    peer.dropping = true;
    peer.socket->close(code, reason);
}

void Hub::onText(PeerSocket *socket, const QString &text)
{
    Peer *peer = peerFor(socket);
    if (!peer || peer->dropping)
        return;
    const qint64 now = m_clock.elapsed();
    peer->lastHeardMs = now;

    dispatch(*peer, protocol::decodeClientMessage(text.toUtf8()), now);
    // More of this client's frames arrived in the same read. One of them may be its goodbye, or
    // a frame that breaks the rules: Qt would then close before the end of this turn, so what is
    // owed for this frame (an ack, an answer) goes out now.
    if (m_flushScheduled && socket->hasMoreToRead())
        flush();
}

void Hub::dispatch(Peer &peer, const protocol::ClientMessage &message, qint64 now)
{
    // Chat and typing cost their own rates; everything else, broken frames included, costs the
    // control rate.
    if (peer.joined) {
        if (const auto *send = std::get_if<protocol::Send>(&message))
            return onSend(peer, *send);
        if (const auto *typing = std::get_if<protocol::Typing>(&message))
            return onTyping(peer, *typing);
        // A file is a message: it costs the message rate when it is new.
        if (const auto *upload = std::get_if<protocol::Upload>(&message))
            return onUpload(peer, *upload);
        // Edits, deletes, reactions and searches cost their own rates.
        if (const auto *edit = std::get_if<protocol::Edit>(&message))
            return onEdit(peer, *edit);
        if (const auto *request = std::get_if<protocol::Delete>(&message))
            return onDelete(peer, *request);
        if (const auto *react = std::get_if<protocol::React>(&message))
            return onReact(peer, *react);
        if (const auto *search = std::get_if<protocol::Search>(&message))
            return onSearch(peer, *search);
    }
    if (!peer.controlBucket.take(now)) {
        const auto *failure = std::get_if<protocol::DecodeError>(&message);
        return sendError(peer, ErrorCode::RateLimited, failure ? failure->clientMsgId : QString());
    }
    std::visit(Overloaded{
                   [&](const protocol::Hello &hello) {
                       if (peer.joined)
                           sendError(peer, ErrorCode::AlreadyJoined);
                       else
                           onHello(peer, hello);
                   },
                   [&](const protocol::HistoryRequest &request) {
                       if (peer.joined)
                           onHistory(peer, request);
                       else
                           sendError(peer, ErrorCode::HelloRequired);
                   },
                   [&](const protocol::Rename &rename) {
                       if (peer.joined)
                           onRename(peer, rename);
                       else
                           sendError(peer, ErrorCode::HelloRequired);
                   },
                   [&](const protocol::Remove &remove) {
                       if (peer.joined)
                           onRemove(peer, remove);
                       else
                           sendError(peer, ErrorCode::HelloRequired);
                   },
                   [&](const protocol::UploadCancel &cancel) {
                       if (peer.joined)
                           onUploadCancel(peer, cancel);
                       else
                           sendError(peer, ErrorCode::HelloRequired);
                   },
                   [&](const protocol::DecodeError &failure) {
                       sendError(peer, failure.code, failure.clientMsgId);
                   },
                   // A send or typing before the welcome.
                   [&](const auto &) { sendError(peer, ErrorCode::HelloRequired); },
               },
               message);
}

bool Hub::isNickTaken(const QString &nick, const Peer *except) const
{
    const QString key = protocol::nickKey(nick);
    const Peer *holder = m_byNickKey.value(key, nullptr);
    // A name whose leave is not announced yet is still in the roster: nobody renames into it.
    return (holder && holder != except) || m_departing.contains(key);
}

void Hub::onHello(Peer &peer, const protocol::Hello &hello)
{
    if (hello.version != protocol::version) {
        sendError(peer, ErrorCode::VersionUnsupported);
        drop(peer, QWebSocketProtocol::CloseCodePolicyViolated, u"version unsupported"_s);
        return;
    }
    // Before anything else of the room is answered (even whether a name is taken).
    const RoomAccess::Verdict access = m_access.check(peer.address, hello, m_clock.elapsed());
    if (access.refusal) {
        sendError(peer, *access.refusal);
        if (*access.refusal == ErrorCode::AccessDenied) {
            // The connection stays for another try while its user types the code.
            if (!peer.awaitingCode) {
                peer.awaitingCode = true;
                m_codeDeadlines.add(peer.socket);
            }
            return;
        }
        drop(peer, QWebSocketProtocol::CloseCodePolicyViolated,
             *access.refusal == ErrorCode::Banned      ? u"banned"_s
             : *access.refusal == ErrorCode::RoomLocked ? u"room locked"_s
                                                        : u"too many wrong access codes"_s);
        return;
    }
    QString nick;
    if (protocol::checkNick(hello.nick, &nick) != protocol::NickProblem::None) {
        sendError(peer, ErrorCode::NickInvalid);
        return;
    }
    if (hello.lastSeq && *hello.lastSeq > m_lastAssignedSeq) {
        // This client saw numbers the host no longer knows (history lost to a full disk, or a
        // history file replaced): they are never handed out again. Bounded, so a made-up
        // lastSeq cannot run numbering up to where browsers lose precision.
        qCWarning(lcHub) << "a client had seen seq" << *hello.lastSeq << "beyond the host's"
                         << m_lastAssignedSeq << "; numbering continues above it";
        m_lastAssignedSeq = std::min(*hello.lastSeq, m_lastAssignedSeq + limits::maxSeqCatchUp);
        reserveSeqs();
    }
    Peer *holder = m_byNickKey.value(protocol::nickKey(nick), nullptr);
    const std::optional<QString> tokenPerson = m_identities.personOf(hello.resumeToken);
    // A person the host banned, whatever address or name they come back with.
    if (tokenPerson && m_bannedPersons.contains(*tokenPerson)) {
        sendError(peer, ErrorCode::Banned);
        drop(peer, QWebSocketProtocol::CloseCodePolicyViolated, u"banned"_s);
        return;
    }
    // A name whose owner is away a moment is theirs: nobody else comes back under it "within the
    // grace" (the host's name, and anyone's who is not the same person).
    if (const auto departed = m_departing.constFind(protocol::nickKey(nick));
        !holder && !access.host && departed != m_departing.cend()
        && (departed->host || !tokenPerson || *tokenPerson != departed->personId)) {
        const QString suggestion =
            protocol::suggestNick(nick, [this](const QString &name) { return isNickTaken(name, nullptr); });
        sendError(peer, ErrorCode::NickTaken, {}, suggestion);
        return;
    }
    const bool takingOver = holder && holder != &peer && !holder->resumeToken.isEmpty()
        && hello.resumeToken == holder->resumeToken;
    if (holder && !takingOver) {
        const QString suggestion =
            protocol::suggestNick(nick, [this](const QString &name) { return isNickTaken(name, nullptr); });
        sendError(peer, ErrorCode::NickTaken, {}, suggestion);
        return;
    }
    if (takingOver) {
        // The same person is back on a new connection while the old one lingers (a phone that
        // lost Wi-Fi): the old one goes quietly, the name (as the room knows it) never leaves.
        nick = holder->nick;
        m_byNickKey.remove(holder->nickKey);
        m_byPerson.remove(holder->personId, holder);
        holder->joined = false;
        sendError(*holder, ErrorCode::Replaced);
        drop(*holder, QWebSocketProtocol::CloseCodePolicyViolated, u"replaced by a newer connection"_s);
    } else if (joinedCount() >= limits::maxPeers) {
        sendError(peer, ErrorCode::RoomFull);
        drop(peer, closeTryAgainLater, u"room full"_s);
        return;
    }

    peer.joined = true;
    peer.awaitingCode = false;
    peer.nick = nick;
    peer.nickKey = protocol::nickKey(nick);
    // The same person as the token's, across reconnects and restarts; anyone else is new.
    peer.personId = tokenPerson.value_or(Identities::newPersonId());
    peer.resumeToken = m_identities.issue(peer.personId);
    m_access.issued(peer.resumeToken, hello.resumeToken);
    peer.person = m_access.personOf(peer.resumeToken);
    m_byNickKey.insert(peer.nickKey, &peer);
    m_byPerson.insert(peer.personId, &peer);
    if (access.host) {
        peer.host = true;
        m_hostNickKey = peer.nickKey;
    }
    if (takingOver) {
        peer.presenceMark = m_presence.mark(); // everything from now on, nothing about itself
    } else if (const auto departed = m_departing.constFind(peer.nickKey); departed != m_departing.cend()) {
        // Back within the grace: for everyone else this person never left.
        if (departed->nick != nick || departed->personId != peer.personId) {
            m_roster.remove(departed->nick);
            m_roster.insert(nick, peer.personId);
            m_presence.renamed(departed->nick, nick, peer.personId);
            scheduleFlush();
        }
        m_departing.erase(departed);
        peer.presenceMark = m_presence.mark();
    } else {
        m_roster.insert(nick, peer.personId);
        peer.presenceMark = m_presence.mark() + 1;
        m_presence.joined(nick, peer.personId);
        scheduleFlush();
    }
    if (takingOver && holder->host != peer.host) {
        // The same person, with or without the host's key this time: everyone is told.
        m_hostNickKey = peer.host ? peer.nickKey : QString();
        m_presence.hostChanged();
        scheduleFlush();
    }
    sendFrame(peer,
              wire::textFrame(m_welcomes.build(nick, peer.resumeToken, hello.lastSeq, hostNick(), peer.personId)),
              true);
    if (m_storageFailing)
        sendError(peer, ErrorCode::StorageFailed);
    Q_EMIT joinedCountChanged(joinedCount());
}

void Hub::onSend(Peer &peer, const protocol::Send &send)
{
    const QString &id = send.clientMsgId;
    // A resend of something already stored costs no rate: it must always be answered.
    if (answerAsResend(peer, id))
        return;
    if (!peer.sendBucket.take(m_clock.elapsed())) {
        sendError(peer, ErrorCode::RateLimited, id);
        return;
    }
    if (const std::optional<ErrorCode> refusal = textRefusal(send.text)) {
        sendError(peer, *refusal, id);
        return;
    }

    ChatMessage message;
    message.from = peer.nick;
    message.text = send.text;
    message.clientMsgId = id;
    message.author = peer.personId;
    if (!send.to.isEmpty()) {
        // Someone here now (or a moment ago), and not oneself.
        if (send.to == peer.personId || !personPresent(send.to)) {
            sendError(peer, ErrorCode::NoSuchMember, id);
            return;
        }
        message.to = send.to;
        for (Peer *other : m_byPerson.values(send.to))
            message.toNick = other->nick;
        if (message.toNick.isEmpty()) {
            for (const Departure &departed : std::as_const(m_departing)) {
                if (departed.personId == send.to)
                    message.toNick = departed.nick;
            }
        }
    }
    if (send.replyTo) {
        // The answered message must be one the sender can read, in the same conversation: a
        // private message is answered only between the same two people.
        const std::optional<ChatMessage> original = readable(peer, *send.replyTo);
        const bool sameConversation = original
            && (!original->isPrivate()
                || (message.isPrivate()
                    && (original->author == message.to || original->to == message.to)));
        if (!original || original->deleted || !sameConversation) {
            protocol::Error error(ErrorCode::NoSuchMessage, id);
            error.seq = *send.replyTo;
            sendMessage(peer, error);
            return;
        }
        message.reply = protocol::quoteOf(*original);
    }
    queueMessage(peer.socket, std::move(message));
}

void Hub::schedulePurge()
{
    if (m_purgeTimer.isActive() && m_purgeTimer.interval() == limits::purgeStepIntervalMs)
        return; // a purge is under way: it takes this delete too
    // Once deletes pause, and no more often than purgeIntervalMs: a purge rewrites the index.
    const qint64 sinceLast = m_lastPurge.isValid() ? m_lastPurge.elapsed() : limits::purgeIntervalMs;
    m_purgeTimer.start(int(std::max<qint64>(limits::purgeDelayMs, limits::purgeIntervalMs - sinceLast)));
}

bool Hub::personPresent(const QString &personId) const
{
    if (m_byPerson.contains(personId))
        return true;
    return std::any_of(m_departing.cbegin(), m_departing.cend(),
                       [&personId](const Departure &departed) { return departed.personId == personId; });
}

bool Hub::mayRead(const Peer &peer, const ChatMessage &message)
{
    return !message.isPrivate() || message.to == peer.personId || message.author == peer.personId;
}

std::optional<ChatMessage> Hub::readable(const Peer &peer, qint64 seq)
{
    if (!m_pending.isEmpty())
        flushMessages(); // a message sent a moment ago is answered like any other
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    std::optional<ChatMessage> message = m_store->message(seq);
    if (!message || !mayRead(peer, *message))
        return std::nullopt;
    return message;
}

bool Hub::changesPossible(Peer &peer, qint64 seq)
{
    if (m_store && m_store->isOpen() && !m_store->isReadOnly())
        return true;
    protocol::Error error(ErrorCode::StorageFailed);
    error.seq = seq;
    sendMessage(peer, error);
    return false;
}

qint64 Hub::nextChangeSeq()
{
    const qint64 seq = ++m_lastAssignedSeq;
    if (seq > m_reservedSeq)
        reserveSeqs();
    return seq;
}

void Hub::deliver(const ChatMessage &message, const QByteArray &frame)
{
    if (!message.isPrivate()) {
        for (Peer *peer : std::as_const(m_byNickKey))
            sendFrame(*peer, frame);
        return;
    }
    for (Peer *peer : m_byPerson.values(message.author))
        sendFrame(*peer, frame);
    if (message.to != message.author) {
        for (Peer *peer : m_byPerson.values(message.to))
            sendFrame(*peer, frame);
    }
}

void Hub::announceChange(qint64 changeSeq, qint64 messageSeq, bool quoteChanged)
{
    const std::optional<ChatMessage> now = m_store->message(messageSeq);
    if (!now)
        return;
    m_history.replace(*now, protocol::encode(*now));
    m_history.noteChange(changeSeq);
    // Replies kept in memory carry the quote the store has just changed with an edit or a
    // delete: read again when next served (never all at once here).
    if (quoteChanged)
        m_history.quotedChanged(messageSeq);
    deliver(*now, wire::textFrame(protocol::encode(protocol::Update{changeSeq, *now})));
}

void Hub::onEdit(Peer &peer, const protocol::Edit &edit)
{
    const auto refuse = [&](ErrorCode code) {
        protocol::Error error(code);
        error.seq = edit.seq;
        sendMessage(peer, error);
    };
    if (!peer.editBucket.take(m_clock.elapsed()))
        return refuse(ErrorCode::RateLimited);
    if (!changesPossible(peer, edit.seq))
        return;
    const std::optional<ChatMessage> original = readable(peer, edit.seq);
    if (!original || original->deleted)
        return refuse(ErrorCode::NoSuchMessage);
    if (original->author.isEmpty() || original->author != peer.personId)
        return refuse(ErrorCode::NotYours);
    // A file's caption may be emptied; a text needs something visible.
    if (!(original->file && edit.text.isEmpty())) {
        if (const std::optional<ErrorCode> refusal = textRefusal(edit.text))
            return refuse(*refusal);
    }
    if (edit.text == original->text)
        return; // nothing changes
    ChatMessage edited = *original;
    edited.text = edit.text;
    const qint64 changeSeq = nextChangeSeq();
    if (!m_store->edit(edit.seq, edit.text, QDateTime::currentMSecsSinceEpoch(), changeSeq,
                       QString::fromUtf8(protocol::encode(protocol::quoteOf(edited).toJson())))) {
        reportStorageFailure();
        return refuse(ErrorCode::StorageFailed);
    }
    schedulePurge(); // the words edited away leave the search index
    announceChange(changeSeq, edit.seq, true);
}

void Hub::onDelete(Peer &peer, const protocol::Delete &request)
{
    const auto refuse = [&](ErrorCode code) {
        protocol::Error error(code);
        error.seq = request.seq;
        sendMessage(peer, error);
    };
    if (!peer.editBucket.take(m_clock.elapsed()))
        return refuse(ErrorCode::RateLimited);
    if (!changesPossible(peer, request.seq))
        return;
    const std::optional<ChatMessage> original = readable(peer, request.seq);
    if (!original || original->deleted)
        return refuse(ErrorCode::NoSuchMessage);
    // Your own, or (the host) anyone's in the room.
    const bool own = !original->author.isEmpty() && original->author == peer.personId;
    if (!own && !peer.host)
        return refuse(ErrorCode::NotYours);
    const qint64 changeSeq = nextChangeSeq();
    if (!m_store->remove(request.seq, changeSeq)) {
        reportStorageFailure();
        return refuse(ErrorCode::StorageFailed);
    }
    if (original->file && m_files)
        m_files->discard(original->file->id);
    schedulePurge();
    announceChange(changeSeq, request.seq, true);
}

void Hub::onReact(Peer &peer, const protocol::React &react)
{
    const auto refuse = [&](ErrorCode code) {
        protocol::Error error(code);
        error.seq = react.seq;
        sendMessage(peer, error);
    };
    if (!peer.reactionBucket.take(m_clock.elapsed()))
        return refuse(ErrorCode::RateLimited);
    if (!protocol::isValidEmoji(react.emoji))
        return refuse(ErrorCode::ReactionInvalid);
    if (!changesPossible(peer, react.seq))
        return;
    const std::optional<ChatMessage> original = readable(peer, react.seq);
    if (!original || original->deleted)
        return refuse(ErrorCode::NoSuchMessage);
    if (react.on && original->reactions.size() >= limits::maxReactionsPerMessage
        && std::none_of(original->reactions.cbegin(), original->reactions.cend(),
                        [&react](const protocol::Reaction &r) { return r.emoji == react.emoji; }))
        return refuse(ErrorCode::TooManyReactions);
    // Reserved before it is stored (a number a no-op leaves unused is only a gap).
    const qint64 changeSeq = nextChangeSeq();
    bool changed = false;
    bool tooMany = false;
    if (!m_store->react(react.seq, react.emoji, peer.personId, peer.nick, react.on, changeSeq, &changed,
                        &tooMany)) {
        reportStorageFailure();
        return refuse(ErrorCode::StorageFailed);
    }
    if (tooMany)
        return refuse(ErrorCode::TooManyReactions);
    if (!changed)
        return; // given already, or never given: nothing to tell
    announceChange(changeSeq, react.seq, false);
}

void Hub::onSearch(Peer &peer, const protocol::Search &search)
{
    if (search.query.size() > limits::maxSearchLength)
        return sendError(peer, ErrorCode::SearchTooLong);
    const QStringList terms = protocol::searchTerms(search.query);
    if (terms.isEmpty())
        return sendError(peer, ErrorCode::SearchInvalid);
    const qint64 now = m_clock.elapsed();
    if (!peer.searchBucket.take(now) || !m_roomSearches.take(now))
        return sendError(peer, ErrorCode::RateLimited);
    if (!m_store || !m_store->isOpen() || !m_store->canSearch())
        return sendError(peer, ErrorCode::StorageFailed);
    if (!m_pending.isEmpty())
        flushMessages();
    const int limit = int(std::min<qint64>(search.limit.value_or(limits::searchPageSize),
                                           limits::searchPageSize));
    const QList<ChatMessage> found = m_store->search(terms, search.before.value_or(protocol::maxWireInteger),
                                                     limit + 1, {peer.personId, {}});
    protocol::SearchResults results;
    results.query = search.query;
    results.terms = terms;
    qsizetype bytes = 0;
    for (const ChatMessage &message : found) {
        const qsizetype size = protocol::encode(message).size();
        if (results.messages.size() == limit || bytes + size > limits::maxAnswerBytes) {
            results.hasMore = true;
            break;
        }
        bytes += size;
        results.messages.append(message);
    }
    sendFrame(peer, wire::textFrame(protocol::encode(results)), true);
}

bool Hub::answerAsResend(Peer &peer, const QString &clientMsgId)
{
    if (m_pendingIds.contains(clientMsgId)) {
        m_pending.append({peer.socket, ChatMessage{0, 0, {}, {}, clientMsgId, {}}, true});
        return true;
    }
    if (const std::optional<MessageIds::Stored> known = m_ids.find(clientMsgId)) {
        sendMessage(peer, protocol::Ack{clientMsgId, known->seq, known->ts, true});
        return true;
    }
    return false;
}

std::optional<ErrorCode> Hub::textRefusal(const QString &text)
{
    switch (protocol::checkText(text)) {
    case protocol::TextProblem::Empty:
    case protocol::TextProblem::BadCharacter:
        return ErrorCode::TextInvalid;
    case protocol::TextProblem::TooLong:
        return ErrorCode::TextTooLong;
    case protocol::TextProblem::None:
        break;
    }
    return std::nullopt;
}

void Hub::queueMessage(PeerSocket *sender, ChatMessage message)
{
    message.seq = ++m_lastAssignedSeq;
    if (message.seq > m_reservedSeq)
        reserveSeqs();
    message.ts = QDateTime::currentMSecsSinceEpoch();
    m_pendingIds.insert(message.clientMsgId);
    m_pending.append({sender, std::move(message), false});
    scheduleFlush();
}

void Hub::setFileStore(FileStore *files)
{
    m_files = files;
    connect(files, &FileStore::fileStored, this, &Hub::onFileStored);
    connect(files, &FileStore::uploadFailed, this,
            [this](const void *connection, quint64, const QString &clientMsgId) {
                onUploadFailed(connection, clientMsgId);
            });
}

void Hub::onUpload(Peer &peer, const protocol::Upload &upload)
{
    const QString &id = upload.clientMsgId;
    // Already announced (or about to be): the answer a resent message gets.
    if (answerAsResend(peer, id))
        return;
    if (!m_files || !m_files->isOpen()) {
        sendError(peer, ErrorCode::StorageFailed, id);
        return;
    }
    const std::optional<QString> name = protocol::cleanFileName(upload.name);
    if (!name) {
        sendError(peer, ErrorCode::FileNameInvalid, id);
        return;
    }
    if (upload.size <= 0) {
        sendError(peer, ErrorCode::BadMessage, id);
        return;
    }
    if (!upload.caption.isEmpty()) {
        if (const std::optional<ErrorCode> refusal = textRefusal(upload.caption)) {
            sendError(peer, *refusal, id);
            return;
        }
    }
    if (!peer.sendBucket.take(m_clock.elapsed())) {
        sendError(peer, ErrorCode::RateLimited, id);
        return;
    }
    protocol::Upload cleaned = upload;
    cleaned.name = *name;
    const auto answer = m_files->requestSlot({peer.socket, peer.person, peer.address, peer.nick, peer.personId}, cleaned);
    if (const auto *refusal = std::get_if<ErrorCode>(&answer)) {
        sendError(peer, *refusal, id);
        return;
    }
    sendMessage(peer, std::get<protocol::UploadReady>(answer));
}

void Hub::onUploadCancel(Peer &peer, const protocol::UploadCancel &cancel)
{
    if (!m_files || !m_files->cancel(peer.person, cancel.clientMsgId))
        sendError(peer, ErrorCode::NoSuchUpload, cancel.clientMsgId);
}

void Hub::onFileStored(const void *connection, quint64 person, const QString &nick,
                       const QString &authorId, const QString &clientMsgId, const QString &caption, const protocol::FileInfo &file)
{
    // The sender may have renamed, reconnected or left while the last bytes were checked.
    PeerSocket *sender = nullptr;
    QString from = nick;
    for (const auto &[socket, peer] : m_peers) {
        if (peer->joined && (socket == connection || (person != 0 && peer->person == person))) {
            sender = socket;
            from = peer->nick;
            if (socket == connection)
                break;
        }
    }
    // The id was taken meanwhile (a text sent with it): the file is never announced, and the
    // sender hears what a resend hears.
    if (m_pendingIds.contains(clientMsgId) || m_ids.find(clientMsgId)) {
        m_files->discard(file.id);
        if (sender) {
            m_pending.append({sender, ChatMessage{0, 0, {}, {}, clientMsgId, {}}, true});
            scheduleFlush();
        }
        return;
    }
    ChatMessage message;
    message.from = from;
    message.text = caption;
    message.clientMsgId = clientMsgId;
    message.file = file;
    message.author = authorId;
    queueMessage(sender, std::move(message));
}

void Hub::onUploadFailed(const void *connection, const QString &clientMsgId)
{
    for (const auto &[socket, peer] : m_peers) {
        if (socket == connection && peer->joined) {
            sendError(*peer, ErrorCode::StorageFailed, clientMsgId);
            writeOutboxes();
            return;
        }
    }
}

void Hub::onTyping(Peer &peer, const protocol::Typing &typing)
{
    // Typing is a hint, relayed only when it changes (or, while someone keeps typing, as often
    // as clients refresh it) and at most once per typingRelayIntervalMs: a client that sends
    // thousands a second costs the room a few frames. A change that must wait is kept, the
    // latest winning, so nobody is left looking at a stale "is typing".
    const qint64 now = m_clock.elapsed();
    const bool refresh = typing.on && peer.typingRelayed
        && now - peer.typingRelayedAtMs >= limits::typingRefreshMs / 2;
    if (typing.on == peer.typingRelayed && !refresh) {
        peer.typingWaiting.reset();
        return;
    }
    if (now - peer.typingRelayedAtMs >= limits::typingRelayIntervalMs) {
        relayTyping(peer, typing.on, now);
        return;
    }
    if (!peer.typingWaiting)
        m_typingWaiting.push_back(peer.socket);
    peer.typingWaiting = typing.on;
    if (!m_typingTimer.isActive())
        m_typingTimer.start(int(peer.typingRelayedAtMs + limits::typingRelayIntervalMs - now));
}

void Hub::relayTyping(Peer &peer, bool on, qint64 now)
{
    peer.typingRelayed = on;
    peer.typingRelayedAtMs = now;
    peer.typingWaiting.reset();
    const QByteArray frame = wire::textFrame(protocol::encode(protocol::TypingNotice{peer.nick, on}));
    for (Peer *other : std::as_const(m_byNickKey)) {
        if (other != &peer)
            sendFrame(*other, frame);
    }
}

void Hub::relayWaitingTyping()
{
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = -1;
    std::vector<PeerSocket *> still;
    for (PeerSocket *socket : std::exchange(m_typingWaiting, {})) {
        Peer *peer = peerFor(socket);
        if (!peer || !peer->typingWaiting || !peer->joined)
            continue;
        const qint64 due = peer->typingRelayedAtMs + limits::typingRelayIntervalMs;
        if (due <= now) {
            relayTyping(*peer, *peer->typingWaiting, now);
        } else {
            still.push_back(socket);
            nextDue = nextDue < 0 ? due : std::min(nextDue, due);
        }
    }
    m_typingWaiting = std::move(still);
    if (nextDue >= 0)
        m_typingTimer.start(int(nextDue - now));
}

void Hub::onHistory(Peer &peer, const protocol::HistoryRequest &request)
{
    const int limit = int(std::min<qint64>(request.limit.value_or(limits::historyPageSize),
                                           limits::historyPageSize));
    const HistoryStore::Reader reader{peer.personId, request.with};
    const RecentHistory::Page page = request.direction == protocol::HistoryRequest::Direction::Before
        ? m_history.before(request.seq, limit, limits::maxAnswerBytes, reader)
        : m_history.after(request.seq, limit, limits::maxAnswerBytes, reader);
    sendFrame(peer, wire::textFrame(protocol::parts::historyPage(page.messages, page.hasMore)), true);
}

void Hub::onRename(Peer &peer, const protocol::Rename &rename)
{
    QString nick;
    if (protocol::checkNick(rename.nick, &nick) != protocol::NickProblem::None) {
        sendError(peer, ErrorCode::NickInvalid);
        return;
    }
    if (isNickTaken(nick, &peer)) {
        const QString suggestion =
            protocol::suggestNick(nick, [this](const QString &name) { return isNickTaken(name, nullptr); });
        sendError(peer, ErrorCode::NickTaken, {}, suggestion);
        return;
    }
    const QString old = peer.nick;
    if (nick == old) {
        sendMessage(peer, protocol::Renamed{nick});
        return;
    }
    m_byNickKey.remove(peer.nickKey);
    m_roster.remove(old);
    peer.nick = nick;
    peer.nickKey = protocol::nickKey(nick);
    m_byNickKey.insert(peer.nickKey, &peer);
    if (peer.host)
        m_hostNickKey = peer.nickKey;
    m_roster.insert(nick, peer.personId);
    sendMessage(peer, protocol::Renamed{nick});
    m_presence.renamed(old, nick, peer.personId);
    scheduleFlush();
}

void Hub::onRemove(Peer &peer, const protocol::Remove &remove)
{
    // Only the host's own session may remove anyone.
    if (!peer.host)
        return sendError(peer, ErrorCode::NotAllowed);
    if (const std::optional<ErrorCode> problem = removeMember(remove.nick, remove.kind))
        sendError(peer, *problem);
}

void Hub::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // Everything that arrives in one turn of the event loop is stored in one transaction and
    // announced in one presence update.
    QMetaObject::invokeMethod(this, &Hub::flush, Qt::QueuedConnection);
}

void Hub::flush()
{
    if (!m_flushScheduled)
        return;
    m_flushScheduled = false;
    if (!m_pending.isEmpty())
        flushMessages();
    if (!m_presence.isEmpty())
        flushPresence();
    writeOutboxes();
}

void Hub::flushMessages()
{
    const QList<PendingSend> pending = std::exchange(m_pending, {});
    m_pendingIds.clear();

    QList<ChatMessage> fresh;
    for (const PendingSend &item : pending) {
        if (!item.duplicateInBatch)
            fresh.append(item.message);
    }
    QList<std::optional<ChatMessage>> existing;
    const bool stored = m_store && m_store->isOpen() && m_store->append(fresh, &existing);
    if (stored) {
        m_storageFailing = false;
    } else {
        existing = QList<std::optional<ChatMessage>>(fresh.size(), std::nullopt);
        reportStorageFailure();
    }

    qsizetype freshIndex = 0;
    for (const PendingSend &item : pending) {
        Peer *sender = peerFor(item.sender);
        if (item.duplicateInBatch) {
            const std::optional<MessageIds::Stored> known = m_ids.find(item.message.clientMsgId);
            if (sender && known)
                sendMessage(*sender, protocol::Ack{item.message.clientMsgId, known->seq, known->ts, true});
            continue;
        }
        const std::optional<ChatMessage> &old = existing[freshIndex++];
        if (old) {
            // A file whose message id was already stored is not announced: it goes.
            if (item.message.file && m_files && !(old->file && old->file->id == item.message.file->id))
                m_files->discard(item.message.file->id);
            // Stored long ago (before this host's memory begins): acknowledge, never repeat.
            m_ids.insert(old->clientMsgId, old->seq, old->ts);
            if (sender)
                sendMessage(*sender, protocol::Ack{old->clientMsgId, old->seq, old->ts, true});
            continue;
        }
        const ChatMessage &message = item.message;
        // Encoded and framed once; every peer gets the same bytes.
        const QByteArray json = protocol::encode(message);
        const QByteArray frame = wire::textFrame(json);
        m_history.append(message, json);
        m_ids.insert(message.clientMsgId, message.seq, message.ts);
        if (sender)
            sendMessage(*sender, protocol::Ack{message.clientMsgId, message.seq, message.ts, false});
        deliver(message, frame);
    }
}

void Hub::flushPresence()
{
    // Everyone shown in the roster, those whose leave is not announced yet included.
    const int count = int(m_roster.size());
    const QString host = hostNick();
    const QByteArray whole = wire::textFrame(protocol::encode(m_presence.presence(0, count, host)));
    for (Peer *peer : std::as_const(m_byNickKey)) {
        const qsizetype mark = std::exchange(peer->presenceMark, -1);
        if (mark < 0)
            sendFrame(*peer, whole);
        else if (mark < m_presence.size()) // joined mid-batch: only what came after its welcome
            sendFrame(*peer, wire::textFrame(protocol::encode(m_presence.presence(mark, count, host))));
    }
    m_presence.clear();
}

void Hub::reserveSeqs()
{
    // Reserved on disk before use, so a restart never hands out a number a client has seen, even
    // when the messages themselves could not be stored. If the reservation cannot be written,
    // the room goes on (and the storage failure is reported when messages cannot be stored).
    const qint64 upTo = m_lastAssignedSeq + limits::seqReservation;
    if (m_store && m_store->isOpen() && !m_store->isReadOnly() && m_store->reserveSeq(upTo))
        m_reservedSeq = upTo;
    else
        m_reservedSeq = std::max(m_reservedSeq, m_lastAssignedSeq + limits::seqReservation / 10);
}

void Hub::reportStorageFailure()
{
    if (m_storageFailing)
        return;
    m_storageFailing = true;
    const QString reason = m_store ? m_store->errorString() : QString();
    qCWarning(lcHub) << "history could not be saved:" << reason;
    Q_EMIT storageError(reason);
    const QByteArray frame = wire::textFrame(protocol::encode(protocol::Error(ErrorCode::StorageFailed)));
    for (Peer *peer : std::as_const(m_byNickKey))
        sendFrame(*peer, frame);
}

} // namespace tincan
