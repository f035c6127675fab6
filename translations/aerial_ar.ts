<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Aerial::AerialCtl</name>
    <message>
        <source>The wireless service: %1.</source>
        <translation>خدمة الشبكات اللاسلكية: %1.</translation>
    </message>
    <message>
        <source>Play this scenario file on the simulated service.</source>
        <translation>تشغيل ملف السيناريو هذا على الخدمة المحاكاة.</translation>
    </message>
    <message>
        <source>Print JSON with stable field names.</source>
        <translation>إخراج JSON بأسماء حقول ثابتة.</translation>
    </message>
    <message>
        <source>The interface, by id or name; the first one when not given.</source>
        <translation>الواجهة، بمعرّفها أو اسمها؛ الأولى إن لم تُحدَّد.</translation>
    </message>
    <message>
        <source>Read the password from one line of standard input.</source>
        <translation>قراءة كلمة المرور من سطر واحد في الدخل القياسي.</translation>
    </message>
    <message>
        <source>connect: the network does not broadcast its name; give --security.</source>
        <translation>connect: الشبكة لا تبث اسمها؛ حدِّد ‎--security.</translation>
    </message>
    <message>
        <source>connect --hidden: open, owe, wpa2-personal or wpa3-personal.</source>
        <translation>connect --hidden: ‏open أو owe أو wpa2-personal أو wpa3-personal.</translation>
    </message>
    <message>
        <source>What to do; see above.</source>
        <translation>ما يجب فعله؛ انظر أعلاه.</translation>
    </message>
    <message>
        <source>%1 has no wireless interface.</source>
        <translation>لا توجد واجهة لاسلكية في %1.</translation>
    </message>
    <message>
        <source>no interface “%1”; &apos;aerialctl interfaces&apos; lists them.</source>
        <translation>لا توجد واجهة «%1»؛ يسردها الأمر &apos;aerialctl interfaces&apos;.</translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input ended before a password.</source>
        <translation>‎--passphrase-stdin: انتهى الدخل القياسي قبل كلمة المرور.</translation>
    </message>
    <message>
        <source>“%1” needs a password. aerialctl takes none as an argument (every user can read them); give it on standard input with --passphrase-stdin.</source>
        <translation>تحتاج «%1» إلى كلمة مرور. لا يقبل aerialctl كلمة مرور وسيطًا (فكل مستخدم يستطيع قراءة الوسائط)؛ مرِّرها في الدخل القياسي مع ‎--passphrase-stdin.</translation>
    </message>
    <message>
        <source>Password for “%1”: </source>
        <translation>كلمة المرور لـ«%1»: </translation>
    </message>
    <message>
        <source>no password was given.</source>
        <translation>لم تُعطَ كلمة مرور.</translation>
    </message>
    <message>
        <source>no network “%1” in range of “%2”. &apos;aerialctl scan&apos; looks again; a hidden network is joined with --hidden --security S.</source>
        <translation>لا توجد شبكة «%1» في نطاق «%2». الأمر &apos;aerialctl scan&apos; يبحث مجددًا؛ ويُنضمّ إلى شبكة مخفية بـ ‎--hidden --security S.</translation>
    </message>
    <message>
        <source>“%1” is connected using the profile “%2”.</source>
        <translation>«%1» متصلة باستخدام ملف التعريف «%2».</translation>
    </message>
    <message>
        <source>“%1” joined “%2”; it is saved as the profile “%3”.</source>
        <translation>انضمت «%1» إلى «%2»؛ وحُفظت في ملف التعريف «%3».</translation>
    </message>
    <message>
        <source>“%1” is disconnected.</source>
        <translation>«%1» غير متصلة.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” found %n network(s).</source>
        <translation>
            <numerusform>لم تعثر «%1» على أي شبكة.</numerusform>
            <numerusform>عثرت «%1» على شبكة واحدة.</numerusform>
            <numerusform>عثرت «%1» على شبكتين.</numerusform>
            <numerusform>عثرت «%1» على %n شبكات.</numerusform>
            <numerusform>عثرت «%1» على %n شبكة.</numerusform>
            <numerusform>عثرت «%1» على %n شبكة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile “%1” is forgotten.</source>
        <translation>نُسي ملف التعريف «%1».</translation>
    </message>
    <message>
        <source>The profile “%1” connects automatically.</source>
        <translation>يتصل ملف التعريف «%1» تلقائيًا.</translation>
    </message>
    <message>
        <source>The profile “%1” connects only when asked.</source>
        <translation>لا يتصل ملف التعريف «%1» إلا عند الطلب.</translation>
    </message>
    <message>
        <source>Wi-Fi is on for “%1”.</source>
        <translation>الواي فاي مُشغَّل لـ«%1».</translation>
    </message>
    <message>
        <source>Wi-Fi is off for “%1”.</source>
        <translation>الواي فاي مُطفأ لـ«%1».</translation>
    </message>
    <message>
        <source>no radio could be switched on.</source>
        <translation>تعذّر تشغيل أي راديو.</translation>
    </message>
    <message>
        <source>no radio could be switched off.</source>
        <translation>تعذّر إطفاء أي راديو.</translation>
    </message>
    <message>
        <source>Return once the service has accepted the operation, without waiting for it to finish.</source>
        <translation>العودة حالما تقبل الخدمة العملية، دون انتظار انتهائها.</translation>
    </message>
    <message>
        <source>The service accepted it; aerialctl did not wait for it to finish.</source>
        <translation>قبلت الخدمة ذلك؛ ولم ينتظر aerialctl انتهاءه.</translation>
    </message>
</context>
<context>
    <name>Aerial::ConnectionNotifier</name>
    <message>
        <source>Interface: %1</source>
        <translation>الواجهة: %1</translation>
    </message>
    <message>
        <source>Connected to “%1”</source>
        <translation>متصل بـ«%1»</translation>
    </message>
    <message>
        <source>The wireless network “%1” is connected.</source>
        <translation>الشبكة اللاسلكية «%1» متصلة.</translation>
    </message>
    <message>
        <source>The wireless network “%1” is no longer connected.</source>
        <translation>لم تعد الشبكة اللاسلكية «%1» متصلة.</translation>
    </message>
    <message>
        <source>Disconnected from “%1”</source>
        <translation>انقطع الاتصال بـ«%1»</translation>
    </message>
    <message>
        <source>Could not connect to “%1”</source>
        <translation>تعذّر الاتصال بـ«%1»</translation>
    </message>
</context>
<context>
    <name>Aerial::ExplanationPanel</name>
    <message>
        <source>Show de&amp;tails</source>
        <translation>إظهار التفاصيل (&amp;T)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>إغلاق (&amp;M)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Opens the settings that fix the problem</source>
        <translation>يفتح الإعدادات التي تحل المشكلة</translation>
    </message>
    <message>
        <source>Show the error code and the wireless service&apos;s own message (Alt+T)</source>
        <translation>إظهار رمز الخطأ ورسالة خدمة الشبكات اللاسلكية نفسها (Alt+T)</translation>
    </message>
    <message>
        <source>Close this explanation (Alt+M)</source>
        <translation>إغلاق هذا الشرح (Alt+M)</translation>
    </message>
    <message>
        <source>Hide de&amp;tails</source>
        <translation>إخفاء التفاصيل (&amp;T)</translation>
    </message>
    <message>
        <source>%1 The system could not open “%2”; open it from the system settings.</source>
        <translation>%1 تعذّر على النظام فتح «%2»؛ افتحه من إعدادات النظام.</translation>
    </message>
</context>
<context>
    <name>Aerial::JoinPanel</name>
    <message>
        <source>At least 8 characters. Enter connects.</source>
        <translation>8 أحرف على الأقل. مفتاح الإدخال يتصل.</translation>
    </message>
    <message>
        <source>8 to 63 characters, or 64 hexadecimal digits. Enter connects.</source>
        <translation>من 8 إلى 63 حرفًا، أو 64 رقمًا ست عشريًا. مفتاح الإدخال يتصل.</translation>
    </message>
    <message>
        <source>Network &amp;name:</source>
        <translation>اسم الشبكة (&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>الأمان (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>إظهار كلمة المرور (&amp;S)</translation>
    </message>
    <message>
        <source>Connect a&amp;utomatically</source>
        <translation>الاتصال تلقائيًا (&amp;U)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Join a network</source>
        <translation>الانضمام إلى شبكة</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>اسم الشبكة</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Shows the password as plain text</source>
        <translation>يُظهر كلمة المرور نصًا واضحًا</translation>
    </message>
    <message>
        <source>Connect to this network by itself whenever it is in range</source>
        <translation>الاتصال بهذه الشبكة تلقائيًا كلما كانت في النطاق</translation>
    </message>
    <message>
        <source>Save the network and connect</source>
        <translation>حفظ الشبكة والاتصال بها</translation>
    </message>
    <message>
        <source>Close without connecting (Esc)</source>
        <translation>إغلاق دون اتصال (Esc)</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>الانضمام إلى %1</translation>
    </message>
    <message>
        <source>The network %1 did not accept the password.</source>
        <translation>لم تقبل الشبكة %1 كلمة المرور.</translation>
    </message>
    <message>
        <source>Join a hidden network</source>
        <translation>الانضمام إلى شبكة مخفية</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>كلمة المرور لـ%1</translation>
    </message>
    <message>
        <source>Connect to the hidden network</source>
        <translation>الاتصال بالشبكة المخفية</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>الاتصال بـ%1</translation>
    </message>
    <message>
        <source>Type the network&apos;s name.</source>
        <translation>اكتب اسم الشبكة.</translation>
    </message>
    <message numerus="yes">
        <source>A network name has at most 32 bytes; this one has %n.</source>
        <translation>
            <numerusform>لاسم الشبكة 32 بايت على الأكثر؛ وهذا الاسم بلا بايتات.</numerusform>
            <numerusform>لاسم الشبكة 32 بايت على الأكثر؛ وهذا الاسم بايت واحد.</numerusform>
            <numerusform>لاسم الشبكة 32 بايت على الأكثر؛ وهذا الاسم بايتان.</numerusform>
            <numerusform>لاسم الشبكة 32 بايت على الأكثر؛ وهذا الاسم %n بايتات.</numerusform>
            <numerusform>لاسم الشبكة 32 بايت على الأكثر؛ وهذا الاسم %n بايت.</numerusform>
            <numerusform>لاسم الشبكة 32 بايت على الأكثر؛ وهذا الاسم %n بايت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Available to all users of this computer</source>
        <translation>متاحة لجميع مستخدمي هذا الحاسوب</translation>
    </message>
    <message>
        <source>Let every account on this computer use the network and its password</source>
        <translation>السماح لكل حساب على هذا الحاسوب باستخدام الشبكة وكلمة مرورها</translation>
    </message>
    <message>
        <source>NetworkManager needs the password of %1.</source>
        <translation>يحتاج NetworkManager إلى كلمة مرور %1.</translation>
    </message>
    <message>
        <source>Give the password to NetworkManager</source>
        <translation>إعطاء كلمة المرور إلى NetworkManager</translation>
    </message>
</context>
<context>
    <name>Aerial::LiveRegion</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Aerial::NativeWifiBackend</name>
    <message>
        <source>Windows has no Wi-Fi service here: wlanapi.dll is not installed. On Windows Server, an administrator can add the “Wireless LAN Service” feature.</source>
        <translation>لا توجد خدمة واي فاي في Windows هنا: ‏wlanapi.dll غير مثبّتة. في Windows Server يستطيع المسؤول إضافة ميزة «Wireless LAN Service».</translation>
    </message>
    <message>
        <source>The WLAN AutoConfig service is not running, so Wi-Fi cannot be managed. Aerial reconnects by itself when the service starts; an administrator can start it in Services.</source>
        <translation>خدمة WLAN AutoConfig لا تعمل، لذا لا يمكن إدارة الواي فاي. يعيد Aerial الاتصال بنفسه عندما تبدأ الخدمة؛ ويستطيع المسؤول تشغيلها من «الخدمات».</translation>
    </message>
    <message>
        <source>Aerial lost contact with the WLAN AutoConfig service: it stopped or restarted. Aerial reconnects by itself when it runs again.</source>
        <translation>فقد Aerial الاتصال بخدمة WLAN AutoConfig: توقفت أو أُعيد تشغيلها. يعيد Aerial الاتصال بنفسه عندما تعمل مجددًا.</translation>
    </message>
    <message>
        <source>Windows refused Aerial a session with the WLAN AutoConfig service (%1). Aerial tries again by itself.</source>
        <translation>رفض Windows منح Aerial جلسة مع خدمة WLAN AutoConfig ‏(%1). سيحاول Aerial مجددًا بنفسه.</translation>
    </message>
    <message>
        <source>Windows Wi-Fi (WLAN AutoConfig)</source>
        <translation>واي فاي Windows ‏(WLAN AutoConfig)</translation>
    </message>
    <message>
        <source>The interface was removed.</source>
        <translation>أُزيلت الواجهة.</translation>
    </message>
    <message>
        <source>Aerial joins open, Enhanced Open, WPA2-Personal and WPA3-Personal networks on Windows, for this account only.</source>
        <translation>ينضم Aerial في Windows إلى الشبكات المفتوحة وEnhanced Open وWPA2-Personal وWPA3-Personal، لهذا الحساب فقط.</translation>
    </message>
    <message>
        <source>The wireless service did not report how the connection ended.</source>
        <translation>لم تُبلغ خدمة الشبكات اللاسلكية كيف انتهى الاتصال.</translation>
    </message>
</context>
<context>
    <name>Aerial::NetworkDelegate</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
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
        <translation>(شبكة مخفية)</translation>
    </message>
    <message>
        <source>%1 — %2 · %3%</source>
        <translation>%1 — %2 · %3٪</translation>
    </message>
    <message>
        <source>%1 — %2 · %3% · connected</source>
        <translation>%1 — %2 · %3٪ · متصلة</translation>
    </message>
    <message>
        <source>%1 — %2 · %3% · saved</source>
        <translation>%1 — %2 · %3٪ · محفوظة</translation>
    </message>
</context>
<context>
    <name>Aerial::NetworkManager</name>
    <message>
        <source>no password was given for the network</source>
        <translation>لم تُعطَ كلمة مرور للشبكة</translation>
    </message>
    <message>
        <source>no IP address was offered</source>
        <translation>لم يُعرض أي عنوان IP</translation>
    </message>
    <message>
        <source>the IP address expired</source>
        <translation>انتهت صلاحية عنوان IP</translation>
    </message>
    <message>
        <source>the network ended the sign-in; the password may be wrong</source>
        <translation>أنهت الشبكة تسجيل الدخول؛ قد تكون كلمة المرور خاطئة</translation>
    </message>
    <message>
        <source>the network&apos;s security settings could not be applied</source>
        <translation>تعذّر تطبيق إعدادات أمان الشبكة</translation>
    </message>
    <message>
        <source>the sign-in to the network failed</source>
        <translation>فشل تسجيل الدخول إلى الشبكة</translation>
    </message>
    <message>
        <source>the sign-in to the network timed out; the password may be wrong</source>
        <translation>انتهت مهلة تسجيل الدخول إلى الشبكة؛ قد تكون كلمة المرور خاطئة</translation>
    </message>
    <message>
        <source>the device was removed</source>
        <translation>أُزيل الجهاز</translation>
    </message>
    <message>
        <source>the network is not in range</source>
        <translation>الشبكة خارج النطاق</translation>
    </message>
    <message>
        <source>NetworkManager reason %1</source>
        <translation>سبب NetworkManager رقم %1</translation>
    </message>
</context>
<context>
    <name>Aerial::NetworkManagerBackend</name>
    <message>
        <source>NetworkManager stopped.</source>
        <translation>توقف NetworkManager.</translation>
    </message>
    <message>
        <source>The device was removed.</source>
        <translation>أُزيل الجهاز.</translation>
    </message>
    <message>
        <source>NetworkManager has no such Wi-Fi device.</source>
        <translation>لا يوجد لدى NetworkManager جهاز واي فاي كهذا.</translation>
    </message>
    <message>
        <source>NetworkManager has no such saved connection.</source>
        <translation>لا يوجد لدى NetworkManager اتصال محفوظ كهذا.</translation>
    </message>
    <message>
        <source>NetworkManager did not say how it ended.</source>
        <translation>لم يقل NetworkManager كيف انتهى الأمر.</translation>
    </message>
    <message>
        <source>NetworkManager is not running, so Aerial cannot see or change the Wi-Fi. Aerial picks it up again by itself when it starts; an administrator can start it with “systemctl start NetworkManager”.</source>
        <translation>لا يعمل NetworkManager، لذا لا يستطيع Aerial رؤية الواي فاي ولا تغييره. يلتقطه Aerial مجددًا بنفسه عندما يبدأ؛ ويستطيع المسؤول تشغيله بالأمر «systemctl start NetworkManager».</translation>
    </message>
    <message>
        <source>NetworkManager gave up on the connection and gave no reason.</source>
        <translation>تخلّى NetworkManager عن الاتصال ولم يذكر سببًا.</translation>
    </message>
    <message>
        <source>A switch or key holds the Wi-Fi off (WirelessHardwareEnabled is false).</source>
        <translation>مفتاح أو زر يُبقي الواي فاي مُطفأ (قيمة WirelessHardwareEnabled هي false).</translation>
    </message>
    <message>
        <source>The password prompt was cancelled.</source>
        <translation>أُلغي طلب كلمة المرور.</translation>
    </message>
    <message>
        <source>NetworkManager asked for the password again: the network did not accept it.</source>
        <translation>طلب NetworkManager كلمة المرور مرة أخرى: لم تقبلها الشبكة.</translation>
    </message>
    <message>
        <source>NetworkManager has not taken Aerial as a secret agent, which is how Aerial hands it a network&apos;s password.</source>
        <translation>لم يقبل NetworkManager برنامج Aerial وكيلًا للأسرار، وهو السبيل الذي يسلّم به Aerial كلمة مرور الشبكة.</translation>
    </message>
</context>
<context>
    <name>Aerial::NetworkModel</name>
    <message numerus="yes">
        <source>Wireless interface, %n network(s) in range</source>
        <translation>
            <numerusform>واجهة لاسلكية، لا شبكات في النطاق</numerusform>
            <numerusform>واجهة لاسلكية، شبكة واحدة في النطاق</numerusform>
            <numerusform>واجهة لاسلكية، شبكتان في النطاق</numerusform>
            <numerusform>واجهة لاسلكية، %n شبكات في النطاق</numerusform>
            <numerusform>واجهة لاسلكية، %n شبكة في النطاق</numerusform>
            <numerusform>واجهة لاسلكية، %n شبكة في النطاق</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved profile</source>
        <translation>لا يوجد ملف تعريف محفوظ</translation>
    </message>
    <message>
        <source>Saved profile %1</source>
        <translation>ملف التعريف المحفوظ %1</translation>
    </message>
    <message>
        <source>Saved profile %1, shared by all users</source>
        <translation>ملف التعريف المحفوظ %1، مشترك بين جميع المستخدمين</translation>
    </message>
    <message>
        <source>Saved profile %1, set by group policy</source>
        <translation>ملف التعريف المحفوظ %1، محدَّد بنهج المجموعة</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>غير جاهزة</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصلة</translation>
    </message>
    <message>
        <source>Ad hoc network formed</source>
        <translation>شُكّلت شبكة مخصّصة (Ad hoc)</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>جارٍ قطع الاتصال</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>غير متصلة</translation>
    </message>
    <message>
        <source>Connecting (associating)</source>
        <translation>جارٍ الاتصال (الاقتران)</translation>
    </message>
    <message>
        <source>Searching for networks</source>
        <translation>جارٍ البحث عن شبكات</translation>
    </message>
    <message>
        <source>Connecting (authenticating)</source>
        <translation>جارٍ الاتصال (المصادقة)</translation>
    </message>
    <message>
        <source>open, not secured</source>
        <translation>مفتوحة، غير محمية</translation>
    </message>
    <message>
        <source>secured WEP, which is weak</source>
        <translation>محمية بـWEP، وهو ضعيف</translation>
    </message>
    <message>
        <source>secured WPA2</source>
        <translation>محمية بـWPA2</translation>
    </message>
    <message>
        <source>secured WPA3</source>
        <translation>محمية بـWPA3</translation>
    </message>
    <message>
        <source>secured WPA2 Enterprise</source>
        <translation>محمية بـWPA2 Enterprise</translation>
    </message>
    <message>
        <source>secured WPA3 Enterprise</source>
        <translation>محمية بـWPA3 Enterprise</translation>
    </message>
    <message>
        <source>open with encryption (Enhanced Open)</source>
        <translation>مفتوحة مع تشفير (Enhanced Open)</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>لا إشارة</translation>
    </message>
    <message>
        <source>weak signal %1 percent</source>
        <translation>إشارة ضعيفة %1 بالمئة</translation>
    </message>
    <message>
        <source>fair signal %1 percent</source>
        <translation>إشارة مقبولة %1 بالمئة</translation>
    </message>
    <message>
        <source>good signal %1 percent</source>
        <translation>إشارة جيدة %1 بالمئة</translation>
    </message>
    <message>
        <source>strong signal %1 percent</source>
        <translation>إشارة قوية %1 بالمئة</translation>
    </message>
    <message>
        <source>Connecting (getting an address)</source>
        <translation>جارٍ الاتصال (الحصول على عنوان)</translation>
    </message>
    <message>
        <source>%1: radio off</source>
        <translation>%1: الراديو مُطفأ</translation>
    </message>
    <message>
        <source>%1: Connected to %2, %3</source>
        <translation>%1: متصلة بـ%2، %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 بـ%3</translation>
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
        <translation>شبكة مخفية</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>%1, %2, %3, connected</source>
        <translation>%1، %2، %3، متصلة</translation>
    </message>
    <message>
        <source>%1, %2, %3, saved</source>
        <translation>%1، %2، %3، محفوظة</translation>
    </message>
</context>
<context>
    <name>Aerial::SettingsPanel</name>
    <message>
        <source>Tell me when a connection is esta&amp;blished</source>
        <translation>أعلمني عند إنشاء اتصال (&amp;B)</translation>
    </message>
    <message>
        <source>Tell me when a connection goes awa&amp;y</source>
        <translation>أعلمني عند انقطاع اتصال (&amp;Y)</translation>
    </message>
    <message>
        <source>Tell me when &amp;joining or connecting fails</source>
        <translation>أعلمني عند فشل الانضمام أو الاتصال (&amp;J)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Notifications, shown while this window is closed:</source>
        <translation>الإشعارات، تظهر ما دامت هذه النافذة مغلقة:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Start &amp;Aerial when I log in</source>
        <translation>تشغيل Aerial عند تسجيل دخولي (&amp;A)</translation>
    </message>
</context>
<context>
    <name>Aerial::SimulatedBackend</name>
    <message>
        <source>The simulated wireless service stopped. Aerial picks it up again when it starts.</source>
        <translation>توقفت خدمة الشبكات اللاسلكية المحاكاة. يلتقطها Aerial مجددًا عندما تبدأ.</translation>
    </message>
    <message>
        <source>The interface was removed.</source>
        <translation>أُزيلت الواجهة.</translation>
    </message>
    <message>
        <source>Simulated wireless service</source>
        <translation>خدمة شبكات لاسلكية محاكاة</translation>
    </message>
    <message>
        <source>The simulated service joins WPA2-Personal, WPA3-Personal, Enhanced Open and open networks, for this account only.</source>
        <translation>تنضم الخدمة المحاكاة إلى شبكات WPA2-Personal وWPA3-Personal وEnhanced Open والشبكات المفتوحة، لهذا الحساب فقط.</translation>
    </message>
</context>
<context>
    <name>Aerial::SystemBackend</name>
    <message>
        <source>--backend windows: this build of Aerial is not for Windows</source>
        <translation>‎--backend windows: هذا الإصدار من Aerial ليس لـWindows</translation>
    </message>
    <message>
        <source>--backend networkmanager: NetworkManager runs on Linux; this is the Windows build of Aerial</source>
        <translation>‎--backend networkmanager: يعمل NetworkManager على Linux؛ وهذا إصدار Aerial لـWindows</translation>
    </message>
    <message>
        <source>--backend networkmanager: the system D-Bus is not available: %1</source>
        <translation>‎--backend networkmanager: ناقل النظام D-Bus غير متاح: %1</translation>
    </message>
    <message>
        <source>--backend: no wireless service is called “%1”</source>
        <translation>‎--backend: لا توجد خدمة شبكات لاسلكية باسم «%1»</translation>
    </message>
    <message>
        <source>wlanapi.dll is not installed (Windows Server without the Wireless LAN Service).</source>
        <translation>‏wlanapi.dll غير مثبّتة (Windows Server دون خدمة Wireless LAN Service).</translation>
    </message>
    <message>
        <source>NetworkManager is not running on this computer.</source>
        <translation>لا يعمل NetworkManager على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>this computer has no system D-Bus, so no NetworkManager.</source>
        <translation>لا يوجد في هذا الحاسوب ناقل نظام D-Bus، ولذا لا يوجد NetworkManager.</translation>
    </message>
</context>
<context>
    <name>Aerial::TrayIcon</name>
    <message>
        <source>&amp;Open Aerial</source>
        <translation>فتح Aerial (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>إعادة البحث (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi</source>
        <translation>الواي فاي (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>Aerial</source>
        <translation>Aerial</translation>
    </message>
    <message>
        <source>No wireless interface</source>
        <translation>لا توجد واجهة لاسلكية</translation>
    </message>
</context>
<context>
    <name>Aerial::WirelessBackend</name>
    <message>
        <source>Aerial quit before the service finished.</source>
        <translation>أُنهي Aerial قبل أن تُنهي الخدمة عملها.</translation>
    </message>
    <message>
        <source>%1 does not support this in this version of Aerial.</source>
        <translation>لا يدعم %1 هذا في هذا الإصدار من Aerial.</translation>
    </message>
</context>
<context>
    <name>Aerial::WirelessCommands</name>
    <message>
        <source>This network hides its name. Choose Other network… (Ctrl+N) and type its name.</source>
        <translation>تُخفي هذه الشبكة اسمها. اختر «شبكة أخرى…» (Ctrl+N) واكتب اسمها.</translation>
    </message>
    <message>
        <source>This network is open: others nearby can read what you send over it unless a site or app encrypts it.</source>
        <translation>هذه الشبكة مفتوحة: يستطيع الآخرون بالقرب منك قراءة ما ترسله عبرها ما لم يشفّره موقع أو تطبيق.</translation>
    </message>
    <message>
        <source>This network uses WEP, which is broken and which Aerial does not set up. Set it up in the system&apos;s network settings, or better, ask its owner to switch to WPA2 or WPA3.</source>
        <translation>تستخدم هذه الشبكة WEP، وهو مكسور ولا يُعدّه Aerial. أعِدّها في إعدادات الشبكة في النظام، أو الأفضل أن تطلب من مالكها التحول إلى WPA2 أو WPA3.</translation>
    </message>
    <message>
        <source>This network needs an organisation&apos;s sign-in (Enterprise), which Aerial does not set up in this version. Set it up in the system&apos;s network settings, or ask the network&apos;s administrator.</source>
        <translation>تحتاج هذه الشبكة إلى تسجيل دخول مؤسسة (Enterprise)، وهو ما لا يُعدّه Aerial في هذا الإصدار. أعِدّها في إعدادات الشبكة في النظام، أو اسأل مسؤول الشبكة.</translation>
    </message>
    <message>
        <source>Aerial cannot join new networks on %1 in this version. Set it up in the system&apos;s network settings.</source>
        <translation>لا يستطيع Aerial الانضمام إلى شبكات جديدة على %1 في هذا الإصدار. أعِدّها في إعدادات الشبكة في النظام.</translation>
    </message>
    <message>
        <source>Aerial did not ask: the service says this account may not.</source>
        <translation>لم يطلب Aerial ذلك: تقول الخدمة إن هذا الحساب غير مسموح له.</translation>
    </message>
    <message>
        <source>The profile “%1” is set by group policy, which nobody can change on this computer.</source>
        <translation>ملف التعريف «%1» محدَّد بنهج المجموعة، ولا يستطيع أحد تغييره على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Ask the administrator of your organisation&apos;s policy to change or remove it.</source>
        <translation>اطلب من مسؤول نُهُج مؤسستك تغييره أو إزالته.</translation>
    </message>
    <message>
        <source>The profile “%1” is shared by all users of this computer, and this account may not change it.</source>
        <translation>ملف التعريف «%1» مشترك بين جميع مستخدمي هذا الحاسوب، ولا يُسمح لهذا الحساب بتغييره.</translation>
    </message>
    <message>
        <source>This network has no saved profile.</source>
        <translation>لا يوجد لهذه الشبكة ملف تعريف محفوظ.</translation>
    </message>
    <message>
        <source>No wireless service.</source>
        <translation>لا توجد خدمة شبكات لاسلكية.</translation>
    </message>
    <message>
        <source>This account is not allowed to control networking (polkit refuses org.freedesktop.NetworkManager.network-control). An administrator can allow it.</source>
        <translation>لا يُسمح لهذا الحساب بالتحكم في الشبكة (يرفض polkit الإذن org.freedesktop.NetworkManager.network-control). يستطيع المسؤول السماح بذلك.</translation>
    </message>
    <message>
        <source>The interface is not ready: its radio is off or the adapter is disabled.</source>
        <translation>الواجهة غير جاهزة: الراديو مُطفأ أو المحوّل معطَّل.</translation>
    </message>
    <message>
        <source>Choose an interface first.</source>
        <translation>اختر واجهة أولًا.</translation>
    </message>
    <message>
        <source>Choose a network first.</source>
        <translation>اختر شبكة أولًا.</translation>
    </message>
    <message>
        <source>Already connected to this network.</source>
        <translation>متصل بهذه الشبكة بالفعل.</translation>
    </message>
    <message>
        <source>Aerial is connecting this interface already.</source>
        <translation>يقوم Aerial بتوصيل هذه الواجهة بالفعل.</translation>
    </message>
    <message>
        <source>%1 is not connected; there is nothing to disconnect.</source>
        <translation>%1 غير متصلة؛ لا يوجد ما يُقطع.</translation>
    </message>
    <message>
        <source>This account is not allowed to scan for networks (polkit refuses org.freedesktop.NetworkManager.wifi.scan). An administrator can allow it.</source>
        <translation>لا يُسمح لهذا الحساب بالبحث عن شبكات (يرفض polkit الإذن org.freedesktop.NetworkManager.wifi.scan). يستطيع المسؤول السماح بذلك.</translation>
    </message>
    <message>
        <source>%1 cannot scan: its radio is off or the adapter is disabled.</source>
        <translation>لا تستطيع %1 البحث: الراديو مُطفأ أو المحوّل معطَّل.</translation>
    </message>
    <message>
        <source>Aerial cannot forget networks on %1 in this version.</source>
        <translation>لا يستطيع Aerial نسيان الشبكات على %1 في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Aerial cannot change auto-connect on %1 in this version.</source>
        <translation>لا يستطيع Aerial تغيير الاتصال التلقائي على %1 في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Aerial cannot switch Wi-Fi on %1 in this version.</source>
        <translation>لا يستطيع Aerial تشغيل الواي فاي أو إطفاءه على %1 في هذا الإصدار.</translation>
    </message>
    <message>
        <source>A switch or key on the computer holds this radio off, and software cannot override it. Turn it on there (often Fn with an antenna symbol).</source>
        <translation>مفتاح أو زر في الحاسوب يُبقي هذا الراديو مُطفأ، ولا يستطيع البرنامج تجاوزه. شغّله من هناك (غالبًا Fn مع رمز هوائي).</translation>
    </message>
    <message>
        <source>Aerial cannot join hidden networks on %1 in this version.</source>
        <translation>لا يستطيع Aerial الانضمام إلى شبكات مخفية على %1 في هذا الإصدار.</translation>
    </message>
    <message>
        <source>This account is not allowed to control networking.</source>
        <translation>لا يُسمح لهذا الحساب بالتحكم في الشبكة.</translation>
    </message>
    <message>
        <source>A network name has 1 to 32 bytes.</source>
        <translation>لاسم الشبكة من 1 إلى 32 بايت.</translation>
    </message>
    <message>
        <source>Aerial cannot join this kind of network on %1.</source>
        <translation>لا يستطيع Aerial الانضمام إلى هذا النوع من الشبكات على %1.</translation>
    </message>
    <message>
        <source>Aerial cannot join hidden networks on %1.</source>
        <translation>لا يستطيع Aerial الانضمام إلى شبكات مخفية على %1.</translation>
    </message>
    <message>
        <source>Aerial does not save the password in this version: it is asked for again the next time this network connects.</source>
        <translation>لا يحفظ Aerial كلمة المرور في هذا الإصدار: ستُطلب مجددًا في المرة القادمة التي تتصل فيها هذه الشبكة.</translation>
    </message>
    <message>
        <source>The wireless service refused, although the profile “%1” is this account&apos;s own: a policy or another program limits what this account may do with it.</source>
        <translation>رفضت خدمة الشبكة اللاسلكية، مع أن ملف التعريف «%1» يخص هذا الحساب: سياسة أو برنامج آخر يقيّد ما يمكن لهذا الحساب فعله به.</translation>
    </message>
    <message>
        <source>The wireless service is not running.</source>
        <translation>خدمة الشبكة اللاسلكية لا تعمل.</translation>
    </message>
</context>
<context>
    <name>Aerial::WirelessWindow</name>
    <message>
        <source>&amp;Networks:</source>
        <translation>الشبكات (&amp;N):</translation>
    </message>
    <message>
        <source>No wireless interface is available.</source>
        <translation>لا توجد واجهة لاسلكية متاحة.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>اتصال (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>قطع الاتصال (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>إعادة البحث (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>نسيان (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Other network…</source>
        <translation>شبكة أخرى… (&amp;O)</translation>
    </message>
    <message>
        <source>Connect a&amp;utomatically</source>
        <translation>الاتصال تلقائيًا (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi</source>
        <translation>الواي فاي (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>الإعدادات (&amp;G)</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>نسيان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Aerial</source>
        <translation>Aerial</translation>
    </message>
    <message>
        <source>Turning automatic connection on…</source>
        <translation>جارٍ تشغيل الاتصال التلقائي…</translation>
    </message>
    <message>
        <source>Turning automatic connection off…</source>
        <translation>جارٍ إيقاف الاتصال التلقائي…</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>جارٍ الانضمام إلى %1…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>&amp;Interfaces:</source>
        <translation>الواجهات (&amp;I):</translation>
    </message>
    <message>
        <source>Wireless interfaces</source>
        <translation>الواجهات اللاسلكية</translation>
    </message>
    <message>
        <source>Choose an interface to see its networks. Enter moves to its networks.</source>
        <translation>اختر واجهة لترى شبكاتها. مفتاح الإدخال ينتقل إلى شبكاتها.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>الشبكات</translation>
    </message>
    <message>
        <source>Networks in range of the selected interface. Enter connects.</source>
        <translation>الشبكات في نطاق الواجهة المختارة. مفتاح الإدخال يتصل.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>قطع الاتصال</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>إعادة البحث</translation>
    </message>
    <message>
        <source>Other network</source>
        <translation>شبكة أخرى</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Show or hide the keyboard shortcuts (F1, Alt+H)</source>
        <translation>إظهار اختصارات لوحة المفاتيح أو إخفاؤها (F1، Alt+H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>الواي فاي</translation>
    </message>
    <message>
        <source>Connect automatically</source>
        <translation>الاتصال تلقائيًا</translation>
    </message>
    <message>
        <source>Forget a network</source>
        <translation>نسيان شبكة</translation>
    </message>
    <message>
        <source>Forget the network and delete its password</source>
        <translation>نسيان الشبكة وحذف كلمة مرورها</translation>
    </message>
    <message>
        <source>Keep the network (Esc)</source>
        <translation>الإبقاء على الشبكة (Esc)</translation>
    </message>
    <message>
        <source>Show or hide the notification and start-up settings</source>
        <translation>إظهار إعدادات الإشعارات وبدء التشغيل أو إخفاؤها</translation>
    </message>
    <message>
        <source>Not joined.</source>
        <translation>لم يتم الانضمام.</translation>
    </message>
    <message>
        <source>Enter: connect the selected network (a new one asks for its password). Delete or Ctrl+D: disconnect the selected interface. Shift+Delete: forget the selected network. Ctrl+N: join a hidden network. Alt+U: connect the selected network automatically or not. Ctrl+Shift+W: switch Wi-Fi on or off. F5 or Ctrl+R: rescan. Alt+G: notification and start-up settings. Esc: close a question or panel, or hide this window. Ctrl+Q: quit. Alt+I and Alt+N move to the interfaces and networks; Tab moves between controls.</source>
        <translation>مفتاح الإدخال: الاتصال بالشبكة المختارة (الشبكة الجديدة تطلب كلمة مرورها). Delete أو Ctrl+D: قطع اتصال الواجهة المختارة. Shift+Delete: نسيان الشبكة المختارة. Ctrl+N: الانضمام إلى شبكة مخفية. Alt+U: جعل الشبكة المختارة تتصل تلقائيًا أو لا. Ctrl+Shift+W: تشغيل الواي فاي أو إطفاؤه. F5 أو Ctrl+R: إعادة البحث. Alt+G: إعدادات الإشعارات وبدء التشغيل. Esc: إغلاق سؤال أو لوحة، أو إخفاء هذه النافذة. Ctrl+Q: الإنهاء. Alt+I وAlt+N للانتقال إلى الواجهات والشبكات؛ وTab للتنقل بين عناصر التحكم.</translation>
    </message>
    <message>
        <source>%1 is answering again.</source>
        <translation>عاد %1 إلى الاستجابة.</translation>
    </message>
    <message>
        <source>Networks of %1</source>
        <translation>شبكات %1</translation>
    </message>
    <message>
        <source>Connect the selected network; a new one asks for its password (Enter, Alt+C)</source>
        <translation>الاتصال بالشبكة المختارة؛ الشبكة الجديدة تطلب كلمة مرورها (مفتاح الإدخال، Alt+C)</translation>
    </message>
    <message>
        <source>Disconnect the selected interface (Delete, Ctrl+D, Alt+D)</source>
        <translation>قطع اتصال الواجهة المختارة (Delete، Ctrl+D، Alt+D)</translation>
    </message>
    <message>
        <source>Look for networks again on the selected interface (F5, Ctrl+R, Alt+R)</source>
        <translation>البحث عن الشبكات مجددًا على الواجهة المختارة (F5، Ctrl+R، Alt+R)</translation>
    </message>
    <message>
        <source>Forget the selected saved network and its password (Shift+Delete, Alt+F)</source>
        <translation>نسيان الشبكة المحفوظة المختارة وكلمة مرورها (Shift+Delete، Alt+F)</translation>
    </message>
    <message>
        <source>Join a hidden network by its name (Ctrl+N, Alt+O)</source>
        <translation>الانضمام إلى شبكة مخفية باسمها (Ctrl+N، Alt+O)</translation>
    </message>
    <message>
        <source>Connect to the selected network by itself when in range (Alt+U)</source>
        <translation>الاتصال بالشبكة المختارة تلقائيًا عندما تكون في النطاق (Alt+U)</translation>
    </message>
    <message>
        <source>Switch Wi-Fi on or off for the selected interface (Ctrl+Shift+W, Alt+W)</source>
        <translation>تشغيل الواي فاي أو إطفاؤه للواجهة المختارة (Ctrl+Shift+W، Alt+W)</translation>
    </message>
    <message>
        <source>Choose a network to connect to first.</source>
        <translation>اختر أولًا شبكة للاتصال بها.</translation>
    </message>
    <message>
        <source>Type the password for %1.</source>
        <translation>اكتب كلمة المرور لـ%1.</translation>
    </message>
    <message>
        <source>Joining %1… %2</source>
        <translation>جارٍ الانضمام إلى %1… %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ%1…</translation>
    </message>
    <message>
        <source>Disconnecting %1…</source>
        <translation>جارٍ قطع اتصال %1…</translation>
    </message>
    <message>
        <source>Scanning for networks on %1…</source>
        <translation>جارٍ البحث عن شبكات على %1…</translation>
    </message>
    <message>
        <source>Forget %1? Aerial will no longer connect to it, and its password is deleted.</source>
        <translation>أتريد نسيان %1؟ لن يتصل Aerial بها بعد الآن، وستُحذف كلمة مرورها.</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>نسيان %1</translation>
    </message>
    <message>
        <source>The selection changed; nothing was forgotten.</source>
        <translation>تغيّر الاختيار؛ لم يُنسَ شيء.</translation>
    </message>
    <message>
        <source>Forgetting %1…</source>
        <translation>جارٍ نسيان %1…</translation>
    </message>
    <message>
        <source>Type the hidden network&apos;s name, choose its security and type its password.</source>
        <translation>اكتب اسم الشبكة المخفية، واختر نوع أمانها، واكتب كلمة مرورها.</translation>
    </message>
    <message>
        <source>Turning Wi-Fi on…</source>
        <translation>جارٍ تشغيل الواي فاي…</translation>
    </message>
    <message>
        <source>Turning Wi-Fi off…</source>
        <translation>جارٍ إطفاء الواي فاي…</translation>
    </message>
    <message>
        <source>%1 is connected using the profile %2.</source>
        <translation>%1 متصلة باستخدام ملف التعريف %2.</translation>
    </message>
    <message>
        <source>%1 joined %2.</source>
        <translation>انضمت %1 إلى %2.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 غير متصلة.</translation>
    </message>
    <message numerus="yes">
        <source>Scan finished on %1: %n network(s) in range.</source>
        <translation>
            <numerusform>انتهى البحث على %1: لا شبكات في النطاق.</numerusform>
            <numerusform>انتهى البحث على %1: شبكة واحدة في النطاق.</numerusform>
            <numerusform>انتهى البحث على %1: شبكتان في النطاق.</numerusform>
            <numerusform>انتهى البحث على %1: %n شبكات في النطاق.</numerusform>
            <numerusform>انتهى البحث على %1: %n شبكة في النطاق.</numerusform>
            <numerusform>انتهى البحث على %1: %n شبكة في النطاق.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgot the profile %1.</source>
        <translation>نُسي ملف التعريف %1.</translation>
    </message>
    <message>
        <source>%1 connects automatically.</source>
        <translation>يتصل %1 تلقائيًا.</translation>
    </message>
    <message>
        <source>%1 connects only when you ask.</source>
        <translation>لا يتصل %1 إلا عندما تطلب.</translation>
    </message>
    <message>
        <source>Wi-Fi is on for %1.</source>
        <translation>الواي فاي مُشغَّل لـ%1.</translation>
    </message>
    <message>
        <source>Wi-Fi is off for %1.</source>
        <translation>الواي فاي مُطفأ لـ%1.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>تعذّرت إزالة %1: %2</translation>
    </message>
    <message>
        <source>Windows did not let Aerial change its sign-in entry under %1.</source>
        <translation>لم يسمح Windows لـAerial بتغيير مُدخل تسجيل الدخول الخاص به في %1.</translation>
    </message>
</context>
<context>
    <name>BackendSelection</name>
    <message>
        <source>--backend: expected one of %1; got “%2”</source>
        <translation>‎--backend: المتوقع واحد من %1؛ والمُعطى «%2»</translation>
    </message>
    <message>
        <source>--scenario plays the simulated service; it cannot be used with --backend %1</source>
        <translation>‎--scenario يشغّل الخدمة المحاكاة؛ ولا يمكن استخدامه مع ‎--backend %1</translation>
    </message>
    <message>
        <source>Simulated wireless service, playing %1. Nothing you do here changes this computer&apos;s connections.</source>
        <translation>خدمة شبكات لاسلكية محاكاة تشغّل %1. لا شيء تفعله هنا يغيّر اتصالات هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Demo mode: %1 Aerial shows a simulated service instead. Nothing you do here changes this computer&apos;s connections.</source>
        <translation>الوضع التجريبي: %1 يعرض Aerial بدلًا من ذلك خدمة محاكاة. لا شيء تفعله هنا يغيّر اتصالات هذا الحاسوب.</translation>
    </message>
    <message>
        <source>no wireless service was found.</source>
        <translation>لم يُعثر على خدمة شبكات لاسلكية.</translation>
    </message>
    <message>
        <source>Demo mode: a simulated wireless service. Nothing you do here changes this computer&apos;s connections.</source>
        <translation>الوضع التجريبي: خدمة شبكات لاسلكية محاكاة. لا شيء تفعله هنا يغيّر اتصالات هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>OperationExplanation</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>The network %1 did not accept the password.</source>
        <translation>لم تقبل الشبكة %1 كلمة المرور.</translation>
    </message>
    <message>
        <source>Aerial could not join the network %1 on %2.</source>
        <translation>تعذّر على Aerial الانضمام إلى الشبكة %1 على %2.</translation>
    </message>
    <message>
        <source>Aerial could not forget the network of the profile %1.</source>
        <translation>تعذّر على Aerial نسيان شبكة ملف التعريف %1.</translation>
    </message>
    <message>
        <source>Aerial could not make the profile %1 connect automatically.</source>
        <translation>تعذّر على Aerial جعل ملف التعريف %1 يتصل تلقائيًا.</translation>
    </message>
    <message>
        <source>Aerial could not stop the profile %1 connecting automatically.</source>
        <translation>تعذّر على Aerial إيقاف الاتصال التلقائي لملف التعريف %1.</translation>
    </message>
    <message>
        <source>Aerial could not turn Wi-Fi on for %1.</source>
        <translation>تعذّر على Aerial تشغيل الواي فاي لـ%1.</translation>
    </message>
    <message>
        <source>Aerial could not turn Wi-Fi off for %1.</source>
        <translation>تعذّر على Aerial إطفاء الواي فاي لـ%1.</translation>
    </message>
    <message>
        <source>The network of the profile %1 did not accept the saved password.</source>
        <translation>لم تقبل شبكة ملف التعريف %1 كلمة المرور المحفوظة.</translation>
    </message>
    <message>
        <source>Aerial could not connect %1 using the profile %2.</source>
        <translation>تعذّر على Aerial توصيل %1 باستخدام ملف التعريف %2.</translation>
    </message>
    <message>
        <source>Aerial could not disconnect %1.</source>
        <translation>تعذّر على Aerial قطع اتصال %1.</translation>
    </message>
    <message>
        <source>Aerial could not disconnect %1 from the network of the profile %2.</source>
        <translation>تعذّر على Aerial قطع اتصال %1 بشبكة ملف التعريف %2.</translation>
    </message>
    <message>
        <source>Aerial could not scan for networks on %1.</source>
        <translation>تعذّر على Aerial البحث عن شبكات على %1.</translation>
    </message>
    <message>
        <source>Aerial could not read the networks in range of %1.</source>
        <translation>تعذّر على Aerial قراءة الشبكات في نطاق %1.</translation>
    </message>
    <message>
        <source>Aerial could not read which network %1 is connected to.</source>
        <translation>تعذّر على Aerial معرفة الشبكة التي تتصل بها %1.</translation>
    </message>
    <message>
        <source>Windows refused because apps on this computer may not use your location. Since Windows 11 version 24H2, apps can scan for and list Wi-Fi networks only with location access, because nearby networks reveal where you are.</source>
        <translation>رفض Windows لأن التطبيقات على هذا الحاسوب لا يُسمح لها باستخدام موقعك. منذ الإصدار 24H2 من Windows 11 لا تستطيع التطبيقات البحث عن شبكات الواي فاي وسردها إلا بإذن الوصول إلى الموقع، لأن الشبكات القريبة تكشف مكانك.</translation>
    </message>
    <message>
        <source>Open the location settings, turn on “Location services” and “Let desktop apps access your location”, then rescan. Connecting and disconnecting saved networks works without it.</source>
        <translation>افتح إعدادات الموقع، وشغّل «خدمات الموقع» و«السماح لتطبيقات سطح المكتب بالوصول إلى موقعك»، ثم أعِد البحث. الاتصال بالشبكات المحفوظة وقطعها يعمل دون ذلك.</translation>
    </message>
    <message>
        <source>Open &amp;location settings</source>
        <translation>فتح إعدادات الموقع (&amp;L)</translation>
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
        <translation>لم تقبل خدمة الشبكات اللاسلكية الطلب. ربما أُزيلت الواجهة أو عُطّلت قبل لحظة.</translation>
    </message>
    <message>
        <source>Check that the adapter is still plugged in and enabled, then try again.</source>
        <translation>تحقق من أن المحوّل لا يزال موصولًا ومفعّلًا، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Aerial&apos;s session with the wireless service is no longer valid.</source>
        <translation>لم تعد جلسة Aerial مع خدمة الشبكات اللاسلكية صالحة.</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, quit and restart Aerial.</source>
        <translation>حاول مجددًا. إن استمر الفشل، فأنهِ Aerial وأعِد تشغيله.</translation>
    </message>
    <message>
        <source>The computer ran out of memory for the wireless service.</source>
        <translation>نفدت ذاكرة الحاسوب اللازمة لخدمة الشبكات اللاسلكية.</translation>
    </message>
    <message>
        <source>Close some programs and try again.</source>
        <translation>أغلق بعض البرامج وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The wireless service (WLAN AutoConfig) is not running.</source>
        <translation>خدمة الشبكات اللاسلكية (WLAN AutoConfig) لا تعمل.</translation>
    </message>
    <message>
        <source>Start the service, or ask an administrator to. Aerial picks it up again by itself once it runs.</source>
        <translation>شغّل الخدمة أو اطلب ذلك من المسؤول. يلتقطها Aerial مجددًا بنفسه حالما تعمل.</translation>
    </message>
    <message>
        <source>Aerial could not reach the wireless service. It may be restarting or have stopped.</source>
        <translation>تعذّر على Aerial الوصول إلى خدمة الشبكات اللاسلكية. ربما يُعاد تشغيلها أو توقفت.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>انتظر لحظة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The saved profile %1 no longer exists.</source>
        <translation>لم يعد ملف التعريف المحفوظ %1 موجودًا.</translation>
    </message>
    <message>
        <source>Rescan and choose the network again; it may need to be set up anew.</source>
        <translation>أعِد البحث واختر الشبكة مجددًا؛ قد يلزم إعدادها من جديد.</translation>
    </message>
    <message>
        <source>A switch or key on the computer holds the radio off, and software cannot override it.</source>
        <translation>مفتاح أو زر في الحاسوب يُبقي الراديو مُطفأ، ولا يستطيع البرنامج تجاوزه.</translation>
    </message>
    <message>
        <source>Turn the radio on with that switch or key (often Fn with an antenna symbol), or switch off airplane mode.</source>
        <translation>شغّل الراديو بذلك المفتاح أو الزر (غالبًا Fn مع رمز هوائي)، أو أوقف وضع الطيران.</translation>
    </message>
    <message>
        <source>The interface is not ready: its radio may be off or the adapter disabled.</source>
        <translation>الواجهة غير جاهزة: ربما الراديو مُطفأ أو المحوّل معطَّل.</translation>
    </message>
    <message>
        <source>Turn the wireless radio on (a key or switch on many laptops), then try again.</source>
        <translation>شغّل الراديو اللاسلكي (زر أو مفتاح في كثير من الحواسيب المحمولة)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The request was accepted, but the connection did not come up: %1</source>
        <translation>قُبل الطلب، لكن الاتصال لم يقم: %1</translation>
    </message>
    <message>
        <source>Move closer to the access point or rescan, then try again.</source>
        <translation>اقترب من نقطة الوصول أو أعِد البحث، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The wireless service reported an unexpected error.</source>
        <translation>أبلغت خدمة الشبكات اللاسلكية عن خطأ غير متوقع.</translation>
    </message>
    <message>
        <source>Try again. The technical details below help an administrator.</source>
        <translation>حاول مجددًا. التفاصيل التقنية أدناه تساعد المسؤول.</translation>
    </message>
    <message>
        <source>Code %1.</source>
        <translation>الرمز %1.</translation>
    </message>
    <message>
        <source>Code %1: %2</source>
        <translation>الرمز %1: %2</translation>
    </message>
    <message>
        <source>The password may be mistyped (passwords are case-sensitive), or the network&apos;s owner may have changed it.</source>
        <translation>ربما كُتبت كلمة المرور خطأً (كلمات المرور تميّز بين الأحرف الكبيرة والصغيرة)، أو ربما غيّرها مالك الشبكة.</translation>
    </message>
    <message>
        <source>Type the password again. Aerial asks for it on the same network.</source>
        <translation>اكتب كلمة المرور مجددًا. يطلبها Aerial للشبكة نفسها.</translation>
    </message>
    <message>
        <source>This wireless service cannot do this in this version of Aerial.</source>
        <translation>لا تستطيع خدمة الشبكات اللاسلكية هذه فعل ذلك في هذا الإصدار من Aerial.</translation>
    </message>
    <message>
        <source>Use the system&apos;s own network settings for this.</source>
        <translation>استخدم إعدادات الشبكة في النظام لهذا الغرض.</translation>
    </message>
    <message>
        <source>It was cancelled before the service finished it.</source>
        <translation>أُلغي قبل أن تُنهيه الخدمة.</translation>
    </message>
    <message>
        <source>Try again when you are ready.</source>
        <translation>حاول مجددًا عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <source>NetworkManager says %1 was not connected, so there was nothing to disconnect.</source>
        <translation>يقول NetworkManager إن %1 لم تكن متصلة، فلم يكن هناك ما يُقطع.</translation>
    </message>
    <message>
        <source>Nothing needs doing. If Aerial showed it connected, rescan to refresh.</source>
        <translation>لا حاجة إلى فعل شيء. إن أظهرها Aerial متصلة، فأعِد البحث للتحديث.</translation>
    </message>
    <message>
        <source>NetworkManager does not allow this while %1 is unavailable: Wi-Fi may be switched off, or the device not managed by NetworkManager.</source>
        <translation>لا يسمح NetworkManager بهذا ما دامت %1 غير متاحة: ربما الواي فاي مُطفأ، أو الجهاز لا يديره NetworkManager.</translation>
    </message>
    <message>
        <source>Turn Wi-Fi on (a key or switch on many laptops, or “nmcli radio wifi on”), then try again.</source>
        <translation>شغّل الواي فاي (زر أو مفتاح في كثير من الحواسيب المحمولة، أو «nmcli radio wifi on»)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>NetworkManager has no password for this network, and no password agent answered to ask you for one.</source>
        <translation>لا يملك NetworkManager كلمة مرور لهذه الشبكة، ولم يستجب أي وكيل كلمات مرور ليسألك عنها.</translation>
    </message>
    <message>
        <source>Connect once from the desktop&apos;s network settings, or with “nmcli --ask connection up id %1”, which asks for the password; then try again.</source>
        <translation>اتصل مرة واحدة من إعدادات الشبكة في سطح المكتب، أو بالأمر «nmcli --ask connection up id %1» الذي يسأل عن كلمة المرور؛ ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>This account is not allowed to control networking: polkit refused NetworkManager&apos;s network-control permission.</source>
        <translation>لا يُسمح لهذا الحساب بالتحكم في الشبكة: رفض polkit إذن network-control الخاص بـNetworkManager.</translation>
    </message>
    <message>
        <source>This account is not allowed to scan for Wi-Fi networks: polkit refused NetworkManager&apos;s wifi.scan permission.</source>
        <translation>لا يُسمح لهذا الحساب بالبحث عن شبكات الواي فاي: رفض polkit إذن wifi.scan الخاص بـNetworkManager.</translation>
    </message>
    <message>
        <source>This account is not allowed to do this: polkit refused NetworkManager&apos;s %1 permission.</source>
        <translation>لا يُسمح لهذا الحساب بفعل هذا: رفض polkit إذن %1 الخاص بـNetworkManager.</translation>
    </message>
    <message>
        <source>An administrator can allow it with a polkit rule for %1, or do it for you: “%2” run as an administrator does the same.</source>
        <translation>يستطيع المسؤول السماح بذلك بقاعدة polkit لـ%1، أو القيام به نيابةً عنك: الأمر «%2» يفعل الشيء نفسه إذا نفّذه المسؤول.</translation>
    </message>
    <message>
        <source>NetworkManager is not running.</source>
        <translation>لا يعمل NetworkManager.</translation>
    </message>
    <message>
        <source>Start it (“systemctl start NetworkManager” as an administrator). Aerial picks it up again by itself.</source>
        <translation>شغّله («systemctl start NetworkManager» بصلاحيات المسؤول). يلتقطه Aerial مجددًا بنفسه.</translation>
    </message>
    <message>
        <source>Aerial could not reach NetworkManager over D-Bus. It may be restarting.</source>
        <translation>تعذّر على Aerial الوصول إلى NetworkManager عبر D-Bus. ربما يُعاد تشغيله.</translation>
    </message>
    <message>
        <source>NetworkManager no longer has this device. It may have been unplugged a moment ago.</source>
        <translation>لم يعد هذا الجهاز لدى NetworkManager. ربما فُصل قبل لحظة.</translation>
    </message>
    <message>
        <source>Check that the adapter is plugged in, then try again.</source>
        <translation>تحقق من أن المحوّل موصول، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The saved connection %1 no longer exists in NetworkManager.</source>
        <translation>لم يعد الاتصال المحفوظ %1 موجودًا في NetworkManager.</translation>
    </message>
    <message>
        <source>Set the network up again in the desktop&apos;s network settings or with nmcli.</source>
        <translation>أعِدّ الشبكة من جديد في إعدادات الشبكة في سطح المكتب أو باستخدام nmcli.</translation>
    </message>
    <message>
        <source>NetworkManager cannot do this while %1 is in its present state.</source>
        <translation>لا يستطيع NetworkManager فعل هذا ما دامت %1 في حالتها الحالية.</translation>
    </message>
    <message>
        <source>Wait until it is connected or disconnected, then try again.</source>
        <translation>انتظر حتى تتصل أو ينقطع اتصالها، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>NetworkManager tried, but the connection did not come up: %1</source>
        <translation>حاول NetworkManager، لكن الاتصال لم يقم: %1</translation>
    </message>
    <message>
        <source>Check the network&apos;s password in the desktop&apos;s network settings, move closer to the access point, or rescan; then try again.</source>
        <translation>تحقق من كلمة مرور الشبكة في إعدادات الشبكة في سطح المكتب، أو اقترب من نقطة الوصول، أو أعِد البحث؛ ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>NetworkManager reported an unexpected error.</source>
        <translation>أبلغ NetworkManager عن خطأ غير متوقع.</translation>
    </message>
    <message>
        <source>Its name cannot be typed safely at a command prompt, so an administrator does it in Settings, Network &amp; internet, Wi-Fi, Manage known networks.</source>
        <translation>لا يمكن كتابة اسمها بأمان في موجّه الأوامر، لذا يقوم المسؤول بذلك من الإعدادات، الشبكة والإنترنت، الواي فاي، إدارة الشبكات المعروفة.</translation>
    </message>
    <message>
        <source>An administrator can do it with “%1” from an elevated command prompt.</source>
        <translation>يستطيع المسؤول فعل ذلك بالأمر «%1» من موجّه أوامر بصلاحيات مرتفعة.</translation>
    </message>
    <message>
        <source>The wireless service refused: this account may not change this profile.</source>
        <translation>رفضت خدمة الشبكات اللاسلكية: لا يُسمح لهذا الحساب بتغيير ملف التعريف هذا.</translation>
    </message>
    <message>
        <source>The profile %1 is shared by all users of this computer or set by group policy, and this account may not change it.</source>
        <translation>ملف التعريف %1 مشترك بين جميع مستخدمي هذا الحاسوب أو محدَّد بنهج المجموعة، ولا يُسمح لهذا الحساب بتغييره.</translation>
    </message>
    <message>
        <source>A policy on this computer does not let this account add Wi-Fi networks.</source>
        <translation>نهج على هذا الحاسوب لا يسمح لهذا الحساب بإضافة شبكات واي فاي.</translation>
    </message>
    <message>
        <source>Ask an administrator to add the network for you, or to allow your account to add networks. No single command does it: netsh adds a network only from a profile file.</source>
        <translation>اطلب من المسؤول إضافة الشبكة نيابةً عنك، أو السماح لحسابك بإضافة الشبكات. لا يوجد أمر واحد يفعل ذلك: ‏netsh يضيف شبكة من ملف تعريف فقط.</translation>
    </message>
    <message>
        <source>This account may not switch the wireless radio.</source>
        <translation>لا يُسمح لهذا الحساب بتشغيل الراديو اللاسلكي أو إطفائه.</translation>
    </message>
    <message>
        <source>Use the Wi-Fi switch in Windows&apos; quick settings or airplane mode. No netsh command turns a radio on.</source>
        <translation>استخدم مفتاح الواي فاي في الإعدادات السريعة لـWindows أو وضع الطيران. لا يوجد أمر netsh يشغّل الراديو.</translation>
    </message>
    <message>
        <source>Use the Wi-Fi switch in Windows&apos; quick settings or airplane mode. No netsh command switches only the radio; an administrator can turn the whole adapter off with “netsh interface set interface name=%1 admin=disabled” from an elevated command prompt.</source>
        <translation>استخدم مفتاح الواي فاي في الإعدادات السريعة لـWindows أو وضع الطيران. لا يوجد أمر netsh يبدّل الراديو وحده؛ ويستطيع المسؤول تعطيل المحوّل كله بالأمر «netsh interface set interface name=%1 admin=disabled» من موجّه أوامر بصلاحيات مرتفعة.</translation>
    </message>
    <message>
        <source>The wireless service refused: this account lacks permission to control this connection.</source>
        <translation>رفضت خدمة الشبكات اللاسلكية: يفتقر هذا الحساب إلى إذن التحكم في هذا الاتصال.</translation>
    </message>
    <message>
        <source>The connection uses the profile %1, which is shared by all users of this computer, and this account lacks permission to control it.</source>
        <translation>يستخدم الاتصال ملف التعريف %1 المشترك بين جميع مستخدمي هذا الحاسوب، ويفتقر هذا الحساب إلى إذن التحكم فيه.</translation>
    </message>
    <message>
        <source>Ask an administrator to allow your account to use this profile, or have an administrator disconnect for you with “%1” from an elevated command prompt.</source>
        <translation>اطلب من المسؤول السماح لحسابك باستخدام ملف التعريف هذا، أو أن يقطع المسؤول الاتصال نيابةً عنك بالأمر «%1» من موجّه أوامر بصلاحيات مرتفعة.</translation>
    </message>
    <message>
        <source>Ask an administrator to allow your account to use this profile, or have an administrator connect for you. %1</source>
        <translation>اطلب من المسؤول السماح لحسابك باستخدام ملف التعريف هذا، أو أن يتصل المسؤول نيابةً عنك. %1</translation>
    </message>
    <message>
        <source>Windows did not accept the network&apos;s settings: %1</source>
        <translation>لم يقبل Windows إعدادات الشبكة: %1</translation>
    </message>
    <message>
        <source>Check the password (8 to 63 ordinary characters, or 64 hex digits) and the security type, then try again.</source>
        <translation>تحقق من كلمة المرور (من 8 إلى 63 حرفًا عاديًا، أو 64 رقمًا ست عشريًا) ومن نوع الأمان، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Set the network up again: forget it, then join it anew.</source>
        <translation>أعِدّ الشبكة من جديد: انسَها ثم انضم إليها مجددًا.</translation>
    </message>
    <message>
        <source>A profile with this name already exists for all users of this computer, and Aerial does not replace it with one of its own.</source>
        <translation>يوجد بالفعل ملف تعريف بهذا الاسم لجميع مستخدمي هذا الحاسوب، ولا يستبدله Aerial بملف خاص به.</translation>
    </message>
    <message>
        <source>Connect with the existing profile, or ask an administrator to remove it first.</source>
        <translation>اتصل باستخدام ملف التعريف الموجود، أو اطلب من المسؤول إزالته أولًا.</translation>
    </message>
    <message>
        <source>Look at the interface&apos;s state in the list: if nothing changed, try again.</source>
        <translation>انظر إلى حالة الواجهة في القائمة: إن لم يتغير شيء، فحاول مجددًا.</translation>
    </message>
    <message>
        <source>NetworkManager tried, but the connection did not come up, and NetworkManager gave no reason.</source>
        <translation>حاول NetworkManager، لكن الاتصال لم يقم، ولم يذكر NetworkManager سببًا.</translation>
    </message>
    <message>
        <source>NetworkManager accepted the request to disconnect %1, but did not confirm within the time Aerial waits that it was disconnected.</source>
        <translation>قبل NetworkManager طلب قطع اتصال %1، لكنه لم يؤكد خلال المدة التي ينتظرها Aerial أن الاتصال قد قُطع.</translation>
    </message>
    <message>
        <source>NetworkManager accepted the request, but did not confirm within the time Aerial waits that it was done.</source>
        <translation>قبل NetworkManager الطلب، لكنه لم يؤكد خلال المدة التي ينتظرها Aerial أنه قد تم.</translation>
    </message>
    <message>
        <source>The wireless service accepted the request, but did not confirm within the time Aerial waits that it was done.</source>
        <translation>قبلت خدمة الشبكات اللاسلكية الطلب، لكنها لم تؤكد خلال المدة التي ينتظرها Aerial أنه قد تم.</translation>
    </message>
    <message>
        <source>The request was accepted, but the connection did not come up, and the service gave no reason.</source>
        <translation>قُبل الطلب، لكن الاتصال لم يقم، ولم تذكر الخدمة سببًا.</translation>
    </message>
    <message>
        <source>The network is not in range.</source>
        <translation>الشبكة ليست في النطاق.</translation>
    </message>
    <message>
        <source>The saved profile does not match the network&apos;s security settings.</source>
        <translation>لا يطابق ملف التعريف المحفوظ إعدادات أمان الشبكة.</translation>
    </message>
    <message>
        <source>The key in the profile does not match the network&apos;s.</source>
        <translation>المفتاح في ملف التعريف لا يطابق مفتاح الشبكة.</translation>
    </message>
    <message>
        <source>The access point did not accept the connection.</source>
        <translation>لم تقبل نقطة الوصول الاتصال.</translation>
    </message>
    <message>
        <source>The access point did not answer in time.</source>
        <translation>لم تُجب نقطة الوصول في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The network&apos;s security check failed.</source>
        <translation>فشل فحص أمان الشبكة.</translation>
    </message>
    <message>
        <source>The password has the wrong length: 8 to 63 characters, or 64 hex digits.</source>
        <translation>طول كلمة المرور غير صحيح: من 8 إلى 63 حرفًا، أو 64 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>The password contains a character Windows does not accept.</source>
        <translation>تحتوي كلمة المرور على حرف لا يقبله Windows.</translation>
    </message>
    <message>
        <source>The sign-in to the network took too long.</source>
        <translation>استغرق تسجيل الدخول إلى الشبكة وقتًا طويلًا.</translation>
    </message>
    <message>
        <source>The saved password for this network is probably wrong.</source>
        <translation>كلمة المرور المحفوظة لهذه الشبكة خاطئة على الأرجح.</translation>
    </message>
    <message>
        <source>The profile is not valid Wi-Fi profile XML.</source>
        <translation>ملف التعريف ليس XML صالحًا لملفات تعريف Wi-Fi.</translation>
    </message>
    <message>
        <source>The profile&apos;s network name is not valid.</source>
        <translation>اسم الشبكة في ملف التعريف غير صالح.</translation>
    </message>
    <message>
        <source>Windows did not accept the network&apos;s settings.</source>
        <translation>لم يقبل Windows إعدادات الشبكة.</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message>
        <source>Type the network&apos;s password.</source>
        <translation>اكتب كلمة مرور الشبكة.</translation>
    </message>
    <message>
        <source>A WPA2 password uses only letters, digits, spaces and the punctuation of a US keyboard; it has a character outside those.</source>
        <translation>تتكون كلمة مرور WPA2 من الأحرف والأرقام والمسافات وعلامات الترقيم في لوحة المفاتيح الأمريكية فقط؛ وفي هذه حرف خارج ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>A WPA2 password has at least 8 characters; this one has %n.</source>
        <translation>
            <numerusform>لكلمة مرور WPA2 ثمانية أحرف على الأقل؛ وهذه فارغة.</numerusform>
            <numerusform>لكلمة مرور WPA2 ثمانية أحرف على الأقل؛ وفي هذه حرف واحد.</numerusform>
            <numerusform>لكلمة مرور WPA2 ثمانية أحرف على الأقل؛ وفي هذه حرفان.</numerusform>
            <numerusform>لكلمة مرور WPA2 ثمانية أحرف على الأقل؛ وفي هذه %n أحرف.</numerusform>
            <numerusform>لكلمة مرور WPA2 ثمانية أحرف على الأقل؛ وفي هذه %n حرفًا.</numerusform>
            <numerusform>لكلمة مرور WPA2 ثمانية أحرف على الأقل؛ وفي هذه %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A WPA2 password has at most 63 characters, or exactly 64 hexadecimal digits; this one has %n.</source>
        <translation>
            <numerusform>لكلمة مرور WPA2 ثلاثة وستون حرفًا على الأكثر، أو 64 رقمًا ست عشريًا بالضبط؛ وهذه فارغة.</numerusform>
            <numerusform>لكلمة مرور WPA2 ثلاثة وستون حرفًا على الأكثر، أو 64 رقمًا ست عشريًا بالضبط؛ وفي هذه حرف واحد.</numerusform>
            <numerusform>لكلمة مرور WPA2 ثلاثة وستون حرفًا على الأكثر، أو 64 رقمًا ست عشريًا بالضبط؛ وفي هذه حرفان.</numerusform>
            <numerusform>لكلمة مرور WPA2 ثلاثة وستون حرفًا على الأكثر، أو 64 رقمًا ست عشريًا بالضبط؛ وفي هذه %n أحرف.</numerusform>
            <numerusform>لكلمة مرور WPA2 ثلاثة وستون حرفًا على الأكثر، أو 64 رقمًا ست عشريًا بالضبط؛ وفي هذه %n حرفًا.</numerusform>
            <numerusform>لكلمة مرور WPA2 ثلاثة وستون حرفًا على الأكثر، أو 64 رقمًا ست عشريًا بالضبط؛ وفي هذه %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A WPA3 password has at least 8 characters; this one has %n.</source>
        <translation>
            <numerusform>لكلمة مرور WPA3 ثمانية أحرف على الأقل؛ وهذه فارغة.</numerusform>
            <numerusform>لكلمة مرور WPA3 ثمانية أحرف على الأقل؛ وفي هذه حرف واحد.</numerusform>
            <numerusform>لكلمة مرور WPA3 ثمانية أحرف على الأقل؛ وفي هذه حرفان.</numerusform>
            <numerusform>لكلمة مرور WPA3 ثمانية أحرف على الأقل؛ وفي هذه %n أحرف.</numerusform>
            <numerusform>لكلمة مرور WPA3 ثمانية أحرف على الأقل؛ وفي هذه %n حرفًا.</numerusform>
            <numerusform>لكلمة مرور WPA3 ثمانية أحرف على الأقل؛ وفي هذه %n حرف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The wireless service: %1. &quot;auto&quot; uses this computer&apos;s service, or plays the demo when there is none.</source>
        <translation>خدمة الشبكات اللاسلكية: %1. القيمة &quot;auto&quot; تستخدم خدمة هذا الحاسوب، أو تشغّل العرض التجريبي إن لم توجد.</translation>
    </message>
    <message>
        <source>Play this scenario file on the simulated service (docs/scenario-format.md).</source>
        <translation>تشغيل ملف السيناريو هذا على الخدمة المحاكاة (docs/scenario-format.md).</translation>
    </message>
    <message>
        <source>Open the window at start.</source>
        <translation>فتح النافذة عند البدء.</translation>
    </message>
    <message>
        <source>Aerial lists wireless interfaces and networks, connects and disconnects, and explains in plain words when the system refuses. From a shell, use aerialctl.

Keyboard: %1</source>
        <translation>يسرد Aerial الواجهات والشبكات اللاسلكية، ويتصل ويقطع الاتصال، ويشرح بكلمات واضحة عندما يرفض النظام. من سطر الأوامر استخدم aerialctl.

لوحة المفاتيح: %1</translation>
    </message>
</context>
</TS>
