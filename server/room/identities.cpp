#include "server/room/identities.h"

#include "protocol/messages.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace tincan {

namespace {

constexpr qsizetype secretBytes = 32;
constexpr qsizetype macBytes = 16;

QString randomPart()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Identities::Identities(QByteArray secret)
    : m_secret(std::move(secret))
{
    if (m_secret.size() < secretBytes) {
        m_secret.resize(secretBytes);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()),
                                              secretBytes / 4);
    }
}

QString Identities::newPersonId()
{
    return randomPart();
}

QByteArray Identities::mac(QStringView signedPart) const
{
    return QMessageAuthenticationCode::hash(signedPart.toUtf8(), m_secret, QCryptographicHash::Sha256)
        .first(macBytes);
}

QString Identities::issue(const QString &personId) const
{
    const QString signedPart = personId + u'.' + randomPart();
    return signedPart + u'.'
        + QString::fromLatin1(mac(signedPart).toBase64(QByteArray::Base64UrlEncoding
                                                       | QByteArray::OmitTrailingEquals));
}

std::optional<QString> Identities::personOf(const QString &token) const
{
    // id(22) . random(22) . mac(22)
    if (token.size() != 68 || token[22] != u'.' || token[45] != u'.')
        return std::nullopt;
    const QString id = token.first(22);
    if (!protocol::isPersonId(id) || !protocol::isPersonId(QStringView(token).sliced(23, 22)))
        return std::nullopt;
    // The MAC's text as this room writes it: another spelling of the same bytes is not a token.
    const QString given = token.sliced(46);
    const QString expected = QString::fromLatin1(mac(QStringView(token).first(45))
                                                     .toBase64(QByteArray::Base64UrlEncoding
                                                               | QByteArray::OmitTrailingEquals));
    if (given.size() != expected.size())
        return std::nullopt;
    // Compared without stopping at the first difference.
    char16_t difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= given[i].unicode() ^ expected[i].unicode();
    if (difference != 0)
        return std::nullopt;
    return id;
}

} // namespace tincan
