#!/usr/bin/python3
"""The StatusNotifierItem tray, end to end: this script is the desktop's
StatusNotifierWatcher and host (org.kde.StatusNotifierWatcher, as KDE, GNOME's
AppIndicator extension and most panels serve it) on a private session bus, and
checks Aerial as such a host uses it:
  - Aerial registers its item (Qt picks StatusNotifierItem over XEmbed when a
    host is registered);
  - the item's menu (com.canonical.dbusmenu) has the tray menu's entries,
    with the Wi-Fi switch as a checkmark;
  - Activate(x, y) with the pointer there opens the window near that point;
  - switching Wi-Fi off from that menu changes the icon (NewIcon);
  - Quit from the menu ends Aerial with status 0.

    sni_check.py AERIAL   (DISPLAY and DBUS_SESSION_BUS_ADDRESS set; the demo,
    whose first interface is connected)
"""
import os
import subprocess
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

WATCHER = 'org.kde.StatusNotifierWatcher'
ITEM = 'org.kde.StatusNotifierItem'
MENU = 'com.canonical.dbusmenu'
PROPS = 'org.freedesktop.DBus.Properties'


def fail(message):
    print(f'FAIL: {message}', flush=True)
    sys.exit(1)


class Watcher(dbus.service.Object):
    def __init__(self, bus):
        super().__init__(bus, '/StatusNotifierWatcher')
        self.items = []

    @dbus.service.method(WATCHER, in_signature='s', sender_keyword='sender')
    def RegisterStatusNotifierItem(self, service, sender=None):
        # A service name, or an object path on the caller's connection.
        self.items.append((sender, service if not service.startswith('/') else service))
        self.StatusNotifierItemRegistered(f'{sender}{service}' if service.startswith('/') else service)

    @dbus.service.method(WATCHER, in_signature='s')
    def RegisterStatusNotifierHost(self, service):
        pass

    @dbus.service.signal(WATCHER, signature='s')
    def StatusNotifierItemRegistered(self, service):
        pass

    # Qt reads IsStatusNotifierHostRegistered through QDBusInterface, which
    # knows only the properties that introspection declares.
    @dbus.service.method('org.freedesktop.DBus.Introspectable', out_signature='s')
    def Introspect(self):
        return f"""<node><interface name="{WATCHER}">
  <method name="RegisterStatusNotifierItem"><arg type="s" direction="in"/></method>
  <method name="RegisterStatusNotifierHost"><arg type="s" direction="in"/></method>
  <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
  <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
  <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
  <property name="ProtocolVersion" type="i" access="read"/>
</interface></node>"""

    @dbus.service.method(PROPS, in_signature='ss', out_signature='v')
    def Get(self, interface, name):
        return self.GetAll(interface)[name]

    @dbus.service.method(PROPS, in_signature='s', out_signature='a{sv}')
    def GetAll(self, interface):
        return {
            'IsStatusNotifierHostRegistered': dbus.Boolean(True),
            'RegisteredStatusNotifierItems': dbus.Array([service for _, service in self.items], signature='s'),
            'ProtocolVersion': dbus.Int32(0),
        }


def run_until(condition, seconds):
    """Runs the main loop until condition() holds; False on time-out."""
    loop = GLib.MainLoop()
    deadline = GLib.get_monotonic_time() + seconds * 1_000_000

    def check():
        if condition() or GLib.get_monotonic_time() > deadline:
            loop.quit()
            return False
        return True

    GLib.timeout_add(50, check)
    loop.run()
    return condition()


def menu_entries(layout):
    """(id, properties) for every item under the root, depth first."""
    entries = []
    for child in layout[2]:
        entries.append((int(child[0]), dict(child[1])))
        entries.extend(menu_entries(child))
    return entries


def aerial_window():
    """The geometry (x, y, width, height) of Aerial's visible window, or None."""
    try:
        ids = subprocess.run(['xdotool', 'search', '--onlyvisible', '--class', 'aerial'], capture_output=True,
                             text=True).stdout.split()
    except FileNotFoundError:
        fail('xdotool is missing')
    for window in ids:
        info = subprocess.run(['xwininfo', '-id', window], capture_output=True, text=True).stdout
        values = {}
        for line in info.splitlines():
            line = line.strip()
            for key in ('Absolute upper-left X', 'Absolute upper-left Y', 'Width', 'Height'):
                if line.startswith(key + ':'):
                    values[key] = int(line.split(':')[1])
        if values.get('Width', 0) >= 200:
            return (values['Absolute upper-left X'], values['Absolute upper-left Y'], values['Width'],
                    values['Height'])
    return None


def main():
    aerial_path = sys.argv[1]
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    watcher = Watcher(bus)
    names = [dbus.service.BusName(WATCHER, bus), dbus.service.BusName(f'org.kde.StatusNotifierHost-{os.getpid()}', bus)]

    environment = dict(os.environ, QT_QPA_PLATFORM='xcb', QT_LOGGING_RULES='aerial.ui.debug=true;qt.qpa.tray.debug=true')
    aerial = subprocess.Popen([aerial_path, '--backend', 'simulated'], env=environment)
    try:
        if not run_until(lambda: watcher.items or aerial.poll() is not None, 20) or not watcher.items:
            fail('Aerial did not register a StatusNotifierItem')
        sender, service = watcher.items[0]
        item_path = service if service.startswith('/') else '/StatusNotifierItem'
        item_bus = sender if service.startswith('/') else service
        item = bus.get_object(item_bus, item_path)
        properties = item.GetAll(ITEM, dbus_interface=PROPS)
        print(f'item registered as {service}: Title={properties.get("Title")!r} Status={properties.get("Status")!r}')
        if properties.get('Status') not in ('Active', 'Passive', 'NeedsAttention'):
            fail(f'the item has no valid Status: {properties.get("Status")!r}')
        if not properties.get('IconPixmap') and not properties.get('IconName'):
            fail('the item has no icon')
        tooltip = properties.get('ToolTip')
        if not tooltip or 'CorpWiFi' not in ''.join(str(part) for part in tooltip[2:]):
            fail(f'the tooltip does not name the interface: {tooltip!r}')

        # The menu.
        menu_path = properties.get('Menu')
        if not menu_path:
            fail('the item exports no menu')
        menu = dbus.Interface(bus.get_object(item_bus, menu_path), MENU)
        entries = menu_entries(menu.GetLayout(0, -1, dbus.Array([], signature='s'))[1])
        labels = {str(props.get('label', '')).replace('_', ''): (ident, props) for ident, props in entries
                  if props.get('label')}
        print('menu:', sorted(labels))
        for wanted in ('Open Aerial', 'Rescan', 'Wi-Fi', 'Quit'):
            if wanted not in labels:
                fail(f'the menu lacks "{wanted}"')
        wifi_id, wifi = labels['Wi-Fi']
        if wifi.get('toggle-type') != 'checkmark' or int(wifi.get('toggle-state', -1)) != 1:
            fail(f'the Wi-Fi entry is not a checked checkmark: {wifi}')

        # Activate at the pointer, where a panel at the bottom of the screen
        # would be: the window opens next to that point, leaving it free.
        x, y = 1200, 785
        subprocess.run(['xdotool', 'mousemove', str(x), str(y)], check=True)
        if aerial_window() is not None:
            fail('the window was open before Activate')
        dbus.Interface(item, ITEM).Activate(dbus.Int32(x), dbus.Int32(y))
        if not run_until(lambda: aerial_window() is not None, 10):
            fail('Activate did not open the window')
        left, top, width, height = aerial_window()
        gap_x = max(left - x, 0, x - (left + width))
        gap_y = max(top - y, 0, y - (top + height))
        print(f'Activate({x}, {y}) opened the window at {left},{top} {width}×{height}')
        if gap_x > 48 or gap_y > 48:
            fail(f'the window opened {gap_x},{gap_y} pixels away from the point')
        if gap_x == 0 and gap_y == 0:
            fail('the window covers the point that was clicked')

        # Wi-Fi off from the menu: the icon follows the connection's state.
        before = item.Get(ITEM, 'IconPixmap', dbus_interface=PROPS) or item.Get(ITEM, 'IconName', dbus_interface=PROPS)
        new_icons = []
        bus.add_signal_receiver(lambda: new_icons.append(1), 'NewIcon', ITEM, path=item_path)
        menu.Event(dbus.Int32(wifi_id), 'clicked', dbus.String('', variant_level=1), dbus.UInt32(0))
        if not run_until(lambda: new_icons, 10):
            fail('switching Wi-Fi off did not change the icon (no NewIcon)')
        after = item.Get(ITEM, 'IconPixmap', dbus_interface=PROPS) or item.Get(ITEM, 'IconName', dbus_interface=PROPS)
        if after == before:
            fail('NewIcon came, but the icon is the same')
        entries = dict(menu_entries(menu.GetLayout(0, -1, dbus.Array([], signature='s'))[1]))
        if int(entries[wifi_id].get('toggle-state', -1)) != 0:
            fail('the Wi-Fi entry is still checked with every radio off')
        print('Wi-Fi off from the menu changed the icon and unchecked the entry')

        # Quit from the menu.
        menu.Event(dbus.Int32(labels['Quit'][0]), 'clicked', dbus.String('', variant_level=1), dbus.UInt32(0))
        try:
            status = aerial.wait(timeout=10)
        except subprocess.TimeoutExpired:
            fail('Quit in the menu did not quit')
        if status != 0:
            fail(f'Aerial exited with {status}')
        print('PASS: the StatusNotifierItem registers, its menu works, Activate opens the window nearby, '
              'the icon follows the state')
    finally:
        if aerial.poll() is None:
            aerial.kill()
        del names


if __name__ == '__main__':
    main()
