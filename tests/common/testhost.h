#pragma once

#include "server/hostservice.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A real host on 127.0.0.1 for tests, with its history in a temporary folder that outlives
// restarts of the host.
class TestHost final
{
public:
    explicit TestHost(const QString &room = QStringLiteral("Test room"));
    ~TestHost();

    // Pinging and the dead-peer cut-off, for the next start (default: the program's limits).
    void setLiveness(int pingIntervalMs, int pongTimeoutMs)
    {
        m_pingIntervalMs = pingIntervalMs;
        m_pongTimeoutMs = pongTimeoutMs;
    }

    // Starts (or starts again, on the same data folder and, when `samePort`, the same port).
    bool start(bool samePort = false);
    void stop();
    void kill(); // as if the process died: no goodbye to anyone

    quint16 port() const { return m_port; }
    QUrl chatUrl() const;
    QString dataDir() const { return m_dir.path(); }
    tincan::HostService *service() const { return m_service.get(); }

private:
    QString m_room;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    int m_pingIntervalMs = tincan::limits::pingIntervalMs;
    int m_pongTimeoutMs = tincan::limits::pongTimeoutMs;
    std::unique_ptr<tincan::HostService> m_service;
};
