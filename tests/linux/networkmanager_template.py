"""python-dbusmock's NetworkManager template with what Aerial's tests need
beyond it: the AgentManager, which keeps the agents registered, a join that
asks an agent for the password it was not given, and Mock methods that play
NetworkManager's side of the secret-agent interface. The calls to Aerial's
agent go out from this process, which owns NetworkManager's name, as the
daemon's own would; their replies are kept until AgentReplies collects
them.

NetworkManager's introspection: org.freedesktop.NetworkManager.AgentManager.xml
and org.freedesktop.NetworkManager.SecretAgent.xml.
"""
import json
import os
import pwd
import time
import uuid

import dbus
import dbusmock
from dbusmock import MOCK_IFACE
from dbusmock.templates import networkmanager as base
# The template's names (BUS_NAME, SYSTEM_BUS, IS_OBJECT_MANAGER, …) and its
# Mock methods (AddWiFiDevice, …) come along; load() below replaces its own.
from dbusmock.templates.networkmanager import *  # noqa: F401,F403 pylint: disable=wildcard-import,unused-wildcard-import

AGENT_MANAGER = '/org/freedesktop/NetworkManager/AgentManager'
AGENT_PATH = '/org/freedesktop/NetworkManager/SecretAgent'
AGENT_IFACE = 'org.freedesktop.NetworkManager.SecretAgent'
REPLIES = []
# The registered agents' bus names, oldest first, and the bus name that made
# the last AddAndActivateConnection call: NetworkManager asks the requester's
# own agent first (nm-agent-manager.c).
AGENTS = []
CALLER = {'name': ''}


# NetworkManager's GetSettings never includes secrets; they are asked for
# with GetSecrets (introspection: Settings.Connection.GetSettings).
# python-dbusmock strips only a key named "secrets".
SECRET_KEYS = {'secrets', 'psk', 'wep-key0', 'wep-key1', 'wep-key2', 'wep-key3', 'leap-password', 'password'}


def _settings_without_secrets(self):
    return {name: {key: value for key, value in setting.items() if key not in SECRET_KEYS}
            for name, setting in self.settings.items()}


def _watch_callers(_connection, message):
    """Sees each incoming call before dispatch: python-dbusmock's methods are
    not told who called them."""
    if message.get_type() == dbus.lowlevel.MESSAGE_TYPE_METHOD_CALL:
        member, sender = message.get_member(), message.get_sender()
        if message.get_path() == AGENT_MANAGER:
            if sender in AGENTS:
                AGENTS.remove(sender)
            if member in ('Register', 'RegisterWithCapabilities'):
                AGENTS.append(sender)
        elif member in ('AddAndActivateConnection', 'AddAndActivateConnection2'):
            CALLER['name'] = sender
    return dbus.lowlevel.HANDLER_RESULT_NOT_YET_HANDLED


def load(mock, parameters):
    # Read when each connection is added, so every one gets it.
    base.ConnectionGetSettings = _settings_without_secrets
    base.load(mock, parameters)
    mock.AddObject(AGENT_MANAGER, 'org.freedesktop.NetworkManager.AgentManager', {}, [
        ('Register', 's', '', ''),
        ('RegisterWithCapabilities', 'su', '', ''),
        ('Unregister', '', '', ''),
    ])
    mock.connection.add_message_filter(_watch_callers)
    # For tests that add their own AddAndActivateConnection2.
    dbusmock.get_object(MANAGER_OBJ).scenario_join = _join


def _connection(uuid, ssid, key_mgmt, psk_flags, psk=''):
    security = {'key-mgmt': key_mgmt, 'psk-flags': dbus.UInt32(psk_flags)}
    if psk:
        security['psk'] = psk
    return dbus.Dictionary({
        'connection': dbus.Dictionary({'id': ssid, 'uuid': uuid, 'type': '802-11-wireless'}, signature='sv'),
        '802-11-wireless': dbus.Dictionary({'ssid': dbus.ByteArray(ssid.encode())}, signature='sv'),
        '802-11-wireless-security': dbus.Dictionary(security, signature='sv'),
    }, signature='sa{sv}')


def _keep(value=None, error=None):
    if error is not None:
        REPLIES.append({'error': error.get_dbus_name(), 'message': error.get_dbus_message()})
    elif value is None:
        REPLIES.append({'ok': True})
    else:
        REPLIES.append({'secrets': {s: {k: str(v) for k, v in keys.items()} for s, keys in value.items()}})


def _call(self, agent, method, *args):
    proxy = self.connection.get_object(agent, AGENT_PATH, introspect=False)
    getattr(proxy, method)(*args, dbus_interface=AGENT_IFACE, timeout=180,
                           reply_handler=lambda *value: _keep(value[0] if value else None),
                           error_handler=lambda error: _keep(error=error))


@dbus.service.method(MOCK_IFACE, in_signature='ssssusu', out_signature='')
def AskAgent(self, agent, uuid, ssid, key_mgmt, psk_flags, setting, flags):
    '''GetSecrets for the connection /org/freedesktop/NetworkManager/Settings/<uuid without dashes>'''
    path = '/org/freedesktop/NetworkManager/Settings/' + uuid.replace('-', '')
    _call(self, agent, 'GetSecrets', _connection(uuid, ssid, key_mgmt, psk_flags), dbus.ObjectPath(path), setting,
          dbus.Array([], signature='s'), dbus.UInt32(flags))


@dbus.service.method(MOCK_IFACE, in_signature='sss', out_signature='')
def CancelAgent(self, agent, uuid, setting):
    path = '/org/freedesktop/NetworkManager/Settings/' + uuid.replace('-', '')
    _call(self, agent, 'CancelGetSecrets', dbus.ObjectPath(path), setting)


@dbus.service.method(MOCK_IFACE, in_signature='sssus', out_signature='')
def SaveToAgent(self, agent, uuid, ssid, psk_flags, psk):
    path = '/org/freedesktop/NetworkManager/Settings/' + uuid.replace('-', '')
    _call(self, agent, 'SaveSecrets', _connection(uuid, ssid, 'wpa-psk', psk_flags, psk), dbus.ObjectPath(path))


@dbus.service.method(MOCK_IFACE, in_signature='ss', out_signature='')
def DeleteFromAgent(self, agent, uuid):
    path = '/org/freedesktop/NetworkManager/Settings/' + uuid.replace('-', '')
    _call(self, agent, 'DeleteSecrets', _connection(uuid, 'x', 'wpa-psk', 1), dbus.ObjectPath(path))


@dbus.service.method(MOCK_IFACE, in_signature='', out_signature='as')
def AgentReplies(_self):
    '''The agent's replies so far, oldest first, as JSON; then forgets them.'''
    replies = [json.dumps(reply) for reply in REPLIES]
    REPLIES.clear()
    return replies


# ---- playing a scenario file, for the backend contract suite ----
#
# LoadScenario plays the first interface of a simulation scenario (the JSON of
# docs/scenario-format.md) as a Wi-Fi device, with the rules NetworkManager
# applies: a join is checked against the networks' passphrases and security,
# this account's connections may be changed (settings.modify.own: yes) and
# shared ones only where the scenario makes them writable
# (settings.modify.system), Wi-Fi off empties the device's list, and Hold
# keeps the next operations in flight. NetworkManager's radio is one switch
# for all devices, so the scenario's other interfaces are not played.

KEY_MGMT = {'open': '', 'owe': 'owe', 'wpa2-personal': 'wpa-psk', 'wpa3-personal': 'sae',
            'wpa2-enterprise': 'wpa-eap', 'wpa3-enterprise': 'wpa-eap'}
# NM80211ApSecurityFlags (NetworkManager's introspection): pairwise and group
# CCMP with the key management.
AP_FLAGS = {'': 0, 'owe': 0x800, 'wpa-psk': 0x100 | 0x8 | 0x80, 'sae': 0x400 | 0x8 | 0x80,
            'wpa-eap': 0x200 | 0x8 | 0x80}
SCENARIO = {'networks': {}, 'hidden': {}, 'stashed': [], 'hold': '', 'loaded': False}
PERMISSION_DENIED = 'org.freedesktop.NetworkManager.PermissionDenied'


def _device_state(device, new, reason):
    '''Moves a device as NetworkManager does: the properties, then StateChanged.'''
    old = device.Get(DEVICE_IFACE, 'State')
    device.Set(DEVICE_IFACE, 'State', dbus.UInt32(new))
    device.Set(DEVICE_IFACE, 'StateReason', (dbus.UInt32(new), dbus.UInt32(reason)))
    device.EmitSignal(DEVICE_IFACE, 'StateChanged', 'uuu', [dbus.UInt32(new), old, dbus.UInt32(reason)])


def _hold():
    '''"sleep": the service takes 3 s over each operation (long enough for a
    test to stop it meanwhile); "refuse": polkit refuses the next one.'''
    if SCENARIO['hold'] == 'sleep':
        time.sleep(3)
    elif SCENARIO['hold'] == 'refuse':
        SCENARIO['hold'] = ''
        raise dbus.exceptions.DBusException('Not authorized to control networking', name=PERMISSION_DENIED)


def _add_access_point(manager, device_path, name, network):
    key_mgmt = KEY_MGMT[network['security']]
    ssid = '' if network.get('hidden') else network['ssid']
    path = manager.AddAccessPoint(device_path, name, ssid, '00:11:22:33:44:55', dbus.UInt32(2), dbus.UInt32(2437),
                                  dbus.UInt32(54000), dbus.Byte(network.get('signal', 50)),
                                  dbus.UInt32(AP_FLAGS[key_mgmt]))
    SCENARIO['networks'][network['ssid'].encode()] = (key_mgmt, network.get('passphrase', ''))
    if network.get('hidden'):
        SCENARIO['hidden'][network['ssid'].encode()] = path
    return path


def _connection_settings(name, network, all_users):
    key_mgmt = KEY_MGMT[network['security']]
    settings = {
        'connection': {'id': name, 'uuid': str(uuid.uuid4()), 'type': '802-11-wireless',
                       'timestamp': dbus.UInt64(1),
                       'permissions': dbus.Array([] if all_users else ['user:' + pwd.getpwuid(os.getuid()).pw_name],
                                                 signature='s')},
        '802-11-wireless': {'ssid': dbus.ByteArray(network['ssid'].encode())},
    }
    if key_mgmt:
        settings['802-11-wireless-security'] = {'key-mgmt': key_mgmt}
    return settings


def _add_connection(settings):
    '''Settings.AddConnection without the template's activation on autoconnect.'''
    autoconnect = settings['connection'].pop('autoconnect', True)
    path = dbusmock.get_object(SETTINGS_OBJ).AddConnection(settings)
    connection = dbusmock.get_object(path)
    connection.settings['connection']['autoconnect'] = dbus.Boolean(autoconnect)
    connection.AddMethods(CSETTINGS_IFACE, [
        ('Delete', '', '', 'self.scenario_change(self, None)'),
        ('Update', 'a{sa{sv}}', '', 'self.scenario_change(self, args[0])'),
        ('Update2', 'a{sa{sv}}ua{sv}', 'a{sv}', 'self.scenario_change(self, args[0]); ret = {}'),
    ])
    connection.scenario_change = _change_connection
    return path


def _change_connection(self, settings):
    _hold()
    shared = not self.settings['connection'].get('permissions')
    if shared and SCENARIO['modify_system'] == 'no':
        raise dbus.exceptions.DBusException('settings.modify.system is not allowed', name=PERMISSION_DENIED)
    if settings is None:
        self.ConnectionDelete(self)
        return
    self.ConnectionUpdate(self, settings)


def _join(self, settings, device_path, specific):
    """AddAndActivateConnection. A network the scenario did not play takes any
    password; without one in the settings, NetworkManager asks an agent."""
    _hold()
    device = dbusmock.get_object(device_path)
    path = _add_connection(settings)
    ssid = bytes(settings['802-11-wireless']['ssid'])
    security = settings.get('802-11-wireless-security', {})
    key_mgmt = str(security.get('key-mgmt', ''))
    # NetworkManager takes the device off its old connection first.
    old = device.Get(DEVICE_IFACE, 'ActiveConnection')
    if old != '/':
        self.deactivate_connection(self, old)
    _device_state(device, 40, 0)  # prepare
    if SCENARIO['hold'] == 'pending':
        return path, '/'
    played = SCENARIO['networks'].get(ssid)
    if (played is not None and played[0] != key_mgmt) or (played is None and SCENARIO['loaded']):
        _device_state(device, 120, 53)  # failed: the SSID was not found
        _device_state(device, 30, 53)
        return path, '/'
    expected = played[1] if played else None
    if key_mgmt not in ('wpa-psk', 'sae'):
        return path, _associate(self, path, device_path, ssid, specific)
    if 'psk' not in security:
        _ask_agent_to_join(self, path, device_path, ssid, specific, expected)
        return path, '/'
    if expected is not None and str(security['psk']) != expected:
        _device_state(device, 50, 0)  # config
        _device_state(device, 60, 0)  # need-auth: the handshake failed
        _device_state(device, 120, 8)  # failed: the supplicant disconnected
        _device_state(device, 30, 8)
        return path, '/'
    return path, _associate(self, path, device_path, ssid, specific)


def _associate(self, path, device_path, ssid, specific):
    hidden = SCENARIO['hidden'].get(ssid)
    if hidden:
        # Once associated, NetworkManager names the hidden access point.
        dbusmock.get_object(hidden).Set(ACCESS_POINT_IFACE, 'Ssid', dbus.ByteArray(ssid))
    return self.activate_connection(self, path, device_path, hidden or specific)


def _ask_agent_to_join(self, path, device_path, ssid, specific, expected, flags=1):
    """NEED_AUTH and GetSecrets to the requester's agent, or else the newest
    (ALLOW_INTERACTION; with REQUEST_NEW after a refused password, as
    nm-device-wifi.c does). A wrong password is asked for again; an error
    ends the attempt with NO_SECRETS (7). A shared connection keeps what the
    agent gave (psk-flags 0). AgentReplies has the agent's answers."""
    device = dbusmock.get_object(device_path)
    connection = dbusmock.get_object(path)
    security = connection.settings['802-11-wireless-security']
    _device_state(device, 50, 0)  # config
    _device_state(device, 60, 8 if flags & 2 and security['key-mgmt'] == 'wpa-psk' else 0)  # need-auth

    def no_secrets(error=None):
        if error is not None:
            _keep(error=error)
        _device_state(device, 120, 7)
        _device_state(device, 30, 7)

    agent = CALLER['name'] if CALLER['name'] in AGENTS else (AGENTS[-1] if AGENTS else None)
    if agent is None:
        no_secrets()
        return

    def answered(secrets):
        _keep(secrets)
        psk = str(secrets.get('802-11-wireless-security', {}).get('psk', ''))
        if expected is not None and psk != expected:
            _ask_agent_to_join(self, path, device_path, ssid, specific, expected, flags=3)
            return
        if int(security.get('psk-flags', 0)) == 0:
            security['psk'] = psk
        _associate(self, path, device_path, ssid, specific)

    proxy = self.connection.get_object(agent, AGENT_PATH, introspect=False)
    proxy.GetSecrets(_settings_without_secrets(connection), dbus.ObjectPath(path), '802-11-wireless-security',
                     dbus.Array([], signature='s'), dbus.UInt32(flags), dbus_interface=AGENT_IFACE, timeout=180,
                     reply_handler=answered, error_handler=no_secrets)


def _activate(self, connection, device_path, specific):
    """ActivateConnection; with Hold "secrets", NetworkManager first asks the
    agent for the connection's password, as for a saved connection whose
    password it does not keep, and fails with NO_SECRETS (7) when the agent
    gives none."""
    _hold()
    if SCENARIO['hold'] != 'secrets':
        return self.activate_connection(self, connection, device_path, specific)
    SCENARIO['hold'] = ''
    device = dbusmock.get_object(device_path)
    _device_state(device, 40, 0)  # prepare
    _device_state(device, 60, 0)  # need-auth

    def answered(_secrets):
        self.activate_connection(self, connection, device_path, specific)

    def refused(_error):
        _device_state(device, 120, 7)  # failed: no secrets
        _device_state(device, 30, 7)

    proxy = self.connection.get_object(SCENARIO['agent'], AGENT_PATH, introspect=False)
    proxy.GetSecrets(dbusmock.get_object(connection).settings, dbus.ObjectPath(connection), '802-11-wireless-security',
                     dbus.Array([], signature='s'), dbus.UInt32(1),  # ALLOW_INTERACTION
                     dbus_interface=AGENT_IFACE, timeout=180, reply_handler=answered, error_handler=refused)
    return dbus.ObjectPath('/')


def _scan(device):
    _hold()
    if SCENARIO['hold'] != 'pending':
        device.Set(WIRELESS_DEVICE_IFACE, 'LastScan', dbus.Int64(device.Get(WIRELESS_DEVICE_IFACE, 'LastScan') + 1000))


def _set(self, interface, name, value):
    _hold()
    if interface != MANAGER_IFACE or name != 'WirelessEnabled' or bool(value) == bool(self.Get(interface, name)):
        self.Set(interface, name, value)
        return
    for device_path in self.GetDevices():
        device = dbusmock.get_object(device_path)
        if value:
            _device_state(device, 30, 0)  # disconnected: ready again
            for name_, network in SCENARIO['stashed']:
                _add_access_point(self, device_path, name_, network)
            SCENARIO['stashed'].clear()
        else:
            old = device.Get(DEVICE_IFACE, 'ActiveConnection')
            if old != '/':
                self.deactivate_connection(self, old)
            _device_state(device, 20, 0)  # unavailable: the radio is off
            for ap_path in list(device.access_points):
                SCENARIO['stashed'].append((ap_path.rsplit('/', 1)[1], SCENARIO['played'][ap_path]))
                self.RemoveAccessPoint(device_path, ap_path)
    self.Set(interface, name, value)


@dbus.service.method(MOCK_IFACE, in_signature='s', out_signature='s')
def LoadScenario(self, text):
    '''Plays a scenario's first interface; returns the device's path.'''
    scenario = json.loads(text)
    interface = scenario['interfaces'][0]
    profiles = {profile['name']: profile for profile in scenario.get('profiles', [])}
    SCENARIO['modify_system'] = 'no' if any(p.get('allUsers') and not p.get('userCanWrite', True)
                                            for p in profiles.values()) else 'yes'
    SCENARIO.update(networks={}, hidden={}, stashed=[], hold='', played={}, loaded=True)
    self.AddMethods(MANAGER_IFACE, [
        ('GetPermissions', '', 'a{ss}',
         "ret = {'org.freedesktop.NetworkManager.settings.modify.own': 'yes', "
         f"'org.freedesktop.NetworkManager.settings.modify.system': '{SCENARIO['modify_system']}', "
         "'org.freedesktop.NetworkManager.enable-disable-wifi': 'yes', "
         "'org.freedesktop.NetworkManager.network-control': 'yes', "
         "'org.freedesktop.NetworkManager.wifi.scan': 'yes'}"),
        ('AddAndActivateConnection2', 'a{sa{sv}}ooa{sv}', 'ooa{sv}',
         'c, a = self.scenario_join(self, args[0], args[1], args[2]); ret = (c, a, {})'),
        ('AddAndActivateConnection', 'a{sa{sv}}oo', 'oo', 'ret = self.scenario_join(self, args[0], args[1], args[2])'),
        ('ActivateConnection', 'ooo', 'o', 'ret = self.scenario_activate(self, args[0], args[1], args[2])'),
    ])
    self.AddMethod(dbus.PROPERTIES_IFACE, 'Set', 'ssv', '', 'self.scenario_set(self, args[0], args[1], args[2])')
    self.scenario_join = _join
    self.scenario_activate = _activate
    self.scenario_set = _set
    self.scenario_hold = _hold

    device_path = self.AddWiFiDevice(interface['id'], interface['id'], dbus.UInt32(30))
    device = dbusmock.get_object(device_path)
    device.AddMethods(DEVICE_IFACE, [
        ('Disconnect', '', '', "self.scenario_hold(); objects['/org/freedesktop/NetworkManager']"
                               ".SetDeviceDisconnected(self.path)"),
    ])
    device.AddMethods(WIRELESS_DEVICE_IFACE, [
        ('RequestScan', 'a{sv}', '', 'self.scenario_scan(self)'),
    ])
    device.scenario_hold = _hold
    device.scenario_scan = _scan
    if 'LastScan' not in device.props[WIRELESS_DEVICE_IFACE]:
        device.AddProperty(WIRELESS_DEVICE_IFACE, 'LastScan', dbus.Int64(1000))
    active = None
    for index, network in enumerate(interface.get('networks', [])):
        ap_path = _add_access_point(self, device_path, f'ap{index}', network)
        SCENARIO['played'][ap_path] = network
        name = network.get('profile')
        if name in profiles and not profiles[name].get('groupPolicy'):
            # Group policy is Native Wifi's: NetworkManager has no such profile.
            connection = _add_connection(_connection_settings(name, network, profiles[name].get('allUsers', False)))
            if interface.get('state') == 'connected' and interface.get('profile') == name:
                active = (connection, ap_path)
    if active:
        self.activate_connection(self, active[0], device_path, active[1])
    return device_path


@dbus.service.method(MOCK_IFACE, in_signature='s', out_signature='')
def HoldForSecrets(_self, agent):
    '''The next ActivateConnection asks the agent at this bus name first.'''
    SCENARIO.update(hold='secrets', agent=agent)


@dbus.service.method(MOCK_IFACE, in_signature='s', out_signature='')
def Hold(_self, mode):
    '''"sleep": each operation takes 3 s; "pending": a join stays at prepare
    and a scan never ends; "refuse": the next operation is refused with
    PermissionDenied; "": as LoadScenario's rules say.'''
    SCENARIO['hold'] = mode
