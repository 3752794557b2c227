#include "client/chatsession.h"

#include "protocol/limits.h"
#include "protocol/nickname.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcClient, "tincan.client", QtWarningMsg)

namespace tincan {

namespace {

// Unacknowledged messages on the wire at once: well inside the host's send burst, so a long
// outbox flushed after a reconnect is never refused as too fast.
constexpr int outboxWindow = limits::sendBurst / 2;
constexpr int typingIdleMs = 4000;
constexpr int rateLimitedRetryMs = 1000;
// Room for a full resume welcome (resumeMax messages of maxTextLength characters) and more.
constexpr qint64 maxIncomingBytes = 64 * 1024 * 1024;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void sortRoster(QStringList &roster)
{
    std::sort(roster.begin(), roster.end(), [](const QString &a, const QString &b) {
        const int byCase = QString::compare(a, b, Qt::CaseInsensitive);
        return byCase != 0 ? byCase < 0 : a < b;
    });
}

ChatSession::Failure failureFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError: return ChatSession::Failure::Refused;
    case QAbstractSocket::HostNotFoundError: return ChatSession::Failure::HostNotFound;
    case QAbstractSocket::NetworkError: return ChatSession::Failure::NoRoute;
    case QAbstractSocket::SocketTimeoutError: return ChatSession::Failure::TimedOut;
    default: return ChatSession::Failure::Other;
    }
}

bool removeNick(QStringList &roster, const QString &nick)
{
    const QString key = protocol::nickKey(nick);
    for (qsizetype i = 0; i < roster.size(); ++i) {
        if (protocol::nickKey(roster.at(i)) == key) {
            roster.removeAt(i);
            return true;
        }
    }
    return false;
}

} // namespace

ChatSession::ChatSession(QObject *parent)
    : QObject(parent)
    , m_maxTextLength(limits::maxTextLength)
    , m_historyPageSize(limits::historyPageSize)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ChatSession::connectSocket);
    // A host that does not answer at all (a mistyped address on the LAN, a sleeping computer)
    // would keep an attempt open for minutes; it fails after limits::connectTimeoutMs.
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(limits::connectTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (!m_socket || m_state == State::Connected)
            return;
        m_failure = Failure::TimedOut;
        m_socket->abort();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        Q_EMIT reconnectSecondsChanged(reconnectSeconds());
    });
    m_outboxRetry.setSingleShot(true);
    m_outboxRetry.setInterval(rateLimitedRetryMs);
    connect(&m_outboxRetry, &QTimer::timeout, this, &ChatSession::flushOutbox);
    m_typingExpiry.setInterval(1000);
    connect(&m_typingExpiry, &QTimer::timeout, this, &ChatSession::expireTyping);
    m_typingIdle.setSingleShot(true);
    m_typingIdle.setInterval(typingIdleMs);
    connect(&m_typingIdle, &QTimer::timeout, this, &ChatSession::stopTyping);
}

ChatSession::~ChatSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
    }
}

void ChatSession::open(const QUrl &chatUrl, const QString &nick)
{
    m_url = chatUrl;
    m_nick = nick;
    m_closing = false;
    m_backoff.reset();
    connectSocket();
}

void ChatSession::close()
{
    m_closing = true;
    m_reconnectTimer.stop();
    m_countdown.stop();
    m_outboxRetry.stop();
    stopTyping();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        socket->deleteLater();
    }
    setState(State::Idle);
}

void ChatSession::rejoin()
{
    if (m_state != State::Ended && m_state != State::Unreachable && m_state != State::Refused
        && m_state != State::Removed)
        return;
    m_backoff.reset();
    connectSocket();
}

void ChatSession::reconnectNow()
{
    if (m_state != State::Reconnecting && m_state != State::Refused)
        return;
    m_reconnectTimer.stop();
    m_countdown.stop();
    connectSocket();
}

void ChatSession::retryWithNick(const QString &nick)
{
    m_nick = nick;
    m_refusal = {};
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        setState(State::Connecting);
        sayHello();
    } else {
        m_backoff.reset();
        connectSocket();
    }
}

void ChatSession::retryWithAccessCode(const QString &code)
{
    m_accessCode = code;
    retryWithNick(m_nick);
}

void ChatSession::kick(const QString &nick)
{
    sendMessage(protocol::Remove{protocol::Remove::Kind::Kick, nick});
}

void ChatSession::ban(const QString &nick)
{
    sendMessage(protocol::Remove{protocol::Remove::Kind::Ban, nick});
}

bool ChatSession::isHost() const
{
    return !m_hostNick.isEmpty() && protocol::nickKey(m_hostNick) == protocol::nickKey(m_nick);
}

void ChatSession::setHostNick(const QString &nick)
{
    if (nick == m_hostNick)
        return;
    m_hostNick = nick;
    Q_EMIT hostNickChanged(m_hostNick);
}

void ChatSession::connectSocket()
{
    m_countdown.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_refusal = {};
    m_failure = Failure::None;
    m_hostEnded = false;
    m_catchingUp = false;
    m_olderRequested = false;
    m_requests.clear();
    m_inFlight = 0;
    setState(State::Connecting);

    // No origin: the host lets in clients without one (browsers always send theirs).
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingMessageSize(maxIncomingBytes);
    socket->setMaxAllowedIncomingFrameSize(maxIncomingBytes);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket == m_socket)
            onConnected();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onDisconnected();
    });
    // QWebSocket::errorOccurred only exists from Qt 6.5 on.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const auto errorSignal = &QWebSocket::errorOccurred;
#else
    const auto errorSignal = qOverload<QAbstractSocket::SocketError>(&QWebSocket::error);
#endif
    connect(socket, errorSignal, this, [this, socket](QAbstractSocket::SocketError error) {
        qCDebug(lcClient) << "socket error" << error;
        if (socket == m_socket && m_failure == Failure::None)
            m_failure = failureFor(error);
        // A failed connect ends here without a disconnected() signal.
        if (socket == m_socket && socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &frame) {
        if (socket == m_socket)
            onTextMessage(frame);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket] {
        qCWarning(lcClient) << "ignoring a binary frame from" << socket->peerAddress();
    });
    qCInfo(lcClient) << "connecting to" << m_url.toDisplayString();
    m_connectTimer.start();
    socket->open(QNetworkRequest(m_url));
}

void ChatSession::onConnected()
{
    qCInfo(lcClient) << "connected, saying hello";
    sayHello();
}

void ChatSession::sayHello()
{
    // After a first welcome: resume from the last message seen, and prove this is the same
    // person so the host can hand over a name its old connection still holds.
    protocol::Hello hello;
    hello.nick = m_nick;
    if (m_everWelcomed)
        hello.lastSeq = m_lastSeq;
    hello.resumeToken = m_resumeToken;
    hello.accessCode = m_accessCode;
    hello.hostKey = m_hostKey;
    sendMessage(hello);
}

void ChatSession::onDisconnected()
{
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    const auto code = socket->closeCode();
    const QString reason = socket->closeReason();
    socket->disconnect(this);
    socket->deleteLater();
    qCInfo(lcClient) << "disconnected" << code << reason;
    m_lastCloseCode = int(code);

    m_inFlight = 0;
    m_outboxRetry.stop();
    m_typingSent = false;
    m_typingIdle.stop();
    if (!m_typing.isEmpty()) {
        m_typing.clear();
        m_typingExpiry.stop();
        Q_EMIT typingChanged({});
    }

    m_connectTimer.stop();
    // Qt may report the end before the error that caused it.
    if (m_failure == Failure::None && socket->error() != QAbstractSocket::UnknownSocketError)
        m_failure = failureFor(socket->error());
    // A refusal (version-unsupported, room-full, replaced, ...) arrived as an error before the
    // close and decided already; the close itself says nothing more.
    if (m_closing || m_state == State::Refused || m_state == State::Removed)
        return;
    if (m_hostEnded) {
        // The host said goodbye: knocking again would only find the door shut. The user
        // rejoins when they wish (or when the room is heard on the network again).
        setState(State::Ended);
        return;
    }
    if (!m_everWelcomed) {
        // Never got in: most likely a mistyped address. Say so now instead of retrying for ever.
        if (m_failure == Failure::None)
            m_failure = Failure::Other;
        setState(State::Unreachable);
        return;
    }
    scheduleReconnect();
}

void ChatSession::scheduleReconnect()
{
    const int delay = m_backoff.nextDelayMs();
    m_reconnectAt = nowMs() + delay;
    setState(State::Reconnecting);
    m_reconnectTimer.start(delay);
    m_countdown.start();
    Q_EMIT reconnectSecondsChanged(reconnectSeconds());
}

int ChatSession::reconnectSeconds() const
{
    if (m_state != State::Reconnecting)
        return 0;
    const qint64 left = std::max<qint64>(0, m_reconnectAt - nowMs());
    return int((left + 999) / 1000);
}

void ChatSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

template <typename Message>
void ChatSession::sendMessage(const Message &message)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(protocol::encode(message)));
}

void ChatSession::onTextMessage(const QString &frame)
{
    std::visit([this](const auto &message) { handle(message); },
               protocol::decodeHostMessage(frame.toUtf8()));
}

void ChatSession::handle(const protocol::UploadReady &)
{
    // This session asks for no upload slots: an answer to none is not acted on.
    qCDebug(lcClient) << "ignoring an upload slot this session did not ask for";
}

void ChatSession::handle(const protocol::DecodeError &error)
{
    // A newer host may send types this client does not know; anything else is a broken frame.
    if (error.code == protocol::ErrorCode::UnknownType)
        qCDebug(lcClient) << "ignoring a message of an unknown type";
    else
        qCWarning(lcClient) << "ignoring a frame that is not a message of this protocol";
}

void ChatSession::handle(const protocol::Welcome &welcome)
{
    const bool resumed = m_everWelcomed;
    m_everWelcomed = true;
    m_refusal = {};
    if (!welcome.nick.isEmpty() && welcome.nick != m_nick) {
        m_nick = welcome.nick;
        Q_EMIT nickChanged(m_nick);
    }
    m_room = welcome.room;
    m_resumeToken = welcome.resumeToken;
    setHostNick(welcome.host);
    m_maxTextLength = welcome.limits.maxTextLength;
    m_historyPageSize = std::clamp(welcome.limits.historyPageSize, 1, limits::historyPageSize);

    const QList<protocol::ChatMessage> &history = welcome.history;
    if (!resumed) {
        m_hasOlder = welcome.hasMore;
        m_oldestSeq = history.isEmpty() ? welcome.lastSeq + 1 : history.constFirst().seq;
        m_lastSeq = std::max(m_lastSeq, welcome.lastSeq);
    }
    noteSeen(history);

    m_backoff.reset();
    m_connectTimer.stop();
    setRoster(welcome.roster);
    setState(State::Connected);
    qCInfo(lcClient) << "welcomed" << (resumed ? "(resumed)" : "") << "messages:" << history.size();
    Q_EMIT welcomed(m_room, m_nick, resumed);
    if (!history.isEmpty())
        Q_EMIT messagesArrived(history, resumed ? Origin::Missed : Origin::Recent);

    if (resumed && welcome.hasMore) {
        m_catchingUp = true;
        m_liveMaxSeq = m_lastSeq;
        requestCatchUp();
    }
    flushOutbox();
}

void ChatSession::noteSeen(const QList<protocol::ChatMessage> &messages)
{
    for (const protocol::ChatMessage &message : messages) {
        if (m_catchingUp)
            m_liveMaxSeq = std::max(m_liveMaxSeq, message.seq);
        else
            m_lastSeq = std::max(m_lastSeq, message.seq);
        if (m_oldestSeq == 0 || message.seq < m_oldestSeq)
            m_oldestSeq = message.seq;
    }
}

void ChatSession::handle(const protocol::ChatMessage &message)
{
    noteSeen({message});
    Q_EMIT messagesArrived({message}, Origin::Live);
}

void ChatSession::handle(const protocol::Ack &ack)
{
    const auto it = std::find_if(m_outbox.begin(), m_outbox.end(),
                                 [&](const OutgoingMessage &entry) { return entry.clientMsgId == ack.clientMsgId; });
    if (it == m_outbox.end())
        return;
    const qsizetype index = it - m_outbox.begin();
    m_outbox.erase(it);
    if (index < m_inFlight)
        --m_inFlight;
    Q_EMIT messageAcknowledged(ack.clientMsgId, ack.seq, ack.ts);
    flushOutbox();
}

void ChatSession::handle(const protocol::Presence &presence)
{
    QStringList roster = m_roster;
    bool typingTouched = false;
    for (const QString &nick : presence.left) {
        removeNick(roster, nick);
        typingTouched |= m_typing.remove(nick) > 0;
    }
    for (const QString &nick : presence.removed) {
        removeNick(roster, nick);
        typingTouched |= m_typing.remove(nick) > 0;
    }
    QList<protocol::RenamedNick> renames;
    for (const protocol::RenamedNick &change : presence.renamed) {
        if (change.from.isEmpty() || change.to.isEmpty())
            continue;
        removeNick(roster, change.from);
        roster.append(change.to);
        typingTouched |= m_typing.remove(change.from) > 0;
        renames.append(change);
    }
    for (const QString &nick : presence.joined) {
        removeNick(roster, nick);
        roster.append(nick);
    }
    setRoster(roster);
    setHostNick(presence.host);
    if (!presence.joined.isEmpty())
        Q_EMIT joined(presence.joined);
    if (!presence.left.isEmpty())
        Q_EMIT left(presence.left);
    if (!presence.removed.isEmpty())
        Q_EMIT removedPeers(presence.removed);
    for (const protocol::RenamedNick &change : std::as_const(renames))
        Q_EMIT renamedPeer(change.from, change.to);
    if (typingTouched)
        Q_EMIT typingChanged(typingNicks());
}

void ChatSession::setRoster(QStringList roster)
{
    sortRoster(roster);
    if (roster == m_roster)
        return;
    m_roster = roster;
    Q_EMIT rosterChanged(m_roster);
}

void ChatSession::handle(const protocol::TypingNotice &notice)
{
    const QString &nick = notice.nick;
    if (nick.isEmpty() || protocol::nickKey(nick) == protocol::nickKey(m_nick))
        return;
    const bool changed = notice.on ? !m_typing.contains(nick) : m_typing.contains(nick);
    if (notice.on)
        m_typing.insert(nick, nowMs() + limits::typingExpiryMs);
    else
        m_typing.remove(nick);
    if (m_typing.isEmpty())
        m_typingExpiry.stop();
    else if (!m_typingExpiry.isActive())
        m_typingExpiry.start();
    if (changed)
        Q_EMIT typingChanged(typingNicks());
}

QStringList ChatSession::typingNicks() const
{
    QStringList nicks = m_typing.keys();
    sortRoster(nicks);
    return nicks;
}

void ChatSession::expireTyping()
{
    const qint64 now = nowMs();
    bool changed = false;
    for (auto it = m_typing.begin(); it != m_typing.end();) {
        if (it.value() <= now) {
            it = m_typing.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (m_typing.isEmpty())
        m_typingExpiry.stop();
    if (changed)
        Q_EMIT typingChanged(typingNicks());
}

void ChatSession::requestCatchUp()
{
    m_requests.append(Request::CatchUp);
    sendMessage(protocol::HistoryRequest{protocol::HistoryRequest::Direction::After, m_lastSeq,
                                         m_historyPageSize});
}

void ChatSession::handle(const protocol::HistoryPage &page)
{
    if (m_requests.isEmpty()) {
        qCWarning(lcClient) << "ignoring a history page nobody asked for";
        return;
    }
    const Request request = m_requests.takeFirst();
    const QList<protocol::ChatMessage> &messages = page.messages;
    if (request == Request::Older) {
        m_olderRequested = false;
        m_hasOlder = page.hasMore && !messages.isEmpty();
        for (const protocol::ChatMessage &message : messages)
            m_oldestSeq = std::min(m_oldestSeq, message.seq);
        Q_EMIT olderMessagesArrived(messages, m_hasOlder);
        return;
    }
    // Catching up after a resume: these pages are contiguous after m_lastSeq.
    for (const protocol::ChatMessage &message : messages)
        m_lastSeq = std::max(m_lastSeq, message.seq);
    if (!messages.isEmpty())
        Q_EMIT messagesArrived(messages, Origin::Missed);
    if (page.hasMore && !messages.isEmpty()) {
        requestCatchUp();
    } else {
        m_catchingUp = false;
        m_lastSeq = std::max(m_lastSeq, m_liveMaxSeq);
    }
}

void ChatSession::handle(const protocol::Renamed &renamed)
{
    if (renamed.nick.isEmpty() || renamed.nick == m_nick)
        return;
    m_nick = renamed.nick;
    Q_EMIT nickChanged(m_nick);
}

void ChatSession::refuse(const QString &code, const QString &suggestion)
{
    m_refusal = {code, suggestion};
    m_reconnectTimer.stop();
    m_countdown.stop();
    setState(State::Refused);
}

void ChatSession::handle(const protocol::Error &error)
{
    const QString &code = error.codeName;
    const std::optional<protocol::ErrorCode> known = error.code;
    qCInfo(lcClient) << "host error" << code;

    if (!error.clientMsgId.isEmpty()) {
        const auto it = std::find_if(m_outbox.begin(), m_outbox.end(), [&](const OutgoingMessage &entry) {
            return entry.clientMsgId == error.clientMsgId;
        });
        if (it == m_outbox.end())
            return;
        const qsizetype index = it - m_outbox.begin();
        if (known == protocol::ErrorCode::RateLimited || known == protocol::ErrorCode::StorageFailed
            || !known) {
            // Not taken this time: send it and everything after it again shortly, in order.
            m_inFlight = int(std::min<qsizetype>(m_inFlight, index));
            m_outboxRetry.start();
            if (known == protocol::ErrorCode::StorageFailed)
                Q_EMIT hostError(code);
            return;
        }
        m_outbox.erase(it);
        if (index < m_inFlight)
            --m_inFlight;
        Q_EMIT messageRejected(error.clientMsgId, code);
        return;
    }

    if (known == protocol::ErrorCode::HostLeaving) {
        m_hostEnded = true;
        return;
    }
    // The host removed us: a lasting state, never an automatic reconnect.
    if (m_state == State::Connected
        && (known == protocol::ErrorCode::Kicked || known == protocol::ErrorCode::Banned)) {
        m_refusal = {code, {}};
        m_reconnectTimer.stop();
        m_countdown.stop();
        setState(State::Removed);
        return;
    }
    // This connection was replaced by a newer one of the same person: reconnecting would fight
    // over the name, whatever state this one thought it was in.
    if (known == protocol::ErrorCode::Replaced) {
        refuse(code, {});
        return;
    }
    // Before a welcome, rate-limited answers a hello: the room is being flooded with wrong
    // access codes and this one was not even compared. The user tries again in a moment.
    if (m_state != State::Connected && known == protocol::ErrorCode::RateLimited
        && m_requests.isEmpty()) {
        refuse(code, {});
        return;
    }
    if (m_state != State::Connected && known && protocol::isRefusal(*known)) {
        if (known == protocol::ErrorCode::NickTaken && m_everWelcomed) {
            // Most likely our own previous connection, which the host has not noticed is gone
            // yet: keep our name and try again shortly.
            if (m_socket)
                m_socket->close(QWebSocketProtocol::CloseCodeNormal);
            return;
        }
        refuse(code, error.suggestion);
        return;
    }

    if (known == protocol::ErrorCode::NickTaken || known == protocol::ErrorCode::NickInvalid) {
        Q_EMIT renameFailed(code, error.suggestion);
        return;
    }
    if (known == protocol::ErrorCode::RateLimited && !m_requests.isEmpty()) {
        const Request request = m_requests.takeFirst();
        if (request == Request::Older)
            m_olderRequested = false;
        else
            requestCatchUp();
        return;
    }
    Q_EMIT hostError(code);
}

QString ChatSession::send(const QString &text)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_outbox.append({id, text});
    m_ownIds.insert(id);
    stopTyping();
    Q_EMIT messageQueued(id, text);
    flushOutbox();
    return id;
}

void ChatSession::flushOutbox()
{
    if (m_state != State::Connected || !m_socket)
        return;
    while (m_inFlight < m_outbox.size() && m_inFlight < outboxWindow) {
        const OutgoingMessage &entry = m_outbox.at(m_inFlight);
        sendMessage(protocol::Send{entry.clientMsgId, entry.text});
        ++m_inFlight;
    }
}

void ChatSession::noteTyping(bool hasText)
{
    if (!hasText) {
        stopTyping();
        return;
    }
    if (m_state != State::Connected)
        return;
    const qint64 now = nowMs();
    if (!m_typingSent || now - m_typingSentAt >= limits::typingRefreshMs) {
        sendMessage(protocol::Typing{true});
        m_typingSent = true;
        m_typingSentAt = now;
    }
    m_typingIdle.start();
}

void ChatSession::stopTyping()
{
    m_typingIdle.stop();
    if (!m_typingSent)
        return;
    m_typingSent = false;
    if (m_state == State::Connected)
        sendMessage(protocol::Typing{false});
}

bool ChatSession::requestOlder()
{
    if (m_state != State::Connected || m_olderRequested || !m_hasOlder || m_oldestSeq <= 1)
        return false;
    m_olderRequested = true;
    m_requests.append(Request::Older);
    sendMessage(protocol::HistoryRequest{protocol::HistoryRequest::Direction::Before, m_oldestSeq,
                                         m_historyPageSize});
    return true;
}

void ChatSession::rename(const QString &nick)
{
    if (m_state != State::Connected)
        return;
    sendMessage(protocol::Rename{nick});
}

} // namespace tincan
