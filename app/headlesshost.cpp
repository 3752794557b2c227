#include "app/headlesshost.h"

#include "protocol/accesscode.h"
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
    connect(&m_console, &ConsoleReader::lineRead, this, &HeadlessHost::onCommand);
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
    // The code itself is never printed: this output often ends up in a system log.
    if (!m_config.accessCode.isEmpty())
        out() << QCoreApplication::translate("HeadlessHost",
                                             "Joining needs the access code you set.")
              << Qt::endl;
    if (m_config.locked)
        out() << QCoreApplication::translate("HeadlessHost",
                                             "The room is locked: nobody new may join.")
              << Qt::endl;
    out() << QCoreApplication::translate("HeadlessHost",
                                         "Type /help for the commands that keep the room. "
                                         "Press Ctrl+C to stop.")
          << Qt::endl;
    ignoreBackgroundConsoleReads();
    m_console.start();
}

void HeadlessHost::onCommand(const QString &line)
{
    const QString text = line.trimmed();
    if (text.isEmpty() || m_stopping)
        return;
    const qsizetype space = text.indexOf(u' ');
    const QString command = text.left(space < 0 ? text.size() : space).toLower();
    const QString argument = space < 0 ? QString() : text.mid(space + 1).trimmed();
    const auto say = [](const QString &sentence) { out() << sentence << Qt::endl; };

    if (command == u"/kick" || command == u"/ban") {
        if (argument.isEmpty()) {
            say(QCoreApplication::translate("HeadlessHost", "Say whom: %1 NAME").arg(command));
            return;
        }
        const bool ban = command == u"/ban";
        QStringList removed;
        const std::optional<protocol::ErrorCode> problem = m_service.removeMember(
            argument, ban ? protocol::Remove::Kind::Ban : protocol::Remove::Kind::Kick, &removed);
        // Names as the room knows them, not as typed here.
        const QString name = removed.isEmpty() ? argument : removed.first();
        if (!problem) {
            say(ban ? QCoreApplication::translate("HeadlessHost",
                                                  "%1 was removed and cannot come back while "
                                                  "this host runs.").arg(name)
                    : QCoreApplication::translate("HeadlessHost",
                                                  "%1 was removed (they may join again).").arg(name));
            if (removed.size() > 1)
                say(QCoreApplication::translate("HeadlessHost",
                                                "Also removed, from the same computer: %1.")
                        .arg(removed.mid(1).join(QStringLiteral(", "))));
        } else if (*problem == protocol::ErrorCode::NoSuchMember) {
            say(QCoreApplication::translate("HeadlessHost", "Nobody named %1 is in the room.").arg(argument));
        } else {
            say(QCoreApplication::translate("HeadlessHost", "%1 cannot be removed.").arg(argument));
        }
    } else if (command == u"/lock" || command == u"/unlock") {
        const bool lock = command == u"/lock";
        m_service.setLocked(lock);
        say(lock ? QCoreApplication::translate("HeadlessHost",
                                               "The room is locked: nobody new may join.")
                 : QCoreApplication::translate("HeadlessHost", "The room is open again."));
    } else if (command == u"/code") {
        if (argument.isEmpty()) {
            // Never opens the room by accident: only "/code off" removes the code.
            say(QCoreApplication::translate("HeadlessHost",
                                            "Say the code: /code CODE (or /code off to let anyone "
                                            "join without one)."));
        } else if (argument.compare(u"off", Qt::CaseInsensitive) == 0) {
            m_service.setAccessCode({});
            m_config.accessCode.clear();
            say(QCoreApplication::translate("HeadlessHost", "Anyone may join without a code now."));
        } else if (protocol::checkAccessCode(argument) != protocol::AccessCodeProblem::None) {
            say(QCoreApplication::translate("HeadlessHost",
                                            "An access code has %1 to %2 letters or digits.")
                    .arg(limits::minAccessCodeLength).arg(limits::maxAccessCodeLength));
        } else {
            m_service.setAccessCode(argument);
            m_config.accessCode = argument;
            say(QCoreApplication::translate("HeadlessHost",
                                            "The access code is set. People already in stay."));
        }
    } else {
        say(QCoreApplication::translate(
            "HeadlessHost",
            "Commands: /kick NAME (remove; they may come back), /ban NAME (remove for as long as "
            "this host runs), /lock and /unlock (let nobody new in, or everyone again), "
            "/code CODE and /code off (set or remove the access code)."));
    }
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
