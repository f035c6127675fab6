// What aerial is started with: --backend, --scenario and --show, besides
// --help and --version.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Aerial {

struct LaunchOptions
{
    QString backend = QStringLiteral("auto");
    QString scenario;
    bool show = false;

    // QCommandLineParser's reading of the arguments (the program's name
    // first). --help and --version print and exit here. A usage error is
    // said on stderr and gives nullopt (exit status 2).
    static std::optional<LaunchOptions> parse(const QStringList &arguments);

    // The arguments Aerial is started with every day (none at login, or
    // the options above with their values) read without QCommandLineParser,
    // whose 64 KiB of QtCore would otherwise stay resident for the tray's
    // whole life (tests/bench/resident.sh). nullopt for anything else: help,
    // version, an unknown option, a missing value, which parse() then reads
    // with its help and its errors. Where both read the arguments, they
    // agree (tests/app/tst_launchoptions).
    static std::optional<LaunchOptions> readEveryday(const QStringList &arguments);
};

} // namespace Aerial
