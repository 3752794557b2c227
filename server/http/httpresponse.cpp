#include "server/http/httpresponse.h"

namespace tincan::http {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 206: return "Partial Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 416: return "Range Not Satisfiable";
    case 414: return "URI Too Long";
    case 421: return "Misdirected Request";
    case 426: return "Upgrade Required";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    case 507: return "Insufficient Storage";
    default: return "Error";
    }
}

bool isSafeHostValue(QByteArrayView host)
{
    if (host.isEmpty() || host.size() > 255)
        return false;
    for (const char c : host) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray contentSecurityPolicy(QByteArrayView host)
{
    QByteArray connect = "connect-src 'self'";
    // Older browsers do not count ws:// as 'self'; name the host explicitly when it is sane.
    if (isSafeHostValue(host))
        connect += " ws://" + host.toByteArray();
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
           "media-src 'self' data:; manifest-src 'self'; "
        + connect + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

QByteArray serialize(const Response &response, QByteArrayView host, bool headOnly)
{
    QByteArray out;
    out.reserve(512 + (headOnly ? 0 : response.body.size()));
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    // A 304 carries no body; its Content-Length is that of the 200 it stands for (RFC 9110
    // section 8.6), so `body` holds the unchanged file.
    if (response.status != 304)
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-cache\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "Referrer-Policy: no-referrer\r\n"
           "Content-Security-Policy: "
        + contentSecurityPolicy(host) + "\r\n";
    for (const auto &[name, value] : response.extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n";
    if (!headOnly && response.status != 304)
        out += response.body;
    return out;
}

Response errorResponse(int status)
{
    Response response;
    response.status = status;
    response.body = QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n';
    return response;
}

bool isWebSocketKey(QByteArrayView key)
{
    if (key.size() != 24)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(key.toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok
        && decoded.decoded.size() == 16;
}

} // namespace tincan::http
