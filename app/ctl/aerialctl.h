// aerialctl: Aerial from a shell. It reads the same backends through the
// same command layer as the window, and explains a refusal in the same words.
//
// One command per run: the backend is made, its first reads are let settle,
// the command runs, and for an operation aerialctl waits until it finishes
// (the contract guarantees that it does). Exit status: 0 success; 1 the
// service refused or the operation failed (the explanation is on stderr);
// 2 bad usage or a bad scenario file.
#pragma once

#include "backendselection.h"
#include "wirelesscommands.h"

#include <QCommandLineParser>
#include <QObject>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace Aerial {

class AerialCtl : public QObject
{
    Q_OBJECT

public:
    enum Status { Success = 0, Failed = 1, Usage = 2 };
    Q_ENUM(Status)

    AerialCtl(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~AerialCtl() override;

    // Returns the exit status at once when there is nothing to wait for
    // (help, usage errors); otherwise -1, and finished() follows.
    int start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int status);

private:
    void settled();
    void run();
    void done(int status);

    // Each command; they call done() now or when the operation finishes.
    void listInterfaces();
    void listNetworks();
    void connectNetwork();
    void disconnect();
    void scan();
    void changeProfile(bool forget);
    void switchRadio();

    // The interface --interface names (by id or name), else the first one;
    // empty after saying why.
    QString chooseInterface();
    // Waits for `count` operations of this kind to finish; the first
    // failure is explained and ends the run with status 1.
    void await(Operation operation, int count = 1);
    void acceptEarly();
    void onFinished(const OperationResult &result);
    void onFailed(const OperationResult &result, const OperationExplanation &explanation);
    void onSecretRequested(const SecretRequest &request);
    bool readSecret(const QByteArray &ssid, QString *secret);
    void fail(const QString &message, int status = Failed);
    // What failed, why, what to do, details: the window panel's words.
    void printExplanation(const OperationExplanation &explanation);
    void report(const OperationResult &result);

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QStringList m_arguments; // the command and its own arguments
    BackendSelection m_selection;
    std::unique_ptr<WirelessCommands> m_commands;
    QTimer m_settle;   // restarted by each change while the first reads land
    QTimer m_deadline; // reads that never settle still end
    Operation m_awaited = Operation::Connect;
    int m_awaiting = 0;
    bool m_done = false;
    QSet<QString> m_startedOn; // --no-wait: interfaces the awaited operation started on
};

} // namespace Aerial
