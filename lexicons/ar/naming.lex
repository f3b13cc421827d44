# Contested naming in Arabic: the words outlets choose for the same
# referent. The Arabic variant of the scheme of en/naming.lex: the same
# scheme name, naming sets and variant names, so that an Arabic article
# and an English one report the same columns (see lexicons/README.md,
# "Languages").
#
# Rules followed here (as in en/naming.lex):
# - Within a set the longest match wins: "قوات الاحتلال الإسرائيلي" is one
#   hit for israel/occupation, not also one for israel/israel.
# - A variant's name says what it is, not whether it is right.
# - Names are matched wherever they occur; exclusions remove the known
#   collisions (فيلق القدس, the Quds Force; المقاومة الشعبية, Yemen's
#   Popular Resistance; الاحتلال الأمريكي, other occupations).
# - Arabic writes the conjunctions و ف, the prepositions ب ل and their
#   pairs onto the next word; %proclitics lets every entry match with them
#   ("والاحتلال", "للكيان الصهيوني"). The article ال is not a proclitic:
#   entries spell the definite and the bare forms they need.
# - Hamza on alef, Farsi yeh, keheh and diacritics are folded by the
#   tokenizer, so "إسرائيل" also matches "اسرائيل".

%scheme    naming
%title     Contested naming (Arabic)
%version   1.0.0
%reference Slant project (2025). Contested naming sets, written for comparing coverage of the same events across outlets.
%reference Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. Journal of Communication 43(4), 51-58.
%language  ar
%kind      naming
%proclitics و ف ب ل وب ول
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
إسرائيل
دولة إسرائيل
الحكومة الإسرائيلية
حكومة إسرائيل
الجيش الإسرائيلي
جيش إسرائيل
القوات الإسرائيلية
السلطات الإسرائيلية
الجنود الإسرائيليين
الجنود الإسرائيليون
رئيس الوزراء الإسرائيلي
رئيس الحكومة الإسرائيلية
وزير الدفاع الإسرائيلي
الدولة العبرية
الدولة اليهودية
جيش الدفاع الإسرائيلي

@israel/zionist-regime
النظام الصهيوني
نظام صهيوني
الكيان الصهيوني الغاصب
النظام الإسرائيلي
نظام تل أبيب
نظام الاحتلال
النظام المحتل
!نظام الاحتلال الأمريكي

@israel/zionist-entity
الكيان الصهيوني
كيان صهيوني
الكيان الإسرائيلي
الكيان الغاصب
الكيان المحتل
كيان الاحتلال
الكيان المؤقت
كيان العدو
الدولة الصهيونية
الصهيونية الغاصبة

@israel/zionist-enemy
العدو الصهيوني
العدو الإسرائيلي
عدو صهيوني
جيش العدو
قوات العدو الصهيوني

@israel/zionist
الجيش الصهيوني
القوات الصهيونية
الجنود الصهاينة
الحكومة الصهيونية
رئيس الوزراء الصهيوني
المسؤولين الصهاينة
الصهاينة
المستوطنين الصهاينة

@israel/occupation
الاحتلال
!الاحتلال الأمريكي
!الاحتلال الأميركي
!الاحتلال البريطاني
!الاحتلال الفرنسي
!الاحتلال العثماني
!الاحتلال الإيراني
!الاحتلال الروسي
!الاحتلال السوري
!الاحتلال العراقي
!الاحتلال الحوثي
الاحتلال الإسرائيلي
الاحتلال الصهيوني
قوات الاحتلال
قوات الاحتلال الإسرائيلي
جيش الاحتلال
جيش الاحتلال الإسرائيلي
جنود الاحتلال
سلطات الاحتلال
سلطات الاحتلال الإسرائيلي
دولة الاحتلال
حكومة الاحتلال
شرطة الاحتلال
طائرات الاحتلال
مستوطنو الاحتلال
الدولة القائمة بالاحتلال
سلطة الاحتلال
فلسطين المحتلة

# ----------------------------------------------------------------- Hamas

@hamas/hamas-as-named
حماس
حركة حماس
!حماس الجماهير
!بحماس كبير
!بحماس شديد
كتائب القسام
كتائب عز الدين القسام
الجناح العسكري لحماس
الجناح العسكري لحركة حماس

@hamas/resistance
المقاومة
!المقاومة الشعبية
!المقاومة الجنوبية
!المقاومة اليمنية
!المقاومة الإسلامية في لبنان
!المقاومة الكهربائية
!مقاومة الاعتقال
!المقاومة الوطنية السورية
المقاومة الفلسطينية
حركة المقاومة الإسلامية
حركة المقاومة
فصائل المقاومة
فصائل المقاومة الفلسطينية
حركات المقاومة
محور المقاومة
جبهة المقاومة
رجال المقاومة
مقاتلي المقاومة
المقاومة في غزة
المقاومة الباسلة
المقاومة الإسلامية

@hamas/militants
المتشددين
المتشددون
متشددي حماس
الجماعات المتشددة
الجماعة المتشددة
ناشطي حماس

@hamas/terrorists
الإرهابيين
الإرهابيون
إرهابيين
إرهابيون
إرهابيي حماس
منظمة إرهابية
المنظمة الإرهابية
الجماعات الإرهابية
الجماعة الإرهابية
حركة إرهابية
الحركة الإرهابية
الجهاديين
الجهاديون

@hamas/fighters
المقاتلين
المقاتلون
مقاتلين
مقاتلون
مقاتلي حماس
مقاتلو حماس
المجاهدين
المجاهدون

@hamas/gunmen
المسلحين
المسلحون
مسلحين
مسلحون
مسلحي حماس
مسلحو حماس
رجال مسلحون
ملثمين
ملثمون

# ---------------------------------------------------------------- deaths

@deaths/killed
قتل
قتلوا
قتلت
قتلى
مقتل
لقي مقتله
سقط قتيلا
قتيلا
قتيلان
!قتل الوقت

@deaths/martyred
استشهد
استشهدوا
استشهاد
شهيد
شهيدا
الشهيد
شهداء
الشهداء
شهيدان
ارتقى شهيدا
ارتقوا شهداء

@deaths/died
توفي
توفيت
توفوا
وفاة
وفيات
الوفيات
لقي حتفه
لقيت حتفها
لقوا حتفهم
فارق الحياة
فارقوا الحياة
موتى
الموتى
فقدوا حياتهم
عثر عليه ميتا

@deaths/perished
لقي مصرعه
لقيت مصرعها
لقوا مصرعهم
هلك
هلكوا
هلاك

@deaths/murdered
ذبح
!ذبح الأضاحي
!ذبح الأضحية
!ذبح الهدي
!ذبح المواشي
!ذبح الماشية
!ذبح الحيوانات
ذبحوا
قتل بدم بارد
قتلوا بدم بارد
مجزرة
مجازر
المجزرة
المجازر
أعدم ميدانيا
أعدموا ميدانيا

@deaths/eliminated
تمت تصفية
تمت تصفيته
تمت تصفيتهم
تصفية الإرهابيين
تصفية عناصر
تم تحييد
تحييد الإرهابيين
تحييد عناصر
القضاء على الإرهابيين
القضاء على عناصر

# -------------------------------------------------- West Bank and Gaza

@territories/occupied-territories
الأراضي المحتلة
الأراضي الفلسطينية المحتلة
الأراضي العربية المحتلة
الضفة الغربية المحتلة
الضفة المحتلة
الأراضي المحتلة عام 1967

@territories/palestinian-territories
الأراضي الفلسطينية
الضفة الغربية وقطاع غزة
الضفة وغزة
الضفة الغربية وغزة

@territories/west-bank
الضفة الغربية
الضفة

@territories/judea-and-samaria
يهودا والسامرة
يهودا والسامرا

@territories/disputed-territories
الأراضي المتنازع عليها
المناطق المتنازع عليها

# ---------------------------------------------------------- Iran's leader

@iran-leader/supreme-leader
المرشد الأعلى
المرشد الأعلى الإيراني
المرشد الأعلى للثورة الإسلامية
المرشد الأعلى لإيران
المرشد الأعلى للجمهورية الإسلامية
مرشد الجمهورية الإسلامية
مرشد الثورة

@iran-leader/leader-of-the-islamic-revolution
قائد الثورة الإسلامية
قائد الثورة
قائد الثورة الإسلامية في إيران
ولي أمر المسلمين
ولي الفقيه
الولي الفقيه
!قائد الثورة الليبية
!قائد الثورة الكوبية

@iran-leader/ayatollah
آية الله خامنئي
آية الله علي خامنئي
آية الله العظمى خامنئي
آية الله السيد علي خامنئي

@iran-leader/imam
الإمام الخامنئي
الإمام خامنئي
الإمام القائد
الإمام السيد علي الخامنئي

@iran-leader/regime-leader
زعيم النظام الإيراني
رأس النظام الإيراني
رأس النظام في طهران
ديكتاتور طهران
الديكتاتور خامنئي

@iran-leader/iranian-leader
الزعيم الإيراني
زعيم إيران
المرشد الإيراني
القائد الإيراني

# ------------------------------------------------------ Iran's government

@iran-government/islamic-republic
الجمهورية الإسلامية
الجمهورية الإسلامية الإيرانية
الجمهورية الإسلامية في إيران
!الجمهورية الإسلامية الموريتانية
!جمهورية باكستان الإسلامية
!جمهورية أفغانستان الإسلامية

@iran-government/regime
النظام الإيراني
نظام طهران
النظام في طهران
نظام الملالي
الملالي
ملالي طهران
نظام الولي الفقيه
نظام الملالي في طهران

@iran-government/government
الحكومة الإيرانية
حكومة إيران
حكومة طهران
السلطات الإيرانية

# --------------------------------------------------- civilian casualties

@civilian-casualties/collateral-damage
أضرار جانبية
الأضرار الجانبية
خسائر جانبية

@civilian-casualties/civilian-deaths
الضحايا المدنيين
ضحايا مدنيين
القتلى المدنيين
قتلى مدنيين
سقوط ضحايا مدنيين
المدنيين الأبرياء

@civilian-casualties/human-shields
دروع بشرية
الدروع البشرية
كدروع بشرية

# --------------------------------------------------------------- Gaza war

@gaza-war/israel-hamas-war
الحرب بين إسرائيل وحماس
الحرب على حماس
الحرب مع حماس
الحرب ضد حماس
السيوف الحديدية

@gaza-war/gaza-war
الحرب على غزة
حرب غزة
الحرب في غزة
العدوان على غزة
العدوان الإسرائيلي على غزة
الهجوم على غزة

@gaza-war/genocide
إبادة جماعية
الإبادة الجماعية
حرب الإبادة
التطهير العرقي
!الإبادة الجماعية للأرمن

@gaza-war/aggression
العدوان الصهيوني
العدوان الإسرائيلي
عدوان الاحتلال

# ------------------------------------------------------------- 7 October

@october-7/attack
هجوم 7 أكتوبر
هجوم السابع من أكتوبر
هجمات 7 أكتوبر
هجوم حماس
هجمات حماس

@october-7/massacre
مجزرة 7 أكتوبر
مجزرة السابع من أكتوبر
مذبحة 7 أكتوبر

@october-7/al-aqsa-flood
طوفان الأقصى
عملية طوفان الأقصى
معركة طوفان الأقصى

# ---------------------------------------------------- captives in Gaza

@gaza-captives/hostages
الرهائن
رهائن
الرهائن الإسرائيليين
المختطفين الإسرائيليين
المخطوفين

@gaza-captives/captives
الأسرى الإسرائيليين
الأسرى الصهاينة
أسرى العدو
الأسرى لدى المقاومة
المحتجزين الإسرائيليين
الجنود الأسرى

# ----------------------------------------------- Palestinian prisoners

@palestinian-prisoners/prisoners
الأسرى الفلسطينيين
الأسرى الفلسطينيون
أسرى فلسطينيين
الأسرى في سجون الاحتلال
أسرانا

@palestinian-prisoners/detainees
المعتقلين الفلسطينيين
المعتقلون الفلسطينيون
المعتقلين الإداريين
الاعتقال الإداري

@palestinian-prisoners/security-prisoners
السجناء الأمنيين
الأسرى الأمنيين
السجناء الإرهابيين

@palestinian-prisoners/hostages
الرهائن الفلسطينيين
المختطفين الفلسطينيين

# ----------------------------------------------------- exchange deals

@exchange-deal/hostage-deal
صفقة الرهائن
صفقة إطلاق سراح الرهائن
اتفاق الرهائن

@exchange-deal/prisoner-exchange
صفقة تبادل الأسرى
تبادل الأسرى
صفقة التبادل
صفقة تبادل

# --------------------------------------------------------------- ceasefire

@ceasefire/ceasefire
وقف إطلاق النار
وقف لإطلاق النار
وقف النار

@ceasefire/truce
هدنة
الهدنة
تهدئة
التهدئة

@ceasefire/pause
هدنة إنسانية
الهدنة الإنسانية
توقف القتال
وقف القتال
هدوء القتال

# -------------------------------------------------- West Bank barrier

@barrier/security-fence
السياج الأمني
الجدار الأمني

@barrier/separation-barrier
الجدار العازل
جدار الفصل
الجدار الفاصل

@barrier/apartheid-wall
جدار الفصل العنصري
الجدار العنصري
جدار الضم

# -------------------------------------------------------------- Jerusalem

@jerusalem/jerusalem
أورشليم
أورشليم القدس
أورشليم الغربية

@jerusalem/al-quds
القدس
القدس الشريف
القدس الشرقية
القدس الغربية
بيت المقدس
!فيلق القدس
!قوة القدس
!سرايا القدس
!لواء القدس
!جامعة القدس
!القدس العربي
!صحيفة القدس
!يوم القدس
!مستشفى القدس

@jerusalem/occupied-jerusalem
القدس المحتلة
القدس الشرقية المحتلة
مدينة القدس المحتلة

@jerusalem/undivided-jerusalem
القدس الموحدة
القدس الكاملة
العاصمة الأبدية
القدس عاصمة أبدية

# ---------------------------------------------- holy site in Jerusalem

@holy-site/temple-mount
جبل الهيكل
الهيكل المزعوم
هيكل سليمان
!هيكل تنظيمي
!الهيكل التنظيمي

@holy-site/al-aqsa
الأقصى
المسجد الأقصى
المسجد الأقصى المبارك
باحات الأقصى
باحات المسجد الأقصى
!طوفان الأقصى
!شهداء الأقصى
!كتائب شهداء الأقصى
!انتفاضة الأقصى
!مستشفى الأقصى
!قناة الأقصى

@holy-site/haram-al-sharif
الحرم القدسي
الحرم القدسي الشريف
الحرم الشريف
