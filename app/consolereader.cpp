#include "app/consolereader.h"

#include <QMutex>
#include <QMutexLocker>

#include <iostream>
#include <string>
#include <thread>

namespace tincan {

// What the reading thread and the reader share: the reader may be gone (the host stopped) while
// the thread still waits for a line that never comes.
struct ConsoleReader::Link
{
    QMutex mutex;
    ConsoleReader *reader = nullptr;
};

namespace {
// A line longer than this is cut: a console command is a few words.
constexpr std::size_t maxLineBytes = 4096;
}

ConsoleReader::ConsoleReader(QObject *parent)
    : QObject(parent)
    , m_link(std::make_shared<Link>())
{
    m_link->reader = this;
}

ConsoleReader::~ConsoleReader()
{
    const QMutexLocker lock(&m_link->mutex);
    m_link->reader = nullptr;
}

void ConsoleReader::start()
{
    // Detached: a thread blocked reading the console cannot be woken portably, and it holds
    // nothing but its share of the link.
    std::thread([link = m_link] {
        std::string line;
        while (std::getline(std::cin, line)) {
            if (line.size() > maxLineBytes)
                line.resize(maxLineBytes);
            const QString text = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
            const QMutexLocker lock(&link->mutex);
            if (!link->reader)
                return;
            ConsoleReader *reader = link->reader;
            // Delivered on the reader's thread; dropped if the reader is deleted before then.
            QMetaObject::invokeMethod(reader, [reader, text] { Q_EMIT reader->lineRead(text); },
                                      Qt::QueuedConnection);
        }
    }).detach();
}

} // namespace tincan
