#include "app/desktop.h"
#include "app/headlesshost.h"
#include "app/platform.h"
#include "protocol/accesscode.h"
#include "protocol/limits.h"
#include "protocol/messages.h"
#include "server/hostservice.h"
#include "translations/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>

namespace {

struct Parsed
{
    tincan::HostConfig host;
    QString error;
};

// "192.0.2.7", "192.0.2.7:8787", "[2001:db8::7]:8787"
std::optional<tincan::DiscoveryTarget> parseTarget(const QString &text)
{
    QString host = text;
    quint16 port = tincan::protocol::defaultPort;
    const qsizetype colon = text.lastIndexOf(u':');
    const bool bracketed = text.startsWith(u'[');
    if (colon > 0 && (bracketed ? text.at(colon - 1) == u']' : text.count(u':') == 1)) {
        bool ok = false;
        const uint number = text.mid(colon + 1).toUInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return std::nullopt;
        port = quint16(number);
        host = text.left(colon);
    }
    if (bracketed && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (!address.setAddress(host))
        return std::nullopt;
    return tincan::DiscoveryTarget{address, port};
}

// "500M", "2G", "10GiB", "1048576": a number of bytes, with K, M, G or T for powers of 1024.
std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,15})\\s*(?:([KMGT])(?:I?B)?|B)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2).toUpper();
    const int shift = unit.isEmpty() ? 0 : 10 * (1 + int(QStringLiteral("KMGT").indexOf(unit)));
    if (value <= 0 || value > (tincan::protocol::maxWireInteger >> shift))
        return std::nullopt;
    return value << shift;
}

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
    config.allowedHostNames = parser.values(QStringLiteral("allow-host"));
    for (const QString &name : std::as_const(config.allowedHostNames)) {
        // A host name as a browser's address bar would send it: letters, digits, dots, dashes.
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9.])?$"));
        if (!hostName.match(name).hasMatch()) {
            parsed.error = QCoreApplication::translate(
                "main", "“%1” is not a host name to allow (letters, digits, dots and dashes).").arg(name);
            return parsed;
        }
    }
    // Every connection is an open file on Unix: the room holds as many as the system allows,
    // less what the history, the logs and Qt need.
    if (const int files = tincan::openFileLimit(); files > 0)
        config.maxConnections = std::clamp(files - tincan::limits::openFilesReserved, 16,
                                           tincan::limits::maxConnections);
    if (parser.isSet(QStringLiteral("access-code"))) {
        config.accessCode = parser.value(QStringLiteral("access-code"));
        if (tincan::protocol::checkAccessCode(config.accessCode) != tincan::protocol::AccessCodeProblem::None) {
            parsed.error = QCoreApplication::translate(
                "main", "An access code has %1 to %2 letters or digits (spaces and dashes are "
                        "ignored) and no control characters.")
                .arg(tincan::limits::minAccessCodeLength).arg(tincan::limits::maxAccessCodeLength);
            return parsed;
        }
    }
    config.locked = parser.isSet(QStringLiteral("lock"));
    for (const auto &[option, target] : {std::pair{QStringLiteral("max-file-size"), &config.maxFileSize},
                                         std::pair{QStringLiteral("max-storage"), &config.maxStorage}}) {
        if (!parser.isSet(option))
            continue;
        const std::optional<qint64> bytes = parseByteSize(parser.value(option));
        if (!bytes) {
            parsed.error = QCoreApplication::translate(
                "main", "“%1” is not a size for --%2 (for example 500M or 2G).")
                .arg(parser.value(option), option);
            return parsed;
        }
        *target = *bytes;
    }
    config.dataDir = parser.value(QStringLiteral("data-dir"));
    config.announce = !parser.isSet(QStringLiteral("no-discovery"));
    const QStringList targets = parser.values(QStringLiteral("announce-to"));
    for (const QString &text : targets) {
        const std::optional<tincan::DiscoveryTarget> target = parseTarget(text);
        if (!target) {
            parsed.error = QCoreApplication::translate(
                "main", "“%1” is not an address to announce to (use ADDRESS or ADDRESS:PORT).").arg(text);
            return parsed;
        }
        config.announceTargets.append(*target);
    }
    return parsed;
}

// The value of --lang CODE or --lang=CODE, read before the command line is parsed so that
// --help already speaks it.
QString languageOption(int argc, char *argv[])
{
    QString value;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[i + 1]);
        else if (std::strncmp(argv[i], "--lang=", 7) == 0)
            value = QString::fromLocal8Bit(argv[i] + 7);
    }
    return value;
}

// Whether windows can be shown at all. On Linux and the BSDs a desktop session sets DISPLAY (X11)
// or WAYLAND_DISPLAY; a remote shell or a bare server has neither. QT_QPA_PLATFORM names a
// platform explicitly (offscreen, say). Windows and macOS always have their desktop.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tincan"));
    QCoreApplication::setApplicationName(QStringLiteral("tincan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TINCAN_VERSION));

    // Widgets only when there will be windows: a headless host (and --help, --version) must
    // run without a display.
    bool headless = false;
    bool windowless = false;
    for (int i = 1; i < argc; ++i) {
        headless = headless || std::strcmp(argv[i], "--headless") == 0;
        for (const char *option : {"--help", "-h", "--help-all", "--version", "-v"})
            windowless = windowless || std::strcmp(argv[i], option) == 0;
    }
    // Qt's GLib event loop keeps socket watches in lists: every time a socket starts or stops
    // waiting to write, the whole list is searched, so a room of n people pays O(n) per write.
    // Qt's own Unix event loop does the same in O(1). The headless host needs nothing from GLib;
    // the windows keep Qt's default loop, which the system's (XDG portal) file dialogs need.
    if (headless && qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // Without a display Qt would abort while making the windows' application object, before the
    // options are read: the options are read first, then the user is told what to do instead.
    const bool displayMissing = !headless && !windowless && !hasDisplay();
    std::unique_ptr<QCoreApplication> application = headless || windowless || displayMissing
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;

    // The language: --lang, else the one chosen in the settings, else the system's.
    const QString languageWanted = languageOption(argc, argv);
    QString language = tincan::Language::match({languageWanted});
    if (languageWanted.isEmpty())
        language = tincan::Language::match({QSettings().value(tincan::Language::settingsKey).toString()});
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language)); // dates and numbers to match
    tincan::Language::install(language.isEmpty() ? tincan::Language::system() : language);

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
             .arg(tincan::protocol::defaultPort),
         QCoreApplication::translate("main", "port")},
        {QStringLiteral("bind"),
         QCoreApplication::translate("main", "Listen on this address only (for example 127.0.0.1)."),
         QCoreApplication::translate("main", "address")},
        {QStringLiteral("room"), QCoreApplication::translate("main", "The room's name."),
         QCoreApplication::translate("main", "name")},
        {QStringLiteral("data-dir"),
         QCoreApplication::translate("main", "Keep the chat history in this folder."),
         QCoreApplication::translate("main", "folder")},
        {QStringLiteral("host"),
         QCoreApplication::translate("main", "Start hosting a chat right away (skips the start window).")},
        {QStringLiteral("join"),
         QCoreApplication::translate("main", "Join the chat at this address right away, for example "
                                             "192.168.1.20:%1 or http://192.168.1.20:%1/.")
             .arg(tincan::protocol::defaultPort),
         QCoreApplication::translate("main", "address")},
        {QStringLiteral("nick"), QCoreApplication::translate("main", "Your name in the chat."),
         QCoreApplication::translate("main", "name")},
        {QStringLiteral("no-discovery"),
         QCoreApplication::translate("main", "Neither announce this host on the network nor look for "
                                             "other hosts (nothing is broadcast).")},
        {QStringLiteral("announce-to"),
         QCoreApplication::translate("main", "Announce this host only to this address (repeatable; "
                                             "default: broadcast on the local networks, UDP port %1).")
             .arg(tincan::protocol::defaultPort),
         QCoreApplication::translate("main", "address[:port]")},
        {QStringLiteral("allow-host"),
         QCoreApplication::translate("main", "Also accept requests that name this host by this name "
                                             "(repeatable), for example a name the network's DNS "
                                             "gives it. Its own addresses, localhost and its "
                                             "computer name are always accepted."),
         QCoreApplication::translate("main", "name")},
        {QStringLiteral("access-code"),
         QCoreApplication::translate("main", "People need this code to join (the link and QR code "
                                             "the host shows carry it). Other programs on this "
                                             "computer can see a command line: on a shared "
                                             "computer, set the code in the window or with /code."),
         QCoreApplication::translate("main", "code")},
        {QStringLiteral("lock"),
         QCoreApplication::translate("main", "Start with the room locked: nobody new may join until "
                                             "the host unlocks it (the window's \"Lock the room\", "
                                             "or /unlock on the console).")},
        {QStringLiteral("max-file-size"),
         QCoreApplication::translate("main", "The largest file people may send (K, M, G: kilo-, "
                                             "mega-, gigabytes; default 2G)."),
         QCoreApplication::translate("main", "size")},
        {QStringLiteral("max-storage"),
         QCoreApplication::translate("main", "How much the room's files may take on disk in all "
                                             "(default 10G)."),
         QCoreApplication::translate("main", "size")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("main", "Speak this language instead of the system's: %1.")
             .arg(tincan::Language::available().join(QStringLiteral(", "))),
         QCoreApplication::translate("main", "language")},
    });
    parser.process(app);

    QTextStream err(stderr);
    if (!languageWanted.isEmpty() && language.isEmpty()) {
        err << QCoreApplication::translate("main", "Tincan does not speak “%1”. It speaks: %2.")
                   .arg(languageWanted, tincan::Language::available().join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    const Parsed parsed = parseHostOptions(parser);
    if (!parsed.error.isEmpty()) {
        err << parsed.error << Qt::endl;
        return 2;
    }
    if (displayMissing) {
        err << QCoreApplication::translate(
                   "main", "Tincan cannot open its window: there is no display here (no desktop "
                           "session, or a remote shell). To host a chat without a window, run: "
                           "tincan --headless")
            << Qt::endl;
        return 1;
    }
    if (!headless) {
        if (parser.isSet(QStringLiteral("host")) && parser.isSet(QStringLiteral("join"))) {
            err << QCoreApplication::translate("main", "Use either --host or --join, not both.") << Qt::endl;
            return 2;
        }
        tincan::DesktopOptions options;
        if (parser.isSet(QStringLiteral("host")))
            options.mode = tincan::DesktopOptions::Mode::Host;
        else if (parser.isSet(QStringLiteral("join")))
            options.mode = tincan::DesktopOptions::Mode::Join;
        options.address = parser.value(QStringLiteral("join"));
        options.nick = parser.value(QStringLiteral("nick"));
        options.roomName = parsed.host.roomName;
        options.port = parsed.host.port;
        options.portFixed = parsed.host.portFixed;
        options.bindAddress = parsed.host.bindAddress;
        options.dataDir = parsed.host.dataDir;
        options.discovery = parsed.host.announce;
        options.announceTargets = parsed.host.announceTargets;
        options.allowedHostNames = parsed.host.allowedHostNames;
        options.maxConnections = parsed.host.maxConnections;
        options.accessCode = parsed.host.accessCode;
        options.locked = parsed.host.locked;
        options.maxFileSize = parsed.host.maxFileSize;
        options.maxStorage = parsed.host.maxStorage;
        return tincan::runDesktop(options);
    }
    tincan::HeadlessHost host(parsed.host);
    // Started from the event loop, so that a failure can end it with an exit code.
    QMetaObject::invokeMethod(&host, &tincan::HeadlessHost::start, Qt::QueuedConnection);
    return app.exec();
}
