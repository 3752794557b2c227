#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tincan {

// Which names a request's Host may give for this host, so that a page on another site cannot
// reach the chat by pointing its own name at this host's address (DNS rebinding): one of the
// host's own addresses, `localhost`, the computer's name (also with `.local`), or a name the
// user allows (--allow-host).
class HostNames final
{
public:
    explicit HostNames(QStringList allowed = {});

    // `host` is the Host header as sent: a name or address, perhaps with a port, IPv6 in
    // brackets. Empty is not allowed.
    bool allows(QByteArrayView host);

private:
    bool isOwnAddress(const QHostAddress &address);
    void readAddresses();

    QSet<QString> m_names; // lower case
    QList<QHostAddress> m_addresses;
    QElapsedTimer m_sinceRead; // addresses change (DHCP, Wi-Fi): read again on a miss, not often
};

} // namespace tincan
