#include "server/room/historystore.h"

#include <QAtomicInteger>
#include <QJsonDocument>
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

protocol::ChatMessage messageFrom(const QSqlQuery &query)
{
    protocol::ChatMessage message;
    message.seq = query.value(0).toLongLong();
    message.ts = query.value(1).toLongLong();
    message.from = query.value(2).toString();
    message.text = query.value(3).toString();
    message.clientMsgId = query.value(4).toString();
    const QByteArray file = query.value(5).toByteArray();
    if (!file.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(file);
        if (document.isObject())
            message.file = protocol::FileInfo::fromJson(document.object());
    }
    return message;
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
        && exec(u"CREATE TABLE IF NOT EXISTS messages ("
                " seq INTEGER PRIMARY KEY,"
                " ts INTEGER NOT NULL,"
                " sender TEXT NOT NULL,"
                " body TEXT NOT NULL,"
                " client_msg_id TEXT NOT NULL UNIQUE,"
                " file TEXT)"_s)
        // History from before files: the column is added once.
        && (hasFileColumn() || exec(u"ALTER TABLE messages ADD COLUMN file TEXT"_s))
        && exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"_s)
        // Proves the file takes writes now, not only at the first message.
        && exec(u"INSERT INTO meta (key, value) VALUES ('opened', 1) "
                "ON CONFLICT(key) DO UPDATE SET value = value + 1"_s);
    if (!ok)
        m_open = false;
    return ok;
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

bool HistoryStore::hasFileColumn() const
{
    return number(u"SELECT COUNT(*) FROM pragma_table_info('messages') WHERE name = 'file'"_s) > 0;
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
        u"INSERT INTO messages (seq, ts, sender, body, client_msg_id, file) "
        "VALUES (?, ?, ?, COALESCE(?, ''), ?, ?) "
        "ON CONFLICT(client_msg_id) DO NOTHING"_s);
    QSqlQuery lookup(db);
    lookup.prepare(
        u"SELECT seq, ts, sender, body, client_msg_id, file FROM messages WHERE client_msg_id = ?"_s);

    for (qsizetype i = 0; i < messages.size(); ++i) {
        const protocol::ChatMessage &message = messages[i];
        insert.addBindValue(message.seq);
        insert.addBindValue(message.ts);
        insert.addBindValue(message.from);
        insert.addBindValue(message.text);
        insert.addBindValue(message.clientMsgId);
        insert.addBindValue(message.file
                                ? QVariant(QString::fromUtf8(protocol::encode(message.file->toJson())))
                                : QVariant(QMetaType::fromType<QString>()));
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

QList<protocol::ChatMessage> HistoryStore::before(qint64 before, int limit)
{
    return read(u"WHERE seq < ? ORDER BY seq DESC LIMIT ?"_s, before, limit, true);
}

QList<protocol::ChatMessage> HistoryStore::after(qint64 after, int limit)
{
    return read(u"WHERE seq > ? ORDER BY seq ASC LIMIT ?"_s, after, limit, false);
}

QList<protocol::ChatMessage> HistoryStore::read(const QString &where, qint64 seq, int limit, bool newestFirst)
{
    QList<protocol::ChatMessage> messages;
    if (!m_open)
        return messages;
    QSqlQuery query(database(m_connectionName));
    // A history from before files, opened read-only, has no file column.
    query.prepare((m_readOnly && !hasFileColumn()
                       ? u"SELECT seq, ts, sender, body, client_msg_id, NULL FROM messages "_s
                       : u"SELECT seq, ts, sender, body, client_msg_id, file FROM messages "_s)
                  + where);
    query.addBindValue(seq);
    query.addBindValue(limit);
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

} // namespace tincan
