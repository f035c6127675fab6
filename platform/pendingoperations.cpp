#include "pendingoperations.h"

#include <QTimer>

#include <algorithm>

namespace Aerial {

PendingOperations::PendingOperations(LogCategory log, QObject *parent) : QObject(parent), m_log(log) {}

PendingOperations::~PendingOperations() = default; // the deadlines are children

PendingOperations::Token PendingOperations::add(const OperationResult &operation)
{
    const Token token = m_next++;
    qCDebug(m_log) << "started:" << operation;
    m_entries.push_back(Entry{ token, operation, nullptr });
    return token;
}

std::vector<PendingOperations::Entry>::iterator PendingOperations::entry(Token token)
{
    return std::find_if(m_entries.begin(), m_entries.end(), [token](const Entry &e) { return e.token == token; });
}

void PendingOperations::setDeadline(Token token, int milliseconds, std::function<void()> onExpiry)
{
    const auto found = entry(token);
    if (found == m_entries.end())
        return;
    delete found->deadline;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, token, onExpiry = std::move(onExpiry)] {
        if (contains(token))
            onExpiry();
    });
    timer->start(milliseconds);
    found->deadline = timer;
}

bool PendingOperations::contains(Token token) const
{
    return find(token) != nullptr;
}

const OperationResult *PendingOperations::find(Token token) const
{
    for (const Entry &e : m_entries) {
        if (e.token == token)
            return &e.operation;
    }
    return nullptr;
}

QList<PendingOperations::Token> PendingOperations::matching(const std::function<bool(const OperationResult &)> &match) const
{
    QList<Token> tokens;
    for (const Entry &e : m_entries) {
        if (match(e.operation))
            tokens.append(e.token);
    }
    return tokens;
}

bool PendingOperations::finish(Token token, const OperationResult &outcome)
{
    const auto found = entry(token);
    if (found == m_entries.end())
        return false;
    // The deadline may be the caller: it goes once this turn is over.
    if (found->deadline) {
        found->deadline->stop();
        found->deadline->deleteLater();
    }
    m_entries.erase(found);
    Q_EMIT finished(outcome);
    return true;
}

bool PendingOperations::amend(Token token, const QString &profile, const QString &profileName)
{
    const auto found = entry(token);
    if (found == m_entries.end())
        return false;
    found->operation.profile = profile;
    found->operation.profileName = profileName;
    return true;
}

bool PendingOperations::succeed(Token token)
{
    const OperationResult *operation = find(token);
    if (!operation)
        return false;
    OperationResult outcome = *operation;
    outcome.error = ErrorKind::None;
    return finish(token, outcome);
}

bool PendingOperations::fail(Token token, ErrorKind error, quint32 nativeCode, const QString &message,
                             const QString &errorName)
{
    const OperationResult *operation = find(token);
    if (!operation)
        return false;
    OperationResult outcome = *operation;
    outcome.error = error;
    outcome.nativeCode = nativeCode;
    outcome.message = message;
    outcome.errorName = errorName;
    return finish(token, outcome);
}

void PendingOperations::failInterface(const QString &interfaceId, ErrorKind error, quint32 nativeCode,
                                      const QString &message)
{
    for (Token token : matching([&](const OperationResult &op) { return op.interfaceId == interfaceId; }))
        fail(token, error, nativeCode, message);
}

void PendingOperations::failAll(ErrorKind error, quint32 nativeCode, const QString &message)
{
    for (Token token : matching([](const OperationResult &) { return true; }))
        fail(token, error, nativeCode, message);
}

} // namespace Aerial
