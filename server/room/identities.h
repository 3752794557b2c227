#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tincan {

// Who is who across reconnects and restarts (docs/PROTOCOL.md, "People"). A person's id is 22
// random URL-safe characters; the resume token a welcome hands out names the id and proves it with
// a MAC under the room's secret, which the history file keeps. A token from any earlier welcome of
// the same room (and data folder) therefore gives back the same id, with nothing stored per person.
class Identities final
{
public:
    // The room's secret (at least 32 bytes); a new random one when empty.
    explicit Identities(QByteArray secret = {});

    static QString newPersonId();
    // A fresh token for this person (a new random part every time).
    QString issue(const QString &personId) const;
    // The person a token was issued to by this room; nothing for anything else.
    std::optional<QString> personOf(const QString &token) const;

private:
    QByteArray mac(QStringView signedPart) const;

    QByteArray m_secret;
};

} // namespace tincan
