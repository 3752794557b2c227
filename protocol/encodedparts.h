#pragma once

#include "protocol/messages.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The host's fast path for its biggest answers: a welcome or a history page put together from
// parts encoded once (each delivered message, the roster) instead of building a QJsonObject per
// answer. The bytes are exactly those of encode(message) for the same message (tst_protocol).
namespace tincan::protocol::parts {

// A JSON string literal, quotes included, in UTF-8, escaped exactly as QJsonDocument escapes it.
QByteArray jsonString(const QString &text);

// Appends `[item,item,...]` for items that are already JSON.
void appendJsonArray(QByteArray &out, const QList<QByteArray> &items);

// `welcome`, with its roster, roster ids, history and updates given as encoded JSON
// (`welcome.roster`, `rosterIds`, `history` and `updates` are not read).
QByteArray welcome(const Welcome &welcome, QByteArrayView rosterJson, QByteArrayView rosterIdsJson,
                   const QList<QByteArray> &history, const QList<QByteArray> &updates = {});

// A `history` answer from encoded messages.
QByteArray historyPage(const QList<QByteArray> &messages, bool hasMore);

} // namespace tincan::protocol::parts
