#include "launchoptions.h"

#include "backendselection.h"
#include "wirelesswindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace Aerial {
namespace {

// The option names, for both readings (constant: no initializer at start).
constexpr QLatin1String Backend("backend");
constexpr QLatin1String Scenario("scenario");
constexpr QLatin1String Show("show");

} // namespace

std::optional<LaunchOptions> LaunchOptions::parse(const QStringList &arguments)
{
    const QCommandLineOption backend{ QString(Backend),
                                      QCoreApplication::translate("main", "The wireless service: %1. \"auto\" uses "
                                                                          "this computer's service, or plays the "
                                                                          "demo when there is none.")
                                          .arg(BackendSelection::backendNames().join(QStringLiteral(", "))),
                                      QStringLiteral("name"), QStringLiteral("auto") };
    const QCommandLineOption scenario{ QString(Scenario),
                                       QCoreApplication::translate("main", "Play this scenario file on the simulated "
                                                                           "service (docs/scenario-format.md)."),
                                       QStringLiteral("file") };
    const QCommandLineOption show{ QString(Show),
                                   QCoreApplication::translate("main", "Open the window at start.") };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Aerial lists wireless interfaces and networks, connects and disconnects, "
                                            "and explains in plain words when the system refuses. From a shell, use "
                                            "aerialctl.\n\nKeyboard: %1")
            .arg(WirelessWindow::shortcutHelp()));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({ backend, scenario, show });
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "aerial: %s\nTry 'aerial --help'.\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    LaunchOptions options;
    options.backend = parser.value(backend);
    options.scenario = parser.value(scenario);
    options.show = parser.isSet(show);
    return options;
}

std::optional<LaunchOptions> LaunchOptions::readEveryday(const QStringList &arguments)
{
    LaunchOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--") + Show) {
            options.show = true;
            continue;
        }
        QString *target = nullptr;
        QString value;
        for (const auto &[name, field] : { std::pair{ Backend, &options.backend },
                                           std::pair{ Scenario, &options.scenario } }) {
            const QString option = QStringLiteral("--") + name;
            if (argument == option && i + 1 < arguments.size()) {
                target = field;
                value = arguments.at(++i);
            } else if (argument.startsWith(option + QLatin1Char('='))) {
                target = field;
                value = argument.mid(option.size() + 1);
            }
        }
        // A value that looks like an option is most likely a missing one:
        // QCommandLineParser says how it reads it.
        if (!target || value.startsWith(QLatin1Char('-')))
            return std::nullopt;
        *target = value;
    }
    return options;
}

} // namespace Aerial
