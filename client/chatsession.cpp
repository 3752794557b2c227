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

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            result.append(item.toString());
    }
    return result;
}

} // namespace

ChatSession::ChatSession(QObject *parent)
    : QObject(parent)
    , m_maxTextLength(limits::maxTextLength)
    , m_historyPageSize(limits::historyPageSize)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ChatSession::connectSocket);
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

void ChatSession::connectSocket()
{
    m_countdown.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_refusal = {};
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
    sendObject(protocol::makeHello(m_nick, m_everWelcomed ? std::optional<qint64>(m_lastSeq) : std::nullopt,
                                   m_resumeToken));
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

    if (m_closing)
        return;
    if (m_state == State::Refused)
        return;
    if (code == QWebSocketProtocol::CloseCodePolicyViolated
        && reason == QLatin1StringView("version unsupported")) {
        m_refusal = {errorCodeName(protocol::ErrorCode::VersionUnsupported), {}};
        setState(State::Refused);
        return;
    }
    if (code == QWebSocketProtocol::CloseCodePolicyViolated
        && reason == QLatin1StringView("replaced by a newer connection")) {
        // This person joined again elsewhere with our name: reconnecting would fight over it.
        m_refusal = {errorCodeName(protocol::ErrorCode::Replaced), {}};
        setState(State::Refused);
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

void ChatSession::sendObject(const QJsonObject &object)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->sendTextMessage(protocol::encode(object));
}

void ChatSession::onTextMessage(const QString &frame)
{
    const std::optional<QJsonObject> decoded = protocol::decode(frame);
    if (!decoded) {
        qCWarning(lcClient) << "ignoring a frame that is not a JSON object";
        return;
    }
    const QJsonObject &object = *decoded;
    const QString type = protocol::typeOf(object);
    if (type == protocol::type::welcome)
        handleWelcome(object);
    else if (type == protocol::type::message)
        handleMessage(object);
    else if (type == protocol::type::ack)
        handleAck(object);
    else if (type == protocol::type::presence)
        handlePresence(object);
    else if (type == protocol::type::typing)
        handleTyping(object);
    else if (type == protocol::type::history)
        handleHistory(object);
    else if (type == protocol::type::renamed)
        handleRenamed(object);
    else if (type == protocol::type::error)
        handleError(object);
    else
        qCDebug(lcClient) << "ignoring unknown message type" << type;
}

void ChatSession::handleWelcome(const QJsonObject &object)
{
    const bool resumed = m_everWelcomed;
    m_everWelcomed = true;
    m_refusal = {};
    const QString nick = object.value(QLatin1StringView("nick")).toString();
    if (!nick.isEmpty() && nick != m_nick) {
        m_nick = nick;
        Q_EMIT nickChanged(m_nick);
    }
    m_room = object.value(QLatin1StringView("room")).toString();
    m_resumeToken = object.value(QLatin1StringView("resumeToken")).toString();
    const QJsonObject limitsObject = object.value(QLatin1StringView("limits")).toObject();
    m_maxTextLength = limitsObject.value(QLatin1StringView("maxTextLength")).toInt(limits::maxTextLength);
    m_historyPageSize = std::clamp(limitsObject.value(QLatin1StringView("historyPageSize"))
                                       .toInt(limits::historyPageSize), 1, limits::historyPageSize);

    const QList<protocol::ChatMessage> history
        = protocol::messagesFromJson(object.value(QLatin1StringView("history")).toArray());
    const bool hasMore = object.value(QLatin1StringView("hasMore")).toBool();
    const qint64 roomLastSeq = object.value(QLatin1StringView("lastSeq")).toInteger();

    if (!resumed) {
        m_hasOlder = hasMore;
        m_oldestSeq = history.isEmpty() ? roomLastSeq + 1 : history.constFirst().seq;
        m_lastSeq = std::max(m_lastSeq, roomLastSeq);
    }
    noteSeen(history);

    m_backoff.reset();
    setRoster(stringList(object.value(QLatin1StringView("roster"))));
    setState(State::Connected);
    qCInfo(lcClient) << "welcomed" << (resumed ? "(resumed)" : "") << "messages:" << history.size();
    Q_EMIT welcomed(m_room, m_nick, resumed);
    if (!history.isEmpty())
        Q_EMIT messagesArrived(history, resumed ? Origin::Missed : Origin::Recent);

    if (resumed && hasMore) {
        m_catchingUp = true;
        m_liveMaxSeq = m_lastSeq;
        m_requests.append(Request::CatchUp);
        sendObject(protocol::makeHistoryAfter(m_lastSeq, m_historyPageSize));
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

void ChatSession::handleMessage(const QJsonObject &object)
{
    const std::optional<protocol::ChatMessage> message = protocol::ChatMessage::fromJson(object);
    if (!message) {
        qCWarning(lcClient) << "ignoring a malformed message";
        return;
    }
    noteSeen({*message});
    Q_EMIT messagesArrived({*message}, Origin::Live);
}

void ChatSession::handleAck(const QJsonObject &object)
{
    const QString id = object.value(QLatin1StringView("clientMsgId")).toString();
    const qint64 seq = object.value(QLatin1StringView("seq")).toInteger();
    const qint64 ts = object.value(QLatin1StringView("ts")).toInteger();
    const auto it = std::find_if(m_outbox.begin(), m_outbox.end(),
                                 [&](const OutgoingMessage &entry) { return entry.clientMsgId == id; });
    if (it == m_outbox.end())
        return;
    const qsizetype index = it - m_outbox.begin();
    m_outbox.erase(it);
    if (index < m_inFlight)
        --m_inFlight;
    Q_EMIT messageAcknowledged(id, seq, ts);
    flushOutbox();
}

void ChatSession::handlePresence(const QJsonObject &object)
{
    QStringList roster = m_roster;
    const QStringList joinedNicks = stringList(object.value(QLatin1StringView("joined")));
    const QStringList leftNicks = stringList(object.value(QLatin1StringView("left")));
    const QJsonArray renamedArray = object.value(QLatin1StringView("renamed")).toArray();
    bool typingTouched = false;
    for (const QString &nick : leftNicks) {
        removeNick(roster, nick);
        typingTouched |= m_typing.remove(nick) > 0;
    }
    QList<std::pair<QString, QString>> renames;
    for (const QJsonValue &value : renamedArray) {
        const QString from = value.toObject().value(QLatin1StringView("from")).toString();
        const QString to = value.toObject().value(QLatin1StringView("to")).toString();
        if (from.isEmpty() || to.isEmpty())
            continue;
        removeNick(roster, from);
        roster.append(to);
        typingTouched |= m_typing.remove(from) > 0;
        renames.append({from, to});
    }
    for (const QString &nick : joinedNicks) {
        removeNick(roster, nick);
        roster.append(nick);
    }
    setRoster(roster);
    if (!joinedNicks.isEmpty())
        Q_EMIT joined(joinedNicks);
    if (!leftNicks.isEmpty())
        Q_EMIT left(leftNicks);
    for (const auto &[from, to] : renames)
        Q_EMIT renamedPeer(from, to);
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

void ChatSession::handleTyping(const QJsonObject &object)
{
    const QString nick = object.value(QLatin1StringView("nick")).toString();
    if (nick.isEmpty() || protocol::nickKey(nick) == protocol::nickKey(m_nick))
        return;
    const bool on = object.value(QLatin1StringView("on")).toBool();
    const bool changed = on ? !m_typing.contains(nick) : m_typing.contains(nick);
    if (on)
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

void ChatSession::handleHistory(const QJsonObject &object)
{
    if (m_requests.isEmpty()) {
        qCWarning(lcClient) << "ignoring a history page nobody asked for";
        return;
    }
    const Request request = m_requests.takeFirst();
    const QList<protocol::ChatMessage> messages
        = protocol::messagesFromJson(object.value(QLatin1StringView("messages")).toArray());
    const bool hasMore = object.value(QLatin1StringView("hasMore")).toBool();
    if (request == Request::Older) {
        m_olderRequested = false;
        m_hasOlder = hasMore && !messages.isEmpty();
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
    if (hasMore && !messages.isEmpty()) {
        m_requests.append(Request::CatchUp);
        sendObject(protocol::makeHistoryAfter(m_lastSeq, m_historyPageSize));
    } else {
        m_catchingUp = false;
        m_lastSeq = std::max(m_lastSeq, m_liveMaxSeq);
    }
}

void ChatSession::handleRenamed(const QJsonObject &object)
{
    const QString nick = object.value(QLatin1StringView("nick")).toString();
    if (nick.isEmpty() || nick == m_nick)
        return;
    m_nick = nick;
    Q_EMIT nickChanged(m_nick);
}

void ChatSession::handleError(const QJsonObject &object)
{
    const QString code = object.value(QLatin1StringView("code")).toString();
    const QString clientMsgId = object.value(QLatin1StringView("clientMsgId")).toString();
    const QString suggestion = object.value(QLatin1StringView("suggestion")).toString();
    const std::optional<protocol::ErrorCode> known = protocol::errorCodeFromName(code);
    qCInfo(lcClient) << "host error" << code;

    if (!clientMsgId.isEmpty()) {
        const auto it = std::find_if(m_outbox.begin(), m_outbox.end(), [&](const OutgoingMessage &entry) {
            return entry.clientMsgId == clientMsgId;
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
        Q_EMIT messageRejected(clientMsgId, code);
        return;
    }

    if (m_state != State::Connected) {
        if (known == protocol::ErrorCode::NickTaken && m_everWelcomed) {
            // Most likely our own previous connection, which the host has not noticed is gone
            // yet: keep our name and try again shortly.
            if (m_socket)
                m_socket->close(QWebSocketProtocol::CloseCodeNormal);
            return;
        }
        if (known == protocol::ErrorCode::NickTaken || known == protocol::ErrorCode::NickInvalid
            || known == protocol::ErrorCode::VersionUnsupported
            || known == protocol::ErrorCode::RoomFull) {
            m_refusal = {code, suggestion};
            m_reconnectTimer.stop();
            m_countdown.stop();
            setState(State::Refused);
            return;
        }
    }

    if (known == protocol::ErrorCode::NickTaken || known == protocol::ErrorCode::NickInvalid) {
        Q_EMIT renameFailed(code, suggestion);
        return;
    }
    if (known == protocol::ErrorCode::RateLimited && !m_requests.isEmpty()) {
        const Request request = m_requests.takeFirst();
        if (request == Request::Older) {
            m_olderRequested = false;
        } else {
            m_requests.append(Request::CatchUp);
            sendObject(protocol::makeHistoryAfter(m_lastSeq, m_historyPageSize));
        }
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
        sendObject(protocol::makeSend(entry.clientMsgId, entry.text));
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
        sendObject(protocol::makeTyping(true));
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
        sendObject(protocol::makeTyping(false));
}

bool ChatSession::requestOlder()
{
    if (m_state != State::Connected || m_olderRequested || !m_hasOlder || m_oldestSeq <= 1)
        return false;
    m_olderRequested = true;
    m_requests.append(Request::Older);
    sendObject(protocol::makeHistoryBefore(m_oldestSeq, m_historyPageSize));
    return true;
}

void ChatSession::rename(const QString &nick)
{
    if (m_state != State::Connected)
        return;
    sendObject(protocol::makeRename(nick));
}

} // namespace tincan
