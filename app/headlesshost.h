#pragma once

#include "app/consolereader.h"
#include "app/platform.h"
#include "server/hostservice.h"

#include <QObject>
#include <QTimer>

namespace tincan {

// `tincan --headless`: hosts without a window, prints the links people can open, and stops
// cleanly (peers get close 1001) on SIGINT or SIGTERM. The host keeps the room from its console:
// /kick NAME, /ban NAME, /lock, /unlock, /code CODE, /code off, /help.
class HeadlessHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessHost)

public:
    explicit HeadlessHost(HostConfig config, QObject *parent = nullptr);
    ~HeadlessHost() override;

    void start();

private:
    void onStarted(quint16 port, bool requestedPortBusy);
    void onStopRequested();
    void onCommand(const QString &line);

    HostConfig m_config;
    HostService m_service;
    StopSignals m_stopSignals;
    ConsoleReader m_console;
    bool m_stopping = false;
    static constexpr int countReportIntervalMs = 1000;
    QTimer m_countTimer;
    int m_count = 0;
    int m_countShown = 0;
};

} // namespace tincan
