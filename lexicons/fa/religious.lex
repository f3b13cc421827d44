# Religious framing in Persian: how much a text reaches for the divine,
# scripture, sacred places, martyrdom and prayer. The Persian variant of
# the scheme of en/religious.lex (same scheme and dimension names, one set
# of columns).
#
# Iranian news speaks of the war dead as martyrs and names streets,
# universities and stadiums after them: those names (دانشگاه شهید بهشتی,
# بزرگراه شهید همت) are excluded. So are names built on الله written with a
# space (آیت الله, حزب الله), the Quds Force and the Mashhad shrine's
# foundation (آستان قدس رضوی), and the Islamic Republic's institutions
# (اسلامی is not an entry). روزه (fasting) is left out because it is also
# the suffix of "two-day" (دو روزه); روزه‌داری is in.
#
# Spelling: ی and ک read as ي and ك, a zero-width non-joiner joins the
# parts of a word; entries give the spaced forms Persian news uses.

%scheme    religious
%title     Religious framing (Persian)
%version   1.0.0
%reference Slant project (2025). Religious framing lexicon, written for comparing coverage of the same events across outlets; informed by the sanctity foundation of Graham, Haidt & Nosek (2009) and by religious-frame codebooks in political communication.
%language  fa
%kind      framing

%dimension divine          The divine: God and names of God, divine will, grace and providence, prophets and messiahs
%dimension scripture       Scripture: holy books, verses, religious law and teachings cited as authority
%dimension sacred-places   Sacred places: houses of worship, holy cities and shrines
%dimension martyrdom       Martyrdom: deaths cast as martyrdom or as sacrifice for a faith or cause
%dimension prayer          Prayer and blessing: praying, blessing, worship, pilgrimage and religious observance

@divine
خدا = 1.5
خداوند = 1.5
خدای = 1.5
خداوند متعال = 2
خدای متعال = 2
الله = 1.5
!آیت الله
!آیت الله العظمی
!حزب الله
!نصر الله
!عبد الله
!روح الله
!حجت الله
پروردگار = 1.5
پروردگار عالم
ذات اقدس الهی
الهی
لطف خدا = 2
به لطف خدا = 2
به لطف الهی = 2
به فضل الهی = 2
ان‌شاءالله = 2
ان شاء الله = 2
بسم الله
امدادهای الهی = 2
امداد الهی = 2
نصرت الهی
وعده الهی
اراده الهی
مشیت الهی
سنت الهی
تقدیر الهی
پیامبر
پیامبر اسلام
پیامبر اکرم
پیامبر خدا
رسول خدا
رسول الله
حضرت محمد
صلی الله علیه و آله = 2
صلی الله علیه وآله = 2
امام زمان
حضرت مهدی
عیسی مسیح
حضرت مسیح
حضرت عیسی
اهل بیت
ائمه اطهار
معصومین

@scripture
قرآن = 1.5
قرآن کریم = 2
قرآن مجید = 2
قرآنی
آیه
آیات
!آیات عظام
آیه شریفه
آیات قرآن
سوره
سوره‌های
حدیث
احادیث
نهج‌البلاغه
نهج البلاغه
صحیفه سجادیه
شریعت
شرع
شرعی
!پزشکی قانونی
فقه
فقهی
فتوا
فتوای
احکام اسلامی
احکام شرعی
کتاب مقدس
انجیل
تورات
وحی
تفسیر قرآن
معارف اسلامی
معارف قرآنی
کلام الله
کلام‌الله

@sacred-places
مسجد = 1.5
مساجد = 1.5
مسجدالحرام = 2
مسجد الحرام = 2
مسجدالنبی
مسجد النبی
حرم
حرم مطهر = 2
حرم امام رضا
حرم حضرت معصومه
حرمین شریفین
کعبه
خانه خدا
مکه
مکه مکرمه
مدینه منوره
حسینیه
حسینیه‌ها
امامزاده
امامزاده‌ها
زیارتگاه
بقاع متبرکه
بقعه
عتبات عالیات
عتبات
کربلا
کربلای معلی
نجف
نجف اشرف
مشهد مقدس
قم مقدس
کلیسا
کلیساها
کلیسای
کنیسه
معبد
اماکن مقدس
اماکن متبرکه
مقدسات
مصلی
مصلای
منبر
گلدسته
مسجدالاقصی = 1.5
مسجد الاقصی = 1.5
قدس شریف = 1.5
بیت‌المقدس = 1.5
بیت المقدس = 1.5
قدس
!سپاه قدس
!نیروی قدس
!روز قدس
!روز جهانی قدس
!آستان قدس
!قدس رضوی
!آستان قدس رضوی
!روزنامه قدس
قبه الصخره

@martyrdom
شهید = 2
شهدا = 2
شهیدان = 2
شهادت = 2
به شهادت رسید = 2
به شهادت رسیدند = 2
شهید شد = 2
شهید شدند = 2
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
شهادت‌طلبانه
شهادت طلبانه
عملیات شهادت‌طلبانه
شهادت‌طلب
استشهادی
جان‌فشانی
ایثار
ایثارگران
ایثارگری
ایثارگر
خون شهدا
راه خدا
در راه خدا
فی سبیل الله
سید الشهدا
سیدالشهدا
خانواده شهدا
خانواده‌های شهدا
جان خود را فدا

@prayer
نماز = 1.5
نماز جمعه = 1.5
نمازهای
نمازگزاران
نمازگزار
اقامه نماز
دعا
دعای
ادعیه
مناجات
نیایش
عبادت
عبادات
روزه‌داری
روزه‌داران
روزه داران
رمضان
ماه رمضان
ماه مبارک رمضان
حج
حجاج
زائران
زائرین
زائر
زیارت
عمره
اربعین
راهپیمایی اربعین
عزاداری
عزاداران
تاسوعا
عاشورا
اعتکاف
افطار
افطاری
سحری
خطبه
خطبه‌های
خطبه‌ها
عید فطر
عید قربان
عید غدیر
عید مبعث
میلاد
!برج میلاد
نذر
نذری
صلوات
رحمه الله علیه
رحمة الله علیه
خدا رحمتش کند
آمرزش
طلب مغفرت
زکات
صدقه
اذان
تکبیر
