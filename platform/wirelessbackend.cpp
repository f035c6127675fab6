#include "wirelessbackend.h"

namespace Aerial {

WirelessBackend::WirelessBackend(LogCategory log, QObject *parent) : QObject(parent), m_operations(log)
{
    connect(&m_operations, &PendingOperations::finished, this, &WirelessBackend::operationFinished);
    connect(this, &WirelessBackend::operationFinished, this,
            [log](const OperationResult &result) { qCDebug(log) << "finished:" << result; });
}

WirelessBackend::~WirelessBackend()
{
    shutDown();
}

void WirelessBackend::shutDown()
{
    m_shuttingDown = true;
    m_operations.failAll(ErrorKind::Cancelled, 0, tr("Aerial quit before the service finished."));
}

void WirelessBackend::refuseUnsupported(const OperationResult &operation)
{
    OperationResult refused = operation;
    refused.error = ErrorKind::NotSupported;
    refused.message = tr("%1 does not support this in this version of Aerial.").arg(serviceName());
    finishLater(refused);
}

void WirelessBackend::join(const JoinRequest &request)
{
    OperationResult operation = OperationResult::of(Operation::Join, request.interfaceId);
    operation.ssid = request.ssid;
    refuseUnsupported(operation);
}

void WirelessBackend::forget(const QString &interfaceId, const QString &profile)
{
    refuseUnsupported(OperationResult::of(Operation::Forget, interfaceId, profile));
}

void WirelessBackend::setAutoConnect(const QString &interfaceId, const QString &profile, bool autoConnect)
{
    OperationResult operation = OperationResult::of(Operation::SetAutoConnect, interfaceId, profile);
    operation.on = autoConnect;
    refuseUnsupported(operation);
}

void WirelessBackend::setRadio(const QString &interfaceId, bool on)
{
    OperationResult operation = OperationResult::of(Operation::SetRadio, interfaceId);
    operation.on = on;
    refuseUnsupported(operation);
}

void WirelessBackend::answerSecret(quint64, const QString &) {}

void WirelessBackend::cancelSecret(quint64) {}

} // namespace Aerial
