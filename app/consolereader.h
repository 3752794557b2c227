#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace tincan {

// Reads the lines typed on the console (standard input) without blocking the event loop: a
// thread of its own waits for each line and hands it over as lineRead(). Works the same on
// every system; ends by itself at the end of input (a host started by a service manager has
// none).
class ConsoleReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleReader)

public:
    explicit ConsoleReader(QObject *parent = nullptr);
    ~ConsoleReader() override;

    void start();

Q_SIGNALS:
    void lineRead(const QString &line);

private:
    struct Link;
    std::shared_ptr<Link> m_link;
};

} // namespace tincan
