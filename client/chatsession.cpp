#include "client/chatsession.h"

#include "client/filedownload.h"
#include "client/fileupload.h"
#include "protocol/limits.h"
#include "protocol/nickname.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSettings>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcClient, "tincan.client", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace tincan {

namespace {

// Upload attempts in a row that may move no byte before the upload gives up.
constexpr int maxUploadTries = 3;

// File ids and upload tokens are URL-safe base64: nothing in them can leave their path.
// Stops a PUT without hearing from it again. Never deleted at once: this may run inside one of
// its own signals (a Cancel clicked as its progress is shown).
void dropPut(FileUpload *&put)
{
    if (!put)
        return;
    FileUpload *stopping = std::exchange(put, nullptr);
    stopping->disconnect();
    stopping->abort();
    stopping->deleteLater();
}

bool isUrlSafeToken(QStringView token)
{
    if (token.isEmpty() || token.size() > 128)
        return false;
    return std::all_of(token.begin(), token.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
    });
}

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
    , m_network(new QNetworkAccessManager(this))
{
    // The host is on this network: a proxy set for the internet would only be in the way.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_uploadRetry.setSingleShot(true);
    m_uploadRetry.setInterval(rateLimitedRetryMs);
    connect(&m_uploadRetry, &QTimer::timeout, this, &ChatSession::advanceUploads);
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
    for (UploadEntry &entry : m_uploads)
        delete std::exchange(entry.put, nullptr);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
    }
}

QString ChatSession::identityKey(const QUrl &chatUrl)
{
    // Per host and port: two rooms on one computer are two rooms.
    return u"identities/"_s + QString::fromLatin1(chatUrl.host().toUtf8().toBase64(QByteArray::Base64UrlEncoding))
        + u'-' + QString::number(chatUrl.port(protocol::defaultPort));
}

void ChatSession::saveResumeToken()
{
    if (m_identityStore && !m_url.isEmpty() && !m_resumeToken.isEmpty())
        m_identityStore->setValue(identityKey(m_url), m_resumeToken);
}

void ChatSession::open(const QUrl &chatUrl, const QString &nick)
{
    if (chatUrl != m_url)
        m_resumeToken.clear();
    m_url = chatUrl;
    m_nick = nick;
    // The same person as last time in this room, even after the app restarted.
    if (m_resumeToken.isEmpty() && m_identityStore)
        m_resumeToken = m_identityStore->value(identityKey(chatUrl)).toString();
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
    m_uploadRetry.stop();
    stopTyping();
    // Leaving the room ends its uploads; the slots end with the connection.
    for (UploadEntry &entry : m_uploads)
        dropPut(entry.put);
    m_uploads.clear();
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
    pauseUploads();
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

void ChatSession::handle(const protocol::Update &update)
{
    // The change has its own place in the room's numbering: a resume starts after it.
    noteSeenSeq(update.seq);
    Q_EMIT messageChanged(update.message);
}

void ChatSession::handle(const protocol::SearchResults &results)
{
    const auto it = std::find_if(m_requests.begin(), m_requests.end(),
                                 [](const PendingRequest &request) { return request.kind == Request::Search; });
    if (it != m_requests.end())
        m_requests.erase(it);
    Q_EMIT searchAnswered(results);
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
    m_personId = welcome.id;
    saveResumeToken();
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
    // A resume with everything missed in it: the room's newest seq may be a change (an update)
    // rather than a message, and nothing up to it is missing now.
    if (resumed && !welcome.hasMore)
        m_lastSeq = std::max(m_lastSeq, welcome.lastSeq);

    m_backoff.reset();
    m_connectTimer.stop();
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < welcome.roster.size() && i < welcome.rosterIds.size(); ++i)
        ids.insert(protocol::nickKey(welcome.roster.at(i)), welcome.rosterIds.at(i));
    setRoster(welcome.roster, ids);
    setState(State::Connected);
    qCInfo(lcClient) << "welcomed" << (resumed ? "(resumed)" : "") << "messages:" << history.size();
    Q_EMIT welcomed(m_room, m_nick, resumed);
    if (!history.isEmpty())
        Q_EMIT messagesArrived(history, resumed ? Origin::Missed : Origin::Recent);
    // Messages seen before that changed while away, in their current state.
    for (const protocol::ChatMessage &changed : welcome.updates)
        Q_EMIT messageChanged(changed);

    if (resumed && welcome.hasMore) {
        m_catchingUp = true;
        // Once caught up, everything up to the room's newest seq of this welcome is here.
        m_liveMaxSeq = std::max(m_lastSeq, welcome.lastSeq);
        requestCatchUp();
    }
    flushOutbox();
    advanceUploads();
}

void ChatSession::noteSeenSeq(qint64 seq)
{
    if (m_catchingUp)
        m_liveMaxSeq = std::max(m_liveMaxSeq, seq);
    else
        m_lastSeq = std::max(m_lastSeq, seq);
}

void ChatSession::noteSeen(const QList<protocol::ChatMessage> &messages)
{
    for (const protocol::ChatMessage &message : messages) {
        noteSeenSeq(message.seq);
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
    if (findUpload(ack.clientMsgId)) {
        const auto it = std::find_if(m_uploads.begin(), m_uploads.end(),
                                     [&](const UploadEntry &entry) { return entry.file.clientMsgId == ack.clientMsgId; });
        dropPut(it->put);
        m_uploads.erase(it);
        Q_EMIT uploadFinished(ack.clientMsgId, ack.seq, ack.ts);
        advanceUploads();
        return;
    }
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
    QHash<QString, QString> ids = m_ids;
    bool typingTouched = false;
    for (const QString &nick : presence.left) {
        removeNick(roster, nick);
        ids.remove(protocol::nickKey(nick));
        typingTouched |= m_typing.remove(nick) > 0;
    }
    for (const QString &nick : presence.removed) {
        removeNick(roster, nick);
        ids.remove(protocol::nickKey(nick));
        typingTouched |= m_typing.remove(nick) > 0;
    }
    QList<protocol::RenamedNick> renames;
    for (const protocol::RenamedNick &change : presence.renamed) {
        if (change.from.isEmpty() || change.to.isEmpty())
            continue;
        removeNick(roster, change.from);
        roster.append(change.to);
        const QString id = presence.ids.value(change.to, ids.value(protocol::nickKey(change.from)));
        ids.remove(protocol::nickKey(change.from));
        if (!id.isEmpty())
            ids.insert(protocol::nickKey(change.to), id);
        typingTouched |= m_typing.remove(change.from) > 0;
        renames.append(change);
    }
    for (const QString &nick : presence.joined) {
        removeNick(roster, nick);
        roster.append(nick);
        ids.remove(protocol::nickKey(nick));
        if (presence.ids.contains(nick))
            ids.insert(protocol::nickKey(nick), presence.ids.value(nick));
    }
    setRoster(roster, ids);
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

void ChatSession::setRoster(QStringList roster, QHash<QString, QString> ids)
{
    sortRoster(roster);
    const bool idsChanged = ids != m_ids;
    m_ids = std::move(ids);
    if (roster != m_roster) {
        m_roster = roster;
        Q_EMIT rosterChanged(m_roster);
    }
    if (idsChanged)
        Q_EMIT rosterIdsChanged();
}

QString ChatSession::idOf(const QString &nick) const
{
    return m_ids.value(protocol::nickKey(nick));
}

QString ChatSession::nickOf(const QString &personId) const
{
    if (personId.isEmpty())
        return {};
    for (const QString &nick : m_roster) {
        if (m_ids.value(protocol::nickKey(nick)) == personId)
            return nick;
    }
    return {};
}

bool ChatSession::isMine(const protocol::ChatMessage &message) const
{
    if (!message.author.isEmpty())
        return !m_personId.isEmpty() && message.author == m_personId;
    // From before ids: what this app sent, or (as it was judged then) the same name.
    return m_ownIds.contains(message.clientMsgId)
        || (!message.from.isEmpty() && protocol::nickKey(message.from) == protocol::nickKey(m_nick));
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
    m_requests.append({Request::CatchUp, 0});
    sendMessage(protocol::HistoryRequest{protocol::HistoryRequest::Direction::After, m_lastSeq,
                                         m_historyPageSize, {}});
}

void ChatSession::handle(const protocol::HistoryPage &page)
{
    if (m_requests.isEmpty()) {
        qCWarning(lcClient) << "ignoring a history page nobody asked for";
        return;
    }
    const auto it = std::find_if(m_requests.begin(), m_requests.end(),
                                 [](const PendingRequest &request) { return request.kind != Request::Search; });
    if (it == m_requests.end()) {
        qCWarning(lcClient) << "ignoring a history page nobody asked for";
        return;
    }
    const PendingRequest pending = *it;
    m_requests.erase(it);
    const Request request = pending.kind;
    const QList<protocol::ChatMessage> &messages = page.messages;
    if (request == Request::Page) {
        Q_EMIT historyAnswered(pending.tag, messages, page.hasMore);
        return;
    }
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

    if (!error.clientMsgId.isEmpty() && findUpload(error.clientMsgId)) {
        UploadEntry &entry = *findUpload(error.clientMsgId);
        if (known == protocol::ErrorCode::NoSuchUpload)
            return; // a cancel that crossed the host's answer
        if (known == protocol::ErrorCode::RateLimited || known == protocol::ErrorCode::StorageFailed || !known) {
            // Not this time: ask again shortly.
            dropPut(entry.put);
            entry.stage = UploadEntry::Stage::Queued;
            m_uploadRetry.start();
            return;
        }
        failUpload(error.clientMsgId, code);
        return;
    }
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

    // About a change or a reply to one message: nothing else is affected.
    if (error.seq > 0) {
        Q_EMIT changeRefused(code, error.seq);
        return;
    }
    if (known == protocol::ErrorCode::SearchInvalid || known == protocol::ErrorCode::SearchTooLong) {
        const auto it = std::find_if(m_requests.begin(), m_requests.end(),
                                     [](const PendingRequest &request) { return request.kind == Request::Search; });
        if (it != m_requests.end())
            m_requests.erase(it);
        Q_EMIT searchFailed(code);
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
    // The host answers requests in order: a refusal without an id is about the oldest one open.
    if (known == protocol::ErrorCode::StorageFailed) {
        // Only a search is answered so without an id; the history file failing otherwise is
        // news of its own.
        const auto it = std::find_if(m_requests.begin(), m_requests.end(),
                                     [](const PendingRequest &request) { return request.kind == Request::Search; });
        if (it != m_requests.end()) {
            m_requests.erase(it);
            Q_EMIT searchFailed(code);
            return;
        }
    }
    if (known == protocol::ErrorCode::RateLimited && !m_requests.isEmpty()) {
        const PendingRequest request = m_requests.takeFirst();
        switch (request.kind) {
        case Request::Older:
            m_olderRequested = false;
            break;
        case Request::CatchUp:
            requestCatchUp();
            break;
        case Request::Page:
            Q_EMIT historyAnswered(request.tag, {}, true);
            break;
        case Request::Search:
            Q_EMIT searchFailed(code);
            break;
        }
        return;
    }
    Q_EMIT hostError(code);
}

QString ChatSession::send(const QString &text, const QString &to, std::optional<qint64> replyTo)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_outbox.append({id, text, to, replyTo});
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
        sendMessage(protocol::Send{entry.clientMsgId, entry.text, entry.to, entry.replyTo});
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
    m_requests.append({Request::Older, 0});
    sendMessage(protocol::HistoryRequest{protocol::HistoryRequest::Direction::Before, m_oldestSeq,
                                         m_historyPageSize, {}});
    return true;
}

bool ChatSession::edit(qint64 seq, const QString &text)
{
    if (m_state != State::Connected || seq <= 0)
        return false;
    sendMessage(protocol::Edit{seq, text});
    return true;
}

void ChatSession::deleteMessage(qint64 seq)
{
    if (m_state == State::Connected && seq > 0)
        sendMessage(protocol::Delete{seq});
}

void ChatSession::react(qint64 seq, const QString &emoji, bool on)
{
    if (m_state == State::Connected && seq > 0)
        sendMessage(protocol::React{seq, emoji, on});
}

bool ChatSession::search(const QString &query, std::optional<qint64> before)
{
    if (m_state != State::Connected)
        return false;
    m_requests.append({Request::Search, 0});
    sendMessage(protocol::Search{query, before, limits::searchPageSize});
    return true;
}

int ChatSession::requestHistory(protocol::HistoryRequest::Direction direction, qint64 seq, const QString &with,
                                int limit)
{
    if (m_state != State::Connected)
        return 0;
    const int tag = ++m_nextTag;
    m_requests.append({Request::Page, tag});
    sendMessage(protocol::HistoryRequest{direction, seq, limit > 0 ? limit : m_historyPageSize, with});
    return tag;
}

void ChatSession::rename(const QString &nick)
{
    if (m_state != State::Connected)
        return;
    sendMessage(protocol::Rename{nick});
}

// --- Files ---

QUrl ChatSession::hostUrl(const QString &path) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_url.host());
    url.setPort(m_url.port(protocol::defaultPort));
    url.setPath(path);
    return url;
}

QUrl ChatSession::fileUrl(const QString &fileId, QStringView part) const
{
    if (!protocol::isFileId(fileId) || m_url.isEmpty())
        return {};
    QString path = protocol::filesPath + fileId;
    if (!part.isEmpty())
        path += u'/' + part;
    return hostUrl(path);
}

FileDownload *ChatSession::download(const protocol::FileInfo &file, const QString &targetPath, QObject *parent)
{
    const QUrl url = fileUrl(file.id);
    if (url.isEmpty())
        return nullptr;
    return new FileDownload(m_network, url, targetPath, file.size, file.sha256, parent);
}

ChatSession::UploadEntry *ChatSession::findUpload(const QString &clientMsgId)
{
    for (UploadEntry &entry : m_uploads) {
        if (entry.file.clientMsgId == clientMsgId)
            return &entry;
    }
    return nullptr;
}

QList<ChatSession::OutgoingFile> ChatSession::uploads() const
{
    QList<OutgoingFile> files;
    for (const UploadEntry &entry : m_uploads)
        files.append(entry.file);
    return files;
}

QString ChatSession::sendFile(const QString &path, const QString &caption, const QString &name)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable() || info.size() <= 0)
        return {};
    UploadEntry entry;
    entry.file.clientMsgId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.file.path = info.absoluteFilePath();
    entry.file.name = name.isEmpty() ? info.fileName() : name;
    entry.file.size = info.size();
    entry.file.caption = caption;
    entry.meter.start(0, entry.file.size);
    m_uploads.append(entry);
    m_ownIds.insert(entry.file.clientMsgId);
    stopTyping();
    Q_EMIT uploadQueued(entry.file.clientMsgId, entry.file.name, entry.file.size, caption);
    advanceUploads();
    return entry.file.clientMsgId;
}

void ChatSession::advanceUploads()
{
    if (m_state != State::Connected || !m_socket || m_uploads.isEmpty() || m_uploadRetry.isActive())
        return;
    UploadEntry &entry = m_uploads.first();
    if (entry.stage != UploadEntry::Stage::Queued)
        return;
    // A first request, or a resume: the same id, name and size give the offset the host has.
    entry.stage = UploadEntry::Stage::Asking;
    entry.asked = true;
    sendMessage(protocol::Upload{entry.file.clientMsgId, entry.file.name, entry.file.size, entry.file.caption});
}

void ChatSession::handle(const protocol::UploadReady &ready)
{
    UploadEntry *entry = findUpload(ready.clientMsgId);
    if (!entry || entry->stage != UploadEntry::Stage::Asking)
        return;
    const QString token = ready.url.mid(protocol::uploadPath.size());
    if (!isUrlSafeToken(token) || ready.offset < 0 || ready.offset > entry->file.size) {
        qCWarning(lcClient) << "ignoring an upload slot that makes no sense";
        failUpload(ready.clientMsgId, uploadRefused);
        return;
    }
    entry->url = hostUrl(ready.url);
    if (ready.offset == entry->file.size) {
        // The host has every byte already; its ack is on its way.
        entry->stage = UploadEntry::Stage::Sent;
        Q_EMIT uploadSent(ready.clientMsgId);
        return;
    }
    startPut(*entry, entry->url, ready.offset);
}

void ChatSession::startPut(UploadEntry &entry, const QUrl &url, qint64 offset)
{
    dropPut(entry.put);
    entry.stage = UploadEntry::Stage::Sending;
    entry.doneAtTry = offset;
    entry.meter.start(offset, entry.file.size);
    Q_EMIT uploadProgress(entry.file.clientMsgId, entry.meter.progress());
    const QString id = entry.file.clientMsgId;
    auto *put = new FileUpload(m_network, url, entry.file.path, offset, entry.file.size, this);
    entry.put = put;
    connect(put, &FileUpload::progress, this, [this, id](qint64 done) {
        if (UploadEntry *current = findUpload(id))
            Q_EMIT uploadProgress(id, current->meter.update(done));
    });
    connect(put, &FileUpload::finished, this, [this, id, put](FileUpload::Outcome outcome) {
        UploadEntry *current = findUpload(id);
        if (!current || current->put != put)
            return;
        current->put = nullptr;
        put->deleteLater();
        onPutFinished(id, int(outcome), put->hostOffset());
    });
    put->start();
}

void ChatSession::onPutFinished(const QString &clientMsgId, int result, qint64 hostOffset)
{
    UploadEntry *entry = findUpload(clientMsgId);
    if (!entry)
        return;
    if (entry->meter.progress().done > entry->doneAtTry)
        entry->tries = 0;
    switch (FileUpload::Outcome(result)) {
    case FileUpload::Outcome::Stored:
        entry->stage = UploadEntry::Stage::Sent;
        Q_EMIT uploadProgress(clientMsgId, entry->meter.update(entry->file.size));
        Q_EMIT uploadSent(clientMsgId);
        return;
    case FileUpload::Outcome::OffsetWrong:
        // The host has another number of bytes than this PUT began at: go on from there.
        if (hostOffset == entry->file.size) {
            entry->stage = UploadEntry::Stage::Sent; // it has them all: the ack is on its way
            Q_EMIT uploadSent(clientMsgId);
            return;
        }
        if (hostOffset >= 0 && hostOffset < entry->file.size && ++entry->tries < maxUploadTries) {
            startPut(*entry, entry->url, hostOffset);
            return;
        }
        retryUpload(*entry, uploadBroken);
        return;
    case FileUpload::Outcome::Refused:
        // The token is no longer good (the connection changed, or the host forgot the slot):
        // a new request gives a new one.
        retryUpload(*entry, uploadRefused);
        return;
    case FileUpload::Outcome::TooLarge:
        failUpload(clientMsgId, protocol::errorCodeName(protocol::ErrorCode::FileTooLarge));
        return;
    case FileUpload::Outcome::StorageFull:
        failUpload(clientMsgId, protocol::errorCodeName(protocol::ErrorCode::StorageFull));
        return;
    case FileUpload::Outcome::FileChanged:
        failUpload(clientMsgId, fileChanged);
        return;
    case FileUpload::Outcome::FileUnreadable:
        failUpload(clientMsgId, fileUnreadable);
        return;
    case FileUpload::Outcome::Broken:
        retryUpload(*entry, uploadBroken);
        return;
    case FileUpload::Outcome::Aborted:
        return;
    }
}

void ChatSession::retryUpload(UploadEntry &entry, const QString &problemIfExhausted)
{
    entry.stage = UploadEntry::Stage::Queued;
    if (m_state != State::Connected)
        return; // the next welcome resumes it
    if (++entry.tries >= maxUploadTries) {
        failUpload(entry.file.clientMsgId, problemIfExhausted);
        return;
    }
    m_uploadRetry.start();
}

void ChatSession::failUpload(const QString &clientMsgId, const QString &problem)
{
    const auto it = std::find_if(m_uploads.begin(), m_uploads.end(),
                                 [&](const UploadEntry &entry) { return entry.file.clientMsgId == clientMsgId; });
    if (it == m_uploads.end())
        return;
    dropPut(it->put);
    // A slot the host may still hold for it is given back at once, not after uploadIdleMs.
    if (it->asked && problem != protocol::errorCodeName(protocol::ErrorCode::FileTooLarge)
        && problem != protocol::errorCodeName(protocol::ErrorCode::StorageFull))
        sendMessage(protocol::UploadCancel{clientMsgId});
    m_uploads.erase(it);
    qCInfo(lcClient) << "upload failed:" << problem;
    Q_EMIT uploadFailed(clientMsgId, problem);
    advanceUploads();
}

bool ChatSession::cancelUpload(const QString &clientMsgId)
{
    const auto it = std::find_if(m_uploads.begin(), m_uploads.end(),
                                 [&](const UploadEntry &entry) { return entry.file.clientMsgId == clientMsgId; });
    if (it == m_uploads.end() || it->stage == UploadEntry::Stage::Sent)
        return false;
    dropPut(it->put);
    if (it->asked)
        sendMessage(protocol::UploadCancel{clientMsgId});
    m_uploads.erase(it);
    Q_EMIT uploadCancelled(clientMsgId);
    advanceUploads();
    return true;
}

void ChatSession::pauseUploads()
{
    // The slot's token ends with the connection; the next welcome asks again, from the offset
    // the host has.
    m_uploadRetry.stop();
    for (UploadEntry &entry : m_uploads) {
        dropPut(entry.put);
        entry.stage = UploadEntry::Stage::Queued;
    }
}

} // namespace tincan
