#include "server/http/hostnames.h"

#include <QNetworkInterface>
#include <QSysInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tincan {

namespace {

// How often the list of this computer's addresses may be read again when a request names an
// address not on it.
constexpr qint64 addressRefreshMs = 1000;

QHostAddress normalized(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}

} // namespace

HostNames::HostNames(QStringList allowed)
{
    m_names.insert(u"localhost"_s);
    const QString machine = QSysInfo::machineHostName().toLower();
    if (!machine.isEmpty()) {
        m_names.insert(machine);
        const QString shortName = machine.section(u'.', 0, 0);
        m_names.insert(shortName);
        m_names.insert(shortName + u".local"_s);
    }
    for (const QString &name : std::as_const(allowed)) {
        QString lower = name.trimmed().toLower();
        if (lower.endsWith(u'.'))
            lower.chop(1);
        if (!lower.isEmpty())
            m_names.insert(lower);
    }
    readAddresses();
}

void HostNames::readAddresses()
{
    m_addresses.clear();
    const QList<QHostAddress> all = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : all)
        m_addresses.append(normalized(QHostAddress(address.toString().section(u'%', 0, 0))));
    m_sinceRead.start();
}

bool HostNames::isOwnAddress(const QHostAddress &address)
{
    if (address.isLoopback())
        return true;
    if (m_addresses.contains(address))
        return true;
    if (m_sinceRead.elapsed() < addressRefreshMs)
        return false;
    readAddresses();
    return m_addresses.contains(address);
}

bool HostNames::allows(QByteArrayView host)
{
    if (host.isEmpty())
        return false;
    const QUrl url(u"http://"_s + QString::fromLatin1(host), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.path().size() > 0)
        return false;
    QString name = url.host().toLower();
    QHostAddress address;
    if (address.setAddress(name))
        return isOwnAddress(normalized(address));
    if (name.endsWith(u'.'))
        name.chop(1);
    return m_names.contains(name);
}

} // namespace tincan
