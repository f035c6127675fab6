// A second reference for the start-up memory figure: the least window the
// 0.1 issue asks for, built from stock Qt classes with no Aerial code. It
// shows what Aerial's window shows at start (labels, the interface list, the
// selected interface's eight networks, four buttons, a status line) as plain
// text, with no icons, and quits as the bare window does.
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(520, 560);

    QStringListModel interfaces({ QStringLiteral("Intel(R) Wi-Fi 6 AX201 160MHz, connected, CorpWiFi, signal 74 percent"),
                                  QStringLiteral("TP-Link Archer T3U USB Adapter, disconnected"),
                                  QStringLiteral("Realtek RTL8821CE, radio off") });
    QStringList rows;
    for (int i = 1; i <= 8; ++i)
        rows << QStringLiteral("Network %1, secured WPA2, strong signal 82 percent").arg(i);
    QStringListModel networks(rows);

    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Demo mode: no wireless service was found.")));
    layout->addWidget(new QLabel(QStringLiteral("&Interfaces:")));
    auto *interfaceView = new QListView;
    interfaceView->setModel(&interfaces);
    layout->addWidget(interfaceView);
    layout->addWidget(new QLabel(QStringLiteral("&Networks:")));
    auto *networkView = new QListView;
    networkView->setModel(&networks);
    layout->addWidget(networkView);
    auto *buttons = new QHBoxLayout;
    for (const char *text : { "&Connect", "&Disconnect", "&Rescan", "&Help" })
        buttons->addWidget(new QPushButton(QString::fromLatin1(text)));
    layout->addLayout(buttons);
    layout->addWidget(new QStatusBar);

    window.show();
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
