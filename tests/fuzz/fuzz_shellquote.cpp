// libFuzzer: any name (UTF-8 decoded) in a suggested command.
// - sh: the quoted word, run through sh -c with printf, gives back exactly
//   the name. Names with NUL are left out: no argument can hold one, and
//   none reaches a command (NetworkManager's names are D-Bus strings and
//   wlanapi's profile names NUL-terminated, neither of which holds NUL).
// - cmd.exe: either no form (empty) or "name" where the name holds none of
//   the characters that stay live inside double quotes: " % ! ^ or a
//   control character (& | < > are literal there).
#include "shellquote.h"

#include <QByteArray>
#include <QString>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern char **environ;

namespace {

void require(bool condition, const char *what, const QString &name)
{
    if (!condition) {
        std::fprintf(stderr, "broken: %s: %s\n", what, name.toUtf8().toHex().constData());
        std::abort();
    }
}

// What sh -c "printf %s WORD" writes.
std::string printedBy(const QByteArray &word)
{
    const std::string command = "printf %s " + word.toStdString();
    int out[2];
    if (pipe(out) != 0)
        std::abort();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    char sh[] = "/bin/sh", dashC[] = "-c";
    char *argv[] = { sh, dashC, const_cast<char *>(command.c_str()), nullptr };
    pid_t pid = 0;
    if (posix_spawn(&pid, sh, &actions, nullptr, argv, environ) != 0)
        std::abort();
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    std::string printed;
    char buffer[4096];
    for (;;) {
        // libFuzzer's timeout alarm interrupts reads and waits every second.
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n > 0)
            printed.append(buffer, std::size_t(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    close(out[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return printed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    if (!name.contains(QChar(0))) {
        const QByteArray word = Aerial::ShellQuote::sh(name).toUtf8();
        require(printedBy(word) == name.toUtf8().toStdString(), "sh: the quoted word is not the name", name);
    }

    const QString cmd = Aerial::ShellQuote::cmd(name);
    if (!cmd.isEmpty()) {
        require(cmd.size() == name.size() + 2 && cmd.startsWith(u'"') && cmd.endsWith(u'"'), "cmd's frame", name);
        for (const QChar c : cmd.mid(1, cmd.size() - 2)) {
            require(c != u'"' && c != u'%' && c != u'!' && c != u'^', "cmd: a live character inside the quotes", name);
            require(c.category() != QChar::Other_Control && c != QChar::LineSeparator && c != QChar::ParagraphSeparator,
                    "cmd: a control character inside the quotes", name);
        }
    }
    return 0;
}
