#pragma once

#include <QtGlobal>

// Every size, rate and time limit of Tincan, in one place. docs/SECURITY.md lists each one with
// what a peer gets when it crosses it; keep the two in step.
namespace tincan::limits {

// --- HTTP front door ---
inline constexpr qsizetype maxRequestLineBytes = 8 * 1024;    // longer: 414
inline constexpr qsizetype maxHeadBytes = 16 * 1024;          // larger: 431
inline constexpr int maxHeaderFields = 100;                   // more header lines: 431 (Qt's own)
inline constexpr int headTimeoutMs = 5000;                    // head not complete: 408, close
inline constexpr int handshakeTimeoutMs = 5000;               // upgrade handed to Qt, not done: cut
inline constexpr int maxPendingHttpConnections = 512;         // more unanswered at once: 503
inline constexpr int maxUnansweredPerAddress = 16;            // from one address: 503
inline constexpr int maxConnectionsPerAddress = 64;           // of every kind, from one address: 503
inline constexpr int maxConnections = 21000;                  // at once in all; fewer if the system's
                                                              // open-file limit is lower: 503
inline constexpr int acceptRetryMs = 1000;                    // out of descriptors: accept again after
inline constexpr int openFilesReserved = 64;                  // kept for the history, logs and Qt
inline constexpr int listenBacklog = 1024;                    // connections the kernel queues

// --- WebSocket transport ---
inline constexpr qsizetype maxIncomingMessageBytes = 64 * 1024;   // larger: close 1009
inline constexpr qsizetype maxIncomingFrameBytes = 64 * 1024;     // larger: close 1009
// What the host reads ahead from one chat connection: room for a whole largest frame, so Qt can
// always finish one, and no more, so a client that floods waits in its own kernel buffers.
inline constexpr qint64 chatReadBufferBytes = 2 * maxIncomingFrameBytes;
inline constexpr qint64 maxPendingOutBytes = 4 * 1024 * 1024;    // unsent data: close 1013
inline constexpr int pingIntervalMs = 15000;
inline constexpr int pongTimeoutMs = 45000;                   // no pong for this long: abort
inline constexpr int helloTimeoutMs = 10000;                  // not welcomed: close 1008
inline constexpr int rejoinGraceMs = 5000;                    // a leave is announced this late: who
                                                              // comes back sooner never left
inline constexpr int maxPeers = 20000;                        // room full: error + close 1013
inline constexpr qsizetype maxAnswerBytes = 1024 * 1024;      // messages in one welcome or history
                                                              // answer, in bytes (then hasMore)
inline constexpr qint64 maxPendingAnswerBytes = 4 * 1024 * 1024; // answers (welcome, history) let
                                                              // wait on top of maxPendingOutBytes
inline constexpr int closeGraceMs = 2000;                     // closed peer silent this long: cut
inline constexpr int stopGraceMs = 1000;                      // host stopping: wait for goodbyes
inline constexpr int portAttempts = 20;                       // default port busy: try this many

// --- Chat ---
inline constexpr int maxNickLength = 32;                      // UTF-16 units, after trimming
inline constexpr int maxRoomNameLength = 64;
inline constexpr int maxTextLength = 16000;                   // UTF-16 units per message
inline constexpr int maxClientMsgIdLength = 64;
inline constexpr qint64 seqReservation = 10000;              // seqs reserved on disk ahead of use:
                                                              // a restart may skip up to this many
inline constexpr qint64 maxSeqCatchUp = 1000000;              // a resume above the host's newest seq
                                                              // moves numbering up by at most this
inline constexpr int welcomeHistory = 50;                     // messages in a fresh welcome
inline constexpr int resumeMax = 1000;                        // missed messages in a resume welcome
inline constexpr int historyPageSize = 100;                   // per history request
inline constexpr int sendBurst = 20;                          // messages a peer may send at once
inline constexpr int sendPerSecond = 5;                       // then this many per second
inline constexpr int typingRelayIntervalMs = 500;             // a person's typing state is relayed
                                                              // at most this often (the latest wins)
inline constexpr int typingRefreshMs = 3000;                  // clients resend "typing" this often
inline constexpr int typingExpiryMs = 6000;                   // not refreshed: no longer typing
inline constexpr int controlBurst = 30;                       // history/rename/other requests
inline constexpr int controlPerSecond = 5;                    // over it: rate-limited error

// --- Conversations (docs/PROTOCOL.md: private messages, replies, reactions, edits, search) ---
inline constexpr int quoteLength = 140;                       // UTF-16 units of a reply's quote
inline constexpr int maxEmojiLength = 16;                     // UTF-16 units: reaction-invalid
inline constexpr int maxReactionsPerMessage = 20;             // different emoji on one message:
                                                              // too-many-reactions
inline constexpr int reactorsListed = 20;                     // names sent per emoji (then a count)
inline constexpr int reactionBurst = 30;                      // reactions a person may give at once,
inline constexpr int reactionsPerSecond = 5;                  // then this many per second
inline constexpr int editBurst = 10;                          // edits and deletes at once,
inline constexpr int editsPerSecond = 2;                      // then this many per second
inline constexpr int maxSearchLength = 200;                   // UTF-16 units: search-too-long
inline constexpr int maxSearchTerms = 8;                      // words of a search (more: ignored)
inline constexpr int minPrefixLength = 3;                     // shorter words match whole words only
inline constexpr int searchPageSize = 20;                     // results per answer
inline constexpr int searchBurst = 5;                         // searches a person may make at once,
inline constexpr int searchesPerSecond = 1;                   // then this many per second
inline constexpr int roomSearchBurst = 10;                    // searches in the whole room at once,
inline constexpr int roomSearchesPerSecond = 3;               // then this many per second: a search
                                                              // costs the room's thread
inline constexpr int resumeUpdatesMax = 1000;                 // changed messages in a resume welcome
inline constexpr int purgeDelayMs = 5000;                     // after the last delete, the search
inline constexpr int purgeStepIntervalMs = 500;               // index is merged in steps this far
                                                              // apart until deleted words are gone,
inline constexpr int purgeIntervalMs = 5 * 60000;             // at most once in this long (a purge
                                                              // rewrites the whole index)
inline constexpr int maxReactionsPerPerson = 3;               // different emoji one person gives one
                                                              // message: too-many-reactions

// --- Keeping the room (access code, bans, lock) ---
inline constexpr int minAccessCodeLength = 6;                 // letters and digits a host's code has
inline constexpr int maxAccessCodeLength = 64;                // UTF-16 units; longer: refused (host)
                                                              // or simply wrong (client)
inline constexpr int wrongCodeTries = 5;                      // wrong codes from one address in
inline constexpr int wrongCodeWindowMs = 60000;               // this long; one more: blocked for
inline constexpr int wrongCodeBlockMs = 5 * 60000;            // this long (access-blocked)
inline constexpr int roomWrongCodeBurst = 30;                 // wrong codes room-wide, from any
inline constexpr int roomWrongCodesPerSecond = 1;             // address; over it no code is compared
                                                              // for a while (rate-limited)
inline constexpr int accessCodeWaitMs = 3 * 60000;            // told access-denied: the connection
                                                              // waits this long for the code (1008)
inline constexpr int accessAddressesTracked = 4096;           // addresses whose wrong codes are
                                                              // counted (the oldest forgotten)
inline constexpr int resumeTokensKept = 100000;               // people of this hosting session whose
                                                              // tokens let them back in while the room
                                                              // is locked or has a new code
inline constexpr int maxBans = 1000;                          // per hosting session: not-allowed

// --- Files (docs/PROTOCOL.md, "Files") ---
inline constexpr qint64 defaultMaxFileSize = qint64(2) << 30;  // --max-file-size: file-too-large
inline constexpr qint64 defaultMaxStorage = qint64(10) << 30;  // --max-storage: every file kept
                                                              // and every open slot: storage-full
inline constexpr qint64 minFreeDiskBytes = qint64(1) << 30;   // an upload may not leave less free
                                                              // on the data folder's disk
inline constexpr int maxFileNameLength = 255;                 // UTF-16 units: file-name-invalid
inline constexpr int maxUploadsPerPeer = 4;                   // open slots per person and
inline constexpr int maxUploadsPerAddress = 8;                // per address: too-many-uploads
inline constexpr int maxOpenUploads = 256;                    // in the whole room: too-many-uploads
inline constexpr int storageShareDivisor = 4;                 // one address (or person) may hold room
                                                              // for at most max-storage / 4 (or one
                                                              // largest file) of bytes still to come
inline constexpr int uploadIdleMs = 10 * 60000;               // a slot with no bytes this long is
                                                              // forgotten (its bytes deleted)
inline constexpr int transferIdleMs = 60000;                  // an upload or download that moves
                                                              // nothing this long is cut
inline constexpr qint64 transferChunkBytes = 256 * 1024;      // read or written per step
inline constexpr qint64 transferBufferBytes = 1024 * 1024;    // held per transfer at most (read
                                                              // buffer, or unsent download bytes)
inline constexpr int thumbnailEdge = 320;                     // pixels on the longer side
inline constexpr qint64 maxThumbnailSourcePixels = 50'000'000; // larger images get no thumbnail
inline constexpr qint64 maxThumbnailSourceBytes = 64 * 1024 * 1024; // nor larger image files
inline constexpr int thumbnailAllocationMb = 256;             // QImageReader's allocation limit
inline constexpr int thumbnailsAtOnce = 2;                    // images decoded at the same time

// --- Clients ---
inline constexpr int connectTimeoutMs = 5000;                 // no welcome in this time: the attempt
                                                              // failed (first: "no answer", then retry)

// --- Finding hosts on the network (UDP) ---
inline constexpr int announceIntervalMs = 3000;               // a host says "here I am" this often
inline constexpr int foundHostExpiryMs = 10000;               // not heard for this long: gone
inline constexpr qsizetype maxDiscoveryDatagramBytes = 512;   // larger datagrams are ignored
inline constexpr int maxFoundHosts = 64;                      // more hosts: the oldest are forgotten

// --- Memory kept by the host ---
inline constexpr int recentMessagesKept = 1000;               // served from memory, not SQLite
inline constexpr int knownClientIdsKept = 200000;             // remembered for duplicate checks

// --- The browser page ---
inline constexpr qint64 maxPageBytes = 40000;                 // bytes sent (compressed) for all the
                                                              // page loads, the largest language's
                                                              // strings included (tst_http)

} // namespace tincan::limits
