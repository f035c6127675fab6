// Plain words for a failed operation: what failed, why, and what the person
// can do. This is Aerial's promise: the service's refusal is never swallowed
// and never shown as a bare code.
#pragma once

#include "wirelesstypes.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Aerial {

struct OperationExplanation
{
    Q_DECLARE_TR_FUNCTIONS(OperationExplanation)

public:
    QString what;     // "Aerial could not disconnect “Intel AX201” from CorpWiFi."
    QString why;
    QString remedy;   // what the person can do
    QString details;  // native code and the service's own message
    // A place that fixes it, such as the system's location settings; empty
    // when there is none.
    QString actionLabel;
    QUrl actionUrl;

    // interfaceName is the adapter's description as shown in the window;
    // connectionName the system's name for it, which suggested commands use
    // (WirelessInterface::connectionName; may be empty). The platform
    // decides whose tools the remedy names.
    static OperationExplanation explain(const OperationResult &result, const QString &interfaceName,
                                        Platform platform = Platform::NativeWifi, const QString &connectionName = {});

    // Windows 11 24H2 and later refuse scans and these reads until apps may
    // use location (Microsoft Learn: "Changes to API behavior for Wi-Fi access
    // and location"; docs/windows.md); profile permissions refuse
    // connect and disconnect.
    static bool isLocationPrivacyDenial(const OperationResult &result, Platform platform);

    // All four parts as one text, for screen readers and the clipboard.
    QString fullText() const;
};

} // namespace Aerial
