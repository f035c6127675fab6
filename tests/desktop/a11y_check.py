#!/usr/bin/python3
"""Drives Aerial through the AT-SPI accessibility tree, as a screen reader does.

Run by run_a11y_test.sh, which starts Xvfb, a session bus, the accessibility
bus and Aerial on the demo scenario. Exits non-zero with a message naming the
first thing that a screen-reader user could not find or do.
"""
import sys
import time

import pyatspi


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def walk(node, depth=0):
    yield node
    if depth > 40:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def wait_for(what, find, timeout=10.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.1)
    fail("timed out waiting for " + what)


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name.lower() == "aerial":
            return app
    return None


def find(app, role, name=None, contains=None):
    for node in walk(app):
        try:
            if node.getRole() != role:
                continue
            if name is not None and node.name != name:
                continue
            if contains is not None and contains not in node.name:
                continue
            if not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            return node
        except Exception:  # an object that vanished while walking
            continue
    return None


def press(button):
    action = button.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "click", "SetFocus") or i == action.nActions - 1:
            action.doAction(0)
            return
    fail("button %r has no action" % button.name)


def rows(listbox):
    table = listbox.queryTable()
    return [table.getAccessibleAt(row, 0) for row in range(table.nRows)]


def select_row(listbox, contains):
    table = listbox.queryTable()
    for row in range(table.nRows):
        cell = table.getAccessibleAt(row, 0)
        if cell is not None and contains in cell.name:
            table.addRowSelection(row)
            return cell
    fail("no row containing %r in %r; rows: %r" % (contains, listbox.name, [c.name for c in rows(listbox)]))


def live_region(app):
    node = find(app, pyatspi.ROLE_NOTIFICATION)
    return node.name if node else ""


def main():
    app = wait_for("Aerial on the accessibility bus", find_app, timeout=30)
    print("found application:", app.name)

    # Every control is there by name, with a description.
    for name in ("Connect", "Disconnect", "Rescan", "Help"):
        button = wait_for("button " + name, lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, name))
        if not button.description:
            fail("button %s has no accessible description" % name)
    interfaces = wait_for("interface list", lambda: find(app, pyatspi.ROLE_LIST, "Wireless interfaces"))
    names = [r.name for r in rows(interfaces)]
    print("interfaces:", names)
    if not any("Connected to CorpWiFi" in n for n in names):
        fail("the connected interface does not say what it is connected to: %r" % names)

    networks = wait_for("network list", lambda: find(app, pyatspi.ROLE_LIST, contains="Networks of Intel"))
    network_names = [r.name for r in rows(networks)]
    print("networks:", network_names)
    expected = "CorpWiFi, secured WPA2 Enterprise, good signal 74 percent, connected"
    if expected not in network_names:
        fail("no row reads %r" % expected)
    if not any(n.startswith("<b>FREE</b> WiFi %s%n,") for n in network_names):
        fail("the HTML SSID is not read literally")
    if not any(n.startswith("\\u202Eexe.ssapyb,") for n in network_names):
        fail("the bidi-override SSID is not neutralised")

    # Disconnecting the interface on the all-users profile is refused, and
    # the explanation is reachable and announced.
    press(find(app, pyatspi.ROLE_PUSH_BUTTON, "Disconnect"))
    dismiss = wait_for("the explanation's Dismiss button", lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Dismiss"))
    if "shared by all users of this computer" not in dismiss.description:
        fail("the explanation does not say why: %r" % dismiss.description)
    if "netsh wlan disconnect" not in dismiss.description:
        fail("the explanation does not say what to do: %r" % dismiss.description)
    announced = wait_for("the refusal in the live region", lambda: "could not disconnect" in live_region(app) and live_region(app))
    print("announced:", announced)
    press(dismiss)
    wait_for("the panel to close", lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Dismiss") is None)

    # Connect and disconnect the other interface, through selection and actions.
    select_row(interfaces, "TP-Link")
    networks = wait_for("the TP-Link networks", lambda: find(app, pyatspi.ROLE_LIST, contains="Networks of TP-Link"))
    select_row(networks, "HomeNet")
    connect = find(app, pyatspi.ROLE_PUSH_BUTTON, "Connect")
    wait_for("Connect to be enabled", lambda: connect.getState().contains(pyatspi.STATE_ENABLED))
    press(connect)
    wait_for("TP-Link to be connected", lambda: any("TP-Link" in r.name and "Connected to HomeNet" in r.name for r in rows(interfaces)))
    wait_for("the connection announced", lambda: "connected using the profile HomeNet" in live_region(app))
    print("connected:", live_region(app))

    disconnect = find(app, pyatspi.ROLE_PUSH_BUTTON, "Disconnect")
    wait_for("Disconnect to be enabled", lambda: disconnect.getState().contains(pyatspi.STATE_ENABLED))
    press(disconnect)
    wait_for("TP-Link to be disconnected", lambda: any("TP-Link" in r.name and "Disconnected" in r.name for r in rows(interfaces)))
    wait_for("the disconnection announced", lambda: "is disconnected" in live_region(app))
    print("disconnected:", live_region(app))
    print("PASS: everything above was done through the accessibility tree")


if __name__ == "__main__":
    main()
