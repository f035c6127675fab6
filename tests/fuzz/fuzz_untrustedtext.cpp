// libFuzzer: any bytes as an SSID, and as a profile name (UTF-8 decoded).
// Whatever a stranger's access point sends, the text Aerial shows for it
// holds no control, bidi, zero-width or other invisible character and no
// broken UTF-16; text with nothing to hide is shown unchanged; a tooltip's
// rich text carries no markup from the name.
#include "untrustedtext.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char *what, const QString &text)
{
    if (!condition) {
        std::fprintf(stderr, "broken: %s: %s\n", what, text.toUtf8().toHex().constData());
        std::abort();
    }
}

// What the display rules promise never to let through (models/untrustedtext.h).
bool hidden(char32_t codePoint)
{
    if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0))
        return true;
    const QChar::Category category = QChar::category(codePoint);
    return category == QChar::Other_Format || category == QChar::Other_Control
           || category == QChar::Separator_Line || category == QChar::Separator_Paragraph
           || category == QChar::Other_Surrogate;
}

void requireShowable(const QString &shown, const char *what)
{
    require(shown.isValidUtf16(), what, shown);
    for (const char32_t codePoint : shown.toUcs4())
        require(!hidden(codePoint), what, shown);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString shown = Aerial::UntrustedText::fromSsid(bytes);
    requireShowable(shown, "fromSsid let a hidden character through");

    // Valid UTF-8 with nothing to hide and no backslash is shown as it is.
    const QString decoded = QString::fromUtf8(bytes);
    bool plain = decoded.toUtf8() == bytes && !decoded.contains(u'\\');
    for (const char32_t codePoint : decoded.toUcs4())
        plain = plain && !hidden(codePoint);
    if (plain)
        require(shown == decoded, "fromSsid changed text with nothing to hide", shown);

    const QString name = Aerial::UntrustedText::neutralise(decoded);
    requireShowable(name, "neutralise let a hidden character through");

    const QString tip = Aerial::UntrustedText::toolTip(name);
    require(tip.startsWith(QLatin1String("<p>")) && tip.endsWith(QLatin1String("</p>")), "toolTip's frame", tip);
    const QString inside = tip.mid(3, tip.size() - 7);
    require(!inside.contains(u'<') && !inside.contains(u'>'), "toolTip let markup through", tip);
    return 0;
}
