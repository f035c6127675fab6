#!/usr/bin/python3
"""The hostile names of tests/data/hostile-names.txt as a screen reader gets
them: through Qt's AT-SPI bridge, from the real window.

Run by run_hostile_a11y_test.sh with Aerial playing a scenario whose networks
are those names (and two profiles with the long ones). Every network row is
there, no two read alike, and no name or description carries a control,
format (bidi, zero-width, tag) or line/paragraph separator character.
"""
import sys
import unicodedata

import pyatspi

from a11y_check import fail, find, find_app, rows, select_row, wait_for

HIDDEN = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}


def hidden_characters(text):
    return ["U+%04X" % ord(c) for c in text if unicodedata.category(c) in HIDDEN]


def main():
    expected = int(sys.argv[1])
    app = wait_for("Aerial on the accessibility bus", find_app, timeout=30)
    interfaces = wait_for("the interface list", lambda: find(app, pyatspi.ROLE_LIST, contains="interfaces"))
    select_row(interfaces, "Hostile")
    networks = wait_for("the networks", lambda: find(app, pyatspi.ROLE_LIST, contains="Networks of Hostile"))
    cells = wait_for("%d network rows" % expected, lambda: len(rows(networks)) == expected and rows(networks))
    names = []
    for cell in cells:
        for what, text in (("name", cell.name), ("description", cell.description)):
            found = hidden_characters(text)
            if found:
                fail("a row's %s carries %s: %r" % (what, ", ".join(found), text))
        names.append(cell.name)
    if len(set(names)) != len(names):
        same = sorted({n for n in names if names.count(n) > 1})
        fail("rows that read alike: %r" % same)
    print("%d rows, all distinct, none with hidden characters" % len(names))


if __name__ == "__main__":
    main()
