#include "server/http/httphead.h"

#include "protocol/limits.h"

namespace tincan::http {

namespace {

bool isToken(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

HeadScan scanHead(QByteArrayView data)
{
    const qsizetype lineEnd = data.indexOf("\r\n");
    if ((lineEnd < 0 && data.size() > limits::maxRequestLineBytes)
        || lineEnd > limits::maxRequestLineBytes)
        return {HeadState::RequestLineTooLong, 0};

    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end >= 0 && end + 4 <= limits::maxHeadBytes)
        return {HeadState::Complete, end + 4};
    if (end >= 0 || data.size() >= limits::maxHeadBytes)
        return {HeadState::HeadTooLarge, 0};
    return {HeadState::Incomplete, 0};
}

QByteArray RequestHead::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

QByteArray RequestHead::header(QByteArrayView lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool RequestHead::headerHasToken(QByteArrayView lowerName, QByteArrayView token) const
{
    for (const auto &[name, value] : headers) {
        if (name != lowerName)
            continue;
        for (const QByteArray &part : value.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

std::optional<RequestHead> parseHead(QByteArrayView head)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    if (lines.isEmpty())
        return std::nullopt;

    RequestHead request;
    const QByteArray requestLine = lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    for (const char c : parts[0]) {
        if (!isToken(c))
            return std::nullopt;
    }
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return std::nullopt;
    if (!parts[1].startsWith('/'))
        return std::nullopt;
    request.method = parts[0];
    request.target = parts[1];
    request.version = parts[2];

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        const QByteArray name = line.left(colon);
        for (const char c : name) {
            if (!isToken(c))
                return std::nullopt;
        }
        request.headers.append({name.toLower(), line.mid(colon + 1).trimmed()});
    }
    return request;
}

} // namespace tincan::http
