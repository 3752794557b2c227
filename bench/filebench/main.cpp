// tincan_filebench: how fast the host takes and serves a large file over loopback, how much its
// memory grows meanwhile, and how late the chat is for everyone else during it (issue #13;
// docs/BENCHMARKS.md, "Files"). The bytes move with curl (what is measured is the host); a Qt
// process keeps a room of members chatting around them and measures send → delivery.
//
//   tincan_filebench --payload FILE --sha256 HEX [options] -- HOST COMMAND... --data-dir @DATA@
//
// Each round starts the host with "@DATA@" replaced by a fresh folder under --work, lets the
// room chat for a quiet window, then uploads the payload by `curl -T` and downloads it with
// `curl -o /dev/null`, twice: once as curl does by default (it asks "Expect: 100-continue" and
// waits for the host's answer), once without that header. One JSON line per measurement on
// stdout; the table of medians on stderr. Everything connects to 127.0.0.1 only.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_clock; // monotonic; every stamp in this process is read from it

double nowMs()
{
    return double(g_clock.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
bool waitUntil(const std::function<bool()> &done, double timeoutMs)
{
    const double end = nowMs() + timeoutMs;
    QTimer wake; // so that the time limit is checked even when nothing else happens
    wake.start(20);
    while (!done()) {
        if (nowMs() > end)
            return false;
        // Sleeps until an event. (The overload with a time limit ignores WaitForMoreEvents and
        // would spin a core.)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Writes every dirty page to disk, untimed, so that a measurement never pays for the writeback
// of the one before it (the kernel throttles writers once a few GiB are dirty). Returns seconds.
double syncDisks()
{
    const double start = nowMs();
    QProcess::execute(u"sync"_s, {});
    return (nowMs() - start) / 1000.0;
}

void pause(double ms)
{
    const double end = nowMs() + ms;
    waitUntil([end] { return nowMs() >= end; }, ms + 1000);
}

qint64 procField(qint64 pid, QByteArrayView name) // a "Vm...:   N kB" line of /proc/PID/status
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name))
            return line.sliced(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double cpuSeconds(qint64 pid) // utime + stime of /proc/PID/stat
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.sliced(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / 100.0;
}

double machineBusySeconds() // every CPU's non-idle time, from /proc/stat
{
    QFile stat(u"/proc/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    double busy = 0;
    for (int i = 1; i < fields.size(); ++i) {
        if (i != 4 && i != 5) // idle, iowait
            busy += fields[i].toDouble();
    }
    return busy / 100.0;
}

double selfCpuSeconds()
{
    return cpuSeconds(QCoreApplication::applicationPid());
}

struct Stats
{
    std::vector<double> values;
    double quantile(double q)
    {
        if (values.empty())
            return -1;
        std::sort(values.begin(), values.end());
        return values[std::min(values.size() - 1, size_t(q * double(values.size())))];
    }
};

double median(std::vector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return x < 0; }), v.end());
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// One person in the room: a QWebSocket that says hello and reads everything the host sends.
class Member final : public QObject
{
public:
    using OnText = std::function<void(Member *, const QJsonObject &)>;
    Member(const QString &nick, quint16 port, OnText onText)
        : m_nick(nick)
        , m_onText(std::move(onText))
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            m_socket.sendTextMessage(u"{\"type\":\"hello\",\"version\":1,\"nick\":\"%1\"}"_s.arg(m_nick));
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.value(u"type"_s).toString() == u"welcome"_s)
                welcomed = true;
            m_onText(this, message);
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] { closed = true; });
        connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this] {
            if (!closed)
                std::fprintf(stderr, "tincan_filebench: %s: %s\n", qPrintable(m_nick), qPrintable(m_socket.errorString()));
        });
        m_socket.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(port)));
    }
    void send(const QString &json) { m_socket.sendTextMessage(json); }
    void close() { m_socket.close(); }

    bool welcomed = false;
    bool closed = false;
    double nextSendMs = 0;
    qint64 sent = 0;

private:
    QString m_nick;
    OnText m_onText;
    QWebSocket m_socket;
};

struct Options
{
    QString payload;
    QString sha256;
    qint64 size = 0;
    QString work;
    QString curl = u"curl"_s;
    int members = 20;
    double rate = 2;       // messages per second from each member
    double quietMs = 5000; // chat alone, before any transfer
    int rounds = 1;
    double timeoutMs = 600000;
    QStringList server;
};

class Bench
{
public:
    explicit Bench(const Options &options)
        : m_options(options)
    {
    }

    int run()
    {
        for (int round = 1; round <= m_options.rounds; ++round) {
            if (!runRound(round))
                m_failed = true;
        }
        printTable();
        return m_failed ? 1 : 0;
    }

private:
    struct Transfer
    {
        QString kind;    // upload, download
        QString variant; // curl, curl-no-expect
    };

    bool startHost(const QString &dataDir)
    {
        QStringList args;
        for (const QString &arg : m_options.server)
            args.append(arg == u"@DATA@"_s ? dataDir : arg);
        m_host = std::make_unique<QProcess>();
        m_host->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QByteArray output;
        m_port = 0;
        QObject::connect(m_host.get(), &QProcess::readyReadStandardOutput, m_host.get(), [this, &output] {
            const QByteArray more = m_host->readAllStandardOutput();
            if (m_port != 0)
                return; // keep the pipe drained
            output += more;
            const QRegularExpressionMatch match =
                QRegularExpression(u"http://127\\.0\\.0\\.1:(\\d+)/"_s).match(QString::fromUtf8(output));
            if (match.hasMatch())
                m_port = quint16(match.captured(1).toUInt());
        });
        m_host->start(args.takeFirst(), args);
        if (!waitUntil([this] { return m_port != 0 || m_host->state() == QProcess::NotRunning; }, 10000)
            || m_port == 0) {
            std::fprintf(stderr, "tincan_filebench: the host printed no http://127.0.0.1:PORT/ line\n");
            return false;
        }
        m_pid = m_host->processId();
        return true;
    }

    void stopHost()
    {
        if (!m_host)
            return;
        QObject::disconnect(m_host.get(), nullptr, nullptr, nullptr);
        m_host->terminate();
        if (!m_host->waitForFinished(5000)) {
            m_host->kill();
            m_host->waitForFinished(2000);
        }
        m_host.reset();
    }

    void onText(Member *member, const QJsonObject &message)
    {
        const QString type = message.value(u"type"_s).toString();
        if (type == u"upload-ready"_s) {
            m_uploadUrl = message.value(u"url"_s).toString();
        } else if (type == u"error"_s) {
            std::fprintf(stderr, "tincan_filebench: error from the host: %s\n",
                         qPrintable(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact))));
            m_uploadError = true;
        } else if (type == u"message"_s) {
            if (message.contains(u"file"_s)) {
                if (member == m_uploader && message.value(u"clientMsgId"_s).toString() == m_uploadId) {
                    m_announcedMs = nowMs();
                    m_file = message.value(u"file"_s).toObject();
                }
                return;
            }
            if (member == m_uploader)
                return;
            // "STAMP PHASE": the planned send time on this process's clock, the phase it was sent in
            const QStringList parts = message.value(u"text"_s).toString().split(u' ');
            if (parts.size() < 2)
                return;
            const double latency = nowMs() - parts[0].toDouble();
            const int phase = parts[1].toInt();
            if (phase > 0)
                m_latency[phase].values.push_back(latency);
            ++m_delivered;
        }
    }

    // Every member sends on its own schedule, open loop: the planned time goes in the text, so a
    // late send (this process busy) counts as latency rather than hiding it.
    void sendDue()
    {
        const double now = nowMs();
        const double period = 1000.0 / m_options.rate;
        for (const auto &member : m_members) {
            if (!member->welcomed || member->closed)
                continue;
            while (member->nextSendMs <= now) {
                member->send(u"{\"type\":\"send\",\"clientMsgId\":\"c%1-%2\",\"text\":\"%3 %4\"}"_s
                                 .arg(quintptr(member.get()))
                                 .arg(member->sent++)
                                 .arg(member->nextSendMs, 0, 'f', 3)
                                 .arg(m_phase));
                ++m_sentCount;
                member->nextSendMs += period;
            }
        }
    }

    void sampleRss()
    {
        const qint64 rss = procField(m_pid, "VmRSS:");
        if (rss > m_rssMaxKb)
            m_rssMaxKb = rss;
        if (m_curlPid > 0) { // its last reading before it exits: within 50 ms of its total
            const double cpu = cpuSeconds(m_curlPid);
            if (cpu > m_curlCpu)
                m_curlCpu = cpu;
        }
    }

    bool runRound(int round)
    {
        const QString dataDir = QDir(m_options.work).filePath(u"data-%1"_s.arg(round));
        QDir().mkpath(dataDir);
        if (!startHost(dataDir))
            return false;

        m_members.clear();
        m_delivered = 0;
        m_sentCount = 0;
        m_phase = 0;
        m_latency.clear();
        auto onText = [this](Member *member, const QJsonObject &message) { this->onText(member, message); };
        // In waves: the host answers at most maxUnansweredPerAddress (16) requests from one
        // address at a time, and every member here comes from 127.0.0.1.
        auto uploader = std::make_unique<Member>(u"uploader"_s, m_port, onText);
        m_uploader = uploader.get();
        bool welcomed = waitUntil([&] { return m_uploader->welcomed; }, 10000);
        for (int i = 0; welcomed && i < m_options.members; ++i) {
            m_members.push_back(std::make_unique<Member>(u"m%1"_s.arg(i), m_port, onText));
            if (i % 8 == 7 || i + 1 == m_options.members) {
                welcomed = waitUntil([&] {
                    return std::all_of(m_members.begin(), m_members.end(), [](const auto &m) { return m->welcomed; });
                }, 10000);
            }
        }
        if (!welcomed) {
            std::fprintf(stderr, "tincan_filebench: not everyone was welcomed\n");
            stopHost();
            return false;
        }
        const double period = 1000.0 / m_options.rate;
        const double start = nowMs() + 100;
        for (int i = 0; i < int(m_members.size()); ++i)
            m_members[size_t(i)]->nextSendMs = start + period * i / double(m_members.size());

        QTimer sender;
        sender.setTimerType(Qt::PreciseTimer);
        QObject::connect(&sender, &QTimer::timeout, &sender, [this] { sendDue(); });
        sender.start(5);
        QTimer rssTimer;
        rssTimer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&rssTimer, &QTimer::timeout, &rssTimer, [this] { sampleRss(); });
        rssTimer.start(50);

        bool ok = true;
        syncDisks();
        pause(1000); // warm-up, not counted
        // The room alone.
        m_phase = 1;
        pause(m_options.quietMs);
        m_phase = 0;
        pause(300);
        emitQuiet(round);

        const std::vector<Transfer> transfers = {
            {u"upload"_s, u"curl"_s},         {u"download"_s, u"curl"_s},
            {u"upload"_s, u"curl-no-expect"_s}, {u"download"_s, u"curl-no-expect"_s},
        };
        int phase = 2;
        for (const Transfer &transfer : transfers) {
            ok = measure(round, phase++, transfer) && ok;
            pause(500);
        }

        // Every message sent reaches every member (the uploader does not count its deliveries).
        const qint64 expected = m_sentCount * qint64(m_members.size());
        sender.stop();
        waitUntil([&] { return m_delivered >= expected; }, 5000);
        if (m_delivered < expected) {
            std::fprintf(stderr, "tincan_filebench: %lld of %lld chat deliveries arrived\n",
                         qint64(m_delivered), qint64(expected));
            ok = false;
        }
        rssTimer.stop();
        for (auto &member : m_members)
            member->close();
        m_uploader->close();
        pause(200);
        m_members.clear();
        uploader.reset();
        m_uploader = nullptr;
        stopHost();
        QDir(dataDir).removeRecursively();
        return ok;
    }

    void emitQuiet(int round)
    {
        Stats &lat = m_latency[1];
        QJsonObject line{{u"round"_s, round},
                         {u"transfer"_s, u"none"_s},
                         {u"chat_members"_s, m_options.members},
                         {u"chat_msgs_per_s"_s, m_options.members * m_options.rate},
                         {u"chat_deliveries"_s, qint64(lat.values.size())},
                         {u"chat_p50_ms"_s, lat.quantile(0.5)},
                         {u"chat_p99_ms"_s, lat.quantile(0.99)},
                         {u"chat_max_ms"_s, lat.quantile(1.0)},
                         {u"host_rss_kb"_s, procField(m_pid, "VmRSS:")}};
        emitLine(line);
    }

    bool measure(int round, int phase, const Transfer &transfer)
    {
        const bool upload = transfer.kind == u"upload"_s;
        QStringList args{u"-sS"_s, u"-o"_s, u"/dev/null"_s};
        QString url;
        if (upload) {
            m_uploadUrl.clear();
            m_uploadError = false;
            m_file = {};
            m_announcedMs = -1;
            m_uploadId = u"f%1-%2"_s.arg(round).arg(phase);
            m_uploader->send(u"{\"type\":\"upload\",\"clientMsgId\":\"%1\",\"name\":\"payload.bin\",\"size\":%2}"_s
                                 .arg(m_uploadId)
                                 .arg(m_options.size));
            if (!waitUntil([this] { return !m_uploadUrl.isEmpty() || m_uploadError; }, 10000) || m_uploadError) {
                std::fprintf(stderr, "tincan_filebench: no upload slot\n");
                return false;
            }
            url = u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(m_uploadUrl);
            args << u"-T"_s << m_options.payload;
            if (transfer.variant == u"curl-no-expect"_s)
                args << u"-H"_s << u"Expect:"_s;
            args << u"-w"_s << u"%{http_code} %{size_upload} %{time_total}"_s;
        } else {
            if (m_lastFileId.isEmpty())
                return false;
            url = u"http://127.0.0.1:%1/files/%2"_s.arg(m_port).arg(m_lastFileId);
            args << u"-w"_s << u"%{http_code} %{size_download} %{time_total}"_s;
        }
        args << url;

        QProcess curl;
        curl.setProcessChannelMode(QProcess::SeparateChannels);
        const double syncSeconds = syncDisks(); // the previous upload's bytes reach the disk
        pause(200); // the slot's answer has settled
        const qint64 rssBefore = procField(m_pid, "VmRSS:");
        m_rssMaxKb = rssBefore;
        const double cpuBefore = cpuSeconds(m_pid);
        const double selfBefore = selfCpuSeconds();
        const double busyBefore = machineBusySeconds();
        m_phase = phase;
        const double started = nowMs();
        m_curlCpu = 0;
        curl.start(m_options.curl, args);
        m_curlPid = curl.processId();
        double curlDoneMs = -1;
        QObject::connect(&curl, &QProcess::finished, &curl, [&curlDoneMs] { curlDoneMs = nowMs(); });
        const bool finished = waitUntil([&] {
            return curlDoneMs >= 0 && (!upload || m_announcedMs >= 0 || m_uploadError);
        }, m_options.timeoutMs);
        const double ended = nowMs();
        m_phase = 0;
        sampleRss();
        m_curlPid = 0;
        const double cpu = cpuSeconds(m_pid) - cpuBefore;
        const double self = selfCpuSeconds() - selfBefore;
        const double busy = machineBusySeconds() - busyBefore;
        const qint64 rssMax = m_rssMaxKb;
        const qint64 rssAfter = procField(m_pid, "VmRSS:");
        const qint64 hwm = procField(m_pid, "VmHWM:");
        if (!finished) {
            curl.kill();
            curl.waitForFinished(2000);
        }
        const QStringList out = QString::fromUtf8(curl.readAllStandardOutput()).split(u' ');
        const QString errors = QString::fromUtf8(curl.readAllStandardError()).trimmed();
        const int status = out.value(0).toInt();
        const qint64 moved = out.value(1).toLongLong();
        const double seconds = out.value(2).toDouble();
        bool ok = finished && curl.exitCode() == 0 && status == 200 && moved == m_options.size;
        if (upload && ok) {
            const QString sha = m_file.value(u"sha256"_s).toString();
            if (sha != m_options.sha256) {
                std::fprintf(stderr, "tincan_filebench: the host's sha256 %s is not the payload's\n", qPrintable(sha));
                ok = false;
            }
            m_lastFileId = m_file.value(u"id"_s).toString();
        }
        if (!ok) {
            std::fprintf(stderr, "tincan_filebench: %s by %s failed: %s (curl exit %d, HTTP %d, %lld bytes)\n",
                         qPrintable(transfer.kind), qPrintable(transfer.variant), qPrintable(errors),
                         curl.exitCode(), status, moved);
        }
        pause(300); // deliveries of the last messages sent in this phase
        Stats &lat = m_latency[phase];
        const double wall = (curlDoneMs - started) / 1000.0;
        QJsonObject line{{u"round"_s, round},
                         {u"transfer"_s, transfer.kind},
                         {u"client"_s, transfer.variant},
                         {u"ok"_s, ok},
                         {u"bytes"_s, m_options.size},
                         {u"http"_s, status},
                         {u"curl_seconds"_s, seconds},
                         {u"mb_per_s"_s, seconds > 0 ? double(m_options.size) / seconds / 1e6 : -1},
                         {u"wall_seconds"_s, wall},
                         {u"host_cpu_pct"_s, 100.0 * cpu / ((ended - started) / 1000.0)},
                         // what one second of the host's CPU moves: the figure that other
                         // programs on a shared machine change least
                         {u"host_mb_per_cpu_s"_s, cpu > 0 ? double(m_options.size) / 1e6 / cpu : -1},
                         {u"curl_cpu_pct"_s, 100.0 * m_curlCpu / ((ended - started) / 1000.0)},
                         {u"bench_cpu_pct"_s, 100.0 * self / ((ended - started) / 1000.0)},
                         // what everything else on this shared machine used meanwhile (of 200 %)
                         {u"others_cpu_pct"_s, 100.0 * (busy - cpu - self - m_curlCpu) / ((ended - started) / 1000.0)},
                         {u"rss_before_kb"_s, rssBefore},
                         {u"rss_max_kb"_s, rssMax},
                         {u"rss_after_kb"_s, rssAfter},
                         {u"rss_growth_mb"_s, double(rssMax - rssBefore) / 1024.0},
                         {u"hwm_kb"_s, hwm},
                         {u"hwm_growth_mb"_s, double(hwm - rssBefore) / 1024.0},
                         {u"chat_deliveries"_s, qint64(lat.values.size())},
                         {u"chat_p50_ms"_s, lat.quantile(0.5)},
                         {u"chat_p99_ms"_s, lat.quantile(0.99)},
                         {u"chat_max_ms"_s, lat.quantile(1.0)},
                         {u"sync_before_seconds"_s, syncSeconds}};
        if (upload) {
            line.insert(u"announce_seconds"_s, m_announcedMs >= 0 ? (m_announcedMs - started) / 1000.0 : -1);
            line.insert(u"sha256_ok"_s, m_file.value(u"sha256"_s).toString() == m_options.sha256);
        }
        emitLine(line);
        return ok;
    }

    void emitLine(const QJsonObject &line)
    {
        m_lines.push_back(line);
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }

    std::vector<double> values(const QString &transfer, const QString &client, const QString &key) const
    {
        std::vector<double> out;
        for (const QJsonObject &line : m_lines) {
            if (line.value(u"transfer"_s).toString() == transfer && line.value(u"client"_s).toString() == client
                && (transfer == u"none"_s || line.value(u"ok"_s).toBool()))
                out.push_back(line.value(key).toDouble(-1));
        }
        return out;
    }

    void printTable() const
    {
        auto met = [](double value, double target, bool higher) {
            if (value < 0)
                return "failed";
            return (higher ? value >= target : value <= target) ? "met" : "NOT MET";
        };
        std::fprintf(stderr, "\nFiles (%.0f MiB, %d rounds; medians; MB = 10^6 bytes)\n",
                     double(m_options.size) / 1048576.0, m_options.rounds);
        std::fprintf(stderr, "%-9s %-15s %9s %11s %9s %9s %9s %11s %11s %9s %9s %9s\n", "transfer", "client", "MB/s",
                     "MB/CPU-s", "host CPU", "curl CPU", "others", "RSS grow MB", "HWM grow MB", "chat p50", "chat p99", "chat max");
        const double quietP99 = median(values(u"none"_s, {}, u"chat_p99_ms"_s));
        std::fprintf(stderr, "%-9s %-15s %9s %11s %9s %9s %9s %11s %11s %7.1fms %7.1fms %7.1fms\n", "none", "(chat only)", "-",
                     "-", "-", "-", "-", "-", "-", median(values(u"none"_s, {}, u"chat_p50_ms"_s)), quietP99,
                     median(values(u"none"_s, {}, u"chat_max_ms"_s)));
        for (const QString &transfer : {u"upload"_s, u"download"_s}) {
            for (const QString &client : {u"curl"_s, u"curl-no-expect"_s}) {
                const double rate = median(values(transfer, client, u"mb_per_s"_s));
                const double growth = median(values(transfer, client, u"rss_growth_mb"_s));
                const double p99 = median(values(transfer, client, u"chat_p99_ms"_s));
                std::fprintf(stderr, "%-9s %-15s %9.1f %11.0f %8.0f%% %8.0f%% %8.0f%% %11.1f %11.1f %7.1fms %7.1fms %7.1fms   "
                                     "speed %s, memory %s, chat %s\n",
                             qPrintable(transfer), qPrintable(client), rate,
                             median(values(transfer, client, u"host_mb_per_cpu_s"_s)),
                             median(values(transfer, client, u"host_cpu_pct"_s)),
                             median(values(transfer, client, u"curl_cpu_pct"_s)),
                             median(values(transfer, client, u"others_cpu_pct"_s)), growth,
                             median(values(transfer, client, u"hwm_growth_mb"_s)),
                             median(values(transfer, client, u"chat_p50_ms"_s)), p99,
                             median(values(transfer, client, u"chat_max_ms"_s)), met(rate, 300, true),
                             met(growth, 64, false), met(p99, 100, false));
            }
        }
        std::fprintf(stderr, "targets: >= 300 MB/s each way, RSS growth <= 64 MB, chat p99 <= 100 ms\n");
    }

    Options m_options;
    std::unique_ptr<QProcess> m_host;
    quint16 m_port = 0;
    qint64 m_pid = 0;
    std::vector<std::unique_ptr<Member>> m_members;
    Member *m_uploader = nullptr;
    int m_phase = 0;
    std::map<int, Stats> m_latency;
    qint64 m_delivered = 0;
    qint64 m_sentCount = 0;
    qint64 m_rssMaxKb = 0;
    qint64 m_curlPid = 0;
    double m_curlCpu = 0;
    QString m_uploadId;
    QString m_uploadUrl;
    bool m_uploadError = false;
    double m_announcedMs = -1;
    QJsonObject m_file;
    QString m_lastFileId;
    std::vector<QJsonObject> m_lines;
    bool m_failed = false;
};

} // namespace

int main(int argc, char *argv[])
{
    g_clock.start();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures file upload and download against a Tincan host."_s);
    parser.addHelpOption();
    const QCommandLineOption payload(u"payload"_s, u"The file to upload."_s, u"FILE"_s);
    const QCommandLineOption sha(u"sha256"_s, u"Its SHA-256, in hex."_s, u"HEX"_s);
    const QCommandLineOption work(u"work"_s, u"Folder for the hosts' data folders."_s, u"DIR"_s);
    const QCommandLineOption members(u"members"_s, u"People chatting (20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption rate(u"rate"_s, u"Messages per second from each (2)."_s, u"N"_s, u"2"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Seconds of chat alone per round (5)."_s, u"S"_s, u"5"_s);
    const QCommandLineOption rounds(u"rounds"_s, u"Rounds, each with a new host (1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption curl(u"curl"_s, u"The curl program."_s, u"PATH"_s, u"curl"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Seconds one transfer may take (600)."_s, u"S"_s, u"600"_s);
    parser.addOptions({payload, sha, work, members, rate, quiet, rounds, curl, timeout});
    parser.addPositionalArgument(u"command"_s, u"The host's command, after --; @DATA@ is its data folder."_s);
    parser.process(app);

    Options options;
    options.payload = parser.value(payload);
    options.sha256 = parser.value(sha).toLower();
    options.work = parser.value(work);
    options.members = parser.value(members).toInt();
    options.rate = parser.value(rate).toDouble();
    options.quietMs = parser.value(quiet).toDouble() * 1000;
    options.rounds = std::max(1, parser.value(rounds).toInt());
    options.curl = parser.value(curl);
    options.timeoutMs = parser.value(timeout).toDouble() * 1000;
    options.server = parser.positionalArguments();
    options.size = QFileInfo(options.payload).size();
    if (options.payload.isEmpty() || options.size <= 0 || options.sha256.size() != 64 || options.work.isEmpty()
        || options.server.isEmpty() || !options.server.contains(u"@DATA@"_s) || options.members < 1
        || options.rate <= 0 || options.rate > 4) {
        std::fprintf(stderr, "usage: tincan_filebench --payload FILE --sha256 HEX --work DIR [options] -- "
                             "HOST COMMAND ... @DATA@ ...\n(--rate at most 4: the host allows 5 per second)\n");
        return 2;
    }
    return Bench(options).run();
}
