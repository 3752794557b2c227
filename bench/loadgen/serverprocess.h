#pragma once

#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace loadgen {

// The server under test, started by the load generator so that start-up can be timed from the
// exec and the process's memory and CPU read from /proc. Stopped (and killed if it lingers)
// when this object goes away.
class ServerProcess
{
public:
    explicit ServerProcess(std::vector<std::string> argv);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts the server and waits (at most timeoutMs) for its "http://127.0.0.1:PORT/" line and
    // for a TCP connection to that port to succeed. Returns false with `error` set on failure.
    bool start(int timeoutMs, std::string *error);
    void stop();

    uint16_t port() const { return m_port; }
    int pid() const { return m_pid; }
    // From the exec to the first accepted TCP connection.
    double startupMs() const { return m_startupMs; }
    // Resident memory (VmRSS) and CPU time used so far.
    int64_t rssKb() const;
    double cpuSeconds() const;

private:
    std::vector<std::string> m_argv;
    int m_pid = -1;
    int m_stdout = -1;
    uint16_t m_port = 0;
    double m_startupMs = 0;
    std::thread m_drain;
};

} // namespace loadgen
