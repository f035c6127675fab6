// aerialctl: Aerial from a shell (docs/aerialctl.md). QtCore only: it runs
// over ssh, with no display.
#include "aerialctl.h"
#include "applicationid.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aerialctl"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Aerial::ApplicationId));
    QCoreApplication::setApplicationVersion(QStringLiteral(AERIAL_VERSION));
    // The window's words in the person's language; --json's names stay put.
    Aerial::Translations::install(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Aerial::AerialCtl ctl(out, err);
    const int status = ctl.start(QCoreApplication::arguments());
    if (status >= 0)
        return status;
    QObject::connect(&ctl, &Aerial::AerialCtl::finished, &app, &QCoreApplication::exit);
    return app.exec();
}
