#include "passphraseprompt.h"

#include <algorithm>
#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Aerial::PassphrasePrompt {
namespace {

bool readStdinLine(QString *secret)
{
    std::string line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line += char(c);
    if (line.empty() && c == EOF)
        return false;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *secret = QString::fromStdString(line);
    // The copy in this function's buffer is overwritten before it goes.
    std::fill(line.begin(), line.end(), '\0');
    return true;
}

// Echo off for as long as it lives (POSIX termios; Windows: SetConsoleMode).
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_saved = GetConsoleMode(m_input, &m_mode);
        if (m_saved)
            SetConsoleMode(m_input, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_saved = tcgetattr(STDIN_FILENO, &m_mode) == 0;
        if (m_saved) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        if (m_saved)
            SetConsoleMode(m_input, m_mode);
#else
        if (m_saved)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_input = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
    bool m_saved = false;
};

} // namespace

bool interactive()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

bool ask(const QString &prompt, QString *secret)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    bool read = false;
    {
        EchoOff quiet;
        read = readStdinLine(secret);
    }
    std::fputc('\n', stderr); // the Enter that was not echoed
    return read;
}

bool readLine(QString *secret)
{
    return readStdinLine(secret);
}

} // namespace Aerial::PassphrasePrompt
