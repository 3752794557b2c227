#include "protocol/encodedparts.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tincan::protocol::parts {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

void appendJsonArray(QByteArray &out, const QList<QByteArray> &items)
{
    qsizetype size = out.size() + 2;
    for (const QByteArray &item : items)
        size += item.size() + 1;
    out.reserve(size);
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(items[i]);
    }
    out.append(']');
}

QByteArray welcome(const Welcome &welcome, QByteArrayView rosterJson, QByteArrayView rosterIdsJson,
                   const QList<QByteArray> &history, const QList<QByteArray> &updates)
{
    // Keys in the order QJsonDocument writes them (sorted), so the bytes match encode().
    QByteArray out;
    out.append(R"({"hasMore":)").append(welcome.hasMore ? "true" : "false").append(R"(,"history":)");
    appendJsonArray(out, history);
    out.reserve(out.size() + 320 + rosterJson.size() + rosterIdsJson.size());
    out.append(R"(,"host":)").append(jsonString(welcome.host));
    out.append(R"(,"id":)").append(jsonString(welcome.id));
    out.append(R"(,"lastSeq":)").append(QByteArray::number(welcome.lastSeq))
        .append(R"(,"limits":{"historyPageSize":)").append(QByteArray::number(welcome.limits.historyPageSize))
        .append(R"(,"maxNickLength":)").append(QByteArray::number(welcome.limits.maxNickLength))
        .append(R"(,"maxTextLength":)").append(QByteArray::number(welcome.limits.maxTextLength))
        .append(R"(},"nick":)").append(jsonString(welcome.nick))
        .append(R"(,"resumeToken":)").append(jsonString(welcome.resumeToken))
        .append(R"(,"room":)").append(jsonString(welcome.room))
        .append(R"(,"roster":)").append(rosterJson)
        .append(R"(,"rosterIds":)").append(rosterIdsJson)
        .append(R"(,"type":"welcome")");
    if (!updates.isEmpty()) {
        out.append(R"(,"updates":)");
        appendJsonArray(out, updates);
    }
    out.append(R"(,"version":)").append(QByteArray::number(welcome.version)).append('}');
    return out;
}

QByteArray historyPage(const QList<QByteArray> &messages, bool hasMore)
{
    QByteArray out;
    out.append(R"({"hasMore":)").append(hasMore ? "true" : "false").append(R"(,"messages":)");
    appendJsonArray(out, messages);
    out.append(R"(,"type":"history"})");
    return out;
}

} // namespace tincan::protocol::parts
