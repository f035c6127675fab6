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

    join_cafe_then_forget(app, interfaces)
    join_hidden_network(app, interfaces)
    forget_refused_up_front(app, interfaces)
    switch_wifi_off_and_on(app, interfaces)
    print("PASS: everything above was done through the accessibility tree")


def type_into(field, text):
    field.queryEditableText().setTextContents(text)


def join_cafe_then_forget(app, interfaces):
    """A new WPA2 network: a wrong password is refused and asked again, the right one joins; then forget it."""
    select_row(interfaces, "Intel")
    networks = wait_for("the Intel networks", lambda: find(app, pyatspi.ROLE_LIST, contains="Networks of Intel"))
    select_row(networks, "Café")
    press(find(app, pyatspi.ROLE_PUSH_BUTTON, "Connect"))
    field = wait_for("the password field", lambda: find(app, pyatspi.ROLE_PASSWORD_TEXT, "Password for Café ☕ Lumière"))
    type_into(field, "not the password")
    press(find(app, pyatspi.ROLE_PUSH_BUTTON, "Connect to Café ☕ Lumière"))
    wait_for("the rejection announced", lambda: "did not accept the password" in live_region(app))
    print("rejected:", live_region(app))
    field = wait_for("the password asked again",
                     lambda: find(app, pyatspi.ROLE_PASSWORD_TEXT, "Password for Café ☕ Lumière"))
    if not field.getState().contains(pyatspi.STATE_FOCUSED):
        fail("the password field is not focused after the rejection")
    type_into(field, "croissant")
    press(find(app, pyatspi.ROLE_PUSH_BUTTON, "Connect to Café ☕ Lumière"))
    wait_for("Intel to be connected to the café",
             lambda: any("Intel" in r.name and "Connected to Café" in r.name for r in rows(interfaces)))
    wait_for("the join announced", lambda: "joined Café" in live_region(app))
    print("joined:", live_region(app))

    networks = find(app, pyatspi.ROLE_LIST, contains="Networks of Intel")
    select_row(networks, "Café")
    forget = find(app, pyatspi.ROLE_PUSH_BUTTON, "Forget")
    wait_for("Forget to be enabled", lambda: forget.getState().contains(pyatspi.STATE_ENABLED))
    press(forget)
    confirm = wait_for("the forget question", lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Forget Café ☕ Lumière"))
    if "its password is deleted" not in live_region(app):
        fail("the question was not announced: %r" % live_region(app))
    press(confirm)
    wait_for("the forgetting announced", lambda: "Forgot the profile Café" in live_region(app))
    networks = find(app, pyatspi.ROLE_LIST, contains="Networks of Intel")
    wait_for("the café to be unsaved", lambda: any(r.name.startswith("Café") and "saved" not in r.name
                                                   and "connected" not in r.name for r in rows(networks)))
    print("forgot:", live_region(app))


def join_hidden_network(app, interfaces):
    """A hidden network, joined by its name."""
    select_row(interfaces, "Intel")
    press(find(app, pyatspi.ROLE_PUSH_BUTTON, "Other network"))
    name = wait_for("the network name field", lambda: find(app, pyatspi.ROLE_TEXT, "Network name"))
    type_into(name, "Backroom")
    type_into(find(app, pyatspi.ROLE_PASSWORD_TEXT, "Password"), "backroom42")
    press(find(app, pyatspi.ROLE_PUSH_BUTTON, "Connect to the hidden network"))
    wait_for("Intel to be connected to Backroom",
             lambda: any("Intel" in r.name and "Connected to Backroom" in r.name for r in rows(interfaces)))
    print("hidden:", [r.name for r in rows(interfaces)][0])

    # Joined, it is listed by its name, and can be forgotten like any other.
    networks = wait_for("the Intel networks", lambda: find(app, pyatspi.ROLE_LIST, contains="Networks of Intel"))
    select_row(networks, "Backroom")
    forget = find(app, pyatspi.ROLE_PUSH_BUTTON, "Forget")
    wait_for("Forget to be enabled", lambda: forget.getState().contains(pyatspi.STATE_ENABLED))
    press(forget)
    press(wait_for("the forget question", lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Forget Backroom")))
    wait_for("the forgetting announced", lambda: "Forgot the profile Backroom" in live_region(app))
    wait_for("Backroom to be hidden again",
             lambda: not any(r.name.startswith("Backroom") for r in rows(find(app, pyatspi.ROLE_LIST, contains="Networks of Intel"))))
    print("forgot:", live_region(app))


def switch_wifi_off_and_on(app, interfaces):
    """The Wi-Fi switch of the selected interface, off and on again."""
    select_row(interfaces, "TP-Link")
    switch = wait_for("the Wi-Fi switch", lambda: find(app, pyatspi.ROLE_CHECK_BOX, "Wi-Fi"))
    press(switch)
    wait_for("TP-Link's radio to be off", lambda: any("TP-Link" in r.name and "radio off" in r.name for r in rows(interfaces)))
    wait_for("the radio announced", lambda: "Wi-Fi is off" in live_region(app))
    press(switch)
    wait_for("TP-Link's radio to be on", lambda: any("TP-Link" in r.name and "Disconnected" in r.name for r in rows(interfaces)))
    wait_for("the radio announced", lambda: "Wi-Fi is on" in live_region(app))
    print("radio:", live_region(app))

    # The adapter held off by a hardware switch: the switch says why it is disabled.
    select_row(interfaces, "Realtek")
    wait_for("the switch to say why", lambda: "switch or key" in switch.description)
    if switch.getState().contains(pyatspi.STATE_ENABLED):
        fail("the Wi-Fi switch is enabled for a radio held off in hardware")


def forget_refused_up_front(app, interfaces):
    """CorpWiFi is shared by all users and this account may not change it: said before any attempt."""
    select_row(interfaces, "Intel")
    networks = wait_for("the Intel networks", lambda: find(app, pyatspi.ROLE_LIST, contains="Networks of Intel"))
    select_row(networks, "CorpWiFi")
    forget = find(app, pyatspi.ROLE_PUSH_BUTTON, "Forget")
    wait_for("Forget to say why it is disabled", lambda: "netsh wlan delete profile" in forget.description)
    if forget.getState().contains(pyatspi.STATE_ENABLED):
        fail("Forget is enabled on a profile this account may not change")
    print("forget refused:", forget.description)


if __name__ == "__main__":
    main()
