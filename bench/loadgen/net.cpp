#include "net.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdexcept>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace loadgen {

int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

namespace {

// Clients that share one source address: as many as may wait for an answer from one address at
// once (the generator opens many joins together), and well under the host's connections per address.
constexpr std::uint32_t clientsPerSourceAddress = 8;

// Position just past the string that starts at `p` (an opening quote), or `end`.
const char *skipString(const char *p, const char *end)
{
    ++p;
    while (p < end) {
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!quote)
            return end;
        size_t backslashes = 0;
        for (const char *b = quote - 1; b >= p && *b == '\\'; --b)
            ++backslashes;
        p = quote + 1;
        if (backslashes % 2 == 0)
            return p;
    }
    return end;
}

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    return p;
}

// Position just past the value that starts at `p`.
const char *skipValue(const char *p, const char *end)
{
    if (p >= end)
        return end;
    if (*p == '"')
        return skipString(p, end);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                p = skipString(p, end);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return p + 1;
            ++p;
        }
        return end;
    }
    while (p < end && *p != ',' && *p != '}' && *p != ']')
        ++p;
    return p;
}

std::string base64(const unsigned char *data, size_t size)
{
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (size_t i = 0; i < size; i += 3) {
        const uint32_t n = uint32_t(data[i]) << 16 | (i + 1 < size ? uint32_t(data[i + 1]) << 8 : 0)
            | (i + 2 < size ? uint32_t(data[i + 2]) : 0);
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += i + 1 < size ? table[(n >> 6) & 63] : '=';
        out += i + 2 < size ? table[n & 63] : '=';
    }
    return out;
}

} // namespace

bool scanTopLevel(std::string_view json, Fields &out)
{
    const char *p = json.data();
    const char *end = p + json.size();
    p = skipSpace(p, end);
    if (p >= end || *p != '{')
        return false;
    ++p;
    while (true) {
        p = skipSpace(p, end);
        if (p >= end)
            return false;
        if (*p == '}')
            return true;
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p != '"')
            return false;
        const char *keyEnd = skipString(p, end);
        const std::string_view key(p + 1, size_t(keyEnd - p - 2));
        p = skipSpace(keyEnd, end);
        if (p >= end || *p != ':')
            return false;
        p = skipSpace(p + 1, end);
        const char *valueEnd = skipValue(p, end);
        const bool isString = p < valueEnd && *p == '"';
        const std::string_view stringValue =
            isString ? std::string_view(p + 1, size_t(valueEnd - p - 2)) : std::string_view();
        if (key == "type")
            out.type = stringValue;
        else if (key == "text")
            out.text = stringValue;
        else if (key == "clientMsgId")
            out.clientMsgId = stringValue;
        else if (key == "code")
            out.code = stringValue;
        else if (key == "duplicate")
            out.duplicate = valueEnd - p == 4 && std::memcmp(p, "true", 4) == 0;
        else if (key == "seq") {
            int64_t seq = 0;
            for (const char *d = p; d < valueEnd && *d >= '0' && *d <= '9'; ++d)
                seq = seq * 10 + (*d - '0');
            out.seq = seq;
        }
        p = valueEnd;
    }
}

Net::Net(uint16_t port, size_t connections, Handler *handler)
    : conns(connections)
    , m_port(port)
    , m_handler(handler)
    , m_rng(uint64_t(nowNs()) | 1)
    , m_scratch(256 * 1024)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0)
        throw std::runtime_error("epoll_create1 failed");
    for (size_t i = 0; i < conns.size(); ++i)
        conns[i].id = uint32_t(i);
}

Net::~Net()
{
    closeAll();
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void Net::startJoin(Conn &conn)
{
    conn.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    conn.joinStartNs = nowNs();
    if (conn.fd < 0) {
        ++counters.connectFailures;
        conn.state = Conn::State::Closed;
        return;
    }
    const int one = 1;
    setsockopt(conn.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    // Each client comes from its own loopback address (127.1.x.y, in groups of
    // clientsPerSourceAddress), as people in a room come from their own devices: a host limits
    // connections per address. Still loopback only.
    sockaddr_in source{};
    source.sin_family = AF_INET;
    const std::uint32_t group = conn.id / clientsPerSourceAddress;
    source.sin_addr.s_addr = htonl((127u << 24) | (1u << 16) | ((group / 250) << 8) | (group % 250 + 1));
    if (::bind(conn.fd, reinterpret_cast<const sockaddr *>(&source), sizeof source) < 0) {
        ++counters.connectFailures;
        ::close(conn.fd);
        conn.fd = -1;
        conn.state = Conn::State::Closed;
        return;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // 127.0.0.1, never anything else
    const int rc = ::connect(conn.fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    if (rc < 0 && errno != EINPROGRESS) {
        ++counters.connectFailures;
        ::close(conn.fd);
        conn.fd = -1;
        conn.state = Conn::State::Closed;
        return;
    }
    conn.state = Conn::State::Connecting;
    conn.wantWrite = true;
    epoll_event event{};
    event.events = EPOLLIN | EPOLLOUT;
    event.data.u32 = conn.id;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, conn.fd, &event);
}

void Net::setWantWrite(Conn &conn, bool want)
{
    if (conn.wantWrite == want || conn.fd < 0)
        return;
    conn.wantWrite = want;
    epoll_event event{};
    event.events = EPOLLIN | (want ? EPOLLOUT : 0u);
    event.data.u32 = conn.id;
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, conn.fd, &event);
}

void Net::writeRaw(Conn &conn, std::string_view data)
{
    if (conn.fd < 0)
        return;
    if (!conn.out.empty()) {
        conn.out.append(data);
        return;
    }
    const ssize_t written = ::send(conn.fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (written == ssize_t(data.size()))
        return;
    if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
        return; // the read side notices the broken connection
    conn.out.append(data.substr(written < 0 ? 0 : size_t(written)));
    setWantWrite(conn, true);
}

void Net::sendFrame(Conn &conn, uint8_t opcode, std::string_view payload)
{
    m_frame.clear();
    m_frame.push_back(char(0x80 | opcode));
    const size_t size = payload.size();
    if (size < 126) {
        m_frame.push_back(char(0x80 | size));
    } else if (size < 65536) {
        m_frame.push_back(char(0x80 | 126));
        m_frame.push_back(char(size >> 8));
        m_frame.push_back(char(size & 0xff));
    } else {
        m_frame.push_back(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            m_frame.push_back(char((uint64_t(size) >> shift) & 0xff));
    }
    m_rng ^= m_rng << 13;
    m_rng ^= m_rng >> 7;
    m_rng ^= m_rng << 17;
    unsigned char mask[4];
    std::memcpy(mask, &m_rng, 4);
    m_frame.append(reinterpret_cast<const char *>(mask), 4);
    const size_t start = m_frame.size();
    m_frame.append(payload);
    for (size_t i = 0; i < size; ++i)
        m_frame[start + i] = char(m_frame[start + i] ^ mask[i & 3]);
    writeRaw(conn, m_frame);
}

void Net::sendText(Conn &conn, std::string_view text)
{
    sendFrame(conn, 0x1, text);
}

void Net::fail(Conn &conn, int64_t now)
{
    if (conn.fd < 0)
        return;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, conn.fd, nullptr);
    ::close(conn.fd);
    conn.fd = -1;
    const Conn::State was = conn.state;
    conn.state = Conn::State::Closed;
    conn.out.clear();
    conn.out.shrink_to_fit();
    conn.in.clear();
    conn.in.shrink_to_fit();
    if (was == Conn::State::Connecting)
        ++counters.connectFailures;
    else if (was == Conn::State::Upgrading)
        ++counters.handshakeFailures;
    else if (!conn.expectClose)
        ++counters.unexpectedCloses;
    m_handler->onClosed(conn, now);
}

void Net::onWritable(Conn &conn)
{
    if (conn.state == Conn::State::Connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        getsockopt(conn.fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0) {
            fail(conn, nowNs());
            return;
        }
        unsigned char key[16];
        for (unsigned char &byte : key) {
            m_rng ^= m_rng << 13;
            m_rng ^= m_rng >> 7;
            m_rng ^= m_rng << 17;
            byte = static_cast<unsigned char>(m_rng);
        }
        const std::string request = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(m_port)
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
            + base64(key, sizeof key) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        conn.state = Conn::State::Upgrading;
        setWantWrite(conn, false);
        writeRaw(conn, request);
        return;
    }
    while (!conn.out.empty()) {
        const ssize_t written = ::send(conn.fd, conn.out.data(), conn.out.size(), MSG_NOSIGNAL);
        if (written <= 0)
            break;
        conn.out.erase(0, size_t(written));
    }
    if (conn.out.empty())
        setWantWrite(conn, false);
}

void Net::onReadable(Conn &conn)
{
    const ssize_t got = ::recv(conn.fd, m_scratch.data(), m_scratch.size(), 0);
    const int64_t now = nowNs();
    if (got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        fail(conn, now);
        return;
    }
    if (got < 0)
        return;
    counters.bytesIn += uint64_t(got);
    const char *data = m_scratch.data();
    size_t size = size_t(got);

    if (conn.state == Conn::State::Upgrading) {
        conn.in.append(data, size);
        const size_t headEnd = conn.in.find("\r\n\r\n");
        if (headEnd == std::string::npos) {
            if (conn.in.size() > 16384)
                fail(conn, now);
            return;
        }
        if (conn.in.compare(0, 12, "HTTP/1.1 101") != 0) {
            fail(conn, now);
            return;
        }
        conn.in.erase(0, headEnd + 4);
        conn.state = Conn::State::Hello;
        const std::string hello =
            R"({"type":"hello","version":1,"nick":"u)" + std::to_string(conn.id) + R"("})";
        sendText(conn, hello);
        if (conn.in.empty())
            return;
        std::string pending = std::move(conn.in);
        conn.in.clear();
        const size_t used = parseFrames(conn, pending.data(), pending.size(), now);
        if (conn.fd >= 0)
            conn.in.assign(pending, used, std::string::npos);
        return;
    }

    if (conn.in.empty()) {
        const size_t used = parseFrames(conn, data, size, now);
        if (conn.fd >= 0 && used < size)
            conn.in.assign(data + used, size - used);
    } else {
        conn.in.append(data, size);
        const size_t used = parseFrames(conn, conn.in.data(), conn.in.size(), now);
        if (conn.fd >= 0) {
            conn.in.erase(0, used);
            if (conn.in.empty() && conn.in.capacity() > 65536)
                conn.in.shrink_to_fit();
        }
    }
}

size_t Net::parseFrames(Conn &conn, const char *data, size_t size, int64_t now)
{
    size_t pos = 0;
    while (conn.fd >= 0 && size - pos >= 2) {
        const auto *bytes = reinterpret_cast<const unsigned char *>(data + pos);
        const bool fin = bytes[0] & 0x80;
        const uint8_t opcode = bytes[0] & 0x0f;
        const bool masked = bytes[1] & 0x80;
        uint64_t length = bytes[1] & 0x7f;
        size_t header = 2;
        if (length == 126) {
            if (size - pos < 4)
                break;
            length = uint64_t(bytes[2]) << 8 | bytes[3];
            header = 4;
        } else if (length == 127) {
            if (size - pos < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = length << 8 | bytes[2 + i];
            header = 10;
        }
        if (masked) { // a server never masks
            fail(conn, now);
            break;
        }
        if (size - pos - header < length)
            break;
        const std::string_view payload(data + pos + header, size_t(length));
        pos += header + size_t(length);
        ++counters.framesIn;
        counters.lastFrameNs = now;
        switch (opcode) {
        case 0x0: // continuation
            conn.message.append(payload);
            if (fin) {
                conn.fragmented = false;
                std::string whole = std::move(conn.message);
                conn.message.clear();
                onText(conn, whole, now);
            }
            break;
        case 0x1:
            if (fin) {
                onText(conn, payload, now);
            } else {
                conn.fragmented = true;
                conn.message.assign(payload);
            }
            break;
        case 0x8: // close: answer it, then let the host end the connection
            sendFrame(conn, 0x8, payload.substr(0, std::min<size_t>(payload.size(), 2)));
            fail(conn, now);
            break;
        case 0x9:
            sendFrame(conn, 0xA, payload);
            break;
        default:
            break;
        }
    }
    return pos;
}

void Net::onText(Conn &conn, std::string_view text, int64_t now)
{
    Fields fields;
    if (!scanTopLevel(text, fields))
        return;
    if (fields.type == "message") {
        if (fields.seq > 0) {
            if (conn.received == 0)
                conn.firstSeq = fields.seq;
            else if (fields.seq <= conn.lastSeq)
                ++conn.orderErrors;
            else if (fields.seq != conn.lastSeq + 1)
                conn.gaps += uint64_t(fields.seq - conn.lastSeq - 1);
            conn.lastSeq = fields.seq;
            ++conn.received;
        }
        m_handler->onMessage(conn, fields, now);
    } else if (fields.type == "ack") {
        m_handler->onAck(conn, fields, now);
    } else if (fields.type == "presence") {
        ++counters.presenceFrames;
    } else if (fields.type == "welcome") {
        conn.state = Conn::State::Joined;
        m_handler->onWelcome(conn, now);
    } else if (fields.type == "error") {
        ++counters.errors;
        if (fields.code == "rate-limited")
            ++counters.rateLimited;
        m_handler->onError(conn, fields, now);
    }
}

int Net::poll(int timeoutMs)
{
    epoll_event events[512];
    const int count = epoll_wait(m_epoll, events, 512, timeoutMs);
    for (int i = 0; i < count; ++i) {
        Conn &conn = conns[events[i].data.u32];
        if (conn.fd < 0)
            continue;
        if (events[i].events & (EPOLLOUT | EPOLLERR | EPOLLHUP)) {
            if (conn.state == Conn::State::Connecting || (events[i].events & EPOLLOUT))
                onWritable(conn);
        }
        if (conn.fd >= 0 && (events[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP))
            && conn.state != Conn::State::Connecting)
            onReadable(conn);
    }
    return count < 0 ? 0 : count;
}

void Net::closeAll()
{
    for (Conn &conn : conns) {
        if (conn.fd < 0)
            continue;
        const linger reset{1, 0};
        setsockopt(conn.fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, conn.fd, nullptr);
        ::close(conn.fd);
        conn.fd = -1;
        conn.state = Conn::State::Closed;
    }
}

} // namespace loadgen
