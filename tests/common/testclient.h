#pragma once

#include "protocol/messages.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace protocol = tincan::protocol;

// The chat messages in a JSON array as the host sends them (welcome.history, history.messages);
// a malformed one fails the calling test.
QList<protocol::ChatMessage> messagesIn(const QJsonValue &array);
// The hello a client sends to join as `nick` (or to resume after `lastSeq`).
protocol::Hello helloAs(const QString &nick, std::optional<qint64> lastSeq = std::nullopt,
                        const QString &resumeToken = {});
// A JSON object's "type".
QString typeOf(const QJsonObject &object);

// A chat connection for tests: speaks the protocol over a real QWebSocket and keeps every
// object it receives, in order.
class TestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestClient)

public:
    explicit TestClient(const QString &origin = {}, QObject *parent = nullptr);
    // The socket, closing as it goes, must not report to fields already gone.
    ~TestClient() override { QObject::disconnect(&socket, nullptr, this, nullptr); }

    void open(const QUrl &url);
    bool isConnected() const;
    void sendObject(const QJsonObject &object);
    void sendRaw(const QString &text);

    // Opens, says hello and waits for the welcome (or fails the calling test).
    bool join(const QUrl &url, const QString &nick, std::optional<qint64> lastSeq = std::nullopt);
    // Opens, says this hello and waits for the welcome, or an error (false, nothing failed).
    bool join(const QUrl &url, const protocol::Hello &hello);

    QList<QJsonObject> received;
    QList<QJsonObject> ofType(QLatin1StringView type) const;
    // Chat messages received after the welcome, in order.
    QList<protocol::ChatMessage> messages() const;
    QJsonObject welcome() const;
    QList<QJsonObject> errors() const;

    QWebSocket socket;
    bool closed = false;
    QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;
    QString closeReason;
};

