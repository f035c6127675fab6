// The hostile names of tests/data/hostile-names.txt, for data-driven tests:
// each surface that shows a name is checked with all of them.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace Aerial::Test {

struct HostileName
{
    QString label;
    QByteArray bytes;
};

// All names; ssidsOnly leaves out those longer than an SSID's 32 bytes.
inline QList<HostileName> hostileNames(bool ssidsOnly)
{
    QFile file(QStringLiteral(":/hostile-names.txt")); // aerial_add_test(… HOSTILE_NAMES)
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read the hostile names");
    QList<HostileName> names;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 2)
            qFatal("malformed line in hostile-names.txt: %s", line.constData());
        const HostileName name{ QString::fromUtf8(fields.at(0)), QByteArray::fromHex(fields.at(1)) };
        if (!ssidsOnly || name.bytes.size() <= 32)
            names.append(name);
    }
    return names;
}

} // namespace Aerial::Test
