#include "client/joinaddress.h"

#include "protocol/messages.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

namespace tincan {

namespace {

bool isPlausibleHostName(const QString &host)
{
    // Names as found on a LAN (letters, digits, dashes, dots); anything else is a typo.
    static const QRegularExpression pattern(QStringLiteral(
        "^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\\.?$"));
    return pattern.match(host).hasMatch();
}

} // namespace

JoinAddress JoinAddress::parse(const QString &text)
{
    JoinAddress result;
    QString trimmed = text.trimmed();
    // The fragment is the host's to hand out codes in; the address is checked without it, so a
    // code typed with a space in it does not make the address look wrong.
    QString fragment;
    if (const qsizetype hash = trimmed.indexOf(u'#'); hash >= 0) {
        fragment = trimmed.mid(hash + 1);
        trimmed = trimmed.left(hash).trimmed();
    }
    if (trimmed.isEmpty()) {
        result.m_problem = Problem::Empty;
        return result;
    }

    QString withScheme = trimmed;
    const qsizetype schemeEnd = trimmed.indexOf(QLatin1StringView("://"));
    if (schemeEnd < 0) {
        withScheme = QStringLiteral("ws://") + trimmed;
    } else {
        const QString scheme = trimmed.left(schemeEnd).toLower();
        if (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("ws")) {
            result.m_problem = Problem::UnsupportedScheme;
            return result;
        }
    }

    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid()) {
        // QUrl refuses ports that are not numbers and hosts with bad characters alike;
        // tell them apart so the user knows which part to fix.
        const QString afterScheme = withScheme.mid(withScheme.indexOf(QLatin1StringView("://")) + 3);
        const QString authority = afterScheme.section(QLatin1Char('/'), 0, 0);
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        const bool bracketed = authority.startsWith(QLatin1Char('['));
        if (colon > 0 && (!bracketed || authority.lastIndexOf(QLatin1Char(']')) < colon)) {
            const QString port = authority.mid(colon + 1);
            bool ok = false;
            const int value = port.toInt(&ok);
            if (!ok || value < 1 || value > 65535) {
                result.m_problem = Problem::BadPort;
                return result;
            }
        }
        result.m_problem = Problem::BadHost;
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.m_problem = Problem::HasCredentials;
        return result;
    }
    const QString host = url.host();
    if (host.isEmpty()) {
        result.m_problem = Problem::MissingHost;
        return result;
    }
    const int port = url.port(protocol::defaultPort);
    if (port < 1 || port > 65535) {
        result.m_problem = Problem::BadPort;
        return result;
    }
    const QHostAddress address(host);
    if (address.isNull() && !isPlausibleHostName(host)) {
        result.m_problem = Problem::BadHost;
        return result;
    }

    result.m_chatUrl = protocol::chatUrl(host, port);
    result.m_problem = Problem::None;
    if (!fragment.isEmpty()) {
        const QUrlQuery items(fragment);
        result.m_accessCode = items.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).trimmed();
    }
    return result;
}

QString JoinAddress::displayName() const
{
    if (!isValid())
        return {};
    const QString host = m_chatUrl.host();
    const QString shownHost = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shownHost + QLatin1Char(':') + QString::number(m_chatUrl.port());
}

} // namespace tincan
