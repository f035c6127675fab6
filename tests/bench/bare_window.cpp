// The start-up baseline: a bare Qt Widgets window, shown, then quit as soon
// as the event loop runs, exactly as aerial does under AERIAL_QUIT_WHEN_SHOWN.
// With --stay it stays open, as the baseline for a resident Aerial
// (tests/bench/resident.sh).
#include <QApplication>
#include <QTimer>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(520, 560); // the size Aerial's window opens at
    window.show();
    if (!QCoreApplication::arguments().contains(QStringLiteral("--stay")))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
