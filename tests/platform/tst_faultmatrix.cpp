// Every operation under every fault, on each backend's service
// (contractservice.h): a table of operation × fault. Each cell starts the
// operation through the command layer, as the window, the tray and
// aerialctl do, with the model attached and checked by
// QAbstractItemModelTester throughout, and asserts that:
// - the backend's operationFinished comes exactly once, with the error kind
//   the fault calls for, and the command layer passes it on once;
// - a failure comes with an explanation that says what, why and what to do
//   (OperationExplanation: the window's panel and aerialctl print it);
// - once the service is back, Aerial picks it up by itself: the model fills
//   again and a scan through the command layer succeeds.
// The asan preset runs this test too, so that a cell that leaks fails.
#include "contractservice.h"
#include "networkmodel.h"
#include "wirelesscommands.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

namespace {

ContractService *g_service = nullptr; // chosen by main()

enum class Fault {
    Refused,              // the service refuses the call
    LostBeforeTheCall,    // the service is gone, and Aerial knows it
    LostInFlight,         // gone while the call is in flight
    LostBeforeCompletion, // gone after taking the call, before its completion notification
    InterfaceRemoved,     // the adapter is unplugged mid-operation
    SecretCancelled,      // the service asks for a password, and the person cancels
    AerialQuits,          // the backend is destroyed mid-operation
};

const char *faultName(Fault fault)
{
    switch (fault) {
    case Fault::Refused: return "refused";
    case Fault::LostBeforeTheCall: return "lost before the call";
    case Fault::LostInFlight: return "lost in flight";
    case Fault::LostBeforeCompletion: return "lost before completion";
    case Fault::InterfaceRemoved: return "interface removed";
    case Fault::SecretCancelled: return "secret cancelled";
    case Fault::AerialQuits: return "Aerial quits";
    }
    return "";
}

const WirelessNetwork *networkNamed(const QList<WirelessNetwork> &networks, const QByteArray &ssid)
{
    for (const WirelessNetwork &network : networks) {
        if (network.ssid == ssid)
            return &network;
    }
    return nullptr;
}

// Starts the operation as the window does: select, then the command. Home
// is a saved network of this account's, and "wlan" is connected to Corp.
bool start(WirelessCommands &commands, Operation operation)
{
    const QString wlan = g_service->wlan();
    const QList<WirelessNetwork> networks = commands.backend()->networks(wlan);
    commands.select(wlan, networkNamed(networks, "Home"));
    switch (operation) {
    case Operation::Connect: return commands.connectSelected();
    case Operation::Join: {
        JoinRequest request;
        request.interfaceId = wlan;
        request.ssid = "Café";
        request.security = Security::Wpa2Personal;
        request.secret = QStringLiteral("croissant");
        return commands.join(request);
    }
    case Operation::Disconnect: return commands.disconnectSelected();
    case Operation::Scan: return commands.scan(wlan);
    case Operation::Forget: return commands.forgetSelected();
    case Operation::SetAutoConnect: return commands.setAutoConnectSelected(false);
    case Operation::SetRadio: return commands.setRadioSelected(false);
    default: return false;
    }
}

// The states an operation passes through before its completion.
bool isOnItsWay(InterfaceState state)
{
    return state == InterfaceState::Associating || state == InterfaceState::Authenticating
        || state == InterfaceState::Disconnecting || state == InterfaceState::Discovering;
}

int networkRows(const NetworkModel &model)
{
    const QModelIndex wlan = model.interfaceIndex(g_service->wlan());
    return wlan.isValid() ? model.rowCount(wlan) : 0;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { g_service->start(); }
    void cleanup() { g_service->stop(); }
    void everyOperationUnderEveryFault_data();
    void everyOperationUnderEveryFault();
};

void TestFaultMatrix::everyOperationUnderEveryFault_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<Fault>("fault");
    const Operation operations[] = { Operation::Connect, Operation::Join,   Operation::Disconnect,    Operation::Scan,
                                     Operation::Forget,  Operation::SetAutoConnect, Operation::SetRadio };
    const Fault faults[] = { Fault::Refused,          Fault::LostBeforeTheCall, Fault::LostInFlight,
                             Fault::LostBeforeCompletion, Fault::InterfaceRemoved, Fault::SecretCancelled,
                             Fault::AerialQuits };
    for (Operation operation : operations) {
        for (Fault fault : faults) {
            const char *name = QMetaEnum::fromType<Operation>().valueToKey(int(operation));
            QTest::addRow("%s, %s", name, faultName(fault)) << operation << fault;
        }
    }
}

void TestFaultMatrix::everyOperationUnderEveryFault()
{
    QFETCH(Operation, operation);
    QFETCH(Fault, fault);
    std::unique_ptr<WirelessBackend> backend =
        fault == Fault::Refused ? g_service->makeRefusingBackend(operation) : g_service->makeBackend();
    const QString wlan = g_service->wlan();
    NetworkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackend(backend.get());
    QVERIFY(networkRows(model) > 0);
    WirelessCommands commands(backend.get());
    QSignalSpy finished(backend.get(), &WirelessBackend::operationFinished);
    QSignalSpy passedOn(&commands, &WirelessCommands::finished);
    QSignalSpy failed(&commands, &WirelessCommands::failed);
    QSignalSpy refused(&commands, &WirelessCommands::refused);
    QSignalSpy asked(&commands, &WirelessCommands::secretRequested);
    QSignalSpy withdrawn(&commands, &WirelessCommands::secretRequestWithdrawn);

    ErrorKind expected = ErrorKind::None;
    QList<ErrorKind> expectedOneOf; // where the service's order decides
    switch (fault) {
    case Fault::Refused:
        expected = ErrorKind::AccessDenied;
        QVERIFY(start(commands, operation));
        break;
    case Fault::LostBeforeTheCall: {
        if (!g_service->loseService(*backend))
            QSKIP("This service cannot be stopped by the test");
        // Where the backend learns of the loss by itself, the command layer
        // refuses and says why, and nothing reaches the backend.
        if (QTest::qWaitFor([&] { return !backend->isServiceAvailable(); }, 1000)) {
            QVERIFY(!start(commands, operation));
            QCOMPARE(refused.size(), 1);
            const QString reason = refused.constFirst().at(1).toString();
            QVERIFY2(reason == backend->serviceProblem() && !reason.isEmpty(), qPrintable(reason));
            QTest::qWait(50);
            QCOMPARE(finished.size(), 0);
            break;
        }
        // Native Wifi learns of it from the call that fails.
        expected = g_service->lostError();
        QVERIFY(start(commands, operation));
        break;
    }
    case Fault::LostInFlight:
        if (!g_service->holdOperations())
            QSKIP("This service cannot hold an operation in flight");
        expected = g_service->lostError();
        QVERIFY(start(commands, operation));
        QVERIFY(g_service->loseService(*backend));
        break;
    case Fault::LostBeforeCompletion: {
        if (operation == Operation::Scan) {
            // Its completion is the list that follows.
            g_service->holdBeforeCompletion(operation);
            QVERIFY(start(commands, operation));
            QVERIFY(g_service->waitUntilTaken(operation));
            QVERIFY(finished.isEmpty());
            QVERIFY(g_service->loseService(*backend));
            expectedOneOf = g_service->lostBeforeCompletionErrors();
            break;
        }
        if (operation != Operation::Connect && operation != Operation::Join && operation != Operation::Disconnect)
            QSKIP("Forget, auto-connect and radio finish with their call's answer; no completion notification follows");
        // Lost at the first state on the way, from inside the notification
        // that reports it: before the next one can come.
        g_service->holdBeforeCompletion(operation);
        bool lost = false;
        QObject context;
        connect(backend.get(), &WirelessBackend::interfaceChanged, &context, [&](const WirelessInterface &iface) {
            if (!lost && iface.id == wlan && isOnItsWay(iface.state) && finished.isEmpty())
                lost = g_service->loseService(*backend);
        });
        QVERIFY(start(commands, operation));
        QVERIFY(QTest::qWaitFor([&] { return lost || !finished.isEmpty(); }, 5000));
        if (!lost)
            QSKIP("This service completed the operation without a state on its way");
        expectedOneOf = g_service->lostBeforeCompletionErrors();
        break;
    }
    case Fault::InterfaceRemoved:
        g_service->holdUntilTheInterfaceGoes();
        QVERIFY(start(commands, operation));
        if (!g_service->removeWlan(*backend))
            QSKIP("This service's adapters cannot be unplugged by the test");
        expectedOneOf = g_service->removedErrors(operation);
        break;
    case Fault::SecretCancelled: {
        if (operation != Operation::Connect)
            QSKIP("Only a connect of a saved network asks the person for its password; a join's password is given without a prompt");
        if (!g_service->askForSecretOnConnect())
            QSKIP("This service never asks Aerial for a password: Windows keeps the key in the profile");
        QVERIFY(start(commands, operation));
        QVERIFY(asked.wait(5000));
        commands.cancelSecret(asked.constFirst().constFirst().value<SecretRequest>().id);
        expected = ErrorKind::Cancelled;
        break;
    }
    case Fault::AerialQuits: {
        QVERIFY(start(commands, operation));
        QList<OperationResult> results;
        QObject listener;
        connect(backend.get(), &WirelessBackend::operationFinished, &listener,
                [&](const OperationResult &result) { results.append(result); });
        backend.reset();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.constFirst().operation, operation);
        QCOMPARE(results.constFirst().error, ErrorKind::Cancelled);
        QCOMPARE(commands.inFlightCount(), 0);
        QTest::qWait(50); // nothing comes after
        QCOMPARE(passedOn.size(), 1);
        return;
    }
    }

    // Unless the command layer refused up front (lost before the call, and
    // known), the operation ran: it finishes exactly once, with the kind the
    // fault calls for.
    if (refused.isEmpty()) {
        QVERIFY2(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 15000), "the operation never finished");
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        const OperationResult result = finished.constFirst().constFirst().value<OperationResult>();
        QCOMPARE(result.operation, operation);
        if (expectedOneOf.isEmpty())
            QCOMPARE(result.error, expected);
        else
            QVERIFY2(expectedOneOf.contains(result.error),
                     QMetaEnum::fromType<ErrorKind>().valueToKey(int(result.error)));
        QCOMPARE(passedOn.size(), 1);
        QCOMPARE(commands.inFlightCount(), 0);
        QCOMPARE(backend->pendingOperations(), 0);
        // A password prompt the person did not answer is taken away with the
        // operation it was for.
        if (fault != Fault::SecretCancelled)
            QCOMPARE(withdrawn.size(), asked.size());
        if (result.succeeded()) {
            QCOMPARE(failed.size(), 0);
        } else {
            QCOMPARE(failed.size(), 1);
            const OperationExplanation explanation = failed.constFirst().at(1).value<OperationExplanation>();
            QVERIFY2(!explanation.what.isEmpty() && !explanation.why.isEmpty() && !explanation.remedy.isEmpty(),
                     qPrintable(explanation.fullText()));
            QVERIFY(commands.hasError());
        }
    }

    // Back by itself: the service returns and Aerial takes it up again.
    if (fault == Fault::Refused || fault == Fault::SecretCancelled) {
        // The refusal or the question was once: the same operation now goes
        // through.
        QVERIFY(start(commands, operation));
        QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 10000));
        QCOMPARE(finished.constLast().constFirst().value<OperationResult>().error, ErrorKind::None);
        QVERIFY(!commands.hasError());
        return;
    }
    if (fault == Fault::InterfaceRemoved) {
        QTRY_VERIFY(!model.interfaceIndex(wlan).isValid());
        return;
    }
    g_service->restoreService(*backend);
    QVERIFY2(QTest::qWaitFor([&] { return model.interfaceIndex(wlan).isValid(); }, 15000),
             "the interface did not come back");
    // The operation may have switched the radio off before the loss: then
    // it is switched on first.
    if (!model.interfaceIndex(wlan).data(NetworkModel::RadioOnRole).toBool()) {
        const qsizetype done = finished.size();
        commands.select(wlan, nullptr);
        QVERIFY(commands.setRadioSelected(true));
        QVERIFY(QTest::qWaitFor([&] { return finished.size() == done + 1; }, 10000));
        QCOMPARE(finished.constLast().constFirst().value<OperationResult>().error, ErrorKind::None);
    }
    QVERIFY2(QTest::qWaitFor([&] { return networkRows(model) > 0; }, 10000), "the networks did not come back");
    const qsizetype before = finished.size();
    QVERIFY(commands.scan(wlan));
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == before + 1; }, 10000));
    QCOMPARE(finished.constLast().constFirst().value<OperationResult>().error, ErrorKind::None);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    g_service = chooseService(arguments);
    TestFaultMatrix test;
    return QTest::qExec(&test, arguments);
}
#include "tst_faultmatrix.moc"
