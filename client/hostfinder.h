#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>
#include <QUrl>

namespace tincan {

// A host heard on the network.
struct FoundHost
{
    QString room;
    QHostAddress address;
    quint16 port = 0;
    QString hostId;
    qint64 lastHeardMs = 0;
    bool codeRequired = false; // joining needs the room's access code

    QUrl chatUrl() const;
    QString addressText() const; // "host:port", as typed in the join field
};

// Listens for the hosts' UDP announcements and keeps the list of hosts heard recently.
// It only listens: it never sends anything.
class HostFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostFinder)

public:
    explicit HostFinder(QObject *parent = nullptr);

    // Starts listening on `port` (0: any free port, for tests). False, with errorString(), when
    // the port cannot be opened.
    bool start(quint16 port, const QHostAddress &address = QHostAddress(QHostAddress::AnyIPv4));
    quint16 port() const;
    QString errorString() const;

    // Hosts heard recently, in the order they were first heard.
    QList<FoundHost> hosts() const { return m_hosts; }

Q_SIGNALS:
    void hostsChanged();

private:
    void readDatagrams();
    void expire();

    QUdpSocket m_socket;
    QTimer m_expiry;
    QElapsedTimer m_clock;
    QList<FoundHost> m_hosts;
};

} // namespace tincan
