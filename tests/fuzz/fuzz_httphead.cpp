// libFuzzer target: the front door's HTTP head parser on any bytes a client can send.
#include "server/http/httphead.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const tincan::http::HeadScan scan = tincan::http::scanHead(bytes);
    if (scan.state != tincan::http::HeadState::Complete)
        return 0;
    if (scan.length <= 0 || scan.length > bytes.size())
        __builtin_trap(); // a complete head lies within what arrived
    const std::optional<tincan::http::RequestHead> head = tincan::http::parseHead(bytes.first(scan.length));
    if (!head)
        return 0;
    // What the front door reads of a parsed head.
    (void)head->path();
    (void)head->header("host");
    (void)head->header("sec-websocket-key");
    (void)head->headerHasToken("upgrade", "websocket");
    (void)head->headerHasToken("connection", "upgrade");
    if (!head->path().startsWith('/'))
        __builtin_trap(); // the parser only lets through paths that start at the root
    return 0;
}
