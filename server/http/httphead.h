#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>
#include <utility>

// Finding and parsing the head of an HTTP/1.x request that is still in the socket's buffer.
namespace tincan::http {

enum class HeadState { Incomplete, Complete, RequestLineTooLong, HeadTooLarge };

struct HeadScan
{
    HeadState state = HeadState::Incomplete;
    qsizetype length = 0; // with the blank line, when Complete
};

// Looks at what has arrived so far; never needs more than limits::maxHeadBytes + 4 bytes.
HeadScan scanHead(QByteArrayView data);

struct RequestHead
{
    QByteArray method;
    QByteArray target;  // as sent, query included
    QByteArray version; // "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed

    QByteArray path() const; // target without the query
    QByteArray header(QByteArrayView lowerName) const;
    bool headerHasToken(QByteArrayView lowerName, QByteArrayView token) const;
};

// Parses a complete head (as found by scanHead). Nothing for a malformed one.
std::optional<RequestHead> parseHead(QByteArrayView head);

} // namespace tincan::http
