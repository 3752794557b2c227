#include "testhost.h"

#include <QSignalSpy>
#include <QTest>

TestHost::TestHost(const QString &room)
    : m_room(room)
{
}

TestHost::~TestHost()
{
    if (m_service)
        kill();
}

bool TestHost::start(bool samePort)
{
    tincan::HostConfig config;
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = samePort ? m_port : 0;
    config.portFixed = true;
    config.roomName = m_room;
    config.dataDir = dataDir();
    config.pingIntervalMs = m_pingIntervalMs;
    config.pongTimeoutMs = m_pongTimeoutMs;
    config.allowedHostNames = m_allowedHostNames;
    config.maxConnections = m_maxConnections;
    config.rejoinGraceMs = m_rejoinGraceMs;
    config.accessCode = m_accessCode;
    config.hostKey = m_hostKey;
    config.maxFileSize = m_maxFileSize;
    config.maxStorage = m_maxStorage;
    config.minFreeDiskBytes = m_minFreeDiskBytes;
    m_service = std::make_unique<tincan::HostService>(config);
    m_storageProblems.clear();
    QObject::connect(m_service.get(), &tincan::HostService::storageError, m_service.get(),
                     [this](const QString &problem) { m_storageProblems.append(problem); });
    QSignalSpy started(m_service.get(), &tincan::HostService::started);
    m_service->start();
    if (started.isEmpty())
        return false;
    m_port = m_service->port();
    return true;
}

void TestHost::stop()
{
    QSignalSpy stopped(m_service.get(), &tincan::HostService::stopped);
    m_service->stop();
    if (!QTest::qWaitFor([&stopped] { return !stopped.isEmpty(); }, 5000))
        qWarning("the test host did not stop in time");
    m_service.reset();
}

void TestHost::kill()
{
    m_service.reset();
}

QUrl TestHost::chatUrl() const
{
    return QUrl(u"ws://127.0.0.1:"_qs + QString::number(m_port) + u"/ws"_qs);
}
