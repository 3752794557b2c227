#pragma once

#include <QHostAddress>

namespace tincan {

// One client, however it came: an IPv4 address seen through an IPv6 socket is the IPv4 address.
// Every per-address rule (connection limits, wrong codes, bans) tells clients apart by this.
inline QHostAddress clientAddress(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}

} // namespace tincan
