#include "app/desktophost.h"

#include "protocol/messages.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcDesktopHost, "tincan.desktop", QtWarningMsg)

namespace tincan {

namespace {
// How long quitting waits for the host to say goodbye to everyone.
constexpr int stopTimeoutMs = 5000;
// The host key's strength: as hard to guess as a 256-bit key.
constexpr int hostKeyWords = 8;

HostConfig withHostKey(HostConfig config)
{
    if (config.hostKey.isEmpty()) {
        quint32 words[hostKeyWords];
        QRandomGenerator::system()->fillRange(words);
        const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
        config.hostKey = QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    return config;
}

} // namespace

DesktopHost::DesktopHost(HostConfig config, QObject *parent)
    : QObject(parent)
    , m_config(withHostKey(std::move(config)))
    , m_service(new HostService(m_config))
    , m_locked(m_config.locked)
{
    m_thread.setObjectName(QStringLiteral("tincan-host"));
    m_service->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    connect(m_service, &HostService::started, this, [this](quint16 port, bool busy) {
        m_port = port;
        Q_EMIT started(port, busy);
    });
    connect(m_service, &HostService::startFailed, this, &DesktopHost::startFailed);
    connect(m_service, &HostService::peerCountChanged, this, &DesktopHost::peerCountChanged);
    connect(m_service, &HostService::storageError, this, &DesktopHost::storageError);
    m_thread.start();
}

DesktopHost::~DesktopHost()
{
    stop();
}

void DesktopHost::start()
{
    QMetaObject::invokeMethod(m_service, &HostService::start, Qt::QueuedConnection);
}

void DesktopHost::stop()
{
    if (!m_thread.isRunning())
        return;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(m_service, &HostService::stopped, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(m_service, &HostService::stop, Qt::QueuedConnection);
    timeout.start(stopTimeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!timeout.isActive())
        qCWarning(lcDesktopHost) << "the host did not confirm it stopped in time";
    m_port = 0;
    m_thread.quit();
    m_thread.wait();
}

void DesktopHost::setAccessCode(const QString &code)
{
    m_config.accessCode = code;
    if (!m_thread.isRunning())
        return; // stopped: the service is gone, and the next session starts from m_config
    QMetaObject::invokeMethod(m_service, [service = m_service, code] { service->setAccessCode(code); },
                              Qt::QueuedConnection);
}

void DesktopHost::setLocked(bool locked)
{
    m_locked = locked;
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_service, [service = m_service, locked] { service->setLocked(locked); },
                              Qt::QueuedConnection);
}

QUrl DesktopHost::ownChatUrl() const
{
    QHostAddress address = m_config.bindAddress;
    if (address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress(QHostAddress::AnyIPv6))
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    return protocol::chatUrl(address.toString(), m_port);
}

} // namespace tincan
