// A reference for the resident figure (tests/bench/resident.sh): the least
// tray program on NetworkManager, from stock Qt with no Aerial code. It shows
// a drawn tray icon with a two-item menu and a tooltip, reads the manager's
// properties, and follows every PropertiesChanged of NetworkManager's objects,
// as any NetworkManager tray must; it does nothing else.
#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

class Follower : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void propertiesChanged(const QString &, const QVariantMap &changed, const QStringList &)
    {
        m_changes += changed.size();
    }

private:
    qsizetype m_changes = 0;
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setQuitOnLastWindowClosed(false);

    QPixmap pixmap(22, 22);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::black);
        painter.drawEllipse(3, 3, 16, 16);
    }
    QSystemTrayIcon tray{ QIcon(pixmap) };
    QMenu menu;
    menu.addAction(QStringLiteral("Open"));
    menu.addAction(QStringLiteral("Quit"), &app, &QCoreApplication::quit);
    tray.setContextMenu(&menu);
    tray.setToolTip(QStringLiteral("wlan0: Connected to HomeNet"));
    tray.show();

    const QString service = QStringLiteral("org.freedesktop.NetworkManager");
    const QString properties = QStringLiteral("org.freedesktop.DBus.Properties");
    Follower follower;
    QDBusConnection bus = QDBusConnection::systemBus();
    bus.connect(service, QString(), properties, QStringLiteral("PropertiesChanged"), &follower,
                SLOT(propertiesChanged(QString, QVariantMap, QStringList)));
    QDBusMessage getAll = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/NetworkManager"),
                                                         properties, QStringLiteral("GetAll"));
    getAll << service;
    bus.asyncCall(getAll);
    return app.exec();
}

#include "least_tray.moc"
