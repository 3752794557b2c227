#include "protocol/nickname.h"

#include "protocol/limits.h"


namespace tincan::protocol {

namespace {

bool isForbidden(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:      // C0/C1 controls, including newlines and tabs
    case QChar::Other_Format:       // bidi overrides and isolates, zero-width characters
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:    // a lone surrogate: broken UTF-16
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

} // namespace

NickProblem checkNick(const QString &raw, QString *normalized)
{
    const QString nick = raw.trimmed();
    if (normalized)
        *normalized = nick;
    if (nick.isEmpty())
        return NickProblem::Empty;
    if (nick.size() > limits::maxNickLength)
        return NickProblem::TooLong;
    return hasForbiddenNameCharacter(nick) ? NickProblem::BadCharacter : NickProblem::None;
}

bool hasForbiddenNameCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isForbidden(c))
            return true;
    }
    return false;
}

QString nickKey(const QString &nick)
{
    return nick.toCaseFolded();
}

QString suggestNick(const QString &taken, const std::function<bool(const QString &)> &isTaken)
{
    for (int n = 2;; ++n) {
        const QString suffix = u' ' + QString::number(n);
        QString base = taken.left(limits::maxNickLength - suffix.size());
        // Never cut a surrogate pair in half.
        if (!base.isEmpty() && base.back().isHighSurrogate())
            base.chop(1);
        const QString candidate = base.trimmed() + suffix;
        if (!isTaken(candidate))
            return candidate;
    }
}

TextProblem checkText(const QString &text)
{
    if (text.size() > limits::maxTextLength)
        return TextProblem::TooLong;
    if (text.trimmed().isEmpty())
        return TextProblem::Empty;
    return TextProblem::None;
}

} // namespace tincan::protocol
