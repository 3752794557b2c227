#include "serverprocess.h"

#include "net.h"

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <iterator>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <netinet/in.h>
#include <poll.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace loadgen {

namespace {

bool tryConnect(uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    const linger reset{1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    ::close(fd);
    return ok;
}

} // namespace

ServerProcess::ServerProcess(std::vector<std::string> argv)
    : m_argv(std::move(argv))
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(int timeoutMs, std::string *error)
{
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        *error = "pipe failed";
        return false;
    }
    std::vector<char *> args;
    for (std::string &arg : m_argv)
        args.push_back(arg.data());
    args.push_back(nullptr);

    const int64_t launched = nowNs();
    m_pid = ::fork();
    if (m_pid == 0) {
        // Its own process group: a wrapper (perf, heaptrack, a shell) is stopped with all it started.
        ::setpgid(0, 0);
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::execvp(args[0], args.data());
        std::perror("exec");
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    m_stdout = pipeFds[0];
    if (m_pid < 0) {
        *error = "fork failed";
        return false;
    }

    // Read the host's output until the address line appears.
    std::string output;
    const int64_t deadline = launched + int64_t(timeoutMs) * 1'000'000;
    const std::string marker = "http://127.0.0.1:";
    while (m_port == 0) {
        const int64_t left = (deadline - nowNs()) / 1'000'000;
        if (left <= 0) {
            *error = "the server printed no http://127.0.0.1:PORT/ line in time";
            return false;
        }
        pollfd pfd{m_stdout, POLLIN, 0};
        if (::poll(&pfd, 1, int(left)) <= 0)
            continue;
        char buffer[4096];
        const ssize_t got = ::read(m_stdout, buffer, sizeof buffer);
        if (got <= 0) {
            *error = "the server exited before listening: " + output;
            return false;
        }
        output.append(buffer, size_t(got));
        const size_t at = output.find(marker);
        if (at != std::string::npos) {
            const size_t end = output.find('/', at + marker.size());
            if (end != std::string::npos)
                m_port = uint16_t(std::stoi(output.substr(at + marker.size(), end - at - marker.size())));
        }
    }
    while (!tryConnect(m_port)) {
        if (nowNs() > deadline) {
            *error = "the server does not accept connections";
            return false;
        }
        ::usleep(200);
    }
    m_startupMs = double(nowNs() - launched) / 1e6;
    // The server keeps printing (people counts); keep its pipe drained so it never blocks.
    m_drain = std::thread([fd = m_stdout] {
        char buffer[4096];
        while (::read(fd, buffer, sizeof buffer) > 0) {
        }
    });
    return true;
}

void ServerProcess::stop()
{
    if (m_pid > 0) {
        ::kill(-m_pid, SIGTERM);
        int status = 0;
        bool ended = false;
        for (int i = 0; i < 500 && !ended; ++i) { // up to 5 s, then kill
            ended = ::waitpid(m_pid, &status, WNOHANG) == m_pid;
            if (!ended)
                ::usleep(10'000);
        }
        if (!ended) {
            ::kill(-m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
        }
        m_pid = -1;
    }
    if (m_drain.joinable())
        m_drain.join();
    if (m_stdout >= 0) {
        ::close(m_stdout);
        m_stdout = -1;
    }
}

int64_t ServerProcess::rssKb() const
{
    std::ifstream status("/proc/" + std::to_string(m_pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stoll(line.substr(6));
    }
    return -1;
}

double ServerProcess::cpuSeconds() const
{
    std::ifstream stat("/proc/" + std::to_string(m_pid) + "/stat");
    std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const size_t close = content.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream fields(content.substr(close + 2));
    std::string field;
    // After "pid (comm) ": state is field 3; utime and stime are fields 14 and 15.
    double ticks = 0;
    for (int index = 3; index <= 15 && fields >> field; ++index) {
        if (index == 14 || index == 15)
            ticks += std::stod(field);
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}

} // namespace loadgen
