#include "app/headlesshost.h"

#include "server/hostlinks.h"

#include <QCoreApplication>
#include <QTextStream>

namespace tincan {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

HeadlessHost::HeadlessHost(HostConfig config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_service(std::move(config))
{
    connect(&m_stopSignals, &StopSignals::stopRequested, this, &HeadlessHost::onStopRequested);

    connect(&m_service, &HostService::started, this, &HeadlessHost::onStarted);
    connect(&m_service, &HostService::startFailed, this, [](const QString &reason) {
        err() << QCoreApplication::translate("HeadlessHost", "Tincan could not start hosting: %1")
                     .arg(reason)
              << Qt::endl;
        QCoreApplication::exit(1);
    });
    connect(&m_service, &HostService::storageError, this, [](const QString &reason) {
        err() << reason << Qt::endl;
    });
    // The count is printed at most once a second: a classroom joining at once is one line,
    // not thirty.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(countReportIntervalMs);
    connect(&m_countTimer, &QTimer::timeout, this, [this] {
        if (m_count == m_countShown)
            return;
        m_countShown = m_count;
        out() << QCoreApplication::translate("HeadlessHost", "%n people in the room", nullptr, m_count)
              << Qt::endl;
    });
    connect(&m_service, &HostService::peerCountChanged, this, [this](int count) {
        m_count = count;
        if (!m_countTimer.isActive())
            m_countTimer.start();
    });
    connect(&m_service, &HostService::stopped, this, [] { QCoreApplication::exit(0); });
}

HeadlessHost::~HeadlessHost() = default;

void HeadlessHost::start()
{
    m_service.start();
}

void HeadlessHost::onStarted(quint16 port, bool requestedPortBusy)
{
    if (requestedPortBusy) {
        out() << QCoreApplication::translate("HeadlessHost",
                                             "Port %1 is in use; using port %2 instead.")
                     .arg(m_config.port)
                     .arg(port)
              << Qt::endl;
    }
    out() << QCoreApplication::translate("HeadlessHost",
                                         "Tincan is hosting on port %1. People can join at:")
                 .arg(port)
          << Qt::endl;
    const QList<HostLink> links = hostLinks(m_config.bindAddress, port);
    for (const HostLink &link : links) {
        out() << "  " << link.url.toString();
        if (!link.interfaceName.isEmpty())
            out() << "  (" << link.interfaceName << ')';
        out() << Qt::endl;
    }
    out() << QCoreApplication::translate("HeadlessHost", "Press Ctrl+C to stop.") << Qt::endl;
}

void HeadlessHost::onStopRequested()
{
    if (m_stopping)
        return;
    m_stopping = true;
    out() << QCoreApplication::translate("HeadlessHost", "Stopping: telling everyone the host is leaving.")
          << Qt::endl;
    m_service.stop();
}

} // namespace tincan
