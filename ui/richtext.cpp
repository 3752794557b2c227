#include "ui/richtext.h"

#include <QRegularExpression>
#include <QUrl>

namespace tincan {

namespace {

const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]}'»”]"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The link a match stands for, or an invalid URL when it is not a usable http(s) link.
QUrl linkFor(const QString &shown)
{
    QString target = shown;
    if (target.startsWith(QLatin1StringView("www."), Qt::CaseInsensitive))
        target.prepend(QLatin1StringView("http://"));
    const QUrl url(target, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https")))
        return url;
    return {};
}

} // namespace

QList<QUrl> RichText::links(const QString &text)
{
    QList<QUrl> result;
    QRegularExpressionMatchIterator it = linkPattern().globalMatch(text);
    while (it.hasNext()) {
        const QUrl url = linkFor(it.next().captured());
        if (url.isValid())
            result.append(url);
    }
    return result;
}

QString RichText::fromPlainText(const QString &text)
{
    QString html;
    html.reserve(text.size() + 32);
    qsizetype position = 0;
    QRegularExpressionMatchIterator it = linkPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(position, match.capturedStart() - position).toHtmlEscaped();
        const QString shown = match.captured();
        const QUrl url = linkFor(shown);
        if (url.isValid()) {
            html += QStringLiteral("<a href=\"") + QString::fromUtf8(url.toEncoded()).toHtmlEscaped()
                + QStringLiteral("\">") + shown.toHtmlEscaped() + QStringLiteral("</a>");
        } else {
            html += shown.toHtmlEscaped();
        }
        position = match.capturedEnd();
    }
    html += text.mid(position).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1StringView("<br>"));
    // Runs of spaces stay as typed.
    html.replace(QLatin1StringView("  "), QLatin1StringView("&nbsp; "));
    return html;
}

} // namespace tincan
