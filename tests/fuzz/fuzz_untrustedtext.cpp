// libFuzzer: any bytes as an SSID, and as a profile name (UTF-8 decoded).
// Whatever a stranger's access point sends, the text Aerial shows for it
// holds no control, bidi, zero-width or other invisible character and no
// broken UTF-16; text with nothing to hide is shown unchanged; a tooltip's
// rich text carries no markup from the name; and the text shown reads back,
// escapes and all, to exactly the SSID it was made from.
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

// The SSID a shown text stands for, read back by its escapes; empty with
// *ok false when it is not the form fromSsid gives.
QByteArray readBack(const QString &shown, bool *ok)
{
    QByteArray bytes;
    const QList<uint> points = shown.toUcs4();
    *ok = true;
    auto hex = [&](qsizetype from, int digits, uint *value) {
        if (from + digits > points.size())
            return false;
        QString text;
        for (int k = 0; k < digits; ++k)
            text += QChar(char16_t(points.at(from + k) < 0x80 ? points.at(from + k) : u'?'));
        bool parsed = false;
        *value = text.toUInt(&parsed, 16);
        return parsed && text == text.toUpper();
    };
    for (qsizetype i = 0; i < points.size(); ++i) {
        uint value = points.at(i);
        if (value == u'\\') {
            const uint kind = i + 1 < points.size() ? points.at(i + 1) : 0;
            const int digits = kind == u'x' ? 2 : kind == u'u' ? 4 : kind == u'U' ? 8 : 0;
            if (kind == u'\\') {
                bytes += '\\';
                ++i;
                continue;
            }
            if (digits == 0 || !hex(i + 2, digits, &value)) {
                *ok = false;
                return {};
            }
            i += 1 + digits;
            if (kind == u'x') {
                bytes += char(value);
                continue;
            }
        }
        // By hand: QString::fromUcs4 would take a U+FEFF here for a byte order mark.
        if (value < 0x80) {
            bytes += char(value);
        } else if (value < 0x800) {
            bytes += char(0xC0 | (value >> 6));
            bytes += char(0x80 | (value & 0x3F));
        } else if (value < 0x10000) {
            bytes += char(0xE0 | (value >> 12));
            bytes += char(0x80 | ((value >> 6) & 0x3F));
            bytes += char(0x80 | (value & 0x3F));
        } else {
            bytes += char(0xF0 | (value >> 18));
            bytes += char(0x80 | ((value >> 12) & 0x3F));
            bytes += char(0x80 | ((value >> 6) & 0x3F));
            bytes += char(0x80 | (value & 0x3F));
        }
    }
    return bytes;
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
    // One shown text, one SSID: no SSID can pose as another.
    bool wellFormed = false;
    require(readBack(shown, &wellFormed) == bytes && wellFormed, "the shown text reads back to another SSID", shown);

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
