"""python-dbusmock's NetworkManager template with what Aerial's tests need
beyond it: the AgentManager, and Mock methods that play NetworkManager's side
of the secret-agent interface. The calls to Aerial's agent go out from this
process, which owns NetworkManager's name, as the daemon's own would; their
replies are kept until AgentReplies collects them.

NetworkManager's introspection: org.freedesktop.NetworkManager.AgentManager.xml
and org.freedesktop.NetworkManager.SecretAgent.xml.
"""
import json

import dbus
from dbusmock import MOCK_IFACE
from dbusmock.templates import networkmanager as base
# The template's names (BUS_NAME, SYSTEM_BUS, IS_OBJECT_MANAGER, …) and its
# Mock methods (AddWiFiDevice, …) come along; load() below replaces its own.
from dbusmock.templates.networkmanager import *  # noqa: F401,F403 pylint: disable=wildcard-import,unused-wildcard-import

AGENT_MANAGER = '/org/freedesktop/NetworkManager/AgentManager'
AGENT_PATH = '/org/freedesktop/NetworkManager/SecretAgent'
AGENT_IFACE = 'org.freedesktop.NetworkManager.SecretAgent'
REPLIES = []


def load(mock, parameters):
    base.load(mock, parameters)
    mock.AddObject(AGENT_MANAGER, 'org.freedesktop.NetworkManager.AgentManager', {}, [
        ('Register', 's', '', ''),
        ('RegisterWithCapabilities', 'su', '', ''),
        ('Unregister', '', '', ''),
    ])


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
