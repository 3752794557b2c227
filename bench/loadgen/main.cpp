// tincan_loadgen: starts a chat server, puts it under one kind of load over loopback WebSocket
// clients, and prints one JSON line of results. See docs/BENCHMARKS.md.
//
//   tincan_loadgen SCENARIO [options] -- SERVER COMMAND...
//
// Scenarios: fanout, latency, admission, idle-memory (admission --idle-rss), startup. Every loop is bounded in time; every client
// connects to 127.0.0.1 only.

#include "histogram.h"
#include "net.h"
#include "serverprocess.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace loadgen;

namespace {

struct Options
{
    std::string scenario;
    std::string label = "server";
    int clients = 1000;
    int senders = 50;
    double rate = 100;     // latency: messages per second offered
    double warmup = 1.0;   // seconds before the measurement window
    double duration = 5.0; // seconds measured
    int joinWindow = 256;  // joins in progress at once
    int textBytes = 64;
    bool idleRss = false;
    double timeout = 180; // hard bound on the whole run, seconds
    std::vector<std::string> server;
};

// The host's per-connection limit is 20 at once, then 5 per second (protocol/limits.h). The
// generator stays clearly under it on every connection: 4 at once, then 4 per second.
constexpr double clientBurst = 4;
constexpr double clientPerSecond = 4;

volatile pid_t g_serverPid = -1;

void onAlarm(int)
{
    if (g_serverPid > 0)
        ::kill(-g_serverPid, SIGKILL); // the server's whole process group
    const char message[] = "tincan_loadgen: time limit reached, stopping\n";
    [[maybe_unused]] auto written = ::write(STDERR_FILENO, message, sizeof message - 1);
    ::_exit(3);
}

double cpuSelf()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU seconds the whole machine spent busy so far (all cores), from /proc/stat.
double machineBusySeconds()
{
    std::FILE *file = std::fopen("/proc/stat", "r");
    if (!file)
        return 0;
    unsigned long long v[8] = {};
    const int got = std::fscanf(file, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2],
                                &v[3], &v[4], &v[5], &v[6], &v[7]);
    std::fclose(file);
    if (got < 8)
        return 0;
    const unsigned long long busy = v[0] + v[1] + v[2] + v[5] + v[6] + v[7];
    return double(busy) / double(sysconf(_SC_CLK_TCK));
}

double ms(uint64_t micros)
{
    return double(micros) / 1000.0;
}

class Json
{
public:
    void add(const char *key, double value)
    {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.3f", value);
        field(key, buffer);
    }
    void add(const char *key, int64_t value) { field(key, std::to_string(value)); }
    void add(const char *key, uint64_t value) { field(key, std::to_string(value)); }
    void add(const char *key, int value) { field(key, std::to_string(value)); }
    void add(const char *key, bool value) { field(key, value ? "true" : "false"); }
    void add(const char *key, const std::string &value)
    {
        std::string quoted = "\"";
        for (const char c : value) {
            if (c == '"' || c == '\\')
                quoted += '\\';
            if (c == '\n') {
                quoted += "\\n";
                continue;
            }
            quoted += c;
        }
        field(key, quoted + "\"");
    }
    std::string text() const { return "{" + m_body + "}"; }

private:
    void field(const char *key, const std::string &raw)
    {
        if (!m_body.empty())
            m_body += ",";
        m_body += "\"" + std::string(key) + "\":" + raw;
    }
    std::string m_body;
};

class Run final : public Handler
{
public:
    Run(const Options &options, ServerProcess &server)
        : m_options(options)
        , m_server(server)
        , m_net(server.port(), size_t(options.clients), this)
        , m_joined(size_t(options.clients), 0)
        , m_slotBusy(size_t(std::max(options.senders, 1)), 0)
        , m_slotCursor(size_t(std::max(options.senders, 1)), 0)
        , m_deadline(nowNs() + int64_t(options.timeout * 1e9))
    {
    }

    Json execute()
    {
        Json json;
        json.add("scenario", m_options.scenario);
        json.add("server", m_options.label);
        json.add("clients", m_options.clients);
        json.add("startup_ms", m_server.startupMs());
        const int64_t rssBefore = m_server.rssKb();

        const double cpuServer0 = m_server.cpuSeconds();
        const double cpuSelf0 = cpuSelf();
        const double busy0 = machineBusySeconds();
        const int64_t joinStart = nowNs();
        const bool allJoined = joinAll();
        const double joinSeconds = double(m_lastJoinNs - joinStart) / 1e9;
        const double joinWall = double(nowNs() - joinStart) / 1e9;
        json.add("joined", uint64_t(m_joinedCount));
        json.add("join_s", joinSeconds);
        json.add("joins_per_s", joinSeconds > 0 ? double(m_joinedCount) / joinSeconds : 0.0);
        json.add("join_p50_ms", ms(m_joinHist.quantile(0.5)));
        json.add("join_p99_ms", ms(m_joinHist.quantile(0.99)));
        json.add("join_max_ms", ms(m_joinHist.maxMicros()));

        bool ok = allJoined;
        if (m_options.scenario == "admission") {
            json.add("server_cpu_pct", 100 * (m_server.cpuSeconds() - cpuServer0) / joinWall);
            json.add("loadgen_cpu_pct", 100 * (cpuSelf() - cpuSelf0) / joinWall);
            json.add("others_cpu_pct", 100 * (machineBusySeconds() - busy0 - (m_server.cpuSeconds() - cpuServer0)
                                               - (cpuSelf() - cpuSelf0)) / joinWall);
            const double settleSeconds = settle(20.0);
            json.add("settle_s", settleSeconds);
            if (m_options.idleRss) {
                // Idle: the join storm is over and nothing is sent; give freed memory a moment.
                pump(2.0);
                const int64_t rssAfter = m_server.rssKb();
                json.add("rss_before_kb", rssBefore);
                json.add("rss_after_kb", rssAfter);
                json.add("rss_per_conn_kb",
                         double(rssAfter - rssBefore) / double(std::max<size_t>(m_joinedCount, 1)));
            }
        } else if (ok && (m_options.scenario == "fanout" || m_options.scenario == "latency")) {
            settle(20.0);
            ok = traffic(json);
        }
        json.add("presence_frames", m_net.counters.presenceFrames);
        json.add("connect_failures", m_net.counters.connectFailures);
        json.add("handshake_failures", m_net.counters.handshakeFailures);
        json.add("unexpected_closes", m_net.counters.unexpectedCloses);
        json.add("errors", m_net.counters.errors);
        json.add("rate_limited", m_net.counters.rateLimited);
        json.add("timed_out", nowNs() > m_deadline);
        json.add("ok", ok && m_net.counters.unexpectedCloses == 0 && nowNs() <= m_deadline);
        m_net.closeAll();
        return json;
    }

    void onWelcome(Conn &conn, int64_t now) override
    {
        if (m_joined[conn.id])
            return;
        m_joined[conn.id] = 1;
        ++m_joinedCount;
        m_lastJoinNs = now;
        m_joinHist.record((now - conn.joinStartNs) / 1000);
    }

    void onMessage(Conn &, const Fields &fields, int64_t now) override
    {
        ++m_deliveredTotal;
        int64_t sentNs = 0;
        for (const char c : fields.text) {
            if (c < '0' || c > '9')
                break;
            sentNs = sentNs * 10 + (c - '0');
        }
        if (now >= m_windowStart && now < m_windowEnd) {
            ++m_windowDeliveries;
            m_latency.record((now - sentNs) / 1000);
        }
    }

    void onAck(Conn &conn, const Fields &fields, int64_t now) override
    {
        if (!conn.inFlight)
            return;
        conn.inFlight = false;
        if (fields.duplicate)
            ++m_duplicates; // stored before: not delivered again
        else
            ++m_acked;
        if (now >= m_windowStart && now < m_windowEnd)
            m_ackHist.record((now - conn.inFlightSinceNs) / 1000);
        if (m_options.scenario == "fanout") {
            const size_t slot = conn.id % m_slotBusy.size();
            m_slotBusy[slot] = 0;
            if (m_sending)
                trySend(slot, now);
        }
    }

    void onError(Conn &conn, const Fields &fields, int64_t now) override
    {
        if (!conn.inFlight || fields.clientMsgId.empty())
            return;
        // Refused (rate-limited or otherwise): the slot moves on; the run reports the count.
        conn.inFlight = false;
        ++m_refused;
        if (m_options.scenario == "fanout") {
            const size_t slot = conn.id % m_slotBusy.size();
            m_slotBusy[slot] = 0;
            if (m_sending)
                trySend(slot, now);
        }
    }

    void onClosed(Conn &conn, int64_t) override
    {
        if (!m_joined[conn.id])
            ++m_failedJoins;
        if (conn.inFlight && m_options.scenario == "fanout") {
            conn.inFlight = false;
            m_slotBusy[conn.id % m_slotBusy.size()] = 0;
        }
    }

private:
    bool expired() const { return nowNs() > m_deadline; }

    bool joinAll()
    {
        size_t started = 0;
        const auto total = size_t(m_options.clients);
        while (m_joinedCount + m_failedJoins < total && !expired()) {
            while (started < total
                   && started - (m_joinedCount + m_failedJoins) < size_t(m_options.joinWindow)) {
                m_net.startJoin(m_net.conns[started++]);
            }
            m_net.poll(5);
        }
        return m_joinedCount == total;
    }

    // Handles events until nothing has arrived for 300 ms (the presence updates have drained),
    // at most maxSeconds. Returns the time it took.
    double settle(double maxSeconds)
    {
        const int64_t start = nowNs();
        const int64_t end = start + int64_t(maxSeconds * 1e9);
        while (nowNs() < end && !expired()) {
            m_net.poll(20);
            if (nowNs() - std::max(m_net.counters.lastFrameNs, start) > 300'000'000)
                break;
        }
        return double(nowNs() - start) / 1e9;
    }

    void pump(double seconds)
    {
        const int64_t end = nowNs() + int64_t(seconds * 1e9);
        while (nowNs() < end && !expired())
            m_net.poll(20);
    }

    bool takeToken(Conn &conn, int64_t now)
    {
        conn.tokens = std::min(clientBurst,
                               conn.tokens + double(now - conn.tokensAtNs) * clientPerSecond / 1e9);
        conn.tokensAtNs = now;
        if (conn.tokens < 1.0)
            return false;
        conn.tokens -= 1.0;
        return true;
    }

    void sendMessage(Conn &conn, int64_t stampNs, int64_t now)
    {
        std::string text = std::to_string(stampNs) + ' ';
        if (int(text.size()) < m_options.textBytes)
            text.append(size_t(m_options.textBytes) - text.size(), 'x');
        const std::string frame = R"({"type":"send","clientMsgId":"m)" + m_nonce + '-' + std::to_string(conn.id) + '-'
            + std::to_string(conn.sent++) + R"(","text":")" + text + R"("})";
        conn.inFlight = true;
        conn.inFlightSinceNs = now;
        ++m_sentCount;
        m_net.sendText(conn, frame);
    }

    // Fan-out: each slot keeps one message in flight, sending from the connections of its group
    // in turn so that no connection goes over the host's rate limit.
    bool trySend(size_t slot, int64_t now)
    {
        const size_t slots = m_slotBusy.size();
        const size_t group = (m_net.conns.size() + slots - 1 - slot) / slots;
        for (size_t k = 0; k < group; ++k) {
            const size_t member = (m_slotCursor[slot] + k) % group;
            Conn &conn = m_net.conns[slot + member * slots];
            if (conn.state != Conn::State::Joined || conn.inFlight || !takeToken(conn, now))
                continue;
            m_slotCursor[slot] = (member + 1) % group;
            m_slotBusy[slot] = 1;
            sendMessage(conn, nowNs(), now);
            return true;
        }
        ++m_slotBlocked;
        return false;
    }

    bool traffic(Json &json)
    {
        const bool fanout = m_options.scenario == "fanout";
        const int64_t start = nowNs();
        for (Conn &conn : m_net.conns) {
            conn.tokens = clientBurst;
            conn.tokensAtNs = start;
        }
        m_windowStart = start + int64_t(m_options.warmup * 1e9);
        m_windowEnd = m_windowStart + int64_t(m_options.duration * 1e9);
        double cpuServer0 = 0;
        double cpuSelf0 = 0;
        double busy0 = 0;
        bool windowOpen = false;
        m_sending = true;

        const int64_t interval = int64_t(1e9 / std::max(m_options.rate, 0.001));
        int64_t nextSend = start;
        size_t roundRobin = 0;
        if (fanout) {
            for (size_t slot = 0; slot < m_slotBusy.size(); ++slot)
                trySend(slot, start);
        }
        while (!expired()) {
            int64_t now = nowNs();
            if (!windowOpen && now >= m_windowStart) {
                windowOpen = true;
                cpuServer0 = m_server.cpuSeconds();
                cpuSelf0 = cpuSelf();
                busy0 = machineBusySeconds();
            }
            if (now >= m_windowEnd)
                break;
            int timeoutMs = 10;
            if (fanout) {
                bool blocked = false;
                for (size_t slot = 0; slot < m_slotBusy.size(); ++slot) {
                    if (!m_slotBusy[slot] && !trySend(slot, now))
                        blocked = true;
                }
                if (blocked)
                    timeoutMs = 1;
            } else {
                while (nextSend <= now) {
                    for (size_t tries = 0; tries < m_net.conns.size(); ++tries) {
                        Conn &conn = m_net.conns[roundRobin++ % m_net.conns.size()];
                        if (conn.state == Conn::State::Joined && takeToken(conn, now)) {
                            sendMessage(conn, nextSend, now); // the planned time: no coordinated omission
                            break;
                        }
                    }
                    nextSend += interval;
                }
                timeoutMs = int(std::clamp<int64_t>((nextSend - now + 999'999) / 1'000'000, 0, 10));
            }
            m_net.poll(timeoutMs);
        }
        const double windowSeconds = double(m_windowEnd - m_windowStart) / 1e9;
        const double serverCpu = m_server.cpuSeconds() - cpuServer0;
        const double selfCpu = cpuSelf() - cpuSelf0;
        const double othersCpu = machineBusySeconds() - busy0 - serverCpu - selfCpu;
        m_sending = false;

        // Drain: every acknowledged message must reach every client, in order.
        const int64_t drainEnd = nowNs() + 10'000'000'000;
        const auto inFlight = [this] {
            return std::any_of(m_net.conns.begin(), m_net.conns.end(),
                               [](const Conn &c) { return c.inFlight && c.fd >= 0; });
        };
        while (nowNs() < drainEnd && !expired()
               && (inFlight() || m_deliveredTotal < m_acked * m_joinedCount)) {
            m_net.poll(10);
        }
        uint64_t orderErrors = 0;
        uint64_t gaps = 0;
        for (const Conn &conn : m_net.conns) {
            orderErrors += conn.orderErrors;
            gaps += conn.gaps;
        }
        const uint64_t expected = m_acked * m_joinedCount;
        json.add("senders", fanout ? m_options.senders : 0);
        json.add("offered_rate", fanout ? 0.0 : m_options.rate);
        json.add("window_s", windowSeconds);
        json.add("sent", m_sentCount);
        json.add("acked", m_acked);
        json.add("refused", m_refused);
        json.add("duplicates", m_duplicates);
        json.add("deliveries_window", m_windowDeliveries);
        json.add("deliveries_per_s", double(m_windowDeliveries) / windowSeconds);
        json.add("lat_p50_ms", ms(m_latency.quantile(0.5)));
        json.add("lat_p90_ms", ms(m_latency.quantile(0.9)));
        json.add("lat_p99_ms", ms(m_latency.quantile(0.99)));
        json.add("lat_p999_ms", ms(m_latency.quantile(0.999)));
        json.add("lat_max_ms", ms(m_latency.maxMicros()));
        json.add("ack_p50_ms", ms(m_ackHist.quantile(0.5)));
        json.add("ack_p99_ms", ms(m_ackHist.quantile(0.99)));
        json.add("delivered_total", m_deliveredTotal);
        json.add("expected_total", expected);
        json.add("complete", m_deliveredTotal == expected);
        json.add("order_errors", orderErrors);
        json.add("gaps", gaps);
        json.add("slot_blocked", m_slotBlocked);
        json.add("server_cpu_pct", 100 * serverCpu / windowSeconds);
        json.add("loadgen_cpu_pct", 100 * selfCpu / windowSeconds);
        // What other programs on this machine used meanwhile (in % of one core): noise.
        json.add("others_cpu_pct", 100 * othersCpu / windowSeconds);
        return m_deliveredTotal == expected && orderErrors == 0 && gaps == 0;
    }

    const Options &m_options;
    ServerProcess &m_server;
    Net m_net;
    std::vector<uint8_t> m_joined;
    size_t m_joinedCount = 0;
    size_t m_failedJoins = 0;
    int64_t m_lastJoinNs = 0;
    Histogram m_joinHist;

    std::vector<uint8_t> m_slotBusy;
    std::vector<size_t> m_slotCursor;
    bool m_sending = false;
    uint64_t m_slotBlocked = 0;
    uint64_t m_sentCount = 0;
    uint64_t m_acked = 0;
    uint64_t m_refused = 0;
    uint64_t m_duplicates = 0;
    // Makes this run's message ids differ from any earlier run's against the same history.
    std::string m_nonce = std::to_string(nowNs() % 1'000'000'007);
    uint64_t m_deliveredTotal = 0;
    uint64_t m_windowDeliveries = 0;
    int64_t m_windowStart = INT64_MAX;
    int64_t m_windowEnd = INT64_MAX;
    Histogram m_latency;
    Histogram m_ackHist;
    int64_t m_deadline;
};

void usage()
{
    std::fprintf(stderr,
                 "usage: tincan_loadgen fanout|latency|admission|idle-memory|startup [options] -- SERVER ARGS...\n"
                 "  --label NAME        name of the server in the output\n"
                 "  --clients N         clients to join (default 1000)\n"
                 "  --senders N         fanout: messages kept in flight (default 50)\n"
                 "  --rate R            latency: messages per second offered (default 100)\n"
                 "  --warmup S          seconds before measuring (default 1)\n"
                 "  --duration S        seconds measured (default 5)\n"
                 "  --join-window N     joins in progress at once (default 256)\n"
                 "  --text-bytes N      message text length (default 64)\n"
                 "  --idle-rss          admission: report host memory per idle connection\n"
                 "  --timeout S         hard limit for the whole run (default 180)\n");
}

bool parse(int argc, char **argv, Options &options)
{
    if (argc < 2)
        return false;
    options.scenario = argv[1];
    int i = 2;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&]() -> const char * { return i + 1 < argc ? argv[++i] : "0"; };
        if (arg == "--") {
            ++i;
            break;
        }
        if (arg == "--label")
            options.label = next();
        else if (arg == "--clients")
            options.clients = std::atoi(next());
        else if (arg == "--senders")
            options.senders = std::atoi(next());
        else if (arg == "--rate")
            options.rate = std::atof(next());
        else if (arg == "--warmup")
            options.warmup = std::atof(next());
        else if (arg == "--duration")
            options.duration = std::atof(next());
        else if (arg == "--join-window")
            options.joinWindow = std::atoi(next());
        else if (arg == "--text-bytes")
            options.textBytes = std::atoi(next());
        else if (arg == "--idle-rss")
            options.idleRss = true;
        else if (arg == "--timeout")
            options.timeout = std::atof(next());
        else
            return false;
    }
    for (; i < argc; ++i)
        options.server.emplace_back(argv[i]);
    if (options.scenario == "idle-memory") { // admission, then the memory of the idle room
        options.scenario = "admission";
        options.idleRss = true;
    }
    const bool known = options.scenario == "fanout" || options.scenario == "latency"
        || options.scenario == "admission" || options.scenario == "startup";
    return known && !options.server.empty() && options.clients > 0 && options.senders > 0
        && options.joinWindow > 0;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (!parse(argc, argv, options)) {
        usage();
        return 2;
    }
    // 10,000 clients need 10,000 descriptors here, and as many in the server (which inherits).
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
    if (files.rlim_cur < rlim_t(options.clients) + 64) {
        std::fprintf(stderr, "tincan_loadgen: only %llu file descriptors allowed; raise ulimit -n\n",
                     static_cast<unsigned long long>(files.rlim_cur));
        return 2;
    }
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGALRM, onAlarm);
    alarm(unsigned(options.timeout) + 30);

    ServerProcess server(options.server);
    std::string error;
    if (!server.start(10'000, &error)) {
        std::fprintf(stderr, "tincan_loadgen: %s\n", error.c_str());
        return 1;
    }
    g_serverPid = server.pid();

    Json json;
    if (options.scenario == "startup") {
        json.add("scenario", options.scenario);
        json.add("server", options.label);
        json.add("startup_ms", server.startupMs());
        json.add("rss_kb", server.rssKb());
        json.add("ok", true);
    } else {
        Run run(options, server);
        json = run.execute();
    }
    server.stop();
    g_serverPid = -1;
    std::printf("%s\n", json.text().c_str());
    return 0;
}
