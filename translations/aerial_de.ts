<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Aerial::AerialCtl</name>
    <message>
        <source>The wireless service: %1.</source>
        <translation>Der Drahtlosdienst: %1.</translation>
    </message>
    <message>
        <source>Play this scenario file on the simulated service.</source>
        <translation>Diese Szenariodatei auf dem simulierten Dienst abspielen.</translation>
    </message>
    <message>
        <source>Print JSON with stable field names.</source>
        <translation>JSON mit festen Feldnamen ausgeben.</translation>
    </message>
    <message>
        <source>The interface, by id or name; the first one when not given.</source>
        <translation>Die Schnittstelle, nach ID oder Name; ohne Angabe die erste.</translation>
    </message>
    <message>
        <source>Read the password from one line of standard input.</source>
        <translation>Das Passwort aus einer Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>connect: the network does not broadcast its name; give --security.</source>
        <translation>connect: Das Netzwerk sendet seinen Namen nicht; --security angeben.</translation>
    </message>
    <message>
        <source>connect --hidden: open, owe, wpa2-personal or wpa3-personal.</source>
        <translation>connect --hidden: open, owe, wpa2-personal oder wpa3-personal.</translation>
    </message>
    <message>
        <source>What to do; see above.</source>
        <translation>Was zu tun ist; siehe oben.</translation>
    </message>
    <message>
        <source>%1 has no wireless interface.</source>
        <translation>%1 hat keine Drahtlosschnittstelle.</translation>
    </message>
    <message>
        <source>no interface “%1”; &apos;aerialctl interfaces&apos; lists them.</source>
        <translation>keine Schnittstelle „%1“; &apos;aerialctl interfaces&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input ended before a password.</source>
        <translation>--passphrase-stdin: Die Standardeingabe endete vor einem Passwort.</translation>
    </message>
    <message>
        <source>“%1” needs a password. aerialctl takes none as an argument (every user can read them); give it on standard input with --passphrase-stdin.</source>
        <translation>„%1“ braucht ein Passwort. aerialctl nimmt keines als Argument an (jeder Benutzer kann Argumente lesen); übergeben Sie es mit --passphrase-stdin auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Password for “%1”: </source>
        <translation>Passwort für „%1“: </translation>
    </message>
    <message>
        <source>no password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>no network “%1” in range of “%2”. &apos;aerialctl scan&apos; looks again; a hidden network is joined with --hidden --security S.</source>
        <translation>kein Netzwerk „%1“ in Reichweite von „%2“. &apos;aerialctl scan&apos; sucht erneut; einem verborgenen Netzwerk tritt man mit --hidden --security S bei.</translation>
    </message>
    <message>
        <source>“%1” is connected using the profile “%2”.</source>
        <translation>„%1“ ist über das Profil „%2“ verbunden.</translation>
    </message>
    <message>
        <source>“%1” joined “%2”; it is saved as the profile “%3”.</source>
        <translation>„%1“ ist „%2“ beigetreten; es ist als Profil „%3“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is disconnected.</source>
        <translation>„%1“ ist getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” found %n network(s).</source>
        <translation>
            <numerusform>„%1“ hat %n Netzwerk gefunden.</numerusform>
            <numerusform>„%1“ hat %n Netzwerke gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile “%1” is forgotten.</source>
        <translation>Das Profil „%1“ ist vergessen.</translation>
    </message>
    <message>
        <source>The profile “%1” connects automatically.</source>
        <translation>Das Profil „%1“ verbindet sich automatisch.</translation>
    </message>
    <message>
        <source>The profile “%1” connects only when asked.</source>
        <translation>Das Profil „%1“ verbindet sich nur auf Anfrage.</translation>
    </message>
    <message>
        <source>Wi-Fi is on for “%1”.</source>
        <translation>WLAN ist für „%1“ eingeschaltet.</translation>
    </message>
    <message>
        <source>Wi-Fi is off for “%1”.</source>
        <translation>WLAN ist für „%1“ ausgeschaltet.</translation>
    </message>
    <message>
        <source>no radio could be switched on.</source>
        <translation>Kein Funk konnte eingeschaltet werden.</translation>
    </message>
    <message>
        <source>no radio could be switched off.</source>
        <translation>Kein Funk konnte ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>Return once the service has accepted the operation, without waiting for it to finish.</source>
        <translation>Zurückkehren, sobald der Dienst den Vorgang angenommen hat, ohne auf sein Ende zu warten.</translation>
    </message>
    <message>
        <source>The service accepted it; aerialctl did not wait for it to finish.</source>
        <translation>Der Dienst hat es angenommen; aerialctl hat nicht auf das Ende gewartet.</translation>
    </message>
</context>
<context>
    <name>Aerial::ConnectionNotifier</name>
    <message>
        <source>Interface: %1</source>
        <translation>Schnittstelle: %1</translation>
    </message>
    <message>
        <source>Connected to “%1”</source>
        <translation>Verbunden mit „%1“</translation>
    </message>
    <message>
        <source>The wireless network “%1” is connected.</source>
        <translation>Das Drahtlosnetzwerk „%1“ ist verbunden.</translation>
    </message>
    <message>
        <source>The wireless network “%1” is no longer connected.</source>
        <translation>Das Drahtlosnetzwerk „%1“ ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <source>Disconnected from “%1”</source>
        <translation>Getrennt von „%1“</translation>
    </message>
    <message>
        <source>Could not connect to “%1”</source>
        <translation>Verbindung mit „%1“ fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Aerial::ExplanationPanel</name>
    <message>
        <source>Show de&amp;tails</source>
        <translation>&amp;Details zeigen</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Opens the settings that fix the problem</source>
        <translation>Öffnet die Einstellungen, die das Problem beheben</translation>
    </message>
    <message>
        <source>Show the error code and the wireless service&apos;s own message (Alt+T)</source>
        <translation>Fehlercode und die eigene Meldung des Drahtlosdienstes zeigen (Alt+D)</translation>
    </message>
    <message>
        <source>Close this explanation (Alt+M)</source>
        <translation>Diese Erklärung schließen (Alt+C)</translation>
    </message>
    <message>
        <source>Hide de&amp;tails</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>%1 The system could not open “%2”; open it from the system settings.</source>
        <translation>%1 Das System konnte „%2“ nicht öffnen; öffnen Sie es in den Systemeinstellungen.</translation>
    </message>
</context>
<context>
    <name>Aerial::JoinPanel</name>
    <message>
        <source>At least 8 characters. Enter connects.</source>
        <translation>Mindestens 8 Zeichen. Eingabetaste verbindet.</translation>
    </message>
    <message>
        <source>8 to 63 characters, or 64 hexadecimal digits. Enter connects.</source>
        <translation>8 bis 63 Zeichen oder 64 Hexadezimalziffern. Eingabetaste verbindet.</translation>
    </message>
    <message>
        <source>Network &amp;name:</source>
        <translation>Netzwer&amp;kname:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Siche&amp;rheit:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>Passwort an&amp;zeigen</translation>
    </message>
    <message>
        <source>Connect a&amp;utomatically</source>
        <translation>A&amp;utomatisch verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Join a network</source>
        <translation>Einem Netzwerk beitreten</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Netzwerkname</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Shows the password as plain text</source>
        <translation>Zeigt das Passwort als Klartext</translation>
    </message>
    <message>
        <source>Connect to this network by itself whenever it is in range</source>
        <translation>Sich mit diesem Netzwerk selbst verbinden, wann immer es in Reichweite ist</translation>
    </message>
    <message>
        <source>Save the network and connect</source>
        <translation>Netzwerk speichern und verbinden</translation>
    </message>
    <message>
        <source>Close without connecting (Esc)</source>
        <translation>Schließen, ohne zu verbinden (Esc)</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <source>The network %1 did not accept the password.</source>
        <translation>Das Netzwerk %1 hat das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>Join a hidden network</source>
        <translation>Einem verborgenen Netzwerk beitreten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Connect to the hidden network</source>
        <translation>Mit dem verborgenen Netzwerk verbinden</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>Type the network&apos;s name.</source>
        <translation>Geben Sie den Namen des Netzwerks ein.</translation>
    </message>
    <message numerus="yes">
        <source>A network name has at most 32 bytes; this one has %n.</source>
        <translation>
            <numerusform>Ein Netzwerkname hat höchstens 32 Bytes; dieser hat %n.</numerusform>
            <numerusform>Ein Netzwerkname hat höchstens 32 Bytes; dieser hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Available to all users of this computer</source>
        <translation>Für alle Benutzer dieses Computers verfügbar</translation>
    </message>
    <message>
        <source>Let every account on this computer use the network and its password</source>
        <translation>Jedes Konto auf diesem Computer darf das Netzwerk und sein Passwort verwenden</translation>
    </message>
    <message>
        <source>NetworkManager needs the password of %1.</source>
        <translation>NetworkManager braucht das Passwort für %1.</translation>
    </message>
    <message>
        <source>Give the password to NetworkManager</source>
        <translation>Das Passwort an NetworkManager geben</translation>
    </message>
</context>
<context>
    <name>Aerial::LiveRegion</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Aerial::NativeWifiBackend</name>
    <message>
        <source>Windows has no Wi-Fi service here: wlanapi.dll is not installed. On Windows Server, an administrator can add the “Wireless LAN Service” feature.</source>
        <translation>Windows hat hier keinen WLAN-Dienst: wlanapi.dll ist nicht installiert. Unter Windows Server kann ein Administrator das Feature „Wireless LAN Service“ hinzufügen.</translation>
    </message>
    <message>
        <source>The WLAN AutoConfig service is not running, so Wi-Fi cannot be managed. Aerial reconnects by itself when the service starts; an administrator can start it in Services.</source>
        <translation>Der Dienst „WLAN AutoConfig“ läuft nicht, daher kann WLAN nicht verwaltet werden. Aerial verbindet sich von selbst wieder, wenn der Dienst startet; ein Administrator kann ihn unter „Dienste“ starten.</translation>
    </message>
    <message>
        <source>Aerial lost contact with the WLAN AutoConfig service: it stopped or restarted. Aerial reconnects by itself when it runs again.</source>
        <translation>Aerial hat den Kontakt zum Dienst „WLAN AutoConfig“ verloren: Er wurde beendet oder neu gestartet. Aerial verbindet sich von selbst wieder, sobald er läuft.</translation>
    </message>
    <message>
        <source>Windows refused Aerial a session with the WLAN AutoConfig service (%1). Aerial tries again by itself.</source>
        <translation>Windows hat Aerial eine Sitzung mit dem Dienst „WLAN AutoConfig“ verweigert (%1). Aerial versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Windows Wi-Fi (WLAN AutoConfig)</source>
        <translation>Windows-WLAN (WLAN AutoConfig)</translation>
    </message>
    <message>
        <source>The interface was removed.</source>
        <translation>Die Schnittstelle wurde entfernt.</translation>
    </message>
    <message>
        <source>Aerial joins open, Enhanced Open, WPA2-Personal and WPA3-Personal networks on Windows, for this account only.</source>
        <translation>Aerial tritt unter Windows offenen, Enhanced-Open-, WPA2-Personal- und WPA3-Personal-Netzwerken bei, nur für dieses Konto.</translation>
    </message>
    <message>
        <source>The wireless service did not report how the connection ended.</source>
        <translation>Der Drahtlosdienst hat nicht gemeldet, wie die Verbindung endete.</translation>
    </message>
</context>
<context>
    <name>Aerial::NetworkDelegate</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>WEP</source>
        <translation>WEP</translation>
    </message>
    <message>
        <source>WPA2</source>
        <translation>WPA2</translation>
    </message>
    <message>
        <source>WPA3</source>
        <translation>WPA3</translation>
    </message>
    <message>
        <source>WPA2 Enterprise</source>
        <translation>WPA2 Enterprise</translation>
    </message>
    <message>
        <source>WPA3 Enterprise</source>
        <translation>WPA3 Enterprise</translation>
    </message>
    <message>
        <source>Enhanced Open</source>
        <translation>Enhanced Open</translation>
    </message>
    <message>
        <source>(hidden network)</source>
        <translation>(verborgenes Netzwerk)</translation>
    </message>
    <message>
        <source>%1 — %2 · %3%</source>
        <translation>%1 — %2 · %3 %</translation>
    </message>
    <message>
        <source>%1 — %2 · %3% · connected</source>
        <translation>%1 — %2 · %3 % · verbunden</translation>
    </message>
    <message>
        <source>%1 — %2 · %3% · saved</source>
        <translation>%1 — %2 · %3 % · gespeichert</translation>
    </message>
</context>
<context>
    <name>Aerial::NetworkManager</name>
    <message>
        <source>no password was given for the network</source>
        <translation>für das Netzwerk wurde kein Passwort angegeben</translation>
    </message>
    <message>
        <source>no IP address was offered</source>
        <translation>es wurde keine IP-Adresse angeboten</translation>
    </message>
    <message>
        <source>the IP address expired</source>
        <translation>die IP-Adresse ist abgelaufen</translation>
    </message>
    <message>
        <source>the network ended the sign-in; the password may be wrong</source>
        <translation>das Netzwerk hat die Anmeldung beendet; das Passwort ist vielleicht falsch</translation>
    </message>
    <message>
        <source>the network&apos;s security settings could not be applied</source>
        <translation>die Sicherheitseinstellungen des Netzwerks konnten nicht angewendet werden</translation>
    </message>
    <message>
        <source>the sign-in to the network failed</source>
        <translation>die Anmeldung am Netzwerk ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the sign-in to the network timed out; the password may be wrong</source>
        <translation>die Anmeldung am Netzwerk hat zu lange gedauert; das Passwort ist vielleicht falsch</translation>
    </message>
    <message>
        <source>the device was removed</source>
        <translation>das Gerät wurde entfernt</translation>
    </message>
    <message>
        <source>the network is not in range</source>
        <translation>das Netzwerk ist nicht in Reichweite</translation>
    </message>
    <message>
        <source>NetworkManager reason %1</source>
        <translation>NetworkManager-Grund %1</translation>
    </message>
</context>
<context>
    <name>Aerial::NetworkManagerBackend</name>
    <message>
        <source>NetworkManager stopped.</source>
        <translation>NetworkManager wurde beendet.</translation>
    </message>
    <message>
        <source>The device was removed.</source>
        <translation>Das Gerät wurde entfernt.</translation>
    </message>
    <message>
        <source>NetworkManager has no such Wi-Fi device.</source>
        <translation>NetworkManager hat kein solches WLAN-Gerät.</translation>
    </message>
    <message>
        <source>NetworkManager has no such saved connection.</source>
        <translation>NetworkManager hat keine solche gespeicherte Verbindung.</translation>
    </message>
    <message>
        <source>NetworkManager did not say how it ended.</source>
        <translation>NetworkManager hat nicht gesagt, wie es endete.</translation>
    </message>
    <message>
        <source>NetworkManager is not running, so Aerial cannot see or change the Wi-Fi. Aerial picks it up again by itself when it starts; an administrator can start it with “systemctl start NetworkManager”.</source>
        <translation>NetworkManager läuft nicht, daher kann Aerial das WLAN weder sehen noch ändern. Aerial findet es von selbst wieder, wenn es startet; ein Administrator kann es mit „systemctl start NetworkManager“ starten.</translation>
    </message>
    <message>
        <source>NetworkManager gave up on the connection and gave no reason.</source>
        <translation>NetworkManager hat die Verbindung aufgegeben und keinen Grund genannt.</translation>
    </message>
    <message>
        <source>A switch or key holds the Wi-Fi off (WirelessHardwareEnabled is false).</source>
        <translation>Ein Schalter oder eine Taste hält das WLAN aus (WirelessHardwareEnabled ist false).</translation>
    </message>
    <message>
        <source>The password prompt was cancelled.</source>
        <translation>Die Passwortabfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>NetworkManager asked for the password again: the network did not accept it.</source>
        <translation>NetworkManager hat erneut nach dem Passwort gefragt: Das Netzwerk hat es nicht angenommen.</translation>
    </message>
    <message>
        <source>NetworkManager has not taken Aerial as a secret agent, which is how Aerial hands it a network&apos;s password.</source>
        <translation>NetworkManager hat Aerial nicht als Geheimnis-Agenten angenommen; über ihn gibt Aerial NetworkManager das Passwort eines Netzwerks.</translation>
    </message>
</context>
<context>
    <name>Aerial::NetworkModel</name>
    <message numerus="yes">
        <source>Wireless interface, %n network(s) in range</source>
        <translation>
            <numerusform>Drahtlosschnittstelle, %n Netzwerk in Reichweite</numerusform>
            <numerusform>Drahtlosschnittstelle, %n Netzwerke in Reichweite</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved profile</source>
        <translation>Kein gespeichertes Profil</translation>
    </message>
    <message>
        <source>Saved profile %1</source>
        <translation>Gespeichertes Profil %1</translation>
    </message>
    <message>
        <source>Saved profile %1, shared by all users</source>
        <translation>Gespeichertes Profil %1, für alle Benutzer freigegeben</translation>
    </message>
    <message>
        <source>Saved profile %1, set by group policy</source>
        <translation>Gespeichertes Profil %1, per Gruppenrichtlinie festgelegt</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Ad hoc network formed</source>
        <translation>Ad-hoc-Netzwerk gebildet</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Wird getrennt</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting (associating)</source>
        <translation>Verbindet (Zuordnung)</translation>
    </message>
    <message>
        <source>Searching for networks</source>
        <translation>Sucht nach Netzwerken</translation>
    </message>
    <message>
        <source>Connecting (authenticating)</source>
        <translation>Verbindet (Authentifizierung)</translation>
    </message>
    <message>
        <source>open, not secured</source>
        <translation>offen, nicht gesichert</translation>
    </message>
    <message>
        <source>secured WEP, which is weak</source>
        <translation>gesichert mit WEP, das schwach ist</translation>
    </message>
    <message>
        <source>secured WPA2</source>
        <translation>gesichert mit WPA2</translation>
    </message>
    <message>
        <source>secured WPA3</source>
        <translation>gesichert mit WPA3</translation>
    </message>
    <message>
        <source>secured WPA2 Enterprise</source>
        <translation>gesichert mit WPA2 Enterprise</translation>
    </message>
    <message>
        <source>secured WPA3 Enterprise</source>
        <translation>gesichert mit WPA3 Enterprise</translation>
    </message>
    <message>
        <source>open with encryption (Enhanced Open)</source>
        <translation>offen mit Verschlüsselung (Enhanced Open)</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>kein Signal</translation>
    </message>
    <message>
        <source>weak signal %1 percent</source>
        <translation>schwaches Signal, %1 Prozent</translation>
    </message>
    <message>
        <source>fair signal %1 percent</source>
        <translation>mäßiges Signal, %1 Prozent</translation>
    </message>
    <message>
        <source>good signal %1 percent</source>
        <translation>gutes Signal, %1 Prozent</translation>
    </message>
    <message>
        <source>strong signal %1 percent</source>
        <translation>starkes Signal, %1 Prozent</translation>
    </message>
    <message>
        <source>Connecting (getting an address)</source>
        <translation>Verbindet (bezieht eine Adresse)</translation>
    </message>
    <message>
        <source>%1: radio off</source>
        <translation>%1: Funk aus</translation>
    </message>
    <message>
        <source>%1: Connected to %2, %3</source>
        <translation>%1: Verbunden mit %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 mit %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hidden network</source>
        <translation>Verborgenes Netzwerk</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3, connected</source>
        <translation>%1, %2, %3, verbunden</translation>
    </message>
    <message>
        <source>%1, %2, %3, saved</source>
        <translation>%1, %2, %3, gespeichert</translation>
    </message>
</context>
<context>
    <name>Aerial::SettingsPanel</name>
    <message>
        <source>Tell me when a connection is esta&amp;blished</source>
        <translation>&amp;Melden, wenn eine Verbindung hergestellt ist</translation>
    </message>
    <message>
        <source>Tell me when a connection goes awa&amp;y</source>
        <translation>Melden, wenn eine Verbindung a&amp;bbricht</translation>
    </message>
    <message>
        <source>Tell me when &amp;joining or connecting fails</source>
        <translation>Melden, wenn Beitreten &amp;oder Verbinden fehlschlägt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Notifications, shown while this window is closed:</source>
        <translation>Benachrichtigungen, gezeigt solange dieses Fenster geschlossen ist:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Start &amp;Aerial when I log in</source>
        <translation>Aerial be&amp;im Anmelden starten</translation>
    </message>
</context>
<context>
    <name>Aerial::SimulatedBackend</name>
    <message>
        <source>The simulated wireless service stopped. Aerial picks it up again when it starts.</source>
        <translation>Der simulierte Drahtlosdienst wurde beendet. Aerial findet ihn wieder, wenn er startet.</translation>
    </message>
    <message>
        <source>The interface was removed.</source>
        <translation>Die Schnittstelle wurde entfernt.</translation>
    </message>
    <message>
        <source>Simulated wireless service</source>
        <translation>Simulierter Drahtlosdienst</translation>
    </message>
    <message>
        <source>The simulated service joins WPA2-Personal, WPA3-Personal, Enhanced Open and open networks, for this account only.</source>
        <translation>Der simulierte Dienst tritt WPA2-Personal-, WPA3-Personal-, Enhanced-Open- und offenen Netzwerken bei, nur für dieses Konto.</translation>
    </message>
</context>
<context>
    <name>Aerial::SystemBackend</name>
    <message>
        <source>--backend windows: this build of Aerial is not for Windows</source>
        <translation>--backend windows: Dieser Build von Aerial ist nicht für Windows</translation>
    </message>
    <message>
        <source>--backend networkmanager: NetworkManager runs on Linux; this is the Windows build of Aerial</source>
        <translation>--backend networkmanager: NetworkManager läuft unter Linux; dies ist der Windows-Build von Aerial</translation>
    </message>
    <message>
        <source>--backend networkmanager: the system D-Bus is not available: %1</source>
        <translation>--backend networkmanager: Der System-D-Bus ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>--backend: no wireless service is called “%1”</source>
        <translation>--backend: Kein Drahtlosdienst heißt „%1“</translation>
    </message>
    <message>
        <source>wlanapi.dll is not installed (Windows Server without the Wireless LAN Service).</source>
        <translation>wlanapi.dll ist nicht installiert (Windows Server ohne den Wireless LAN Service).</translation>
    </message>
    <message>
        <source>NetworkManager is not running on this computer.</source>
        <translation>NetworkManager läuft auf diesem Computer nicht.</translation>
    </message>
    <message>
        <source>this computer has no system D-Bus, so no NetworkManager.</source>
        <translation>Dieser Computer hat keinen System-D-Bus, also kein NetworkManager.</translation>
    </message>
</context>
<context>
    <name>Aerial::TrayIcon</name>
    <message>
        <source>&amp;Open Aerial</source>
        <translation>Aerial ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi</source>
        <translation>&amp;WLAN</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Aerial</source>
        <translation>Aerial</translation>
    </message>
    <message>
        <source>No wireless interface</source>
        <translation>Keine Drahtlosschnittstelle</translation>
    </message>
</context>
<context>
    <name>Aerial::WirelessBackend</name>
    <message>
        <source>Aerial quit before the service finished.</source>
        <translation>Aerial wurde beendet, bevor der Dienst fertig war.</translation>
    </message>
    <message>
        <source>%1 does not support this in this version of Aerial.</source>
        <translation>%1 unterstützt dies in dieser Version von Aerial nicht.</translation>
    </message>
</context>
<context>
    <name>Aerial::WirelessCommands</name>
    <message>
        <source>This network hides its name. Choose Other network… (Ctrl+N) and type its name.</source>
        <translation>Dieses Netzwerk verbirgt seinen Namen. Wählen Sie „Anderes Netzwerk…“ (Strg+N) und geben Sie seinen Namen ein.</translation>
    </message>
    <message>
        <source>This network is open: others nearby can read what you send over it unless a site or app encrypts it.</source>
        <translation>Dieses Netzwerk ist offen: Andere in der Nähe können mitlesen, was Sie darüber senden, sofern eine Website oder App es nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>This network uses WEP, which is broken and which Aerial does not set up. Set it up in the system&apos;s network settings, or better, ask its owner to switch to WPA2 or WPA3.</source>
        <translation>Dieses Netzwerk verwendet WEP, das gebrochen ist und das Aerial nicht einrichtet. Richten Sie es in den Netzwerkeinstellungen des Systems ein, oder besser: Bitten Sie den Betreiber, auf WPA2 oder WPA3 umzustellen.</translation>
    </message>
    <message>
        <source>This network needs an organisation&apos;s sign-in (Enterprise), which Aerial does not set up in this version. Set it up in the system&apos;s network settings, or ask the network&apos;s administrator.</source>
        <translation>Dieses Netzwerk braucht die Anmeldung einer Organisation (Enterprise), die Aerial in dieser Version nicht einrichtet. Richten Sie es in den Netzwerkeinstellungen des Systems ein oder fragen Sie den Administrator des Netzwerks.</translation>
    </message>
    <message>
        <source>Aerial cannot join new networks on %1 in this version. Set it up in the system&apos;s network settings.</source>
        <translation>Aerial kann in dieser Version auf %1 keinen neuen Netzwerken beitreten. Richten Sie es in den Netzwerkeinstellungen des Systems ein.</translation>
    </message>
    <message>
        <source>Aerial did not ask: the service says this account may not.</source>
        <translation>Aerial hat nicht gefragt: Der Dienst sagt, dass dieses Konto das nicht darf.</translation>
    </message>
    <message>
        <source>The profile “%1” is set by group policy, which nobody can change on this computer.</source>
        <translation>Das Profil „%1“ ist per Gruppenrichtlinie festgelegt, die auf diesem Computer niemand ändern kann.</translation>
    </message>
    <message>
        <source>Ask the administrator of your organisation&apos;s policy to change or remove it.</source>
        <translation>Bitten Sie den Administrator der Richtlinien Ihrer Organisation, es zu ändern oder zu entfernen.</translation>
    </message>
    <message>
        <source>The profile “%1” is shared by all users of this computer, and this account may not change it.</source>
        <translation>Das Profil „%1“ ist für alle Benutzer dieses Computers freigegeben, und dieses Konto darf es nicht ändern.</translation>
    </message>
    <message>
        <source>This network has no saved profile.</source>
        <translation>Dieses Netzwerk hat kein gespeichertes Profil.</translation>
    </message>
    <message>
        <source>No wireless service.</source>
        <translation>Kein Drahtlosdienst.</translation>
    </message>
    <message>
        <source>This account is not allowed to control networking (polkit refuses org.freedesktop.NetworkManager.network-control). An administrator can allow it.</source>
        <translation>Dieses Konto darf das Netzwerk nicht steuern (polkit verweigert org.freedesktop.NetworkManager.network-control). Ein Administrator kann es erlauben.</translation>
    </message>
    <message>
        <source>The interface is not ready: its radio is off or the adapter is disabled.</source>
        <translation>Die Schnittstelle ist nicht bereit: Ihr Funk ist aus oder der Adapter deaktiviert.</translation>
    </message>
    <message>
        <source>Choose an interface first.</source>
        <translation>Wählen Sie zuerst eine Schnittstelle.</translation>
    </message>
    <message>
        <source>Choose a network first.</source>
        <translation>Wählen Sie zuerst ein Netzwerk.</translation>
    </message>
    <message>
        <source>Already connected to this network.</source>
        <translation>Bereits mit diesem Netzwerk verbunden.</translation>
    </message>
    <message>
        <source>Aerial is connecting this interface already.</source>
        <translation>Aerial verbindet diese Schnittstelle bereits.</translation>
    </message>
    <message>
        <source>%1 is not connected; there is nothing to disconnect.</source>
        <translation>%1 ist nicht verbunden; es gibt nichts zu trennen.</translation>
    </message>
    <message>
        <source>This account is not allowed to scan for networks (polkit refuses org.freedesktop.NetworkManager.wifi.scan). An administrator can allow it.</source>
        <translation>Dieses Konto darf nicht nach Netzwerken suchen (polkit verweigert org.freedesktop.NetworkManager.wifi.scan). Ein Administrator kann es erlauben.</translation>
    </message>
    <message>
        <source>%1 cannot scan: its radio is off or the adapter is disabled.</source>
        <translation>%1 kann nicht suchen: Ihr Funk ist aus oder der Adapter deaktiviert.</translation>
    </message>
    <message>
        <source>Aerial cannot forget networks on %1 in this version.</source>
        <translation>Aerial kann in dieser Version auf %1 keine Netzwerke vergessen.</translation>
    </message>
    <message>
        <source>Aerial cannot change auto-connect on %1 in this version.</source>
        <translation>Aerial kann in dieser Version auf %1 das automatische Verbinden nicht ändern.</translation>
    </message>
    <message>
        <source>Aerial cannot switch Wi-Fi on %1 in this version.</source>
        <translation>Aerial kann in dieser Version auf %1 das WLAN nicht schalten.</translation>
    </message>
    <message>
        <source>A switch or key on the computer holds this radio off, and software cannot override it. Turn it on there (often Fn with an antenna symbol).</source>
        <translation>Ein Schalter oder eine Taste am Computer hält diesen Funk aus, und Software kann das nicht übergehen. Schalten Sie ihn dort ein (oft Fn mit einem Antennensymbol).</translation>
    </message>
    <message>
        <source>Aerial cannot join hidden networks on %1 in this version.</source>
        <translation>Aerial kann in dieser Version auf %1 keinen verborgenen Netzwerken beitreten.</translation>
    </message>
    <message>
        <source>This account is not allowed to control networking.</source>
        <translation>Dieses Konto darf das Netzwerk nicht steuern.</translation>
    </message>
    <message>
        <source>A network name has 1 to 32 bytes.</source>
        <translation>Ein Netzwerkname hat 1 bis 32 Bytes.</translation>
    </message>
    <message>
        <source>Aerial cannot join this kind of network on %1.</source>
        <translation>Aerial kann auf %1 dieser Art von Netzwerk nicht beitreten.</translation>
    </message>
    <message>
        <source>Aerial cannot join hidden networks on %1.</source>
        <translation>Aerial kann auf %1 keinen verborgenen Netzwerken beitreten.</translation>
    </message>
    <message>
        <source>Aerial does not save the password in this version: it is asked for again the next time this network connects.</source>
        <translation>Aerial speichert das Passwort in dieser Version nicht: Es wird erneut abgefragt, wenn sich dieses Netzwerk das nächste Mal verbindet.</translation>
    </message>
    <message>
        <source>The wireless service refused, although the profile “%1” is this account&apos;s own: a policy or another program limits what this account may do with it.</source>
        <translation>Der Drahtlosdienst hat abgelehnt, obwohl das Profil „%1“ zu diesem Konto gehört: Eine Richtlinie oder ein anderes Programm schränkt ein, was dieses Konto damit tun darf.</translation>
    </message>
    <message>
        <source>The wireless service is not running.</source>
        <translation>Der Drahtlosdienst läuft nicht.</translation>
    </message>
</context>
<context>
    <name>Aerial::WirelessWindow</name>
    <message>
        <source>&amp;Networks:</source>
        <translation>&amp;Netzwerke:</translation>
    </message>
    <message>
        <source>No wireless interface is available.</source>
        <translation>Keine Drahtlosschnittstelle verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>&amp;Other network…</source>
        <translation>&amp;Anderes Netzwerk…</translation>
    </message>
    <message>
        <source>Connect a&amp;utomatically</source>
        <translation>A&amp;utomatisch verbinden</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi</source>
        <translation>&amp;WLAN</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>Einste&amp;llungen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Aerial</source>
        <translation>Aerial</translation>
    </message>
    <message>
        <source>Turning automatic connection on…</source>
        <translation>Automatisches Verbinden wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Turning automatic connection off…</source>
        <translation>Automatisches Verbinden wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>%1 wird beigetreten…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Interfaces:</source>
        <translation>&amp;Schnittstellen:</translation>
    </message>
    <message>
        <source>Wireless interfaces</source>
        <translation>Drahtlosschnittstellen</translation>
    </message>
    <message>
        <source>Choose an interface to see its networks. Enter moves to its networks.</source>
        <translation>Wählen Sie eine Schnittstelle, um ihre Netzwerke zu sehen. Die Eingabetaste wechselt zu ihren Netzwerken.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Networks in range of the selected interface. Enter connects.</source>
        <translation>Netzwerke in Reichweite der gewählten Schnittstelle. Die Eingabetaste verbindet.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Other network</source>
        <translation>Anderes Netzwerk</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show or hide the keyboard shortcuts (F1, Alt+H)</source>
        <translation>Tastenkürzel zeigen oder ausblenden (F1, Alt+H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>Connect automatically</source>
        <translation>Automatisch verbinden</translation>
    </message>
    <message>
        <source>Forget a network</source>
        <translation>Ein Netzwerk vergessen</translation>
    </message>
    <message>
        <source>Forget the network and delete its password</source>
        <translation>Das Netzwerk vergessen und sein Passwort löschen</translation>
    </message>
    <message>
        <source>Keep the network (Esc)</source>
        <translation>Das Netzwerk behalten (Esc)</translation>
    </message>
    <message>
        <source>Show or hide the notification and start-up settings</source>
        <translation>Einstellungen für Benachrichtigungen und Start zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Not joined.</source>
        <translation>Nicht beigetreten.</translation>
    </message>
    <message>
        <source>Enter: connect the selected network (a new one asks for its password). Delete or Ctrl+D: disconnect the selected interface. Shift+Delete: forget the selected network. Ctrl+N: join a hidden network. Alt+U: connect the selected network automatically or not. Ctrl+Shift+W: switch Wi-Fi on or off. F5 or Ctrl+R: rescan. Alt+G: notification and start-up settings. Esc: close a question or panel, or hide this window. Ctrl+Q: quit. Alt+I and Alt+N move to the interfaces and networks; Tab moves between controls.</source>
        <translation>Eingabetaste: das gewählte Netzwerk verbinden (ein neues fragt nach seinem Passwort). Entf oder Strg+D: die gewählte Schnittstelle trennen. Umschalt+Entf: das gewählte Netzwerk vergessen. Strg+N: einem verborgenen Netzwerk beitreten. Alt+U: das gewählte Netzwerk automatisch verbinden oder nicht. Strg+Umschalt+W: WLAN ein- oder ausschalten. F5 oder Strg+R: erneut suchen. Alt+L: Einstellungen für Benachrichtigungen und Start. Esc: eine Frage oder ein Feld schließen oder dieses Fenster ausblenden. Strg+Q: beenden. Alt+S und Alt+N wechseln zu den Schnittstellen und Netzwerken; Tab wechselt zwischen den Bedienelementen.</translation>
    </message>
    <message>
        <source>%1 is answering again.</source>
        <translation>%1 antwortet wieder.</translation>
    </message>
    <message>
        <source>Networks of %1</source>
        <translation>Netzwerke von %1</translation>
    </message>
    <message>
        <source>Connect the selected network; a new one asks for its password (Enter, Alt+C)</source>
        <translation>Das gewählte Netzwerk verbinden; ein neues fragt nach seinem Passwort (Eingabetaste, Alt+V)</translation>
    </message>
    <message>
        <source>Disconnect the selected interface (Delete, Ctrl+D, Alt+D)</source>
        <translation>Die gewählte Schnittstelle trennen (Entf, Strg+D, Alt+T)</translation>
    </message>
    <message>
        <source>Look for networks again on the selected interface (F5, Ctrl+R, Alt+R)</source>
        <translation>Auf der gewählten Schnittstelle erneut nach Netzwerken suchen (F5, Strg+R, Alt+E)</translation>
    </message>
    <message>
        <source>Forget the selected saved network and its password (Shift+Delete, Alt+F)</source>
        <translation>Das gewählte gespeicherte Netzwerk und sein Passwort vergessen (Umschalt+Entf, Alt+G)</translation>
    </message>
    <message>
        <source>Join a hidden network by its name (Ctrl+N, Alt+O)</source>
        <translation>Einem verborgenen Netzwerk über seinen Namen beitreten (Strg+N, Alt+A)</translation>
    </message>
    <message>
        <source>Connect to the selected network by itself when in range (Alt+U)</source>
        <translation>Sich mit dem gewählten Netzwerk selbst verbinden, wenn es in Reichweite ist (Alt+U)</translation>
    </message>
    <message>
        <source>Switch Wi-Fi on or off for the selected interface (Ctrl+Shift+W, Alt+W)</source>
        <translation>WLAN für die gewählte Schnittstelle ein- oder ausschalten (Strg+Umschalt+W, Alt+W)</translation>
    </message>
    <message>
        <source>Choose a network to connect to first.</source>
        <translation>Wählen Sie zuerst ein Netzwerk, mit dem Sie sich verbinden möchten.</translation>
    </message>
    <message>
        <source>Type the password for %1.</source>
        <translation>Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>Joining %1… %2</source>
        <translation>%1 wird beigetreten… %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Disconnecting %1…</source>
        <translation>%1 wird getrennt…</translation>
    </message>
    <message>
        <source>Scanning for networks on %1…</source>
        <translation>Suche nach Netzwerken auf %1…</translation>
    </message>
    <message>
        <source>Forget %1? Aerial will no longer connect to it, and its password is deleted.</source>
        <translation>%1 vergessen? Aerial verbindet sich dann nicht mehr damit, und sein Passwort wird gelöscht.</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>%1 vergessen</translation>
    </message>
    <message>
        <source>The selection changed; nothing was forgotten.</source>
        <translation>Die Auswahl hat sich geändert; nichts wurde vergessen.</translation>
    </message>
    <message>
        <source>Forgetting %1…</source>
        <translation>%1 wird vergessen…</translation>
    </message>
    <message>
        <source>Type the hidden network&apos;s name, choose its security and type its password.</source>
        <translation>Geben Sie den Namen des verborgenen Netzwerks ein, wählen Sie seine Sicherheit und geben Sie sein Passwort ein.</translation>
    </message>
    <message>
        <source>Turning Wi-Fi on…</source>
        <translation>WLAN wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Turning Wi-Fi off…</source>
        <translation>WLAN wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>%1 is connected using the profile %2.</source>
        <translation>%1 ist über das Profil %2 verbunden.</translation>
    </message>
    <message>
        <source>%1 joined %2.</source>
        <translation>%1 ist %2 beigetreten.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 ist getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>Scan finished on %1: %n network(s) in range.</source>
        <translation>
            <numerusform>Suche auf %1 beendet: %n Netzwerk in Reichweite.</numerusform>
            <numerusform>Suche auf %1 beendet: %n Netzwerke in Reichweite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgot the profile %1.</source>
        <translation>Profil %1 vergessen.</translation>
    </message>
    <message>
        <source>%1 connects automatically.</source>
        <translation>%1 verbindet sich automatisch.</translation>
    </message>
    <message>
        <source>%1 connects only when you ask.</source>
        <translation>%1 verbindet sich nur, wenn Sie es wünschen.</translation>
    </message>
    <message>
        <source>Wi-Fi is on for %1.</source>
        <translation>WLAN ist für %1 eingeschaltet.</translation>
    </message>
    <message>
        <source>Wi-Fi is off for %1.</source>
        <translation>WLAN ist für %1 ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Windows did not let Aerial change its sign-in entry under %1.</source>
        <translation>Windows hat Aerial nicht erlaubt, seinen Anmeldeeintrag unter %1 zu ändern.</translation>
    </message>
</context>
<context>
    <name>BackendSelection</name>
    <message>
        <source>--backend: expected one of %1; got “%2”</source>
        <translation>--backend: erwartet wird eines von %1; angegeben war „%2“</translation>
    </message>
    <message>
        <source>--scenario plays the simulated service; it cannot be used with --backend %1</source>
        <translation>--scenario spielt den simulierten Dienst ab; es geht nicht zusammen mit --backend %1</translation>
    </message>
    <message>
        <source>Simulated wireless service, playing %1. Nothing you do here changes this computer&apos;s connections.</source>
        <translation>Simulierter Drahtlosdienst, spielt %1 ab. Nichts, was Sie hier tun, ändert die Verbindungen dieses Computers.</translation>
    </message>
    <message>
        <source>Demo mode: %1 Aerial shows a simulated service instead. Nothing you do here changes this computer&apos;s connections.</source>
        <translation>Demomodus: %1 Aerial zeigt stattdessen einen simulierten Dienst. Nichts, was Sie hier tun, ändert die Verbindungen dieses Computers.</translation>
    </message>
    <message>
        <source>no wireless service was found.</source>
        <translation>Es wurde kein Drahtlosdienst gefunden.</translation>
    </message>
    <message>
        <source>Demo mode: a simulated wireless service. Nothing you do here changes this computer&apos;s connections.</source>
        <translation>Demomodus: ein simulierter Drahtlosdienst. Nichts, was Sie hier tun, ändert die Verbindungen dieses Computers.</translation>
    </message>
</context>
<context>
    <name>OperationExplanation</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The network %1 did not accept the password.</source>
        <translation>Das Netzwerk %1 hat das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>Aerial could not join the network %1 on %2.</source>
        <translation>Aerial konnte dem Netzwerk %1 auf %2 nicht beitreten.</translation>
    </message>
    <message>
        <source>Aerial could not forget the network of the profile %1.</source>
        <translation>Aerial konnte das Netzwerk des Profils %1 nicht vergessen.</translation>
    </message>
    <message>
        <source>Aerial could not make the profile %1 connect automatically.</source>
        <translation>Aerial konnte das Profil %1 nicht auf automatisches Verbinden stellen.</translation>
    </message>
    <message>
        <source>Aerial could not stop the profile %1 connecting automatically.</source>
        <translation>Aerial konnte das automatische Verbinden des Profils %1 nicht abschalten.</translation>
    </message>
    <message>
        <source>Aerial could not turn Wi-Fi on for %1.</source>
        <translation>Aerial konnte das WLAN für %1 nicht einschalten.</translation>
    </message>
    <message>
        <source>Aerial could not turn Wi-Fi off for %1.</source>
        <translation>Aerial konnte das WLAN für %1 nicht ausschalten.</translation>
    </message>
    <message>
        <source>The network of the profile %1 did not accept the saved password.</source>
        <translation>Das Netzwerk des Profils %1 hat das gespeicherte Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>Aerial could not connect %1 using the profile %2.</source>
        <translation>Aerial konnte %1 nicht über das Profil %2 verbinden.</translation>
    </message>
    <message>
        <source>Aerial could not disconnect %1.</source>
        <translation>Aerial konnte %1 nicht trennen.</translation>
    </message>
    <message>
        <source>Aerial could not disconnect %1 from the network of the profile %2.</source>
        <translation>Aerial konnte %1 nicht vom Netzwerk des Profils %2 trennen.</translation>
    </message>
    <message>
        <source>Aerial could not scan for networks on %1.</source>
        <translation>Aerial konnte auf %1 nicht nach Netzwerken suchen.</translation>
    </message>
    <message>
        <source>Aerial could not read the networks in range of %1.</source>
        <translation>Aerial konnte die Netzwerke in Reichweite von %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Aerial could not read which network %1 is connected to.</source>
        <translation>Aerial konnte nicht lesen, mit welchem Netzwerk %1 verbunden ist.</translation>
    </message>
    <message>
        <source>Windows refused because apps on this computer may not use your location. Since Windows 11 version 24H2, apps can scan for and list Wi-Fi networks only with location access, because nearby networks reveal where you are.</source>
        <translation>Windows hat abgelehnt, weil Apps auf diesem Computer Ihren Standort nicht verwenden dürfen. Seit Windows 11 Version 24H2 können Apps nur mit Standortzugriff nach WLAN-Netzwerken suchen und sie auflisten, weil Netzwerke in der Nähe verraten, wo Sie sind.</translation>
    </message>
    <message>
        <source>Open the location settings, turn on “Location services” and “Let desktop apps access your location”, then rescan. Connecting and disconnecting saved networks works without it.</source>
        <translation>Öffnen Sie die Standorteinstellungen, schalten Sie „Ortungsdienste“ und „Desktop-Apps den Zugriff auf Ihren Standort erlauben“ ein und suchen Sie dann erneut. Gespeicherte Netzwerke verbinden und trennen geht auch ohne.</translation>
    </message>
    <message>
        <source>Open &amp;location settings</source>
        <translation>Standorteinstellungen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>NetworkManager</source>
        <translation>NetworkManager</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The wireless service did not accept the request. The interface may have been removed or disabled a moment ago.</source>
        <translation>Der Drahtlosdienst hat die Anfrage nicht angenommen. Die Schnittstelle wurde vielleicht gerade entfernt oder deaktiviert.</translation>
    </message>
    <message>
        <source>Check that the adapter is still plugged in and enabled, then try again.</source>
        <translation>Prüfen Sie, ob der Adapter noch eingesteckt und aktiviert ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Aerial&apos;s session with the wireless service is no longer valid.</source>
        <translation>Die Sitzung von Aerial mit dem Drahtlosdienst ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, quit and restart Aerial.</source>
        <translation>Versuchen Sie es erneut. Wenn es weiter fehlschlägt, beenden Sie Aerial und starten Sie es neu.</translation>
    </message>
    <message>
        <source>The computer ran out of memory for the wireless service.</source>
        <translation>Dem Computer ging der Speicher für den Drahtlosdienst aus.</translation>
    </message>
    <message>
        <source>Close some programs and try again.</source>
        <translation>Schließen Sie einige Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The wireless service (WLAN AutoConfig) is not running.</source>
        <translation>Der Drahtlosdienst (WLAN AutoConfig) läuft nicht.</translation>
    </message>
    <message>
        <source>Start the service, or ask an administrator to. Aerial picks it up again by itself once it runs.</source>
        <translation>Starten Sie den Dienst oder bitten Sie einen Administrator darum. Aerial findet ihn von selbst wieder, sobald er läuft.</translation>
    </message>
    <message>
        <source>Aerial could not reach the wireless service. It may be restarting or have stopped.</source>
        <translation>Aerial konnte den Drahtlosdienst nicht erreichen. Er wird vielleicht gerade neu gestartet oder wurde beendet.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The saved profile %1 no longer exists.</source>
        <translation>Das gespeicherte Profil %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Rescan and choose the network again; it may need to be set up anew.</source>
        <translation>Suchen Sie erneut und wählen Sie das Netzwerk noch einmal; vielleicht muss es neu eingerichtet werden.</translation>
    </message>
    <message>
        <source>A switch or key on the computer holds the radio off, and software cannot override it.</source>
        <translation>Ein Schalter oder eine Taste am Computer hält den Funk aus, und Software kann das nicht übergehen.</translation>
    </message>
    <message>
        <source>Turn the radio on with that switch or key (often Fn with an antenna symbol), or switch off airplane mode.</source>
        <translation>Schalten Sie den Funk mit diesem Schalter oder dieser Taste ein (oft Fn mit einem Antennensymbol) oder schalten Sie den Flugmodus aus.</translation>
    </message>
    <message>
        <source>The interface is not ready: its radio may be off or the adapter disabled.</source>
        <translation>Die Schnittstelle ist nicht bereit: Ihr Funk ist vielleicht aus oder der Adapter deaktiviert.</translation>
    </message>
    <message>
        <source>Turn the wireless radio on (a key or switch on many laptops), then try again.</source>
        <translation>Schalten Sie den Drahtlosfunk ein (bei vielen Laptops eine Taste oder ein Schalter) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was accepted, but the connection did not come up: %1</source>
        <translation>Die Anfrage wurde angenommen, aber die Verbindung kam nicht zustande: %1</translation>
    </message>
    <message>
        <source>Move closer to the access point or rescan, then try again.</source>
        <translation>Gehen Sie näher an den Zugangspunkt oder suchen Sie erneut und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The wireless service reported an unexpected error.</source>
        <translation>Der Drahtlosdienst hat einen unerwarteten Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Try again. The technical details below help an administrator.</source>
        <translation>Versuchen Sie es erneut. Die technischen Details unten helfen einem Administrator.</translation>
    </message>
    <message>
        <source>Code %1.</source>
        <translation>Code %1.</translation>
    </message>
    <message>
        <source>Code %1: %2</source>
        <translation>Code %1: %2</translation>
    </message>
    <message>
        <source>The password may be mistyped (passwords are case-sensitive), or the network&apos;s owner may have changed it.</source>
        <translation>Das Passwort ist vielleicht vertippt (bei Passwörtern zählt Groß- und Kleinschreibung), oder der Betreiber des Netzwerks hat es geändert.</translation>
    </message>
    <message>
        <source>Type the password again. Aerial asks for it on the same network.</source>
        <translation>Geben Sie das Passwort erneut ein. Aerial fragt für dasselbe Netzwerk danach.</translation>
    </message>
    <message>
        <source>This wireless service cannot do this in this version of Aerial.</source>
        <translation>Dieser Drahtlosdienst kann das in dieser Version von Aerial nicht.</translation>
    </message>
    <message>
        <source>Use the system&apos;s own network settings for this.</source>
        <translation>Verwenden Sie dafür die Netzwerkeinstellungen des Systems.</translation>
    </message>
    <message>
        <source>It was cancelled before the service finished it.</source>
        <translation>Es wurde abgebrochen, bevor der Dienst fertig war.</translation>
    </message>
    <message>
        <source>Try again when you are ready.</source>
        <translation>Versuchen Sie es erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>NetworkManager says %1 was not connected, so there was nothing to disconnect.</source>
        <translation>NetworkManager sagt, %1 war nicht verbunden, es gab also nichts zu trennen.</translation>
    </message>
    <message>
        <source>Nothing needs doing. If Aerial showed it connected, rescan to refresh.</source>
        <translation>Es ist nichts zu tun. Wenn Aerial sie als verbunden zeigte, suchen Sie erneut, um die Anzeige aufzufrischen.</translation>
    </message>
    <message>
        <source>NetworkManager does not allow this while %1 is unavailable: Wi-Fi may be switched off, or the device not managed by NetworkManager.</source>
        <translation>NetworkManager erlaubt das nicht, solange %1 nicht verfügbar ist: Das WLAN ist vielleicht ausgeschaltet, oder das Gerät wird nicht von NetworkManager verwaltet.</translation>
    </message>
    <message>
        <source>Turn Wi-Fi on (a key or switch on many laptops, or “nmcli radio wifi on”), then try again.</source>
        <translation>Schalten Sie das WLAN ein (bei vielen Laptops eine Taste oder ein Schalter, oder „nmcli radio wifi on“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>NetworkManager has no password for this network, and no password agent answered to ask you for one.</source>
        <translation>NetworkManager hat kein Passwort für dieses Netzwerk, und kein Passwort-Agent hat geantwortet, um Sie danach zu fragen.</translation>
    </message>
    <message>
        <source>Connect once from the desktop&apos;s network settings, or with “nmcli --ask connection up id %1”, which asks for the password; then try again.</source>
        <translation>Verbinden Sie sich einmal über die Netzwerkeinstellungen der Arbeitsumgebung oder mit „nmcli --ask connection up id %1“, das nach dem Passwort fragt; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This account is not allowed to control networking: polkit refused NetworkManager&apos;s network-control permission.</source>
        <translation>Dieses Konto darf das Netzwerk nicht steuern: polkit hat die Berechtigung network-control von NetworkManager verweigert.</translation>
    </message>
    <message>
        <source>This account is not allowed to scan for Wi-Fi networks: polkit refused NetworkManager&apos;s wifi.scan permission.</source>
        <translation>Dieses Konto darf nicht nach WLAN-Netzwerken suchen: polkit hat die Berechtigung wifi.scan von NetworkManager verweigert.</translation>
    </message>
    <message>
        <source>This account is not allowed to do this: polkit refused NetworkManager&apos;s %1 permission.</source>
        <translation>Dieses Konto darf das nicht: polkit hat die Berechtigung %1 von NetworkManager verweigert.</translation>
    </message>
    <message>
        <source>An administrator can allow it with a polkit rule for %1, or do it for you: “%2” run as an administrator does the same.</source>
        <translation>Ein Administrator kann es mit einer polkit-Regel für %1 erlauben oder es für Sie erledigen: „%2“, als Administrator ausgeführt, bewirkt dasselbe.</translation>
    </message>
    <message>
        <source>NetworkManager is not running.</source>
        <translation>NetworkManager läuft nicht.</translation>
    </message>
    <message>
        <source>Start it (“systemctl start NetworkManager” as an administrator). Aerial picks it up again by itself.</source>
        <translation>Starten Sie es („systemctl start NetworkManager“ als Administrator). Aerial findet es von selbst wieder.</translation>
    </message>
    <message>
        <source>Aerial could not reach NetworkManager over D-Bus. It may be restarting.</source>
        <translation>Aerial konnte NetworkManager über D-Bus nicht erreichen. Es wird vielleicht gerade neu gestartet.</translation>
    </message>
    <message>
        <source>NetworkManager no longer has this device. It may have been unplugged a moment ago.</source>
        <translation>NetworkManager hat dieses Gerät nicht mehr. Es wurde vielleicht gerade abgezogen.</translation>
    </message>
    <message>
        <source>Check that the adapter is plugged in, then try again.</source>
        <translation>Prüfen Sie, ob der Adapter eingesteckt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The saved connection %1 no longer exists in NetworkManager.</source>
        <translation>Die gespeicherte Verbindung %1 existiert in NetworkManager nicht mehr.</translation>
    </message>
    <message>
        <source>Set the network up again in the desktop&apos;s network settings or with nmcli.</source>
        <translation>Richten Sie das Netzwerk in den Netzwerkeinstellungen der Arbeitsumgebung oder mit nmcli neu ein.</translation>
    </message>
    <message>
        <source>NetworkManager cannot do this while %1 is in its present state.</source>
        <translation>NetworkManager kann das nicht, solange %1 in seinem jetzigen Zustand ist.</translation>
    </message>
    <message>
        <source>Wait until it is connected or disconnected, then try again.</source>
        <translation>Warten Sie, bis sie verbunden oder getrennt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>NetworkManager tried, but the connection did not come up: %1</source>
        <translation>NetworkManager hat es versucht, aber die Verbindung kam nicht zustande: %1</translation>
    </message>
    <message>
        <source>Check the network&apos;s password in the desktop&apos;s network settings, move closer to the access point, or rescan; then try again.</source>
        <translation>Prüfen Sie das Passwort des Netzwerks in den Netzwerkeinstellungen der Arbeitsumgebung, gehen Sie näher an den Zugangspunkt oder suchen Sie erneut; versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>NetworkManager reported an unexpected error.</source>
        <translation>NetworkManager hat einen unerwarteten Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Its name cannot be typed safely at a command prompt, so an administrator does it in Settings, Network &amp; internet, Wi-Fi, Manage known networks.</source>
        <translation>Sein Name lässt sich an einer Eingabeaufforderung nicht sicher eingeben, daher erledigt es ein Administrator unter Einstellungen, Netzwerk und Internet, WLAN, Bekannte Netzwerke verwalten.</translation>
    </message>
    <message>
        <source>An administrator can do it with “%1” from an elevated command prompt.</source>
        <translation>Ein Administrator kann es mit „%1“ an einer Eingabeaufforderung mit erhöhten Rechten erledigen.</translation>
    </message>
    <message>
        <source>The wireless service refused: this account may not change this profile.</source>
        <translation>Der Drahtlosdienst hat abgelehnt: Dieses Konto darf dieses Profil nicht ändern.</translation>
    </message>
    <message>
        <source>The profile %1 is shared by all users of this computer or set by group policy, and this account may not change it.</source>
        <translation>Das Profil %1 ist für alle Benutzer dieses Computers freigegeben oder per Gruppenrichtlinie festgelegt, und dieses Konto darf es nicht ändern.</translation>
    </message>
    <message>
        <source>A policy on this computer does not let this account add Wi-Fi networks.</source>
        <translation>Eine Richtlinie auf diesem Computer erlaubt diesem Konto nicht, WLAN-Netzwerke hinzuzufügen.</translation>
    </message>
    <message>
        <source>Ask an administrator to add the network for you, or to allow your account to add networks. No single command does it: netsh adds a network only from a profile file.</source>
        <translation>Bitten Sie einen Administrator, das Netzwerk für Sie hinzuzufügen oder Ihrem Konto das Hinzufügen zu erlauben. Kein einzelner Befehl erledigt das: netsh fügt ein Netzwerk nur aus einer Profildatei hinzu.</translation>
    </message>
    <message>
        <source>This account may not switch the wireless radio.</source>
        <translation>Dieses Konto darf den Drahtlosfunk nicht schalten.</translation>
    </message>
    <message>
        <source>Use the Wi-Fi switch in Windows&apos; quick settings or airplane mode. No netsh command turns a radio on.</source>
        <translation>Verwenden Sie den WLAN-Schalter in den Schnelleinstellungen von Windows oder den Flugmodus. Kein netsh-Befehl schaltet einen Funk ein.</translation>
    </message>
    <message>
        <source>Use the Wi-Fi switch in Windows&apos; quick settings or airplane mode. No netsh command switches only the radio; an administrator can turn the whole adapter off with “netsh interface set interface name=%1 admin=disabled” from an elevated command prompt.</source>
        <translation>Verwenden Sie den WLAN-Schalter in den Schnelleinstellungen von Windows oder den Flugmodus. Kein netsh-Befehl schaltet nur den Funk; ein Administrator kann den ganzen Adapter mit „netsh interface set interface name=%1 admin=disabled“ an einer Eingabeaufforderung mit erhöhten Rechten ausschalten.</translation>
    </message>
    <message>
        <source>The wireless service refused: this account lacks permission to control this connection.</source>
        <translation>Der Drahtlosdienst hat abgelehnt: Diesem Konto fehlt die Berechtigung, diese Verbindung zu steuern.</translation>
    </message>
    <message>
        <source>The connection uses the profile %1, which is shared by all users of this computer, and this account lacks permission to control it.</source>
        <translation>Die Verbindung verwendet das Profil %1, das für alle Benutzer dieses Computers freigegeben ist, und diesem Konto fehlt die Berechtigung, es zu steuern.</translation>
    </message>
    <message>
        <source>Ask an administrator to allow your account to use this profile, or have an administrator disconnect for you with “%1” from an elevated command prompt.</source>
        <translation>Bitten Sie einen Administrator, Ihrem Konto dieses Profil zu erlauben, oder lassen Sie einen Administrator mit „%1“ an einer Eingabeaufforderung mit erhöhten Rechten für Sie trennen.</translation>
    </message>
    <message>
        <source>Ask an administrator to allow your account to use this profile, or have an administrator connect for you. %1</source>
        <translation>Bitten Sie einen Administrator, Ihrem Konto dieses Profil zu erlauben, oder lassen Sie einen Administrator für Sie verbinden. %1</translation>
    </message>
    <message>
        <source>Windows did not accept the network&apos;s settings: %1</source>
        <translation>Windows hat die Einstellungen des Netzwerks nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Check the password (8 to 63 ordinary characters, or 64 hex digits) and the security type, then try again.</source>
        <translation>Prüfen Sie das Passwort (8 bis 63 gewöhnliche Zeichen oder 64 Hexadezimalziffern) und die Art der Sicherheit und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Set the network up again: forget it, then join it anew.</source>
        <translation>Richten Sie das Netzwerk neu ein: Vergessen Sie es und treten Sie ihm erneut bei.</translation>
    </message>
    <message>
        <source>A profile with this name already exists for all users of this computer, and Aerial does not replace it with one of its own.</source>
        <translation>Für alle Benutzer dieses Computers gibt es bereits ein Profil mit diesem Namen, und Aerial ersetzt es nicht durch ein eigenes.</translation>
    </message>
    <message>
        <source>Connect with the existing profile, or ask an administrator to remove it first.</source>
        <translation>Verbinden Sie sich mit dem vorhandenen Profil oder bitten Sie einen Administrator, es zuerst zu entfernen.</translation>
    </message>
    <message>
        <source>Look at the interface&apos;s state in the list: if nothing changed, try again.</source>
        <translation>Sehen Sie sich den Zustand der Schnittstelle in der Liste an: Wenn sich nichts geändert hat, versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>NetworkManager tried, but the connection did not come up, and NetworkManager gave no reason.</source>
        <translation>NetworkManager hat es versucht, aber die Verbindung kam nicht zustande, und NetworkManager hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>NetworkManager accepted the request to disconnect %1, but did not confirm within the time Aerial waits that it was disconnected.</source>
        <translation>NetworkManager hat die Anfrage angenommen, %1 zu trennen, aber nicht innerhalb der Zeit, die Aerial wartet, bestätigt, dass die Verbindung getrennt ist.</translation>
    </message>
    <message>
        <source>NetworkManager accepted the request, but did not confirm within the time Aerial waits that it was done.</source>
        <translation>NetworkManager hat die Anfrage angenommen, aber nicht innerhalb der Zeit, die Aerial wartet, bestätigt, dass sie erledigt ist.</translation>
    </message>
    <message>
        <source>The wireless service accepted the request, but did not confirm within the time Aerial waits that it was done.</source>
        <translation>Der Drahtlosdienst hat die Anfrage angenommen, aber nicht innerhalb der Zeit, die Aerial wartet, bestätigt, dass sie erledigt ist.</translation>
    </message>
    <message>
        <source>The request was accepted, but the connection did not come up, and the service gave no reason.</source>
        <translation>Die Anfrage wurde angenommen, aber die Verbindung kam nicht zustande, und der Dienst hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The network is not in range.</source>
        <translation>Das Netzwerk ist nicht in Reichweite.</translation>
    </message>
    <message>
        <source>The saved profile does not match the network&apos;s security settings.</source>
        <translation>Das gespeicherte Profil passt nicht zu den Sicherheitseinstellungen des Netzwerks.</translation>
    </message>
    <message>
        <source>The key in the profile does not match the network&apos;s.</source>
        <translation>Der Schlüssel im Profil passt nicht zu dem des Netzwerks.</translation>
    </message>
    <message>
        <source>The access point did not accept the connection.</source>
        <translation>Der Zugangspunkt hat die Verbindung nicht angenommen.</translation>
    </message>
    <message>
        <source>The access point did not answer in time.</source>
        <translation>Der Zugangspunkt hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The network&apos;s security check failed.</source>
        <translation>Die Sicherheitsprüfung des Netzwerks ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The password has the wrong length: 8 to 63 characters, or 64 hex digits.</source>
        <translation>Das Passwort hat die falsche Länge: 8 bis 63 Zeichen oder 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The password contains a character Windows does not accept.</source>
        <translation>Das Passwort enthält ein Zeichen, das Windows nicht annimmt.</translation>
    </message>
    <message>
        <source>The sign-in to the network took too long.</source>
        <translation>Die Anmeldung am Netzwerk hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>The saved password for this network is probably wrong.</source>
        <translation>Das gespeicherte Passwort für dieses Netzwerk ist wahrscheinlich falsch.</translation>
    </message>
    <message>
        <source>The profile is not valid Wi-Fi profile XML.</source>
        <translation>Das Profil ist kein gültiges WLAN-Profil-XML.</translation>
    </message>
    <message>
        <source>The profile&apos;s network name is not valid.</source>
        <translation>Der Netzwerkname im Profil ist ungültig.</translation>
    </message>
    <message>
        <source>Windows did not accept the network&apos;s settings.</source>
        <translation>Windows hat die Einstellungen des Netzwerks nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message>
        <source>Type the network&apos;s password.</source>
        <translation>Geben Sie das Passwort des Netzwerks ein.</translation>
    </message>
    <message>
        <source>A WPA2 password uses only letters, digits, spaces and the punctuation of a US keyboard; it has a character outside those.</source>
        <translation>Ein WPA2-Passwort besteht nur aus Buchstaben, Ziffern, Leerzeichen und den Satzzeichen einer US-Tastatur; dieses enthält ein Zeichen außerhalb davon.</translation>
    </message>
    <message numerus="yes">
        <source>A WPA2 password has at least 8 characters; this one has %n.</source>
        <translation>
            <numerusform>Ein WPA2-Passwort hat mindestens 8 Zeichen; dieses hat %n.</numerusform>
            <numerusform>Ein WPA2-Passwort hat mindestens 8 Zeichen; dieses hat %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A WPA2 password has at most 63 characters, or exactly 64 hexadecimal digits; this one has %n.</source>
        <translation>
            <numerusform>Ein WPA2-Passwort hat höchstens 63 Zeichen oder genau 64 Hexadezimalziffern; dieses hat %n.</numerusform>
            <numerusform>Ein WPA2-Passwort hat höchstens 63 Zeichen oder genau 64 Hexadezimalziffern; dieses hat %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A WPA3 password has at least 8 characters; this one has %n.</source>
        <translation>
            <numerusform>Ein WPA3-Passwort hat mindestens 8 Zeichen; dieses hat %n.</numerusform>
            <numerusform>Ein WPA3-Passwort hat mindestens 8 Zeichen; dieses hat %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The wireless service: %1. &quot;auto&quot; uses this computer&apos;s service, or plays the demo when there is none.</source>
        <translation>Der Drahtlosdienst: %1. „auto“ verwendet den Dienst dieses Computers oder spielt die Demo ab, wenn es keinen gibt.</translation>
    </message>
    <message>
        <source>Play this scenario file on the simulated service (docs/scenario-format.md).</source>
        <translation>Diese Szenariodatei auf dem simulierten Dienst abspielen (docs/scenario-format.md).</translation>
    </message>
    <message>
        <source>Open the window at start.</source>
        <translation>Das Fenster beim Start öffnen.</translation>
    </message>
    <message>
        <source>Aerial lists wireless interfaces and networks, connects and disconnects, and explains in plain words when the system refuses. From a shell, use aerialctl.

Keyboard: %1</source>
        <translation>Aerial listet Drahtlosschnittstellen und Netzwerke auf, verbindet und trennt und erklärt in klaren Worten, wenn das System ablehnt. In einer Shell verwenden Sie aerialctl.

Tastatur: %1</translation>
    </message>
</context>
</TS>
