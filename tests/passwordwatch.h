// aerialctl joining with the password on standard input, as a script gives
// it, with every aerial.* logging category on and a home of its own; and
// every place the password must not reach: aerialctl's command line and
// environment (read from /proc while it waits for the password), its output,
// and any file it wrote. Used on each service aerialctl runs on.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace Aerial::Test {

struct WatchedRun
{
    int status = -1; // -1: it did not start or did not finish
    QByteArray out;
    QByteArray err;
    QStringList leaks; // where the password was found
};

inline WatchedRun runWatchingThePassword(const QString &program, const QStringList &arguments,
                                         const QByteArray &password)
{
    WatchedRun run;
    QTemporaryDir home;
    if (!home.isValid())
        return run;
    QProcess process;
    // As over ssh: no display at all. The buses stay the test's own.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("aerial.*=true"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return run;
    const QString proc = QStringLiteral("/proc/%1/").arg(process.processId());
    for (const char *part : { "cmdline", "environ" }) {
        QFile file(proc + QLatin1String(part));
        if (!file.open(QIODevice::ReadOnly) || file.readAll().contains(password))
            run.leaks << file.fileName();
    }
    process.write(password + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(20000))
        return run;
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (run.out.contains(password))
        run.leaks << QStringLiteral("standard output");
    if (run.err.contains(password))
        run.leaks << QStringLiteral("standard error");
    QDirIterator written(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (written.hasNext()) {
        QFile file(written.next());
        if (!file.open(QIODevice::ReadOnly) || file.readAll().contains(password))
            run.leaks << file.fileName();
    }
    return run;
}

} // namespace Aerial::Test
