#pragma once

#include <QString>
#include <QUrl>

namespace tincan {

// What a user typed to reach a host ("host:port", "http://host:port/", "ws://host:port/ws"),
// turned into the WebSocket address of the chat, or the reason it cannot be. A host's link may
// carry the room's access code in its fragment ("http://host:port/#code=K7MX-3QPA"), which is
// kept apart from the address.
class JoinAddress
{
public:
    enum class Problem {
        None,
        Empty,
        UnsupportedScheme, // https, wss, ftp, ...
        MissingHost,
        BadHost,
        BadPort,
        HasCredentials,
    };

    static JoinAddress parse(const QString &text);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // ws://host:port/ws
    QUrl chatUrl() const { return m_chatUrl; }
    // "host:port" (IPv6 in brackets), the form kept in the recent hosts list (never the code).
    QString displayName() const;
    // The access code the link carried in its fragment, decoded; empty when it had none.
    QString accessCode() const { return m_accessCode; }

private:
    Problem m_problem = Problem::Empty;
    QUrl m_chatUrl;
    QString m_accessCode;
};

} // namespace tincan
