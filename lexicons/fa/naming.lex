# Contested naming in Persian: the words outlets choose for the same
# referent. The Persian variant of the scheme of en/naming.lex: the same
# scheme name, naming sets and variant names, so that a Persian article
# reports the same columns as an English or Arabic one (see
# lexicons/README.md, "Languages").
#
# Rules followed here (as in en/naming.lex):
# - Within a set the longest match wins: "رژیم صهیونیستی" is one hit for
#   israel/zionist-regime.
# - A variant's name says what it is, not whether it is right.
# - Names are matched wherever they occur; exclusions remove the known
#   collisions (سپاه قدس, the Quds Force; آستان قدس رضوی, the Mashhad
#   shrine's foundation; street and university names with شهید).
# - Persian spelling: the tokenizer reads ی as ي and ک as ك and joins the
#   parts of a word written with a zero-width non-joiner ("رژیم‌ها" reads
#   "رژیمها"); a word written with a space between its parts is two
#   words, so entries give the spaced form where Persian news uses it
#   ("آتش بس" beside "آتش‌بس"), or end in a wildcard ("خامنه*" matches
#   "خامنه‌ای" and the first half of "خامنه ای").
# - "سرزمین‌های اشغالی" (the occupied lands) is counted as
#   territories/occupied-territories, as its words say, although Iranian
#   outlets often mean Israel itself by it; "فلسطین اشغالی" is
#   israel/occupation, as "occupied Palestine" is in English.

%scheme    naming
%title     Contested naming (Persian)
%version   1.0.0
%reference Slant project (2025). Contested naming sets, written for comparing coverage of the same events across outlets.
%reference Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. Journal of Communication 43(4), 51-58.
%language  fa
%kind      naming
%dimension israel                        Names for the State of Israel and its organs
%dimension israel/israel                 Israel by its name: Israel, the State of Israel, Israeli government, Israeli army, IDF, the Jewish state
%dimension israel/zionist-regime         Israel as a regime: Zionist regime, Israeli regime, Tel Aviv regime
%dimension israel/zionist-entity         Israel as an entity: Zionist entity, usurping entity, Zionist state
%dimension israel/zionist-enemy          Israel as the enemy: Zionist enemy, Israeli enemy
%dimension israel/zionist                Other "Zionist" compounds for Israel's organs: Zionist army, Zionist forces, Zionist government
%dimension israel/occupation             Israel as the occupation: occupation forces, occupation state, occupied Palestine

%dimension hamas                         Names for Hamas and the armed Palestinian groups fighting alongside it
%dimension hamas/hamas-as-named          The group by its name: Hamas, the Qassam Brigades
%dimension hamas/resistance              As resistance: Palestinian resistance, Resistance Movement, resistance factions, Axis of Resistance
%dimension hamas/militants               As militants: militants, militant group, Hamas militants
%dimension hamas/terrorists              As terrorists: terrorists, terror group, terrorist organization, jihadists
%dimension hamas/fighters                As fighters: fighters, Hamas fighters, mujahideen
%dimension hamas/gunmen                  As gunmen: gunmen, armed men, masked gunmen

%dimension deaths                        How a death is reported
%dimension deaths/killed                 Killed: killed, slain
%dimension deaths/martyred               Martyred: martyred, martyrs, martyrdom, shahid
%dimension deaths/died                   Died: died, lost their lives, passed away, found dead
%dimension deaths/perished               Perished: perished, perish
%dimension deaths/murdered               Murdered: murdered, slaughtered, massacred, butchered
%dimension deaths/eliminated             Eliminated: neutralized, liquidated, eliminated terrorists

%dimension territories                           Names for the West Bank and the other territories Israel captured in 1967
%dimension territories/occupied-territories      As occupied: occupied territories, occupied West Bank, occupied Palestinian territories
%dimension territories/palestinian-territories   As Palestinian: Palestinian territories, West Bank and Gaza
%dimension territories/west-bank                 By the geographic name alone: the West Bank
%dimension territories/judea-and-samaria         By the biblical names: Judea and Samaria
%dimension territories/disputed-territories      As disputed or administered: disputed territories, administered territories

%dimension iran-leader                                      Titles for Iran's leader (Ali Khamenei)
%dimension iran-leader/supreme-leader                       Supreme Leader
%dimension iran-leader/leader-of-the-islamic-revolution     Leader of the Islamic Revolution, Leader of the Revolution (Iranian official usage)
%dimension iran-leader/ayatollah                            Ayatollah (the clerical rank as title)
%dimension iran-leader/imam                                 Imam Khamenei (usage of Iran's allies)
%dimension iran-leader/regime-leader                        Regime leader, the regime's leader, dictator
%dimension iran-leader/iranian-leader                       Iran's leader, the Iranian leader

%dimension iran-government                    Names for the government of Iran
%dimension iran-government/islamic-republic   The Islamic Republic (its official name)
%dimension iran-government/regime             The regime: Iranian regime, Tehran regime, the mullahs' regime
%dimension iran-government/government         The government: Iranian government, government of Iran

%dimension civilian-casualties                     Names for civilians killed or harmed in military action
%dimension civilian-casualties/collateral-damage   Collateral damage, unintended or incidental casualties
%dimension civilian-casualties/civilian-deaths     Civilian deaths, civilian casualties, civilians killed
%dimension civilian-casualties/human-shields       Human shields (responsibility placed on the enemy)

%dimension gaza-war                       Names for the war in Gaza that began in October 2023
%dimension gaza-war/israel-hamas-war      The Israel-Hamas war, the war against Hamas, Swords of Iron
%dimension gaza-war/gaza-war              The Gaza war, the war on Gaza, the Gaza offensive
%dimension gaza-war/genocide              Genocide, ethnic cleansing
%dimension gaza-war/aggression            Aggression: Zionist aggression, Israeli aggression on Gaza

%dimension october-7                      Names for the Hamas-led attack on Israel of 7 October 2023
%dimension october-7/attack               The October 7 attack, the Hamas attack
%dimension october-7/massacre             The October 7 massacre, pogrom, atrocities
%dimension october-7/al-aqsa-flood        Operation Al-Aqsa Flood (Hamas's name)

%dimension gaza-captives                  Names for the people taken from Israel and held in Gaza
%dimension gaza-captives/hostages         Hostages, abductees
%dimension gaza-captives/captives         Captives, prisoners (Israeli prisoners, Zionist prisoners)

%dimension palestinian-prisoners                      Names for Palestinians held by Israel
%dimension palestinian-prisoners/prisoners            Palestinian prisoners
%dimension palestinian-prisoners/detainees            Detainees, administrative detainees
%dimension palestinian-prisoners/security-prisoners   Security prisoners, terrorist prisoners, convicted terrorists
%dimension palestinian-prisoners/hostages             Palestinian hostages, abducted Palestinians

%dimension exchange-deal                       Names for deals trading hostages held in Gaza for Palestinian prisoners
%dimension exchange-deal/hostage-deal          Hostage deal, hostage release deal
%dimension exchange-deal/prisoner-exchange     Prisoner exchange, prisoner swap

%dimension ceasefire                 Names for a halt in fighting
%dimension ceasefire/ceasefire       Ceasefire
%dimension ceasefire/truce           Truce, hudna
%dimension ceasefire/pause           Pause: humanitarian pause, lull in the fighting

%dimension barrier                        Names for Israel's barrier in and around the West Bank
%dimension barrier/security-fence         Security fence, anti-terror fence (Israeli official usage)
%dimension barrier/separation-barrier     Separation barrier, separation wall
%dimension barrier/apartheid-wall         Apartheid wall, annexation wall

%dimension jerusalem                            Names for Jerusalem
%dimension jerusalem/jerusalem                  Jerusalem, East and West Jerusalem
%dimension jerusalem/al-quds                    Al-Quds, Bayt al-Maqdis (Arabic names)
%dimension jerusalem/occupied-jerusalem         Occupied Jerusalem, occupied East Jerusalem
%dimension jerusalem/undivided-jerusalem        Undivided, united or eternal Jerusalem

%dimension holy-site                          Names for the holy site in Jerusalem's Old City
%dimension holy-site/temple-mount             Temple Mount
%dimension holy-site/al-aqsa                  Al-Aqsa, the Al-Aqsa Mosque compound
%dimension holy-site/haram-al-sharif          Haram al-Sharif, Noble Sanctuary

# ---------------------------------------------------------------- Israel

@israel/israel
اسرائیل
دولت اسرائیل
ارتش اسرائیل
نیروهای اسرائیلی
نظامیان اسرائیلی
سربازان اسرائیلی
مقامات اسرائیلی
کابینه اسرائیل
نخست‌وزیر اسرائیل
نخست وزیر اسرائیل
دولت یهود

@israel/zionist-regime
رژیم صهیونیستی
رژیم صهیونیست
رژیم اشغالگر قدس
رژیم اشغالگر
رژیم غاصب
رژیم غاصب صهیونیستی
رژیم جعلی
رژیم اسرائیل
رژیم اسرائیلی
رژیم تل‌آویو
رژیم تل آویو
رژیم کودک‌کش
رژیم کودک کش
رژیم جنایتکار صهیونیستی

@israel/zionist-entity
کیان صهیونیستی
موجودیت صهیونیستی
موجودیت جعلی
دولت صهیونیستی
دولت جعلی صهیونیستی

@israel/zionist-enemy
دشمن صهیونیستی
دشمن صهیونیست
دشمن اسرائیلی

@israel/zionist
ارتش صهیونیستی
نیروهای صهیونیستی
نظامیان صهیونیستی
نظامیان صهیونیست
سربازان صهیونیست
سربازان صهیونیستی
مقامات صهیونیستی
کابینه صهیونیستی
صهیونیست‌ها
صهیونیست ها
صهیونیستی‌ها
شهرک‌نشینان صهیونیست
شهرک نشینان صهیونیست

@israel/occupation
اشغالگران
اشغالگران صهیونیست
اشغالگری
نیروهای اشغالگر
ارتش اشغالگر
فلسطین اشغالی
اشغالگر
!اشغالگران آمریکایی
!اشغالگر آمریکایی

# ----------------------------------------------------------------- Hamas

@hamas/hamas-as-named
حماس
جنبش حماس
گردان‌های قسام
گردان های قسام
گردان‌های عزالدین قسام
گردان های عزالدین قسام
شاخه نظامی حماس

@hamas/resistance
مقاومت
!مقاومت اسلامی لبنان
!مقاومت عراق
!مقاومت الکتریکی
!مقاومت بدن
مقاومت فلسطین
مقاومت فلسطینی
جنبش مقاومت اسلامی
جنبش مقاومت
گروه‌های مقاومت
گروه های مقاومت
گروه‌های مقاومت فلسطینی
جبهه مقاومت
محور مقاومت
رزمندگان مقاومت
نیروهای مقاومت
مقاومت اسلامی
مقاومت غزه

@hamas/militants
شبه‌نظامیان
شبه نظامیان
شبه‌نظامی
ستیزه‌جویان
ستیزه جویان
گروه‌های ستیزه‌جو
گروه ستیزه‌جو

@hamas/terrorists
تروریست‌ها
تروریست ها
تروریست‌های حماس
گروه تروریستی
گروه‌های تروریستی
گروه های تروریستی
سازمان تروریستی
جهادی‌ها

@hamas/fighters
رزمندگان
رزمندگان حماس
مبارزان
مبارزان فلسطینی
مجاهدان
مجاهدین
جنگجویان
جنگجویان حماس

@hamas/gunmen
افراد مسلح
مردان مسلح
عناصر مسلح
مهاجمان مسلح
افراد نقاب‌دار

# ---------------------------------------------------------------- deaths

@deaths/killed
کشته
کشته شد
کشته شدند
کشته‌شدگان
کشته شدگان
کشته‌ها
کشته شدن
!کشته مرده

@deaths/martyred
شهید
شهدا
شهیدان
شهادت
به شهادت رسید
به شهادت رسیدند
شهید شد
شهید شدند
!دانشگاه شهید
!خیابان شهید
!بزرگراه شهید
!میدان شهید
!بیمارستان شهید
!بلوار شهید
!فرودگاه شهید
!مدرسه شهید
!دبیرستان شهید
!ورزشگاه شهید
!اتوبان شهید
!بنیاد شهید
!شهرک شهید
!پارک شهید
!سالن شهید
!مجموعه ورزشی شهید
!پایگاه شهید
!خیابان شهدا
!میدان شهدا

@deaths/died
جان باخت
جان باختند
جان‌باختگان
جان باختگان
درگذشت
درگذشتند
فوت کرد
فوت کردند
فوت
مرگ
جان خود را از دست داد
جان خود را از دست دادند
!مرگ بر

@deaths/perished
هلاک شد
هلاک شدند
هلاکت
به هلاکت رسید
به هلاکت رسیدند
به درک واصل شد
به درک واصل شدند

@deaths/murdered
قتل‌عام
قتل عام
کشتار
کشتار شدند
سلاخی
ذبح
به قتل رسید
به قتل رسیدند
!ذبح دام
!ذبح گوسفند

@deaths/eliminated
حذف فیزیکی
تصفیه فیزیکی
از میان برداشته شد
منهدم شدند

# -------------------------------------------------- West Bank and Gaza

@territories/occupied-territories
سرزمین‌های اشغالی
سرزمین های اشغالی
اراضی اشغالی
کرانه باختری اشغالی
سرزمین‌های اشغال‌شده

@territories/palestinian-territories
سرزمین‌های فلسطینی
سرزمین های فلسطینی
اراضی فلسطینی
کرانه باختری و نوار غزه
کرانه باختری و غزه

@territories/west-bank
کرانه باختری
کرانه غربی
کرانه باختری رود اردن

@territories/disputed-territories
سرزمین‌های مورد مناقشه
سرزمین های مورد مناقشه
مناطق مورد مناقشه

@territories/judea-and-samaria
یهودیه و سامره
یهودا و سامره

# ---------------------------------------------------------- Iran's leader

@iran-leader/supreme-leader
رهبر عالی
رهبر عالی ایران
رهبر عالی جمهوری اسلامی
رهبر عالی‌قدر

@iran-leader/leader-of-the-islamic-revolution
رهبر انقلاب
رهبر انقلاب اسلامی
رهبر معظم انقلاب
رهبر معظم انقلاب اسلامی
رهبر معظم
رهبر فرزانه انقلاب
مقام معظم رهبری
ولی امر مسلمین
ولی فقیه
!رهبر انقلاب کوبا

@iran-leader/ayatollah
آیت‌الله خامنه*
آیت الله خامنه*
آیت‌الله العظمی خامنه*
آیت الله العظمی خامنه*
حضرت آیت‌الله خامنه*
حضرت آیت الله خامنه*
آیت‌الله سید علی خامنه*
آیت الله سید علی خامنه*

@iran-leader/imam
امام خامنه*
امام سید علی خامنه*

@iran-leader/regime-leader
رهبر رژیم
رهبر رژیم ایران
رهبر رژیم جمهوری اسلامی
دیکتاتور ایران
خامنه‌ای دیکتاتور

@iran-leader/iranian-leader
رهبر ایران
رهبر جمهوری اسلامی
رهبر جمهوری اسلامی ایران
رهبر ایرانی

# ------------------------------------------------------ Iran's government

@iran-government/islamic-republic
جمهوری اسلامی
جمهوری اسلامی ایران
نظام جمهوری اسلامی
نظام مقدس جمهوری اسلامی
!جمهوری اسلامی پاکستان
!جمهوری اسلامی افغانستان
!جمهوری اسلامی موریتانی
!خبرگزاری جمهوری اسلامی
!صدا و سیمای جمهوری اسلامی
!حزب جمهوری اسلامی

@iran-government/regime
رژیم ایران
رژیم آخوندی
رژیم ملاها
رژیم تهران
رژیم جمهوری اسلامی
حکومت آخوندی

@iran-government/government
دولت ایران
حکومت ایران
مقامات ایرانی
مقامات ایران
دولت جمهوری اسلامی

# --------------------------------------------------- civilian casualties

@civilian-casualties/collateral-damage
خسارات جانبی
تلفات جانبی

@civilian-casualties/civilian-deaths
تلفات غیرنظامیان
تلفات غیر نظامیان
غیرنظامیان کشته
کشته شدن غیرنظامیان
تلفات غیرنظامی
غیرنظامیان بی‌گناه
مردم بی‌دفاع

@civilian-casualties/human-shields
سپر انسانی
سپرهای انسانی

# --------------------------------------------------------------- Gaza war

@gaza-war/israel-hamas-war
جنگ اسرائیل و حماس
جنگ حماس و اسرائیل
جنگ با حماس
جنگ علیه حماس

@gaza-war/gaza-war
جنگ غزه
جنگ در غزه
جنگ علیه غزه
حمله به غزه
حملات به غزه

@gaza-war/genocide
نسل‌کشی
نسل کشی
پاکسازی قومی
!نسل‌کشی ارامنه

@gaza-war/aggression
تجاوز رژیم صهیونیستی
تجاوزات رژیم صهیونیستی
تجاوز صهیونیستی
تجاوز اسرائیل
تجاوز به غزه
تجاوزات صهیونیست‌ها

# ------------------------------------------------------------- 7 October

@october-7/attack
حمله هفتم اکتبر
حمله 7 اکتبر
حملات هفتم اکتبر
حمله حماس
حملات حماس

@october-7/massacre
کشتار هفتم اکتبر
کشتار 7 اکتبر
قتل‌عام هفتم اکتبر

@october-7/al-aqsa-flood
طوفان الاقصی
توفان الاقصی
عملیات طوفان الاقصی
عملیات توفان الاقصی
نبرد طوفان الاقصی

# ---------------------------------------------------- captives in Gaza

@gaza-captives/hostages
گروگان‌ها
گروگان ها
گروگان‌های اسرائیلی

@gaza-captives/captives
اسرای اسرائیلی
اسرای صهیونیست
اسیران صهیونیست
اسیران اسرائیلی
اسرای رژیم صهیونیستی

# ----------------------------------------------- Palestinian prisoners

@palestinian-prisoners/prisoners
اسرای فلسطینی
اسیران فلسطینی
زندانیان فلسطینی

@palestinian-prisoners/detainees
بازداشت‌شدگان فلسطینی
بازداشت شدگان فلسطینی
بازداشتی‌های فلسطینی
بازداشت اداری

@palestinian-prisoners/hostages
گروگان‌های فلسطینی
گروگان های فلسطینی
فلسطینیان ربوده‌شده
فلسطینیان ربوده شده

@palestinian-prisoners/security-prisoners
زندانیان امنیتی
اسرای امنیتی

# ----------------------------------------------------- exchange deals

@exchange-deal/hostage-deal
توافق گروگان‌ها
معامله گروگان‌ها

@exchange-deal/prisoner-exchange
تبادل اسرا
مبادله اسرا
تبادل زندانیان
مبادله زندانیان
تبادل اسیران

# --------------------------------------------------------------- ceasefire

@ceasefire/ceasefire
آتش‌بس
آتش بس

@ceasefire/truce
ترک مخاصمه
متارکه
آتش‌بس موقت
آتش بس موقت

@ceasefire/pause
وقفه انسانی
وقفه بشردوستانه
توقف بشردوستانه
آتش‌بس بشردوستانه
آتش بس بشردوستانه

# -------------------------------------------------- West Bank barrier

@barrier/security-fence
حصار امنیتی
دیوار امنیتی

@barrier/separation-barrier
دیوار حائل
دیوار جداکننده
دیوار جدایی

@barrier/apartheid-wall
دیوار آپارتاید
دیوار نژادپرستانه
دیوار حائل نژادپرستانه

# -------------------------------------------------------------- Jerusalem

@jerusalem/jerusalem
اورشلیم
اورشلیم قدس
اورشلیم غربی

@jerusalem/al-quds
قدس
قدس شریف
قدس شرقی
قدس غربی
بیت‌المقدس
بیت المقدس
!سپاه قدس
!نیروی قدس
!روز قدس
!روز جهانی قدس
!سرایا القدس
!آستان قدس
!قدس رضوی
!آستان قدس رضوی
!روزنامه قدس

@jerusalem/occupied-jerusalem
قدس اشغالی
بیت‌المقدس اشغالی
بیت المقدس اشغالی

@jerusalem/undivided-jerusalem
پایتخت ابدی
اورشلیم متحد
قدس یکپارچه

# ---------------------------------------------- holy site in Jerusalem

@holy-site/temple-mount
کوه معبد
هیکل سلیمان

@holy-site/al-aqsa
مسجد الاقصی
مسجدالاقصی
الاقصی
!طوفان الاقصی
!توفان الاقصی
!شهدای الاقصی
!گردان‌های شهدای الاقصی
!انتفاضه الاقصی

@holy-site/haram-al-sharif
حرم شریف
حرم قدسی
حرم قدسی شریف
