#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Aerial::Translations {

// lupdate takes this into the catalogues: QGuiApplication reads the
// translation of QT_LAYOUT_DIRECTION to choose the layout direction, so
// Aerial's catalogue does not depend on Qt's being installed (the static
// Windows build has none).
[[maybe_unused]] static const char *const layoutDirection =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

QLocale::Language install(QCoreApplication *app, const QLocale &locale)
{
    auto *aerial = new QTranslator(app);
    if (!aerial->load(locale, QStringLiteral("aerial"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete aerial;
        return QLocale::English;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // Installed last, so that it is asked first.
    QCoreApplication::installTranslator(aerial);
    return QLocale(aerial->language()).language();
}

} // namespace Aerial::Translations
