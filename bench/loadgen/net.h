#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The load generator's network core: many WebSocket clients (RFC 6455, text frames only) on
// non-blocking sockets driven by one epoll loop. Loopback only: the address is fixed.
namespace loadgen {

// Monotonic clock (CLOCK_MONOTONIC) in nanoseconds; the same clock stamps and reads messages.
int64_t nowNs();

// The top-level fields of a server frame that the scenarios look at. Views point into the frame.
struct Fields
{
    std::string_view type;
    std::string_view text;        // raw JSON string contents (escapes left as they are)
    std::string_view clientMsgId; // raw
    std::string_view code;        // error code
    int64_t seq = -1;
    bool duplicate = false;
};

// Reads the top-level keys of a JSON object without building it; nested values are skipped.
bool scanTopLevel(std::string_view json, Fields &out);

struct Conn
{
    enum class State : uint8_t { Idle, Connecting, Upgrading, Hello, Joined, Closed };

    int fd = -1;
    uint32_t id = 0;
    State state = State::Idle;
    bool wantWrite = false;
    bool fragmented = false;
    bool expectClose = false;
    std::string in;      // bytes not yet parsed
    std::string out;     // bytes not yet written
    std::string message; // a fragmented message being collected
    int64_t joinStartNs = 0;

    // What this client saw: every message seq in order.
    int64_t firstSeq = 0;
    int64_t lastSeq = 0;
    uint64_t received = 0;
    uint64_t orderErrors = 0;
    uint64_t gaps = 0;

    // Sending: one message in flight per connection at most, and a client-side token bucket
    // that stays under the host's per-connection rate limit.
    uint32_t sent = 0;
    bool inFlight = false;
    int64_t inFlightSinceNs = 0;
    double tokens = 0;
    int64_t tokensAtNs = 0;
};

class Handler
{
public:
    virtual ~Handler() = default;
    virtual void onWelcome(Conn &conn, int64_t now) = 0;
    virtual void onMessage(Conn &conn, const Fields &fields, int64_t now) = 0;
    virtual void onAck(Conn &conn, const Fields &fields, int64_t now) = 0;
    virtual void onError(Conn &conn, const Fields &fields, int64_t now) = 0;
    virtual void onClosed(Conn &conn, int64_t now) = 0;
};

struct Counters
{
    uint64_t framesIn = 0;
    uint64_t bytesIn = 0;
    uint64_t presenceFrames = 0;
    uint64_t connectFailures = 0;
    uint64_t handshakeFailures = 0;
    uint64_t unexpectedCloses = 0;
    uint64_t errors = 0;
    uint64_t rateLimited = 0;
    int64_t lastFrameNs = 0;
};

class Net
{
public:
    Net(uint16_t port, size_t connections, Handler *handler);
    ~Net();
    Net(const Net &) = delete;
    Net &operator=(const Net &) = delete;

    // Opens the TCP connection; the upgrade and the hello follow by themselves.
    void startJoin(Conn &conn);
    // One masked text frame.
    void sendText(Conn &conn, std::string_view text);
    // Waits up to timeoutMs for events and handles them all; returns the number of events.
    int poll(int timeoutMs);
    // Resets every connection (no TIME_WAIT left behind on the client side).
    void closeAll();

    std::vector<Conn> conns;
    Counters counters;

private:
    void onReadable(Conn &conn);
    void onWritable(Conn &conn);
    void writeRaw(Conn &conn, std::string_view data);
    void setWantWrite(Conn &conn, bool want);
    size_t parseFrames(Conn &conn, const char *data, size_t size, int64_t now);
    void onText(Conn &conn, std::string_view text, int64_t now);
    void fail(Conn &conn, int64_t now);
    void sendFrame(Conn &conn, uint8_t opcode, std::string_view payload);

    int m_epoll = -1;
    uint16_t m_port;
    Handler *m_handler;
    uint64_t m_rng;
    std::vector<char> m_scratch;
    std::string m_frame;
};

} // namespace loadgen
