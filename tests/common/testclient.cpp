#include "testclient.h"

#include <QTest>

TestClient::TestClient(const QString &origin, QObject *parent)
    : QObject(parent)
    , socket(origin)
{
    connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &frame) {
        const auto object = protocol::decode(frame);
        QVERIFY2(object.has_value(), qPrintable(u"host sent a frame that is not JSON: "_qs + frame));
        received.append(*object);
    });
    connect(&socket, &QWebSocket::disconnected, this, [this] {
        closed = true;
        closeCode = socket.closeCode();
        closeReason = socket.closeReason();
    });
}

void TestClient::open(const QUrl &url)
{
    closed = false;
    socket.open(url);
}

bool TestClient::isConnected() const
{
    return socket.state() == QAbstractSocket::ConnectedState;
}

void TestClient::sendObject(const QJsonObject &object)
{
    socket.sendTextMessage(protocol::encode(object));
}

void TestClient::sendRaw(const QString &text)
{
    socket.sendTextMessage(text);
}

bool TestClient::join(const QUrl &url, const QString &nick, std::optional<qint64> lastSeq)
{
    received.clear();
    open(url);
    if (!QTest::qWaitFor([this] { return isConnected() || closed; }, 5000) || !isConnected())
        return false;
    sendObject(protocol::makeHello(nick, lastSeq));
    return QTest::qWaitFor([this] { return !welcome().isEmpty(); }, 5000);
}

QList<QJsonObject> TestClient::ofType(QLatin1StringView type) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &object : received) {
        if (protocol::typeOf(object) == type)
            result.append(object);
    }
    return result;
}

QList<protocol::ChatMessage> TestClient::messages() const
{
    QList<protocol::ChatMessage> result;
    for (const QJsonObject &object : ofType(protocol::type::message)) {
        if (auto message = protocol::ChatMessage::fromJson(object))
            result.append(*message);
    }
    return result;
}

QJsonObject TestClient::welcome() const
{
    const QList<QJsonObject> welcomes = ofType(protocol::type::welcome);
    return welcomes.isEmpty() ? QJsonObject() : welcomes.last();
}

QList<QJsonObject> TestClient::errors() const
{
    return ofType(protocol::type::error);
}
