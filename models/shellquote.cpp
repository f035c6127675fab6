#include "shellquote.h"

namespace Aerial::ShellQuote {

QString sh(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString cmd(const QString &name)
{
    for (const QChar c : name) {
        if (c == u'"' || c == u'%' || c == u'!' || c == u'^' || c.category() == QChar::Other_Control
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return {};
    }
    return u'"' + name + u'"';
}

} // namespace Aerial::ShellQuote
