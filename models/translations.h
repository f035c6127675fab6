// Aerial in the system's language: its own catalogue (translations/,
// embedded under :/i18n) and Qt's for the strings Qt draws itself, such as
// --help's headings. Arabic turns the layout right to left (the catalogue
// answers "RTL" for QGuiApplication's QT_LAYOUT_DIRECTION).
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Aerial::Translations {

// Installs the catalogues for locale on app; the languages without one
// (English among them) keep the source strings. Returns the language that
// was loaded, or QLocale::English.
QLocale::Language install(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace Aerial::Translations
