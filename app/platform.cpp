#include "app/platform.h"

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>

#include <atomic>
#endif

#include <limits>

namespace tincan {

#if defined(Q_OS_UNIX)

int openFileLimit()
{
    // The soft limit is often 1,024 while the hard one is far higher: a room of a thousand
    // people would run out of descriptors with nothing else wrong.
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur > rlim_t(std::numeric_limits<int>::max()))
        return 0;
    return int(limit.rlim_cur);
}

namespace {

// The handler only writes a byte; the notifier turns it into a signal in the event loop.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    if (signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        Q_EMIT stopRequested();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_active = ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

StopSignals::~StopSignals()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
}

void ignoreBackgroundConsoleReads()
{
    ::signal(SIGTTIN, SIG_IGN);
}

#elif defined(Q_OS_WIN)

int openFileLimit()
{
    return 0; // sockets are not files here, and Windows sets no per-process count for them
}

namespace {

// The console runs the handler on a thread of its own: the stop is queued to the event loop.
std::atomic<StopSignals *> receiver{nullptr};

BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        if (StopSignals *target = receiver.load()) {
            QMetaObject::invokeMethod(target, &StopSignals::stopRequested, Qt::QueuedConnection);
            return TRUE;
        }
        return FALSE;
    default:
        return FALSE;
    }
}

} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    receiver = this;
    m_active = SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
}

StopSignals::~StopSignals()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    receiver = nullptr;
}

void ignoreBackgroundConsoleReads()
{
}

#else

int openFileLimit()
{
    return 0;
}

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
}

StopSignals::~StopSignals() = default;

void ignoreBackgroundConsoleReads()
{
}

#endif

} // namespace tincan
