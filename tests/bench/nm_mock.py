#!/usr/bin/python3
"""python-dbusmock's NetworkManager template, populated for the desktop
benchmarks: one Wi-Fi device and N access points on the bus named by
DBUS_SYSTEM_BUS_ADDRESS. Prints READY once populated, then serves until
killed. With --storm COUNT it then adds COUNT more access points and removes
them again each time a line arrives on standard input, printing DONE after
each round. Between adding and removing it waits half a second, longer than
any client's coalescing (Aerial's is 100 ms), so that a client that follows
the storm shows every access point at once.

    nm_mock.py [--access-points N] [--storm COUNT]
"""
import argparse
import subprocess
import sys
import time

import dbus

MANAGER = '/org/freedesktop/NetworkManager'
MOCK = 'org.freedesktop.DBus.Mock'
# NM_802_11_AP_SEC_KEY_MGMT_PSK with pairwise and group CCMP (NetworkManager's
# introspection, NM80211ApSecurityFlags), as dbusmock's template takes it.
WPA2 = 0x100 | 0x8 | 0x80


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--access-points', type=int, default=20)
    parser.add_argument('--storm', type=int, default=0)
    args = parser.parse_args()

    service = subprocess.Popen([sys.executable, '-m', 'dbusmock', '--system', '--template', 'networkmanager'],
                               stdout=subprocess.DEVNULL)
    try:
        bus = dbus.SystemBus()
        for _ in range(150):
            if bus.name_has_owner('org.freedesktop.NetworkManager'):
                break
            time.sleep(0.1)
        else:
            sys.exit('the NetworkManager template did not appear on the bus')
        mock = dbus.Interface(bus.get_object('org.freedesktop.NetworkManager', MANAGER), MOCK)
        # The template lacks the AgentManager that every NetworkManager serves
        # (NetworkManager's introspection, AgentManager.xml); without it a
        # tray's secret agent would take its failure path.
        mock.AddObject(MANAGER + '/AgentManager', 'org.freedesktop.NetworkManager.AgentManager', {}, [
            ('Register', 's', '', ''),
            ('RegisterWithCapabilities', 'su', '', ''),
            ('Unregister', '', '', ''),
        ])
        device = mock.AddWiFiDevice('wlan0', 'wlan0', dbus.UInt32(30))  # NM_DEVICE_STATE_DISCONNECTED

        def add(prefix, index):
            return mock.AddAccessPoint(device, f'{prefix}{index}', f'{prefix}-network-{index}', '00:11:22:33:44:55',
                                       dbus.UInt32(2), dbus.UInt32(2437), dbus.UInt32(54000),
                                       dbus.Byte(20 + index % 80), dbus.UInt32(WPA2))

        for index in range(args.access_points):
            add('ap', index)
        print('READY', flush=True)
        for _ in sys.stdin:
            if args.storm:
                added = [add('storm', index) for index in range(args.storm)]
                time.sleep(0.5)
                for path in added:
                    mock.RemoveAccessPoint(device, path)
            print('DONE', flush=True)
        service.wait()
    finally:
        service.kill()


if __name__ == '__main__':
    main()
