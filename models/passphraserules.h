// What a network accepts as a password, checked before anything is sent.
#pragma once

#include "wirelesstypes.h"

#include <QCoreApplication>
#include <QString>

namespace Aerial {

class PassphraseRules
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseRules)

public:
    // Whether the security asks for a password at all.
    static bool needsPassphrase(Security security);
    // Why the password does not fit, in a sentence; empty when it does.
    // WPA2-Personal: 8–63 printable ASCII characters, or exactly 64 hex
    // digits (IEEE 802.11i, Annex M.4); WPA3-Personal (SAE): at least 8.
    static QString problem(Security security, const QString &passphrase);
};

} // namespace Aerial
