// Where aerialctl gets a network's password: never from its arguments,
// which every user on the computer can read (ps, /proc/PID/cmdline).
#pragma once

#include <QString>

namespace Aerial::PassphrasePrompt {

// True when standard input is a terminal: the password can be asked for.
bool interactive();

// Asks on the terminal with echo off ("Password for “Café”: " on stderr),
// and restores the echo whatever happens. False when input ends first.
bool ask(const QString &prompt, QString *secret);

// One line from standard input (--passphrase-stdin), without its line end.
// False when there is none.
bool readLine(QString *secret);

} // namespace Aerial::PassphrasePrompt
