#include "server/hub.h"

#include "protocol/limits.h"
#include "protocol/nickname.h"
#include "server/chatconnection.h"
#include "server/historystore.h"
#include "server/peer.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHub, "tincan.server.room", QtWarningMsg)

namespace tincan {

using protocol::ChatMessage;
using protocol::ErrorCode;

namespace {

// RFC 6455 "Try Again Later" (1013); Qt 6.4's enum has no name for it.
constexpr auto closeTryAgainLater = QWebSocketProtocol::CloseCode(1013);

std::optional<qint64> integerField(const QJsonObject &object, QLatin1StringView name)
{
    const QJsonValue value = object.value(name);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != static_cast<double>(static_cast<qint64>(number)) || number < 0)
        return std::nullopt;
    return static_cast<qint64>(number);
}

} // namespace

Hub::Hub(const QString &roomName, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_roomName(roomName)
    , m_store(store)
    , m_helloDeadlines(limits::helloTimeoutMs,
                       [this](const QPointer<ChatConnection> &connection) {
                           Peer *peer = connection ? peerFor(connection) : nullptr;
                           if (peer && !peer->joined)
                               drop(*peer, QWebSocketProtocol::CloseCodePolicyViolated,
                                    QStringLiteral("hello timeout"));
                       })
    , m_roomJson(wire::jsonString(roomName))
{
    m_clock.start();
    if (m_store && m_store->isOpen()) {
        m_lastAssignedSeq = m_lastDeliveredSeq = m_store->lastSeq();
        m_firstSeq = m_store->firstSeq();
        const QList<ChatMessage> recent =
            m_store->before(m_lastDeliveredSeq + 1, limits::recentMessagesKept);
        for (const ChatMessage &message : recent)
            remember(message);
    }
    m_pingTimer.setInterval(limits::pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &Hub::sweepLiveness);
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

void Hub::setLiveness(int pingIntervalMs, int pongTimeoutMs)
{
    m_pingTimer.setInterval(pingIntervalMs);
    m_pongTimeoutMs = pongTimeoutMs;
}

int Hub::joinedCount() const
{
    return int(m_byNickKey.size());
}

int Hub::connectionCount() const
{
    return int(m_peers.size());
}

Peer *Hub::peerFor(ChatConnection *connection) const
{
    const auto it = m_peers.find(connection);
    return it == m_peers.end() ? nullptr : it->second.get();
}

void Hub::adopt(ChatConnection *connection)
{
    connection->setParent(this);
    if (m_closing) {
        connection->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("host is leaving"));
        connect(connection, &ChatConnection::disconnected, connection, &QObject::deleteLater);
        connection->start();
        return;
    }
    m_peers.emplace(connection, std::make_unique<Peer>(connection, m_clock.elapsed()));

    connect(connection, &ChatConnection::textMessage, this,
            [this, connection](const QByteArray &utf8) { onText(connection, utf8); });
    connect(connection, &ChatConnection::binaryMessage, this, [this, connection] {
        if (Peer *peer = peerFor(connection)) {
            peer->lastHeardMs = m_clock.elapsed();
            if (peer->controlBucket.take(m_clock.elapsed()))
                sendError(*peer, ErrorCode::BadMessage);
        }
    });
    connect(connection, &ChatConnection::pong, this, [this, connection] {
        if (Peer *peer = peerFor(connection))
            peer->lastHeardMs = m_clock.elapsed();
    });
    // Answers to what the client asked just before its goodbye (acks included: the turn's
    // messages are stored now rather than at its end) go out before the host's close.
    // Anything queued for a peer has a flush scheduled, so flushing now writes it all.
    connect(connection, &ChatConnection::closing, this, [this] {
        if (m_flushScheduled)
            flush();
    });
    // Queued: a connection can end while a broadcast is walking the room.
    connect(connection, &ChatConnection::disconnected, this,
            [this, connection] { removePeer(connection); }, Qt::QueuedConnection);
    m_helloDeadlines.add(connection);
    connection->start();
}

void Hub::closeAll(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    m_closing = true;
    m_pingTimer.stop();
    m_helloDeadlines.clear();
    if (m_flushScheduled)
        flush();
    if (m_peers.empty()) {
        Q_EMIT allDisconnected();
        return;
    }
    for (const auto &[connection, peer] : m_peers) {
        peer->dropping = true;
        connection->close(code, reason);
    }
}

void Hub::abortAll()
{
    std::vector<ChatConnection *> connections;
    for (const auto &entry : m_peers)
        connections.push_back(entry.first);
    for (ChatConnection *connection : connections) {
        disconnect(connection, nullptr, this, nullptr);
        connection->abort();
        connection->deleteLater();
    }
    m_peers.clear();
    m_byNickKey.clear();
}

void Hub::removePeer(ChatConnection *connection)
{
    const auto it = m_peers.find(connection);
    if (it == m_peers.end())
        return;
    std::unique_ptr<Peer> peer = std::move(it->second);
    m_peers.erase(it);
    connection->deleteLater();
    if (peer->joined) {
        m_byNickKey.remove(peer->nickKey);
        m_roster.remove(peer->nick);
        m_presence.append({PresenceEvent::Left, peer->nick, {}});
        scheduleFlush();
        Q_EMIT joinedCountChanged(joinedCount());
    }
    if (m_closing && m_peers.empty())
        Q_EMIT allDisconnected();
}

void Hub::sweepLiveness()
{
    const qint64 now = m_clock.elapsed();
    std::vector<ChatConnection *> dead;
    for (const auto &[connection, peer] : m_peers) {
        if (now - peer->lastHeardMs > m_pongTimeoutMs)
            dead.push_back(connection);
        else
            connection->ping();
    }
    for (ChatConnection *connection : dead) {
        qCInfo(lcHub) << "a peer stopped answering pings; dropping it";
        connection->abort();
    }
}

void Hub::sendTo(Peer &peer, const wire::Frame &frame)
{
    if (peer.dropping)
        return;
    peer.outbox.append(frame.bytes);
    if (!peer.outboxQueued) {
        peer.outboxQueued = true;
        m_outboxQueue.push_back(peer.connection);
        scheduleFlush();
    }
}

void Hub::sendJson(Peer &peer, const QJsonObject &object)
{
    sendTo(peer, wire::textFrame(wire::json(object)));
}

void Hub::writeOutbox(Peer &peer)
{
    peer.outboxQueued = false;
    const QByteArray data = std::exchange(peer.outbox, {});
    if (data.isEmpty() || peer.dropping)
        return;
    // The turn's frames go to the kernel in one call; only what it does not take is kept (and a
    // peer that lets too much wait is cut off by its connection).
    peer.connection->write(data);
}

void Hub::writeOutboxes()
{
    const std::vector<ChatConnection *> queue = std::exchange(m_outboxQueue, {});
    for (ChatConnection *connection : queue) {
        if (Peer *peer = peerFor(connection))
            writeOutbox(*peer);
    }
}

void Hub::drop(Peer &peer, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (peer.dropping)
        return;
    writeOutbox(peer); // what was said before the close goes first
    peer.dropping = true;
    peer.connection->close(code, reason); // cut off if the peer does not answer in time
}

void Hub::sendError(Peer &peer, ErrorCode code, const QString &clientMsgId,
                    const QString &suggestion)
{
    sendJson(peer, protocol::makeError(code, clientMsgId, suggestion));
}

void Hub::onText(ChatConnection *connection, const QByteArray &utf8)
{
    Peer *peer = peerFor(connection);
    if (!peer || peer->dropping)
        return;
    const qint64 now = m_clock.elapsed();
    peer->lastHeardMs = now;

    const std::optional<QJsonObject> object = protocol::decode(utf8);
    if (!object) {
        sendError(*peer, peer->controlBucket.take(now) ? ErrorCode::BadJson : ErrorCode::RateLimited);
        return;
    }
    const QString type = protocol::typeOf(*object);
    if (type == protocol::type::send && peer->joined) {
        onSend(*peer, *object);
        return;
    }
    if (type == protocol::type::typing && peer->joined) {
        onTyping(*peer, *object);
        return;
    }
    if (!peer->controlBucket.take(now)) {
        sendError(*peer, ErrorCode::RateLimited);
        return;
    }
    if (type == protocol::type::hello) {
        if (peer->joined)
            sendError(*peer, ErrorCode::AlreadyJoined);
        else
            onHello(*peer, *object);
    } else if (type == protocol::type::history || type == protocol::type::rename
               || type == protocol::type::send || type == protocol::type::typing) {
        if (!peer->joined)
            sendError(*peer, ErrorCode::HelloRequired);
        else if (type == protocol::type::history)
            onHistory(*peer, *object);
        else
            onRename(*peer, *object);
    } else {
        sendError(*peer, ErrorCode::UnknownType);
    }
}

bool Hub::isNickTaken(const QString &nick, const Peer *except) const
{
    const Peer *holder = m_byNickKey.value(protocol::nickKey(nick), nullptr);
    return holder && holder != except;
}

void Hub::onHello(Peer &peer, const QJsonObject &object)
{
    const QJsonValue version = object.value(QLatin1StringView("version"));
    const QJsonValue nickValue = object.value(QLatin1StringView("nick"));
    const QJsonValue tokenValue = object.value(QLatin1StringView("resumeToken"));
    const bool hasLastSeq = object.contains(QLatin1StringView("lastSeq"));
    const std::optional<qint64> lastSeq = integerField(object, QLatin1StringView("lastSeq"));
    if (!version.isDouble() || !nickValue.isString() || (hasLastSeq && !lastSeq)
        || !(tokenValue.isUndefined() || tokenValue.isString())) {
        sendError(peer, ErrorCode::BadMessage);
        return;
    }
    if (version.toDouble() != protocol::version) {
        sendError(peer, ErrorCode::VersionUnsupported);
        drop(peer, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("version unsupported"));
        return;
    }
    QString nick;
    if (protocol::checkNick(nickValue.toString(), &nick) != protocol::NickProblem::None) {
        sendError(peer, ErrorCode::NickInvalid);
        return;
    }
    Peer *holder = m_byNickKey.value(protocol::nickKey(nick), nullptr);
    const bool takingOver = holder && holder != &peer && !holder->resumeToken.isEmpty()
        && tokenValue.toString() == holder->resumeToken;
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
        holder->joined = false;
        sendError(*holder, ErrorCode::Replaced);
        drop(*holder, QWebSocketProtocol::CloseCodePolicyViolated,
             QStringLiteral("replaced by a newer connection"));
    } else if (joinedCount() >= limits::maxPeers) {
        sendError(peer, ErrorCode::RoomFull);
        drop(peer, closeTryAgainLater, QStringLiteral("room full"));
        return;
    }

    peer.joined = true;
    peer.nick = nick;
    peer.nickKey = protocol::nickKey(nick);
    peer.resumeToken = QUuid::createUuid().toString(QUuid::Id128);
    m_byNickKey.insert(peer.nickKey, &peer);
    if (takingOver) {
        peer.presenceMark = m_presence.size() - 1; // everything from now on, nothing about itself
    } else {
        m_roster.insert(nick);
        peer.presenceMark = m_presence.size();
        m_presence.append({PresenceEvent::Joined, nick, {}});
        scheduleFlush();
    }

    bool more = false;
    const QList<QByteArray> history = lastSeq
        ? messagesAfter(*lastSeq, limits::resumeMax, &more)
        : messagesBefore(m_lastDeliveredSeq + 1, limits::welcomeHistory, &more);

    // Put together from parts encoded once (roster names, delivered messages), in the key order
    // QJsonDocument would use.
    const QByteArray &roster = m_roster.json();
    QByteArray welcome;
    welcome.append(R"({"hasMore":)").append(more ? "true" : "false").append(R"(,"history":)");
    wire::appendJsonArray(welcome, history);
    welcome.reserve(welcome.size() + 320 + roster.size());
    welcome.append(R"(,"lastSeq":)").append(QByteArray::number(m_lastDeliveredSeq))
        .append(R"(,"limits":{"historyPageSize":)").append(QByteArray::number(limits::historyPageSize))
        .append(R"(,"maxNickLength":)").append(QByteArray::number(limits::maxNickLength))
        .append(R"(,"maxTextLength":)").append(QByteArray::number(limits::maxTextLength))
        .append(R"(},"nick":)").append(wire::jsonString(nick))
        .append(R"(,"resumeToken":)").append(wire::jsonString(peer.resumeToken))
        .append(R"(,"room":)").append(m_roomJson)
        .append(R"(,"roster":)").append(roster)
        .append(R"(,"type":"welcome","version":)").append(QByteArray::number(protocol::version))
        .append('}');
    sendTo(peer, wire::textFrame(welcome));
    if (m_storageFailing)
        sendError(peer, ErrorCode::StorageFailed);
    Q_EMIT joinedCountChanged(joinedCount());
}

void Hub::onSend(Peer &peer, const QJsonObject &object)
{
    const QJsonValue idValue = object.value(QLatin1StringView("clientMsgId"));
    const QJsonValue textValue = object.value(QLatin1StringView("text"));
    const QString id = idValue.toString();
    if (!idValue.isString() || !textValue.isString() || !protocol::isValidClientMsgId(id)) {
        sendError(peer, ErrorCode::BadMessage, idValue.isString() ? id.left(limits::maxClientMsgIdLength) : QString());
        return;
    }
    // A resend of something already stored costs no rate: it must always be answered.
    if (m_pendingIds.contains(id)) {
        m_pending.append({peer.connection, ChatMessage{0, 0, {}, {}, id}, true});
        return;
    }
    if (const auto known = m_knownIds.constFind(id); known != m_knownIds.cend()) {
        sendJson(peer, protocol::makeAck(id, known->first, known->second, true));
        return;
    }
    if (!peer.sendBucket.take(m_clock.elapsed())) {
        sendError(peer, ErrorCode::RateLimited, id);
        return;
    }
    const QString text = textValue.toString();
    switch (protocol::checkText(text)) {
    case protocol::TextProblem::Empty:
        sendError(peer, ErrorCode::TextInvalid, id);
        return;
    case protocol::TextProblem::TooLong:
        sendError(peer, ErrorCode::TextTooLong, id);
        return;
    case protocol::TextProblem::None:
        break;
    }

    ChatMessage message;
    message.seq = ++m_lastAssignedSeq;
    message.ts = QDateTime::currentMSecsSinceEpoch();
    message.from = peer.nick;
    message.text = text;
    message.clientMsgId = id;
    m_pending.append({peer.connection, std::move(message), false});
    m_pendingIds.insert(id);
    scheduleFlush();
}

void Hub::onTyping(Peer &peer, const QJsonObject &object)
{
    const QJsonValue on = object.value(QLatin1StringView("on"));
    if (!on.isBool()) {
        if (peer.controlBucket.take(m_clock.elapsed()))
            sendError(peer, ErrorCode::BadMessage);
        return;
    }
    // Typing is a hint: over the rate it is dropped without a word. "Stopped" always goes
    // through, so no one is left looking at a stale "is typing".
    if (on.toBool() && !peer.typingBucket.take(m_clock.elapsed()))
        return;
    const wire::Frame frame = wire::textFrame(wire::json(protocol::makeTypingNotice(peer.nick, on.toBool())));
    for (Peer *other : std::as_const(m_byNickKey)) {
        if (other != &peer)
            sendTo(*other, frame);
    }
}

void Hub::onHistory(Peer &peer, const QJsonObject &object)
{
    const bool hasBefore = object.contains(QLatin1StringView("before"));
    const bool hasAfter = object.contains(QLatin1StringView("after"));
    const std::optional<qint64> before = integerField(object, QLatin1StringView("before"));
    const std::optional<qint64> after = integerField(object, QLatin1StringView("after"));
    const bool hasLimit = object.contains(QLatin1StringView("limit"));
    const std::optional<qint64> limitValue = integerField(object, QLatin1StringView("limit"));
    if (hasBefore == hasAfter || (hasBefore && !before) || (hasAfter && !after)
        || (hasLimit && (!limitValue || *limitValue < 1))) {
        sendError(peer, ErrorCode::BadMessage);
        return;
    }
    const int limit = int(std::min<qint64>(limitValue.value_or(limits::historyPageSize),
                                           limits::historyPageSize));
    bool more = false;
    const QList<QByteArray> messages =
        before ? messagesBefore(*before, limit, &more) : messagesAfter(*after, limit, &more);
    QByteArray reply;
    reply.append(R"({"hasMore":)").append(more ? "true" : "false").append(R"(,"messages":)");
    wire::appendJsonArray(reply, messages);
    reply.append(R"(,"type":"history"})");
    sendTo(peer, wire::textFrame(reply));
}

void Hub::onRename(Peer &peer, const QJsonObject &object)
{
    const QJsonValue nickValue = object.value(QLatin1StringView("nick"));
    if (!nickValue.isString()) {
        sendError(peer, ErrorCode::BadMessage);
        return;
    }
    QString nick;
    if (protocol::checkNick(nickValue.toString(), &nick) != protocol::NickProblem::None) {
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
        sendJson(peer, protocol::makeRenamed(nick));
        return;
    }
    m_byNickKey.remove(peer.nickKey);
    m_roster.remove(old);
    peer.nick = nick;
    peer.nickKey = protocol::nickKey(nick);
    m_byNickKey.insert(peer.nickKey, &peer);
    m_roster.insert(nick);
    sendJson(peer, protocol::makeRenamed(nick));
    m_presence.append({PresenceEvent::Renamed, old, nick});
    scheduleFlush();
}

void Hub::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // Everything that arrives in one turn of the event loop is stored in one transaction and
    // announced in one presence update.
    QTimer::singleShot(0, this, &Hub::flush);
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
            const auto known = m_knownIds.value(item.message.clientMsgId);
            if (sender)
                sendJson(*sender, protocol::makeAck(item.message.clientMsgId, known.first, known.second, true));
            continue;
        }
        const std::optional<ChatMessage> &old = existing[freshIndex++];
        if (old) {
            // Stored long ago (before this host's memory begins): acknowledge, never repeat.
            m_knownIds.insert(old->clientMsgId, {old->seq, old->ts});
            m_knownOrder.push_back(old->clientMsgId);
            if (sender)
                sendJson(*sender, protocol::makeAck(old->clientMsgId, old->seq, old->ts, true));
            continue;
        }
        const ChatMessage &message = item.message;
        // Encoded and framed once; every peer gets the same bytes.
        const QByteArray json = wire::json(message.toJson());
        const wire::Frame frame = wire::textFrame(json);
        remember(message, json);
        if (m_firstSeq == 0)
            m_firstSeq = message.seq;
        m_lastDeliveredSeq = message.seq;
        if (sender)
            sendJson(*sender, protocol::makeAck(message.clientMsgId, message.seq, message.ts, false));
        for (Peer *peer : std::as_const(m_byNickKey))
            sendTo(*peer, frame);
    }
}

void Hub::flushPresence()
{
    const QList<PresenceEvent> events = std::exchange(m_presence, {});
    const auto encodeFrom = [&events, this](qsizetype first) {
        QStringList joined;
        QStringList left;
        QList<protocol::RenamedNick> renamed;
        for (qsizetype i = first; i < events.size(); ++i) {
            const PresenceEvent &event = events[i];
            switch (event.kind) {
            case PresenceEvent::Joined: joined.append(event.nick); break;
            case PresenceEvent::Left: left.append(event.nick); break;
            case PresenceEvent::Renamed: renamed.append({event.nick, event.newNick}); break;
            }
        }
        return wire::textFrame(wire::json(protocol::makePresence(joined, left, renamed, joinedCount())));
    };
    const wire::Frame whole = encodeFrom(0);
    for (Peer *peer : std::as_const(m_byNickKey)) {
        const qsizetype mark = std::exchange(peer->presenceMark, -1);
        if (mark < 0)
            sendTo(*peer, whole);
        else if (mark + 1 < events.size())
            sendTo(*peer, encodeFrom(mark + 1)); // joined mid-batch: only what came after its welcome
    }
}

void Hub::remember(const ChatMessage &message, QByteArray json)
{
    if (json.isEmpty())
        json = wire::json(message.toJson());
    m_recent.push_back({message, std::move(json)});
    if (m_recent.size() > size_t(limits::recentMessagesKept))
        m_recent.pop_front();
    m_knownIds.insert(message.clientMsgId, {message.seq, message.ts});
    m_knownOrder.push_back(message.clientMsgId);
    while (m_knownOrder.size() > size_t(limits::knownClientIdsKept)) {
        m_knownIds.remove(m_knownOrder.front());
        m_knownOrder.pop_front();
    }
}

void Hub::reportStorageFailure()
{
    if (m_storageFailing)
        return;
    m_storageFailing = true;
    const QString reason = m_store ? m_store->errorString() : QString();
    qCWarning(lcHub) << "history could not be saved:" << reason;
    Q_EMIT storageError(reason);
    const wire::Frame frame = wire::textFrame(wire::json(protocol::makeError(ErrorCode::StorageFailed)));
    for (Peer *peer : std::as_const(m_byNickKey))
        sendTo(*peer, frame);
}

namespace {

QList<QByteArray> encoded(const QList<ChatMessage> &messages)
{
    QList<QByteArray> result;
    result.reserve(messages.size());
    for (const ChatMessage &message : messages)
        result.append(wire::json(message.toJson()));
    return result;
}

} // namespace

QList<QByteArray> Hub::messagesAfter(qint64 after, int limit, bool *more)
{
    *more = false;
    if (after >= m_lastDeliveredSeq)
        return {};
    QList<QByteArray> result;
    if (!m_recent.empty() && m_recent.front().message.seq <= after + 1) {
        auto it = std::upper_bound(m_recent.begin(), m_recent.end(), after,
                                   [](qint64 seq, const Recent &r) { return seq < r.message.seq; });
        for (; it != m_recent.end() && result.size() < limit; ++it)
            result.append(it->json);
        *more = it != m_recent.end();
        return result;
    }
    QList<ChatMessage> stored = m_store ? m_store->after(after, limit + 1) : QList<ChatMessage>{};
    if (stored.size() > limit) {
        stored.removeLast();
        *more = true;
    }
    return encoded(stored);
}

QList<QByteArray> Hub::messagesBefore(qint64 before, int limit, bool *more)
{
    *more = false;
    const auto end = std::lower_bound(m_recent.begin(), m_recent.end(), before,
                                      [](const Recent &r, qint64 seq) { return r.message.seq < seq; });
    const qsizetype inMemory = end - m_recent.begin();
    const bool memoryHasAll = !m_recent.empty() && m_recent.front().message.seq == m_firstSeq;
    if (inMemory > limit || memoryHasAll || !m_store || !m_store->isOpen()) {
        const qsizetype take = std::min<qsizetype>(inMemory, limit);
        QList<QByteArray> result;
        result.reserve(take);
        for (auto it = end - take; it != end; ++it)
            result.append(it->json);
        *more = inMemory > take
            || (!memoryHasAll && take > 0 && (end - take)->message.seq > m_firstSeq);
        return result;
    }
    QList<ChatMessage> stored = m_store->before(before, limit + 1);
    if (stored.size() > limit) {
        stored.removeFirst();
        *more = true;
    }
    return encoded(stored);
}

} // namespace tincan
