#include "passphraserules.h"

#include <algorithm>

namespace Aerial {

bool PassphraseRules::needsPassphrase(Security security)
{
    return security == Security::Wpa2Personal || security == Security::Wpa3Personal || security == Security::Wep;
}

QString PassphraseRules::problem(Security security, const QString &passphrase)
{
    const auto printableAscii = [](QChar c) { return c.unicode() >= 32 && c.unicode() <= 126; };
    const auto hexDigit = [](QChar c) { return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'); };
    switch (security) {
    case Security::Wpa2Personal:
        if (passphrase.size() == 64 && std::all_of(passphrase.begin(), passphrase.end(), hexDigit))
            return {};
        if (passphrase.isEmpty())
            return tr("Type the network's password.");
        if (!std::all_of(passphrase.begin(), passphrase.end(), printableAscii))
            return tr("A WPA2 password uses only letters, digits, spaces and the punctuation of a US keyboard; "
                      "it has a character outside those.");
        if (passphrase.size() < 8)
            return tr("A WPA2 password has at least 8 characters; this one has %n.", nullptr, int(passphrase.size()));
        if (passphrase.size() > 63)
            return tr("A WPA2 password has at most 63 characters, or exactly 64 hexadecimal digits; this one has %n.",
                      nullptr, int(passphrase.size()));
        return {};
    case Security::Wpa3Personal:
        if (passphrase.isEmpty())
            return tr("Type the network's password.");
        if (passphrase.size() < 8)
            return tr("A WPA3 password has at least 8 characters; this one has %n.", nullptr, int(passphrase.size()));
        return {};
    default:
        return {};
    }
}

} // namespace Aerial
