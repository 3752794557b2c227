#include "protocol/discovery.h"

#include "protocol/limits.h"
#include "protocol/messages.h"
#include "protocol/nickname.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tincan::protocol {

QByteArray encodeAnnouncement(const Announcement &announcement)
{
    QJsonObject object{{QStringLiteral("tincan"), version},
                       {QStringLiteral("room"), announcement.room.left(limits::maxRoomNameLength)},
                       {QStringLiteral("port"), announcement.port},
                       {QStringLiteral("id"), announcement.hostId}};
    if (announcement.leaving)
        object.insert(QStringLiteral("leaving"), true);
    if (announcement.codeRequired)
        object.insert(QStringLiteral("code"), true);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Announcement> decodeAnnouncement(const QByteArray &datagram)
{
    if (datagram.size() > limits::maxDiscoveryDatagramBytes)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(datagram);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue port = object.value(QLatin1StringView("port"));
    const QJsonValue room = object.value(QLatin1StringView("room"));
    const QJsonValue id = object.value(QLatin1StringView("id"));
    if (object.value(QLatin1StringView("tincan")).toInt() != version || !port.isDouble()
        || !room.isString() || !id.isString())
        return std::nullopt;
    const int portNumber = port.toInt();
    if (portNumber < 1 || portNumber > 65535 || !isValidClientMsgId(id.toString()))
        return std::nullopt;
    Announcement announcement;
    announcement.room = room.toString().trimmed().left(limits::maxRoomNameLength);
    // A room name is shown in a list: the same character rules as nicknames.
    if (announcement.room.isEmpty() || hasForbiddenNameCharacter(announcement.room))
        return std::nullopt;
    announcement.port = quint16(portNumber);
    announcement.hostId = id.toString();
    announcement.leaving = object.value(QLatin1StringView("leaving")).toBool();
    announcement.codeRequired = object.value(QLatin1StringView("code")).toBool();
    return announcement;
}

} // namespace tincan::protocol
