// The operations a backend has started and not yet finished, in one place
// for every backend, so that each finishes exactly once: when the service
// answers, when a deadline passes, when its interface goes away, when the
// service is lost, or when Aerial quits.
//
// Register an operation before its call is made. A reply that comes after
// the operation was finished some other way then finds nothing to finish.
#pragma once

#include "backendlog.h"
#include "wirelesstypes.h"

#include <QObject>

#include <functional>
#include <vector>

class QTimer;

namespace Aerial {

class PendingOperations : public QObject
{
    Q_OBJECT

public:
    using Token = quint64;

    // log: where each operation's start is logged (backendlog.h).
    explicit PendingOperations(LogCategory log, QObject *parent = nullptr);
    // Finishes nothing: the owner decides what quitting means (WirelessBackend).
    ~PendingOperations() override;

    Token add(const OperationResult &operation);
    // onExpiry runs once the deadline passes with the operation still
    // pending; it should finish it, one way or the other.
    void setDeadline(Token token, int milliseconds, std::function<void()> onExpiry);

    bool contains(Token token) const;
    // Null when it has finished.
    const OperationResult *find(Token token) const;
    // The pending operations that match, oldest first.
    QList<Token> matching(const std::function<bool(const OperationResult &)> &match) const;
    int count() const { return int(m_entries.size()); }

    // Records the profile an operation came to use on its way (the one a
    // join created). False when it has finished.
    bool amend(Token token, const QString &profile, const QString &profileName);

    // Each returns false, and emits nothing, when the operation has already finished.
    bool finish(Token token, const OperationResult &outcome);
    bool succeed(Token token);
    bool fail(Token token, ErrorKind error, quint32 nativeCode, const QString &message,
              const QString &errorName = {});
    void failInterface(const QString &interfaceId, ErrorKind error, quint32 nativeCode, const QString &message);
    void failAll(ErrorKind error, quint32 nativeCode, const QString &message);

Q_SIGNALS:
    void finished(const Aerial::OperationResult &result);

private:
    struct Entry
    {
        Token token;
        OperationResult operation;
        QTimer *deadline = nullptr;
    };
    std::vector<Entry>::iterator entry(Token token);

    std::vector<Entry> m_entries;
    LogCategory m_log;
    Token m_next = 1;
};

} // namespace Aerial
