#include "server/room/historystore.h"

#include "protocol/limits.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "tincan.server.store", QtWarningMsg)

namespace tincan {

namespace {

QSqlDatabase database(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

std::optional<QJsonObject> jsonObject(const QVariant &value)
{
    const QByteArray bytes = value.toByteArray();
    if (bytes.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(protocol::encode(object));
}

// Columns in the order messageFrom() reads them.
const QString allColumns = u"seq, ts, sender, body, client_msg_id, file, author, recipient, to_nick, "
                           "quote, edited, deleted, reactions"_s;

protocol::ChatMessage messageFrom(const QSqlQuery &query)
{
    protocol::ChatMessage message;
    message.seq = query.value(0).toLongLong();
    message.ts = query.value(1).toLongLong();
    message.from = query.value(2).toString();
    message.text = query.value(3).toString();
    message.clientMsgId = query.value(4).toString();
    if (const auto file = jsonObject(query.value(5)))
        message.file = protocol::FileInfo::fromJson(*file);
    message.author = query.value(6).toString();
    message.to = query.value(7).toString();
    if (!message.to.isEmpty())
        message.toNick = query.value(8).toString();
    if (const auto quote = jsonObject(query.value(9)))
        message.reply = protocol::Quote::fromJson(*quote);
    message.edited = query.value(10).toLongLong();
    message.deleted = query.value(11).toLongLong() != 0;
    if (const auto reactions = jsonObject(query.value(12))) {
        // Stored as the wire form's {"reactions":[...]} (see storeReactions).
        QJsonObject probe{{u"seq"_s, 1}, {u"ts"_s, 0}, {u"from"_s, QString()}, {u"text"_s, QString()},
                          {u"reactions"_s, reactions->value("reactions"_L1)}};
        if (const auto parsed = protocol::ChatMessage::fromJson(probe))
            message.reactions = parsed->reactions;
    }
    return message;
}

// Who may read what, as SQL (bound values appended to `values`).
QString readerClause(const HistoryStore::Reader &reader, QVariantList *values)
{
    if (reader.person.isEmpty())
        return u"1"_s;
    if (!reader.with.isEmpty()) {
        values->append(QString(std::min(reader.person, reader.with) + u':' + std::max(reader.person, reader.with)));
        return u"conversation = ?"_s;
    }
    values->append(reader.person);
    values->append(reader.person);
    return u"(recipient IS NULL OR recipient = ? OR author = ?)"_s;
}

} // namespace

HistoryStore::HistoryStore()
{
    static QAtomicInteger<int> counter;
    m_connectionName = u"tincan-history-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

HistoryStore::~HistoryStore()
{
    closeDatabase();
}

bool HistoryStore::open(const QString &filePath)
{
    m_filePath = filePath;
    m_readOnly = false;
    if (openWritable())
        return true;
    // A history that cannot be written (a read-only folder or file, a full disk at start) is
    // still the room's history: it is read as it is, and every write reports the failure.
    const QString writeError = m_error;
    closeDatabase();
    if (!openReadOnly())
        return fail(u"open"_s, writeError.isEmpty() ? m_error : writeError);
    m_readOnly = true;
    m_error = writeError;
    qCWarning(lcStore) << "history is read-only:" << writeError;
    return true;
}

bool HistoryStore::openWritable()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open())
        return fail(u"open"_s, db.lastError().text());
    m_open = true;
    // WAL with synchronous=NORMAL: a committed message survives the host process being killed.
    const bool ok = exec(u"PRAGMA journal_mode=WAL"_s)
        && exec(u"PRAGMA synchronous=NORMAL"_s)
        && exec(u"PRAGMA busy_timeout=2000"_s)
        && exec(u"PRAGMA secure_delete=ON"_s) // a deleted text's pages are overwritten
        && exec(u"CREATE TABLE IF NOT EXISTS messages ("
                " seq INTEGER PRIMARY KEY,"
                " ts INTEGER NOT NULL,"
                " sender TEXT NOT NULL,"
                " body TEXT NOT NULL,"
                " client_msg_id TEXT NOT NULL UNIQUE,"
                " file TEXT)"_s)
        && migrate()
        && exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS secrets (key TEXT PRIMARY KEY, value BLOB NOT NULL)"_s)
        // Proves the file takes writes now, not only at the first message.
        && exec(u"INSERT INTO meta (key, value) VALUES ('opened', 1) "
                "ON CONFLICT(key) DO UPDATE SET value = value + 1"_s);
    if (!ok) {
        m_open = false;
    } else {
        chooseColumns();
        m_purgePending = number(u"SELECT COALESCE(MAX(value), 0) FROM meta WHERE key = 'purge_pending'"_s) > 0;
    }
    return ok;
}

bool HistoryStore::migrate()
{
    // Each column added once to a history from before it; every step may be run again.
    static const std::pair<QLatin1StringView, QLatin1StringView> added[] = {
        {"file"_L1, "TEXT"_L1},          {"author"_L1, "TEXT"_L1},   {"recipient"_L1, "TEXT"_L1},
        {"to_nick"_L1, "TEXT"_L1},       {"conversation"_L1, "TEXT"_L1},
        {"reply_to"_L1, "INTEGER"_L1},   {"quote"_L1, "TEXT"_L1},    {"edited"_L1, "INTEGER"_L1},
        {"deleted"_L1, "INTEGER NOT NULL DEFAULT 0"_L1},           {"changed"_L1, "INTEGER"_L1},
        {"reactions"_L1, "TEXT"_L1},
    };
    for (const auto &[name, definition] : added) {
        if (!hasColumn(name) && !addColumn(name, definition))
            return false;
    }
    const bool newIndex = number(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'messages_fts'"_s) == 0;
    const bool ok = exec(u"CREATE INDEX IF NOT EXISTS messages_conversation ON messages (conversation, seq) "
                         "WHERE conversation IS NOT NULL"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS messages_changed ON messages (changed) WHERE changed IS NOT NULL"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS messages_reply ON messages (reply_to) WHERE reply_to IS NOT NULL"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS reactions (seq INTEGER NOT NULL, emoji TEXT NOT NULL,"
                " person TEXT NOT NULL, nick TEXT NOT NULL, at INTEGER NOT NULL,"
                " PRIMARY KEY (seq, emoji, person)) WITHOUT ROWID"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS reactions_order ON reactions (seq, emoji, at)"_s)
        // Search: FTS5 over the messages' text (the external-content pattern), kept in step by
        // triggers. Words are matched without regard to case or accents.
        && exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5(body, content='messages',"
                " content_rowid='seq', tokenize='unicode61 remove_diacritics 2')"_s)
        && exec(u"CREATE TRIGGER IF NOT EXISTS messages_fts_insert AFTER INSERT ON messages BEGIN"
                " INSERT INTO messages_fts (rowid, body) VALUES (new.seq, new.body); END"_s)
        && exec(u"CREATE TRIGGER IF NOT EXISTS messages_fts_delete AFTER DELETE ON messages BEGIN"
                " INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.seq, old.body); END"_s)
        && exec(u"CREATE TRIGGER IF NOT EXISTS messages_fts_update AFTER UPDATE OF body ON messages BEGIN"
                " INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.seq, old.body);"
                " INSERT INTO messages_fts (rowid, body) VALUES (new.seq, new.body); END"_s)
        // A history from before search gets its index once.
        && (!newIndex || exec(u"INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')"_s));
    return ok;
}

void HistoryStore::chooseColumns()
{
    // A history from before some columns, opened read-only, reads them as empty.
    QStringList columns = allColumns.split(u", "_s);
    for (QString &column : columns) {
        if (!hasColumn(column))
            column = u"NULL"_s;
    }
    m_columns = columns.join(u", "_s);
    m_hasChanges = hasColumn(u"changed"_s);
    m_searchable = number(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'messages_fts'"_s) > 0
        && hasColumn(u"deleted"_s) && hasColumn(u"recipient"_s);
}

bool HistoryStore::openReadOnly()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    // Immutable: no lock and no -wal or -shm file is made, which a read-only folder refuses.
    QUrl uri = QUrl::fromLocalFile(m_filePath);
    uri.setScheme(u"file"_s);
    uri.setQuery(u"mode=ro&immutable=1"_s);
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return fail(u"open read-only"_s, db.lastError().text());
    m_open = true;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*) FROM messages"_s)) {
        m_open = false;
        return fail(u"open read-only"_s, query.lastError().text());
    }
    chooseColumns();
    return true;
}

void HistoryStore::closeDatabase()
{
    m_open = false;
    if (QSqlDatabase::contains(m_connectionName)) {
        database(m_connectionName).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

qint64 HistoryStore::reservedSeq() const
{
    // A history from before reservations has no meta table.
    if (number(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s) == 0)
        return 0;
    return number(u"SELECT COALESCE(MAX(value), 0) FROM meta WHERE key = 'reserved_seq'"_s);
}

bool HistoryStore::reserveSeq(qint64 upTo)
{
    if (!m_open || m_readOnly)
        return fail(u"reserve"_s, m_error.isEmpty() ? u"history is not writable"_s : m_error);
    QSqlQuery query(database(m_connectionName));
    query.prepare(u"INSERT INTO meta (key, value) VALUES ('reserved_seq', ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = MAX(value, excluded.value)"_s);
    query.addBindValue(upTo);
    if (!query.exec())
        return fail(u"reserve"_s, query.lastError().text());
    return true;
}

bool HistoryStore::isOpen() const
{
    return m_open;
}

QString HistoryStore::errorString() const
{
    return m_error;
}

QString HistoryStore::filePath() const
{
    return m_filePath;
}

bool HistoryStore::hasColumn(const QString &name) const
{
    if (!m_open)
        return false;
    QSqlQuery query(database(m_connectionName));
    query.prepare(u"SELECT COUNT(*) FROM pragma_table_info('messages') WHERE name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toLongLong() > 0;
}

bool HistoryStore::addColumn(const QString &name, const QString &definition)
{
    return exec(u"ALTER TABLE messages ADD COLUMN "_s + name + u' ' + definition);
}

bool HistoryStore::exec(const QString &statement)
{
    QSqlQuery query(database(m_connectionName));
    if (!query.exec(statement))
        return fail(statement, query.lastError().text());
    return true;
}

bool HistoryStore::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : detail;
    qCWarning(lcStore) << "history storage failed:" << what << detail;
    return false;
}

qint64 HistoryStore::lastSeq() const
{
    return number(u"SELECT COALESCE(MAX(seq), 0) FROM messages"_s);
}

qint64 HistoryStore::lastChangeSeq() const
{
    if (!m_hasChanges)
        return 0;
    return number(u"SELECT COALESCE(MAX(changed), 0) FROM messages WHERE changed IS NOT NULL"_s);
}

qint64 HistoryStore::firstSeq() const
{
    return number(u"SELECT COALESCE(MIN(seq), 0) FROM messages"_s);
}

qint64 HistoryStore::number(const QString &statement) const
{
    if (!m_open)
        return 0;
    QSqlQuery query(database(m_connectionName));
    if (query.exec(statement) && query.next())
        return query.value(0).toLongLong();
    qCWarning(lcStore) << "history could not be read:" << query.lastError().text();
    return 0;
}

bool HistoryStore::append(const QList<protocol::ChatMessage> &messages,
                          QList<std::optional<protocol::ChatMessage>> *existing)
{
    *existing = QList<std::optional<protocol::ChatMessage>>(messages.size(), std::nullopt);
    if (!m_open)
        return fail(u"append"_s, u"history is not open"_s);
    if (m_readOnly)
        return fail(u"append"_s, m_error);

    QSqlDatabase db = database(m_connectionName);
    if (!db.transaction())
        return fail(u"begin"_s, db.lastError().text());

    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO messages (seq, ts, sender, body, client_msg_id, file, author, recipient, to_nick,"
        " conversation, reply_to, quote) "
        "VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(client_msg_id) DO NOTHING"_s);
    QSqlQuery lookup(db);
    lookup.prepare(u"SELECT "_s + m_columns + u" FROM messages WHERE client_msg_id = ?"_s);
    const QVariant null(QMetaType::fromType<QString>());
    const QVariant nullNumber(QMetaType::fromType<qlonglong>());

    for (qsizetype i = 0; i < messages.size(); ++i) {
        const protocol::ChatMessage &message = messages[i];
        insert.addBindValue(message.seq);
        insert.addBindValue(message.ts);
        insert.addBindValue(message.from);
        insert.addBindValue(message.text);
        insert.addBindValue(message.clientMsgId);
        insert.addBindValue(message.file ? QVariant(jsonText(message.file->toJson())) : null);
        insert.addBindValue(message.author.isEmpty() ? null : QVariant(message.author));
        insert.addBindValue(message.to.isEmpty() ? null : QVariant(message.to));
        insert.addBindValue(message.to.isEmpty() ? null : QVariant(message.toNick));
        insert.addBindValue(message.to.isEmpty()
                                ? null
                                : QVariant(std::min(message.author, message.to) + u':'
                                           + std::max(message.author, message.to)));
        insert.addBindValue(message.reply ? QVariant(message.reply->seq) : nullNumber);
        insert.addBindValue(message.reply ? QVariant(jsonText(message.reply->toJson())) : null);
        if (!insert.exec()) {
            const QString detail = insert.lastError().text();
            db.rollback();
            return fail(u"insert"_s, detail);
        }
        if (insert.numRowsAffected() == 0) {
            lookup.addBindValue(message.clientMsgId);
            if (lookup.exec() && lookup.next())
                (*existing)[i] = messageFrom(lookup);
            lookup.finish();
        }
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        *existing = QList<std::optional<protocol::ChatMessage>>(messages.size(), std::nullopt);
        return fail(u"commit"_s, detail);
    }
    return true;
}

QList<protocol::ChatMessage> HistoryStore::before(qint64 before, int limit, const Reader &reader)
{
    QVariantList values{before};
    const QString clause = readerClause(reader, &values);
    values.append(limit);
    return read(u"WHERE seq < ? AND "_s + clause + u" ORDER BY seq DESC LIMIT ?"_s, values, true);
}

QList<protocol::ChatMessage> HistoryStore::after(qint64 after, int limit, const Reader &reader)
{
    QVariantList values{after};
    const QString clause = readerClause(reader, &values);
    values.append(limit);
    return read(u"WHERE seq > ? AND "_s + clause + u" ORDER BY seq ASC LIMIT ?"_s, values, false);
}

QList<protocol::ChatMessage> HistoryStore::changedSince(qint64 since, qint64 upTo, int limit,
                                                        const Reader &reader)
{
    if (!m_hasChanges)
        return {};
    QVariantList values{since, upTo};
    const QString clause = readerClause(reader, &values);
    values.append(limit);
    QList<protocol::ChatMessage> messages = read(
        u"WHERE changed > ? AND seq <= ? AND "_s + clause + u" ORDER BY changed DESC LIMIT ?"_s, values,
        false);
    std::sort(messages.begin(), messages.end(),
              [](const protocol::ChatMessage &a, const protocol::ChatMessage &b) { return a.seq < b.seq; });
    return messages;
}

std::optional<protocol::ChatMessage> HistoryStore::message(qint64 seq)
{
    const QList<protocol::ChatMessage> found = read(u"WHERE seq = ?"_s, {seq}, false);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<protocol::ChatMessage> HistoryStore::read(const QString &where, const QVariantList &values,
                                                bool newestFirst)
{
    QList<protocol::ChatMessage> messages;
    if (!m_open)
        return messages;
    QSqlQuery query(database(m_connectionName));
    query.prepare(u"SELECT "_s + m_columns + u" FROM messages "_s + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(u"read"_s, query.lastError().text());
        return messages;
    }
    while (query.next())
        messages.append(messageFrom(query));
    if (newestFirst)
        std::reverse(messages.begin(), messages.end()); // always handed out oldest first
    return messages;
}

bool HistoryStore::setQuotes(qint64 seq, const QString &quoteJson)
{
    QSqlQuery query(database(m_connectionName));
    query.prepare(u"UPDATE messages SET quote = ? WHERE reply_to = ?"_s);
    query.addBindValue(quoteJson);
    query.addBindValue(seq);
    if (!query.exec())
        return fail(u"quote"_s, query.lastError().text());
    return true;
}

bool HistoryStore::edit(qint64 seq, const QString &text, qint64 editedTs, qint64 changeSeq,
                        const QString &quote)
{
    if (!m_open || m_readOnly)
        return fail(u"edit"_s, m_error.isEmpty() ? u"history is not writable"_s : m_error);
    QSqlDatabase db = database(m_connectionName);
    if (!db.transaction())
        return fail(u"begin"_s, db.lastError().text());
    QSqlQuery query(db);
    query.prepare(u"UPDATE messages SET body = ?, edited = ?, changed = ? WHERE seq = ? AND deleted = 0"_s);
    query.addBindValue(text);
    query.addBindValue(editedTs);
    query.addBindValue(changeSeq);
    query.addBindValue(seq);
    if (!query.exec() || !setQuotes(seq, quote) || !db.commit()) {
        const QString detail = query.lastError().text() + db.lastError().text();
        db.rollback();
        return fail(u"edit"_s, detail);
    }
    // The words edited away leave the index like a deleted text's.
    notePurgePending();
    return true;
}

bool HistoryStore::remove(qint64 seq, qint64 changeSeq)
{
    if (!m_open || m_readOnly)
        return fail(u"delete"_s, m_error.isEmpty() ? u"history is not writable"_s : m_error);
    QSqlDatabase db = database(m_connectionName);
    if (!db.transaction())
        return fail(u"begin"_s, db.lastError().text());
    QSqlQuery query(db);
    query.prepare(u"UPDATE messages SET body = '', file = NULL, quote = NULL, reply_to = NULL,"
                  " reactions = NULL, edited = NULL, deleted = 1, changed = ? WHERE seq = ?"_s);
    query.addBindValue(changeSeq);
    query.addBindValue(seq);
    QSqlQuery reactions(db);
    reactions.prepare(u"DELETE FROM reactions WHERE seq = ?"_s);
    reactions.addBindValue(seq);
    protocol::Quote gone;
    gone.seq = seq;
    gone.deleted = true;
    if (const std::optional<protocol::ChatMessage> original = message(seq)) {
        gone.from = original->from;
        gone.author = original->author;
    }
    if (!query.exec() || !reactions.exec() || !setQuotes(seq, jsonText(gone.toJson())) || !db.commit()) {
        const QString detail = query.lastError().text() + reactions.lastError().text()
            + db.lastError().text();
        db.rollback();
        return fail(u"delete"_s, detail);
    }
    // The text is overwritten in the table (secure_delete) and the log emptied now; the search
    // index keeps the words in its segments until they are merged: purgeStep() does that.
    QSqlQuery checkpoint(db);
    checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    notePurgePending();
    return true;
}

void HistoryStore::notePurgePending()
{
    // Kept in the file, so a host stopped before the purge finishes it at its next start.
    exec(u"INSERT INTO meta (key, value) VALUES ('purge_pending', 1) "
         "ON CONFLICT(key) DO UPDATE SET value = 1"_s);
    m_purgePending = true; // this run purges even if the mark could not be kept
}

bool HistoryStore::purgeStep()
{
    if (!m_purgePending || !m_open || m_readOnly)
        return false;
    // A bounded piece of a full merge of the index (FTS5 'merge' with a negative page count):
    // repeated until a step changes next to nothing, when the deleted words are gone.
    const qint64 before = number(u"SELECT total_changes()"_s);
    if (!exec(u"INSERT INTO messages_fts (messages_fts, rank) VALUES ('merge', -1000)"_s)) {
        m_purgePending = false;
        return false;
    }
    if (number(u"SELECT total_changes()"_s) - before >= 2)
        return true;
    m_purgePending = false;
    exec(u"UPDATE meta SET value = 0 WHERE key = 'purge_pending'"_s);
    QSqlQuery checkpoint(database(m_connectionName));
    checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return false;
}

bool HistoryStore::react(qint64 seq, const QString &emoji, const QString &person, const QString &nick,
                         bool on, qint64 changeSeq, bool *changed, bool *tooMany)
{
    *changed = false;
    *tooMany = false;
    if (!m_open || m_readOnly)
        return fail(u"react"_s, m_error.isEmpty() ? u"history is not writable"_s : m_error);
    QSqlDatabase db = database(m_connectionName);
    if (!db.transaction())
        return fail(u"begin"_s, db.lastError().text());
    QSqlQuery query(db);
    if (on) {
        // One person gives one message at most maxReactionsPerPerson different emoji.
        QSqlQuery given(db);
        given.prepare(u"SELECT COUNT(*), SUM(emoji = ?) FROM reactions WHERE seq = ? AND person = ?"_s);
        given.addBindValue(emoji);
        given.addBindValue(seq);
        given.addBindValue(person);
        if (given.exec() && given.next() && given.value(1).toLongLong() == 0
            && given.value(0).toLongLong() >= limits::maxReactionsPerPerson) {
            db.rollback();
            *tooMany = true;
            return true;
        }
        query.prepare(u"INSERT INTO reactions (seq, emoji, person, nick, at) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT DO NOTHING"_s);
        query.addBindValue(seq);
        query.addBindValue(emoji);
        query.addBindValue(person);
        query.addBindValue(nick);
        query.addBindValue(changeSeq);
    } else {
        query.prepare(u"DELETE FROM reactions WHERE seq = ? AND emoji = ? AND person = ?"_s);
        query.addBindValue(seq);
        query.addBindValue(emoji);
        query.addBindValue(person);
    }
    if (!query.exec()) {
        const QString detail = query.lastError().text();
        db.rollback();
        return fail(u"react"_s, detail);
    }
    *changed = query.numRowsAffected() > 0;
    if (*changed && !storeReactions(seq, changeSeq)) {
        db.rollback();
        *changed = false;
        return false;
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        *changed = false;
        return fail(u"react"_s, detail);
    }
    return true;
}

bool HistoryStore::storeReactions(qint64 seq, qint64 changeSeq)
{
    // The wire form, ready to read: emoji in the order first given, each with its count and the
    // first reactorsListed people. Counted per emoji and read a page of people per emoji, so a
    // reaction costs the same however many people reacted.
    QSqlQuery query(database(m_connectionName));
    query.prepare(u"SELECT emoji, COUNT(*), MIN(at) AS first FROM reactions WHERE seq = ? GROUP BY emoji "
                  "ORDER BY first, emoji"_s);
    query.addBindValue(seq);
    if (!query.exec())
        return fail(u"reactions"_s, query.lastError().text());
    QList<protocol::Reaction> reactions;
    while (query.next())
        reactions.append({query.value(0).toString(), int(query.value(1).toLongLong()), {}});
    QSqlQuery people(database(m_connectionName));
    people.prepare(u"SELECT person, nick FROM reactions WHERE seq = ? AND emoji = ? ORDER BY at, person LIMIT ?"_s);
    for (protocol::Reaction &reaction : reactions) {
        people.addBindValue(seq);
        people.addBindValue(reaction.emoji);
        people.addBindValue(limits::reactorsListed);
        if (!people.exec())
            return fail(u"reactions"_s, people.lastError().text());
        while (people.next())
            reaction.people.append({people.value(0).toString(), people.value(1).toString()});
    }
    protocol::ChatMessage carrier;
    carrier.seq = seq;
    carrier.reactions = reactions;
    const QJsonObject wire = carrier.toJson();
    QSqlQuery update(database(m_connectionName));
    update.prepare(u"UPDATE messages SET reactions = ?, changed = ? WHERE seq = ?"_s);
    update.addBindValue(reactions.isEmpty()
                            ? QVariant(QMetaType::fromType<QString>())
                            : QVariant(jsonText(QJsonObject{{u"reactions"_s, wire.value("reactions"_L1)}})));
    update.addBindValue(changeSeq);
    update.addBindValue(seq);
    if (!update.exec())
        return fail(u"reactions"_s, update.lastError().text());
    return true;
}

QList<protocol::ChatMessage> HistoryStore::search(const QStringList &terms, qint64 before, int limit,
                                                  const Reader &reader)
{
    if (!m_open || !m_searchable || terms.isEmpty())
        return {};
    // Each word quoted, so the user's text is never read as FTS5 syntax, and a prefix ("wor"*)
    // unless it is shorter than minPrefixLength (a whole word then: a short prefix matches most
    // of the history, and costs the room's thread accordingly).
    QStringList phrases;
    for (const QString &term : terms) {
        const QString quoted = u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"';
        // Counted as the index sees the word: marks (accents) are not letters of their own.
        const QList<uint> points = term.toUcs4();
        const qsizetype letters = std::count_if(points.cbegin(), points.cend(), [](uint c) {
            const QChar::Category category = QChar::category(char32_t(c));
            return category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining
                && category != QChar::Mark_Enclosing;
        });
        phrases.append(letters >= limits::minPrefixLength ? quoted + u'*' : quoted);
    }
    QVariantList values{phrases.join(u" AND "_s), before};
    const QString clause = readerClause(reader, &values);
    values.append(limit);
    // The bound on the index's rowid, ordered by it: FTS5 walks its matches newest first and
    // stops at the limit (no sort, no list of every match).
    QStringList columns = m_columns.split(u", "_s);
    for (QString &column : columns) {
        if (column != u"NULL"_s)
            column.prepend(u"m."_s);
    }
    QList<protocol::ChatMessage> messages;
    QSqlQuery query(database(m_connectionName));
    query.prepare(u"SELECT "_s + columns.join(u", "_s)
                  + u" FROM messages_fts JOIN messages m ON m.seq = messages_fts.rowid"
                    " WHERE messages_fts MATCH ? AND messages_fts.rowid < ? AND m.deleted = 0 AND "_s
                  + clause + u" ORDER BY messages_fts.rowid DESC LIMIT ?"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(u"search"_s, query.lastError().text());
        return messages;
    }
    while (query.next())
        messages.append(messageFrom(query));
    return messages;
}

QByteArray HistoryStore::identitySecret()
{
    if (!m_open)
        return {};
    QSqlDatabase db = database(m_connectionName);
    if (number(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'secrets'"_s) > 0) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT value FROM secrets WHERE key = 'identity'"_s) && query.next())
            return query.value(0).toByteArray();
    }
    if (m_readOnly)
        return {};
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO secrets (key, value) VALUES ('identity', ?)"_s);
    insert.addBindValue(secret);
    if (!insert.exec()) {
        fail(u"secret"_s, insert.lastError().text());
        return {};
    }
    return secret;
}

} // namespace tincan
