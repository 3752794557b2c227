#pragma once

#include "client/chatsession.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace tincan {

// What the chat window says about its connection (the state beside the room name, the banner
// over the messages and the banner's button), worked out from plain facts so that every case
// can be checked without a window or a host.
class ConnectionStatus final
{
    Q_DECLARE_TR_FUNCTIONS(tincan::ConnectionStatus)

public:
    // Everything the texts depend on.
    struct Facts
    {
        ChatSession::State state = ChatSession::State::Idle;
        QString host;          // of the chat's address
        QString nick;          // the name joined, or refused, with
        QString refusalCode;   // the protocol's error code name, when refused
        QString suggestion;    // a free name offered by the host, when the name was refused
        ChatSession::Failure failure = ChatSession::Failure::None; // when unreachable
        int reconnectSeconds = 0;
        int pending = 0;       // own messages the host has not taken yet
        bool hosting = false;  // this desktop runs the room
        int lastCloseCode = 0; // how the last connection ended (1001: the host stopped)
        bool everWelcomed = false;
        bool codeTried = false; // an access code went with the hello (a refusal means it is wrong)
    };

    // The session's side of the facts; pending messages and hosting are the window's to add.
    static Facts factsOf(const ChatSession &session);

    explicit ConnectionStatus(const Facts &facts);

    QString stateText() const { return m_stateText; }
    // The colour of the dot beside the state: green, amber while trying, red when not in.
    QColor stateColor() const;
    // Empty when all is well and no banner is shown.
    QString bannerText() const { return m_bannerText; }
    QString bannerButtonText() const { return m_bannerButton; }
    // A second way on, back to the start window; empty when the banner offers none.
    QString backButtonText() const { return m_backButton; }
    // Whether the banner asks for another name (the host refused this one).
    bool asksForNick() const { return m_asksForNick; }
    // Whether the banner asks for the room's access code (none was given, or a wrong one).
    bool asksForCode() const { return m_asksForCode; }
    // The name the banner's field offers first: the host's suggestion, else the refused one.
    QString offeredNick() const;

private:
    QString refusalText() const;
    QString failureText() const;

    Facts m_facts;
    QString m_stateText;
    QString m_bannerText;
    QString m_bannerButton;
    QString m_backButton;
    bool m_asksForNick = false;
    bool m_asksForCode = false;
};

} // namespace tincan
