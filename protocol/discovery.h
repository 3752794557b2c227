#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The UDP datagram a host sends so that desktops on the network can list it
// (docs/PROTOCOL.md, "Finding hosts").
namespace tincan::protocol {

struct Announcement
{
    QString room;
    quint16 port = 0;  // the host's TCP port for the page and the chat
    QString hostId;    // random per host run: tells two hosts on one address apart
    bool leaving = false;
    bool codeRequired = false; // joining needs the access code (never the code itself)

    friend bool operator==(const Announcement &, const Announcement &) = default;
};

QByteArray encodeAnnouncement(const Announcement &announcement);
// Nothing when the datagram is not a Tincan announcement (or is malformed or too large).
std::optional<Announcement> decodeAnnouncement(const QByteArray &datagram);

} // namespace tincan::protocol
