#pragma once

#include "server/hostservice.h"

#include <QHostAddress>
#include <QString>

namespace tincan {

// How the desktop app was asked to start (from the command line).
struct DesktopOptions
{
    enum class Mode {
        Ask,  // no arguments: show the start window
        Host, // --host: start hosting right away
        Join, // --join ADDRESS: join right away
    };
    Mode mode = Mode::Ask;
    QString roomName;  // --room; empty: the remembered one, or "<nick>'s chat"
    QString nick;      // --nick; empty: the remembered one
    QString address;   // --join's ADDRESS (host:port, http://host:port/, ws://host:port/ws)
    quint16 port = protocol::defaultPort;
    bool portFixed = false;
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    QString dataDir;   // empty: the user's data directory
    bool discovery = true;                  // list hosts heard on the network, announce our own
    quint16 discoveryPort = protocol::defaultPort; // where hosts are listened for (tests: any)
    QList<DiscoveryTarget> announceTargets; // empty: broadcast on the local networks
    QStringList allowedHostNames;           // --allow-host
    int maxConnections = limits::maxConnections; // fits the open-file limit
    QString accessCode;                     // --access-code: hosting needs this code to join
    bool locked = false;                    // --lock: hosting starts with the room locked
    qint64 maxFileSize = limits::defaultMaxFileSize; // --max-file-size
    qint64 maxStorage = limits::defaultMaxStorage;   // --max-storage
};

// Runs the desktop app until its last window closes and returns the exit code. A QApplication
// must exist.
int runDesktop(const DesktopOptions &options);

} // namespace tincan
