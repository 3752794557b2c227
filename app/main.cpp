#include "app/headlesshost.h"
#include "server/hostservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {

struct Parsed
{
    tincan::HostConfig host;
    QString error;
};

Parsed parseHostOptions(const QCommandLineParser &parser)
{
    Parsed parsed;
    tincan::HostConfig &config = parsed.host;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535) {
            parsed.error = QCoreApplication::translate("main", "The port must be a number from 0 to 65535.");
            return parsed;
        }
        config.port = quint16(port);
        config.portFixed = true;
    }
    if (parser.isSet(QStringLiteral("bind"))) {
        const QString bind = parser.value(QStringLiteral("bind"));
        if (!config.bindAddress.setAddress(bind)) {
            parsed.error = QCoreApplication::translate("main", "“%1” is not an IP address to listen on.").arg(bind);
            return parsed;
        }
    }
    config.roomName = parser.value(QStringLiteral("room"));
    config.dataDir = parser.value(QStringLiteral("data-dir"));
    return parsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tincan"));
    QCoreApplication::setApplicationName(QStringLiteral("tincan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TINCAN_VERSION));

    // Qt's GLib event loop keeps socket watches in lists: every time a socket starts or stops
    // waiting to write, the whole list is searched, so a room of n people pays O(n) per write.
    // Qt's own Unix event loop does the same in O(1). The host needs nothing from GLib.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Tincan: a chat for everyone on the local network. Host one, and others join "
                "from Tincan or from any browser."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("headless"),
         QCoreApplication::translate("main", "Host a chat without a window (for always-on hosts).")},
        {QStringLiteral("port"),
         QCoreApplication::translate("main", "Listen on this port (0: any free port). Without it, "
                                             "%1 or the next free port is used.")
             .arg(tincan::HostConfig::defaultPort),
         QCoreApplication::translate("main", "port")},
        {QStringLiteral("bind"),
         QCoreApplication::translate("main", "Listen on this address only (for example 127.0.0.1)."),
         QCoreApplication::translate("main", "address")},
        {QStringLiteral("room"), QCoreApplication::translate("main", "The room's name."),
         QCoreApplication::translate("main", "name")},
        {QStringLiteral("data-dir"),
         QCoreApplication::translate("main", "Keep the chat history in this folder."),
         QCoreApplication::translate("main", "folder")},
    });
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("headless"))) {
        err << QCoreApplication::translate("main", "Use --headless to host a chat (see --help).")
            << Qt::endl;
        return 2;
    }
    const Parsed parsed = parseHostOptions(parser);
    if (!parsed.error.isEmpty()) {
        err << parsed.error << Qt::endl;
        return 2;
    }
    tincan::HeadlessHost host(parsed.host);
    // Started from the event loop, so that a failure can end it with an exit code.
    QMetaObject::invokeMethod(&host, &tincan::HeadlessHost::start, Qt::QueuedConnection);
    return app.exec();
}
