#include "ui/connectionstatus.h"

#include "protocol/limits.h"
#include "protocol/messages.h"

namespace tincan {

ConnectionStatus::Facts ConnectionStatus::factsOf(const ChatSession &session)
{
    Facts facts;
    facts.state = session.state();
    facts.host = session.url().host();
    facts.nick = session.nick();
    facts.refusalCode = session.refusal().code;
    facts.suggestion = session.refusal().suggestion;
    facts.failure = session.failure();
    facts.reconnectSeconds = session.reconnectSeconds();
    facts.lastCloseCode = session.lastCloseCode();
    facts.everWelcomed = session.everWelcomed();
    facts.codeTried = !session.accessCode().isEmpty();
    return facts;
}

ConnectionStatus::ConnectionStatus(const Facts &facts)
    : m_facts(facts)
{
    switch (facts.state) {
    case ChatSession::State::Idle:
        m_stateText = tr("Not connected");
        break;
    case ChatSession::State::Connecting:
        m_stateText = facts.everWelcomed ? tr("Reconnecting…") : tr("Connecting to %1…").arg(facts.host);
        break;
    case ChatSession::State::Connected:
        m_stateText = facts.hosting ? tr("Hosting") : tr("Connected");
        break;
    case ChatSession::State::Reconnecting: {
        const int seconds = facts.reconnectSeconds;
        m_stateText = tr("Offline");
        if (!facts.everWelcomed)
            m_bannerText = tr("Can't reach %1. Trying again in %2 s.").arg(facts.host).arg(seconds);
        else
            m_bannerText = tr("Lost the connection to the host. Reconnecting in %1 s.").arg(seconds);
        if (facts.pending > 0) {
            m_bannerText += u' '
                + tr("Your %n unsent message(s) will go out when you are back.", nullptr, facts.pending);
        }
        m_bannerButton = tr("&Retry Now");
        break;
    }
    case ChatSession::State::Refused: {
        m_stateText = tr("Not joined");
        m_bannerText = refusalText();
        const auto code = protocol::errorCodeFromName(facts.refusalCode);
        m_asksForNick = code == protocol::ErrorCode::NickTaken || code == protocol::ErrorCode::NickInvalid;
        m_asksForCode = code == protocol::ErrorCode::AccessDenied;
        m_bannerButton = m_asksForNick || m_asksForCode ? tr("&Join") : tr("&Try Again");
        // Trying again changes nothing for a ban, a locked room or a blocked computer has to
        // wait, and someone without the code may have none: the way back is offered beside it.
        if (code == protocol::ErrorCode::Banned)
            m_bannerButton.clear();
        if (code == protocol::ErrorCode::Banned || code == protocol::ErrorCode::RoomLocked
            || code == protocol::ErrorCode::AccessBlocked || code == protocol::ErrorCode::AccessDenied
            || code == protocol::ErrorCode::RateLimited)
            m_backButton = tr("&Back to Start");
        break;
    }
    case ChatSession::State::Removed:
        m_stateText = tr("Removed");
        if (protocol::errorCodeFromName(facts.refusalCode) == protocol::ErrorCode::Banned) {
            m_bannerText = tr("The host banned you from this chat.");
        } else {
            m_bannerText = tr("The host removed you from the chat.");
            m_bannerButton = tr("&Rejoin");
        }
        m_backButton = tr("&Back to Start");
        break;
    case ChatSession::State::Ended:
        m_stateText = tr("Ended");
        m_bannerText = tr("The host ended the chat.");
        if (facts.pending > 0) {
            m_bannerText += u' '
                + tr("Your %n unsent message(s) will go out if you rejoin.", nullptr, facts.pending);
        }
        m_bannerButton = tr("&Rejoin");
        m_backButton = tr("&Back to Start");
        break;
    case ChatSession::State::Unreachable:
        m_stateText = tr("Not joined");
        m_bannerText = failureText();
        m_bannerButton = tr("&Try Again");
        m_backButton = tr("&Back");
        break;
    }
}

QColor ConnectionStatus::stateColor() const
{
    switch (m_facts.state) {
    case ChatSession::State::Connected:
        return QColor(0x2e, 0xa0, 0x43);
    case ChatSession::State::Connecting:
    case ChatSession::State::Reconnecting:
        return QColor(0xd2, 0x99, 0x22);
    case ChatSession::State::Refused:
    case ChatSession::State::Idle:
    case ChatSession::State::Ended:
    case ChatSession::State::Unreachable:
    case ChatSession::State::Removed:
        return QColor(0xcf, 0x22, 0x2e);
    }
    return Qt::gray;
}

QString ConnectionStatus::offeredNick() const
{
    return m_facts.suggestion.isEmpty() ? m_facts.nick : m_facts.suggestion;
}

QString ConnectionStatus::failureText() const
{
    switch (m_facts.failure) {
    case ChatSession::Failure::Refused:
        return tr("Could not join %1: that computer is not hosting a chat on this port. Check the "
                  "address the host sees in their Tincan window.").arg(m_facts.host);
    case ChatSession::Failure::HostNotFound:
        return tr("Could not join %1: no computer of that name was found. Check the address for "
                  "typos.").arg(m_facts.host);
    case ChatSession::Failure::NoRoute:
        return tr("Could not join %1: this computer's network has no way there. Check that both "
                  "are on the same network.").arg(m_facts.host);
    case ChatSession::Failure::TimedOut:
        return tr("Could not join %1: no answer within %n second(s). Check the address, and that "
                  "the host is still hosting.", nullptr, limits::connectTimeoutMs / 1000).arg(m_facts.host);
    case ChatSession::Failure::None:
    case ChatSession::Failure::Other:
        break;
    }
    return tr("Could not join %1.").arg(m_facts.host);
}

QString ConnectionStatus::refusalText() const
{
    const auto code = protocol::errorCodeFromName(m_facts.refusalCode);
    if (code == protocol::ErrorCode::NickTaken)
        return tr("Someone in this room is already called “%1”. Pick another name to join.").arg(m_facts.nick);
    if (code == protocol::ErrorCode::NickInvalid)
        return tr("“%1” can't be used as a name here. Pick another one (1 to 32 characters).").arg(m_facts.nick);
    if (code == protocol::ErrorCode::RoomFull)
        return tr("The room is full right now.");
    if (code == protocol::ErrorCode::VersionUnsupported)
        return tr("This host runs a version of Tincan that this app cannot talk to. Update Tincan on both computers.");
    if (code == protocol::ErrorCode::Replaced)
        return tr("You joined this chat again from another connection, so this window stopped.");
    if (code == protocol::ErrorCode::AccessDenied) {
        return m_facts.codeTried ? tr("That code is not right. Check it with the host and enter it again.")
                                 : tr("This chat needs an access code. Ask the host for it and enter it here.");
    }
    if (code == protocol::ErrorCode::AccessBlocked)
        return tr("Too many wrong codes were tried from this computer. Wait a few minutes, then try again.");
    if (code == protocol::ErrorCode::Banned)
        return tr("The host banned you from this chat.");
    if (code == protocol::ErrorCode::RateLimited)
        return tr("Too many wrong codes are being tried in this chat right now, so yours was not "
                  "checked. Try again in a moment.");
    if (code == protocol::ErrorCode::RoomLocked)
        return tr("The host has locked this chat: nobody new can join right now. Ask the host to unlock it, "
                  "then try again.");
    return tr("The host refused the connection.");
}

} // namespace tincan
