#pragma once

#include <QString>

#include <optional>

// The rule for the name a file travels under (docs/PROTOCOL.md, "Files"), shared by host and
// clients.
namespace tincan::protocol {

// The name as the host keeps and announces it: trimmed, with path separators and every control,
// format (bidi, zero-width), line and paragraph separator character turned into '_'. Nothing
// when the result is empty, longer than limits::maxFileNameLength or has nothing visible.
std::optional<QString> cleanFileName(const QString &raw);

} // namespace tincan::protocol
