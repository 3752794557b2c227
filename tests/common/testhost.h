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

    // Keeps the history in this folder instead of a temporary one.
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    // Names besides its own the host lets requests use, for the next start (--allow-host).
    void setAllowedHostNames(const QStringList &names) { m_allowedHostNames = names; }
    // How late a leave is announced, for the next start. Short by default so that tests see
    // leaves at once; the tests of the grace itself set the program's.
    void setRejoinGrace(int graceMs) { m_rejoinGraceMs = graceMs; }
    // Connections at once, for the next start (the app derives it from the open-file limit).
    void setMaxConnections(int connections) { m_maxConnections = connections; }

    // The access code and the host's own key, for the next start (--access-code; the desktop).
    void setAccessCode(const QString &code) { m_accessCode = code; }
    void setHostKey(const QString &key) { m_hostKey = key; }

    // The file limits, for the next start (--max-file-size, --max-storage, the free disk space
    // an upload must leave).
    void setFileLimits(qint64 maxFileSize, qint64 maxStorage, qint64 minFreeDiskBytes)
    {
        m_maxFileSize = maxFileSize;
        m_maxStorage = maxStorage;
        m_minFreeDiskBytes = minFreeDiskBytes;
    }

    // Starts (or starts again, on the same data folder and, when `samePort`, the same port).
    bool start(bool samePort = false);
    void stop();
    void kill(); // as if the process died: no goodbye to anyone

    quint16 port() const { return m_port; }
    QUrl chatUrl() const;
    QString dataDir() const { return m_dataDir.isEmpty() ? m_dir.path() : m_dataDir; }
    // What the host reported about its history since its last start (storageError).
    QStringList storageProblems() const { return m_storageProblems; }
    tincan::HostService *service() const { return m_service.get(); }

private:
    QString m_room;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    int m_pingIntervalMs = tincan::limits::pingIntervalMs;
    int m_pongTimeoutMs = tincan::limits::pongTimeoutMs;
    QStringList m_allowedHostNames;
    QString m_dataDir;
    QStringList m_storageProblems;
    int m_maxConnections = tincan::limits::maxConnections;
    int m_rejoinGraceMs = 100;
    QString m_accessCode;
    QString m_hostKey;
    qint64 m_maxFileSize = tincan::limits::defaultMaxFileSize;
    qint64 m_maxStorage = tincan::limits::defaultMaxStorage;
    qint64 m_minFreeDiskBytes = tincan::limits::minFreeDiskBytes;
    std::unique_ptr<tincan::HostService> m_service;
};
