// libFuzzer target: the protocol decoder on any text frame a client or a host can send, and the
// name and text rules on any string in it. A message that decodes must encode and decode again
// to the same message.
#include "protocol/accesscode.h"
#include "protocol/limits.h"
#include "protocol/messages.h"
#include "protocol/nickname.h"

#include <cstddef>
#include <cstdint>
#include <variant>

namespace {

using namespace tincan::protocol;

void checkStrings(const QString &text)
{
    QString normalized;
    (void)checkNick(text, &normalized);
    (void)nickKey(text);
    (void)checkText(text);
    (void)suggestNick(text.left(40), [](const QString &) { return false; });
}

template <typename Message>
void roundTrip(const Message &message, auto decode)
{
    const auto again = decode(encode(message));
    if (!std::holds_alternative<Message>(again))
        __builtin_trap();
    if (encode(std::get<Message>(again)) != encode(message))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto fromClient = [](QByteArrayView utf8) { return decodeClientMessage(utf8); };
    const auto fromHost = [](QByteArrayView utf8) { return decodeHostMessage(utf8); };

    std::visit([&](const auto &message) {
        using Message = std::decay_t<decltype(message)>;
        if constexpr (std::is_same_v<Message, Hello>) {
            checkStrings(message.nick);
            (void)normalizedAccessCode(message.accessCode);
            (void)checkAccessCode(message.accessCode);
            roundTrip(message, fromClient);
        } else if constexpr (std::is_same_v<Message, Send>) {
            checkStrings(message.text);
            roundTrip(message, fromClient);
        } else if constexpr (std::is_same_v<Message, Edit>) {
            checkStrings(message.text);
            roundTrip(message, fromClient);
        } else if constexpr (std::is_same_v<Message, React>) {
            (void)isValidEmoji(message.emoji);
            roundTrip(message, fromClient);
        } else if constexpr (std::is_same_v<Message, Search>) {
            if (searchTerms(message.query).size() > tincan::limits::maxSearchTerms)
                __builtin_trap();
            roundTrip(message, fromClient);
        } else if constexpr (std::is_same_v<Message, Rename> || std::is_same_v<Message, Remove>) {
            checkStrings(message.nick);
            roundTrip(message, fromClient);
        } else if constexpr (!std::is_same_v<Message, DecodeError>) {
            roundTrip(message, fromClient);
        }
    }, decodeClientMessage(bytes));

    std::visit([&](const auto &message) {
        using Message = std::decay_t<decltype(message)>;
        if constexpr (std::is_same_v<Message, ChatMessage>) {
            // A quote is never longer than its limit, whatever the text.
            if (quoteOf(message).text.size() > tincan::limits::quoteLength)
                __builtin_trap();
        }
        if constexpr (!std::is_same_v<Message, DecodeError>)
            roundTrip(message, fromHost);
    }, decodeHostMessage(bytes));
    return 0;
}
