// Plain words for a failed operation: what failed, why, and what the person
// can do. This is Aerial's promise: the service's refusal is never swallowed
// and never shown as a bare code.
#pragma once

#include "wirelesstypes.h"

#include <QCoreApplication>
#include <QString>

namespace Aerial {

struct OperationExplanation
{
    Q_DECLARE_TR_FUNCTIONS(OperationExplanation)

public:
    QString what;     // "Aerial could not disconnect “Intel AX201” from CorpWiFi."
    QString why;
    QString remedy;   // what the person can do
    QString details;  // native code and the service's own message

    // interfaceName is the adapter's description as shown in the window.
    static OperationExplanation explain(const OperationResult &result, const QString &interfaceName);

    // All four parts as one text, for screen readers and the clipboard.
    QString fullText() const;
};

} // namespace Aerial
