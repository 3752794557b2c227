#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

// Building complete HTTP/1.1 responses with the headers every Tincan response carries.
namespace tincan::http {

struct Response
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
};

QByteArray reasonPhrase(int status);

// The bytes to write: status line, headers (Content-Length, Cache-Control: no-cache, nosniff,
// Referrer-Policy, the page's Content-Security-Policy for `host`, Connection: close) and,
// unless headOnly, the body.
QByteArray serialize(const Response &response, QByteArrayView host, bool headOnly);

// A small plain-text answer for an error status.
Response errorResponse(int status);

// The Content-Security-Policy for a page loaded from `host` (the request's Host header):
// own files only, WebSocket back to the same host only.
QByteArray contentSecurityPolicy(QByteArrayView host);

// True when `key` is a Sec-WebSocket-Key: 16 bytes in base64 (RFC 6455 section 4.1).
bool isWebSocketKey(QByteArrayView key);

// True when `host` is a plausible Host header value (name or address, optional port).
bool isSafeHostValue(QByteArrayView host);

} // namespace tincan::http
