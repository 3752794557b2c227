#include "protocol/filename.h"

#include "protocol/limits.h"
#include "protocol/nickname.h"

namespace tincan::protocol {

namespace {

bool mustReplace(char32_t c)
{
    if (c == u'/' || c == u'\\')
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:       // bidi overrides and isolates, zero-width characters
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:    // a lone half of a pair
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<QString> cleanFileName(const QString &raw)
{
    const QString trimmed = raw.trimmed();
    QString name;
    name.reserve(trimmed.size());
    for (qsizetype i = 0; i < trimmed.size();) {
        char32_t c = trimmed.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < trimmed.size() && trimmed.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(trimmed.at(i), trimmed.at(i + 1));
            width = 2;
        }
        if (mustReplace(c))
            name += u'_';
        else
            name += trimmed.mid(i, width);
        i += width;
    }
    if (name.isEmpty() || name.size() > limits::maxFileNameLength || !hasVisibleCharacter(name)
        || name == u"." || name == u"..")
        return std::nullopt;
    return name;
}

} // namespace tincan::protocol
