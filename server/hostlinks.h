#pragma once

#include <QHostAddress>
#include <QList>
#include <QUrl>

namespace tincan {

// The http://ADDRESS:PORT/ links others can open to reach a host listening on `bound`:
// one per usable IPv4 interface address, real adapters first, virtual ones (containers, VPNs,
// virtual machines) last; only the loopback link when bound to loopback.
QList<QUrl> hostLinks(const QHostAddress &bound, quint16 port);

} // namespace tincan
