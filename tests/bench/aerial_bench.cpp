// Aerial's speed and footprint targets, measured:
//   model throughput ≥ 1,000,000 events/s with a QTreeView attached;
//   a 1,000-network scan merged into 1,000 in ≤ 2 ms, without a reset;
//   start-up CPU ≤ 1.5× and resident memory ≤ 1.15× a bare Qt Widgets window;
//   0 wakeups per second while idle, window open or hidden.
#include "backendselection.h"
#include "networkmodel.h"
#include "networksortproxy.h"
#include "traycontroller.h"
#include "wirelesswindow.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <csignal>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Aerial;

namespace {

bool g_allMet = true;

void report(const char *what, double value, const char *unit, double target, bool higherIsBetter)
{
    const bool met = higherIsBetter ? value >= target : value <= target;
    g_allMet = g_allMet && met;
    std::printf("%-58s %14.3f %-10s target %s %g  %s\n", what, value, unit, higherIsBetter ? "≥" : "≤", target,
                met ? "met" : "MISSED");
    std::fflush(stdout);
}

void note(const char *what, double value, const char *unit)
{
    std::printf("%-58s %14.3f %s\n", what, value, unit);
    std::fflush(stdout);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

WirelessNetwork makeNetwork(int n, int signal)
{
    WirelessNetwork network;
    network.ssid = QByteArray("network-") + QByteArray::number(n);
    network.signal = signal;
    network.security = Security::Wpa2Personal;
    return network;
}

// ---- model throughput ----------------------------------------------------

struct Event
{
    enum Kind { State, Signal, Networks } kind;
    int interfaceIndex;
    WirelessInterface iface;
    QList<WirelessNetwork> networks;
};

double eventsPerSecond(NetworkModel &model, const std::vector<Event> &events, const QStringList &ids)
{
    QElapsedTimer timer;
    timer.start();
    for (const Event &event : events) {
        if (event.kind == Event::Networks)
            model.setNetworks(ids[event.interfaceIndex], event.networks);
        else
            model.updateInterface(event.iface);
    }
    return double(events.size()) / (double(timer.nsecsElapsed()) / 1e9);
}

void benchModelThroughput()
{
    NetworkModel model;
    QTreeView view;
    view.setModel(&model);
    view.resize(400, 600);
    view.show();
    view.expandAll();
    QCoreApplication::processEvents();

    const int interfaceCount = 4;
    const int networksPerInterface = 12;
    QStringList ids;
    for (int i = 0; i < interfaceCount; ++i) {
        WirelessInterface iface;
        iface.id = QStringLiteral("{iface-%1}").arg(i);
        iface.description = QStringLiteral("Adapter %1").arg(i);
        ids << iface.id;
        model.addInterface(iface);
        QList<WirelessNetwork> networks;
        for (int n = 0; n < networksPerInterface; ++n)
            networks << makeNetwork(n, 50);
        model.setNetworks(iface.id, networks);
    }

    // A stream like a busy service's: signal changes most, then states, then
    // network lists in which one network's signal moved.
    QRandomGenerator random(42);
    const int count = 1000000;
    std::vector<Event> events;
    events.reserve(count);
    std::vector<WirelessInterface> current(interfaceCount);
    std::vector<QList<WirelessNetwork>> lists(interfaceCount);
    for (int i = 0; i < interfaceCount; ++i) {
        current[std::size_t(i)] = *model.interfaceAt(model.index(i, 0));
        for (int n = 0; n < networksPerInterface; ++n)
            lists[std::size_t(i)] << makeNetwork(n, 50);
    }
    const InterfaceState states[] = { InterfaceState::Associating, InterfaceState::Authenticating,
                                      InterfaceState::Connected, InterfaceState::Disconnecting,
                                      InterfaceState::Disconnected };
    for (int e = 0; e < count; ++e) {
        const int i = int(random.bounded(interfaceCount));
        WirelessInterface &iface = current[std::size_t(i)];
        const quint32 roll = random.bounded(100);
        if (roll < 50) {
            iface.signal = int(random.bounded(101));
            events.push_back({ Event::Signal, i, iface, {} });
        } else if (roll < 80) {
            iface.state = states[random.bounded(5)];
            iface.ssid = iface.state == InterfaceState::Disconnected ? QByteArray() : QByteArray("network-3");
            events.push_back({ Event::State, i, iface, {} });
        } else {
            QList<WirelessNetwork> &list = lists[std::size_t(i)];
            list[int(random.bounded(networksPerInterface))].signal = int(random.bounded(101));
            events.push_back({ Event::Networks, i, {}, list });
        }
    }
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    std::vector<double> rates;
    for (int run = 0; run < 3; ++run)
        rates.push_back(eventsPerSecond(model, events, ids));
    report("model: mixed backend events/s, QTreeView attached", median(rates), "events/s", 1e6, true);
    note("model: resets during the run", resets.size(), "");

    // Each kind alone, for the record.
    for (const auto &[kind, name] : { std::pair{ Event::Signal, "model: signal changes/s" },
                                      std::pair{ Event::State, "model: state changes/s" },
                                      std::pair{ Event::Networks, "model: 12-network lists/s" } }) {
        std::vector<Event> only;
        std::copy_if(events.begin(), events.end(), std::back_inserter(only), [kind = kind](const Event &e) { return e.kind == kind; });
        note(name, eventsPerSecond(model, only, ids), "events/s");
    }
}

// ---- scan merge ------------------------------------------------------------

void benchScanMerge(bool throughProxy)
{
    NetworkModel model;
    NetworkSortProxy proxy;
    if (throughProxy)
        proxy.setSourceModel(&model);
    QTreeView view;
    view.setModel(throughProxy ? static_cast<QAbstractItemModel *>(&proxy) : &model);
    view.resize(400, 600);
    view.show();
    QCoreApplication::processEvents();

    WirelessInterface iface;
    iface.id = QStringLiteral("{scan}");
    model.addInterface(iface);
    view.expandAll();

    // Two scans of 1,000 that share 900 networks, all with new signals, and
    // differ in 100: each merge updates 900, removes 100 and adds 100.
    QRandomGenerator random(7);
    auto scan = [&](int firstUnique) {
        QList<WirelessNetwork> list;
        for (int n = 0; n < 900; ++n)
            list << makeNetwork(n, int(random.bounded(101)));
        for (int n = 0; n < 100; ++n)
            list << makeNetwork(firstUnique + n, int(random.bounded(101)));
        return list;
    };
    std::vector<QList<WirelessNetwork>> scans;
    for (int i = 0; i < 100; ++i)
        scans.push_back(scan(i % 2 == 0 ? 10000 : 20000));
    model.setNetworks(iface.id, scans.back());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    std::vector<double> millis;
    for (const QList<WirelessNetwork> &list : scans) {
        QElapsedTimer timer;
        timer.start();
        model.setNetworks(iface.id, list);
        millis.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report(throughProxy ? "scan merge 1,000 into 1,000 (sort proxy + view), median" : "scan merge 1,000 into 1,000 (view on the model), median",
           median(millis), "ms", 2.0, false);
    if (!resets.isEmpty())
        report("scan merge: model resets", resets.size(), "", 0, false);
}

// ---- start-up ---------------------------------------------------------------

struct Usage
{
    double cpuSeconds;
    double maxRssMiB;
};

Usage runOnce(const char *program, const std::vector<const char *> &arguments)
{
    // posix_spawn, not fork: a forked copy of this process would count its
    // own memory in the child's peak RSS before exec.
    std::vector<char *> argv{ const_cast<char *>(program) };
    for (const char *argument : arguments)
        argv.push_back(const_cast<char *>(argument));
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, program, nullptr, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "cannot start %s\n", program);
        return { 0, 0 };
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        std::fprintf(stderr, "%s exited abnormally (status %d)\n", program, status);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                       + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return { cpu, double(usage.ru_maxrss) / 1024.0 };
}

void benchStartup()
{
    qputenv("AERIAL_QUIT_WHEN_SHOWN", "1");
    std::vector<double> aerialCpu, bareCpu, aerialRss, bareRss, leastRss;
    for (int i = 0; i < 15; ++i) {
        const Usage bare = runOnce(BARE_WINDOW_BINARY, {});
        const Usage aerial = runOnce(AERIAL_BINARY, { "--backend", "simulated", "--show" });
        const Usage least = runOnce(LEAST_WINDOW_BINARY, {});
        bareCpu.push_back(bare.cpuSeconds);
        bareRss.push_back(bare.maxRssMiB);
        aerialCpu.push_back(aerial.cpuSeconds);
        aerialRss.push_back(aerial.maxRssMiB);
        leastRss.push_back(least.maxRssMiB);
    }
    qunsetenv("AERIAL_QUIT_WHEN_SHOWN");
    note("start-up: bare Qt window CPU time, median of 15", median(bareCpu) * 1000, "ms");
    note("start-up: aerial --show CPU time, median of 15", median(aerialCpu) * 1000, "ms");
    report("start-up: CPU time, aerial / bare window", median(aerialCpu) / median(bareCpu), "×", 1.5, false);
    note("start-up: bare Qt window peak RSS", median(bareRss), "MiB");
    note("start-up: aerial --show peak RSS", median(aerialRss), "MiB");
    report("start-up: peak resident memory, aerial / bare window", median(aerialRss) / median(bareRss), "×", 1.15, false);
    // The same window from stock Qt classes, no Aerial code (least_window.cpp):
    // how much of the figure above any window with these widgets pays.
    note("start-up: stock-Qt window with the same widgets, peak RSS", median(leastRss), "MiB");
    note("start-up: peak resident memory, that window / bare window", median(leastRss) / median(bareRss), "×");
}

// ---- idle -------------------------------------------------------------------

// Voluntary context switches of every thread of a process: a thread that
// sleeps and is woken again counts one. Involuntary ones (preemption by
// another process) are not wakeups and are left out.
long contextSwitches(pid_t pid)
{
    long total = 0;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile status(tasks + u'/' + task + QStringLiteral("/status"));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                total += line.mid(line.indexOf(':') + 1).trimmed().toLong();
        }
    }
    return total;
}

class TimerCounter : public QObject
{
public:
    int timers = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Timer)
            ++timers;
        return false;
    }
};

void benchIdleInProcess(bool windowShown)
{
    BackendSelection selection = BackendSelection::choose(QStringLiteral("auto"), QString());
    TrayController controller(selection.backend.get(), selection.notice, true);
    controller.start(windowShown);
    // Let start-up settle (first paint, deferred deletes), then listen.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    TimerCounter counter;
    qApp->installEventFilter(&counter);
    const long before = contextSwitches(getpid());
    // Block in the event loop for 5 s; the one timer that ends it is ours.
    QEventLoop loop;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    const long after = contextSwitches(getpid());
    qApp->removeEventFilter(&counter);
    const double seconds = 5.0;
    // Our own 5 s timer wakes the loop once; do not count it.
    const double wakeups = std::max(0.0, double(after - before - 1)) / seconds;
    report(windowShown ? "idle, window open: wakeups/s (context switches)" : "idle, window hidden: wakeups/s (context switches)",
           wakeups, "/s", 0, false);
    report(windowShown ? "idle, window open: Qt timer events" : "idle, window hidden: Qt timer events",
           std::max(0, counter.timers - 1), "", 0, false);
}

void benchIdleProcess()
{
    char *argv[] = { const_cast<char *>(AERIAL_BINARY), const_cast<char *>("--backend"), const_cast<char *>("simulated"), const_cast<char *>("--show"), nullptr };
    pid_t pid = 0;
    if (posix_spawn(&pid, AERIAL_BINARY, nullptr, nullptr, argv, environ) != 0)
        return;
    sleep(2);
    const long before = contextSwitches(pid);
    sleep(5);
    const long after = contextSwitches(pid);
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    report("idle, aerial --show process: wakeups/s", double(after - before) / 5.0, "/s", 0, false);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::printf("Aerial benchmarks (platform %s)\n", qgetenv("QT_QPA_PLATFORM").constData());
    // Start-up first, while this process is still small: Linux carries a
    // parent's peak RSS into the child it spawns, across exec.
    benchStartup();

    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool strict = app.arguments().contains(QStringLiteral("--strict"));
    benchModelThroughput();
    benchScanMerge(false);
    benchScanMerge(true);
    benchIdleInProcess(true);
    benchIdleInProcess(false);
    benchIdleProcess();
    std::printf("%s\n", g_allMet ? "All targets met." : "Some targets were missed.");
    return strict && !g_allMet ? 1 : 0;
}
