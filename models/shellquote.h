// Names inside suggested commands, quoted so that pasting the command runs
// exactly that one command, whatever a stranger named the network.
#pragma once

#include <QString>

namespace Aerial::ShellQuote {

// POSIX sh: one single-quoted word; a ' inside becomes '\''.
QString sh(const QString &name);

// cmd.exe: "name" for a netsh argument. Inside double quotes cmd.exe takes
// & | < > literally, but nothing escapes a " and %VAR% still expands, so a
// name with ", %, ! (delayed expansion), ^ or a control character has no safe
// form: the result is then empty, and the caller names no command.
QString cmd(const QString &name);

} // namespace Aerial::ShellQuote
