#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

QList<protocol::ChatMessage> messagesIn(const QJsonValue &array)
{
    QList<protocol::ChatMessage> messages;
    const QJsonArray items = array.toArray();
    for (const QJsonValue &item : items) {
        const std::optional<protocol::ChatMessage> message = protocol::ChatMessage::fromJson(item.toObject());
        if (!message) {
            QTest::qFail("the host sent a malformed message in an array", __FILE__, __LINE__);
            break;
        }
        messages.append(*message);
    }
    return messages;
}

protocol::Hello helloAs(const QString &nick, std::optional<qint64> lastSeq, const QString &resumeToken)
{
    protocol::Hello hello;
    hello.nick = nick;
    hello.lastSeq = lastSeq;
    hello.resumeToken = resumeToken;
    return hello;
}

QString typeOf(const QJsonObject &object)
{
    return object.value(QLatin1StringView("type")).toString();
}

TestClient::TestClient(const QString &origin, QObject *parent)
    : QObject(parent)
    , socket(origin)
{
    connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &frame) {
        const QJsonDocument document = QJsonDocument::fromJson(frame.toUtf8());
        QVERIFY2(document.isObject(), qPrintable(u"host sent a frame that is not a JSON object: "_qs + frame));
        received.append(document.object());
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
    socket.sendTextMessage(QString::fromUtf8(protocol::encode(object)));
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
    sendObject(helloAs(nick, lastSeq).toJson());
    return QTest::qWaitFor([this] { return !welcome().isEmpty(); }, 5000);
}

bool TestClient::join(const QUrl &url, const protocol::Hello &hello)
{
    received.clear();
    open(url);
    if (!QTest::qWaitFor([this] { return isConnected() || closed; }, 5000) || !isConnected())
        return false;
    sendObject(hello.toJson());
    const bool answered = QTest::qWaitFor([this] { return !welcome().isEmpty() || !errors().isEmpty(); }, 5000);
    return answered && !welcome().isEmpty();
}

QList<QJsonObject> TestClient::ofType(QLatin1StringView type) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &object : received) {
        if (typeOf(object) == type)
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
