#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace tincan {

class FileStore;

namespace http {
struct RequestHead;
}

// The HTTP side of files (docs/PROTOCOL.md, "HTTP for files"): uploads to a slot's token by PUT,
// and downloads, views and thumbnails by GET with Range. Streams both ways through a bounded
// buffer; never holds a whole file. The front door hands it a request whose head it has read
// and checked (Host, method, Origin).
class FileTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTransfer)

public:
    explicit FileTransfer(FileStore *store, QObject *parent = nullptr);

    // Takes over `socket` (its head already read) and answers it. `host`: the Host header.
    void handle(QTcpSocket *socket, const http::RequestHead &request, const QByteArray &host);

private:
    void receive(QTcpSocket *socket, const http::RequestHead &request, const QByteArray &token);
    void send(QTcpSocket *socket, const http::RequestHead &request, const QString &id,
              const QByteArray &variant);

    FileStore *m_store;
};

} // namespace tincan
