# Generic news frames in Persian, operationalised as a dictionary. The
# Persian variant of the scheme of en/generic.lex (same scheme and
# dimension names, one set of columns): read each dimension as
# "vocabulary that the frame's coding questions look for", not as a
# coder's judgement of the frame.
#
# Words left out because their common sense in Persian news is another
# one: حقوق (rights, law, and salary), مسئول / مسئولان (an official), اسلامی
# (the Islamic Republic's institutions), باید (must: every other sentence).
#
# Spelling: ی and ک read as ي and ك, a zero-width non-joiner joins the
# parts of a word; entries give the spaced forms Persian news uses.
#
# Weights: 0.5 marks words that are weak evidence of the frame on their
# own; 1.5 to 2 marks words that carry the frame strongly.

%scheme    generic
%title     Generic news frames (Persian)
%version   1.0.0
%reference Semetko, H. A. & Valkenburg, P. M. (2000). Framing European politics: A content analysis of press and television news. Journal of Communication 50(2), 93-109.
%language  fa
%kind      framing

%dimension conflict        Conflict: disagreement, reproach or struggle between individuals, groups, parties or countries; two sides, winners and losers
%dimension human-interest  Human interest: a human face or emotional angle on an issue; personal stories, families, victims, feelings
%dimension economic        Economic consequences: financial gains or losses, costs and expenses for individuals, groups, institutions or countries
%dimension morality        Morality: moral messages, references to morality, God and religious tenets, prescriptions about how to behave
%dimension responsibility  Attribution of responsibility: who caused a problem or should solve it; blame, accountability, calls for action

@conflict
اختلاف
اختلافات
اختلاف‌نظر
درگیری
درگیری‌ها
درگیری‌های
نزاع
منازعه
مناقشه
تنش = 0.5
تنش‌ها
تنش‌های
رویارویی
مقابله
جنگ = 1.5
جنگ‌ها = 1.5
نبرد = 1.5
حمله = 1.5
حملات = 1.5
!حمله قلبی
تهاجم
هجوم
بمباران
دشمن
دشمنان
دشمنی
خصومت
رقیب
رقبا
رقابت = 0.5
انتقاد
انتقادات
انتقادها
منتقدان
اتهام
اتهامات
متهم کرد
متهم کردند
مخالفت
مخالفان
معارضان
اعتراض = 0.5
اعتراضات
اعتراض‌ها
تشدید
تقابل
کشمکش
مناظره = 0.5
جدال
دعوا
درگیر

@human-interest
خانواده = 0.5
!حقوق خانواده
خانواده‌ها
خانواده‌های
کودک
کودکان = 0.5
فرزند
فرزندان
فرزندش
مادر
مادران
پدر
همسر
همسرش
بیوه
یتیم
یتیمان
قربانیان
قربانی
اشک
گریه
گریست
غم
اندوه
سوگ
عزادار
داغدار
ماتم
احساسات
عاطفی
سالمندان
بازماندگان
خانواده قربانیان
تشییع
تشییع جنازه
مراسم ختم
تسلیت

@economic
اقتصاد
اقتصادی
هزینه
هزینه‌ها
هزینه‌های
قیمت
قیمت‌ها
قیمت‌های
بودجه
مالیات
مالیاتی
ریال = 0.5
تومان = 0.5
دلار = 0.5
میلیارد = 0.5
سرمایه‌گذاری
سرمایه گذاری
سرمایه = 0.5
سرمایه‌گذاران
سرمایه گذاران
اشتغال
بیکاری
شغل
مشاغل
دستمزد
درآمد
درآمدها
درآمدهای
سود
!به سود
سودآوری
بدهی
بدهی‌ها
کسری بودجه
تورم
رکود
تولید ناخالص
بازار = 0.5
بازارها
بورس
سهام
نفت = 0.5
صادرات
واردات
تجارت
تجاری
یارانه
یارانه‌ها
وام
تسهیلات
بانک = 0.5
بانکی
سپرده
اعتبارات
خصوصی‌سازی
گرانی
نرخ
ارز
اقتصاد مقاومتی
معیشت
معیشتی
فروش = 0.5
مالی

@morality
اخلاق
اخلاقی
اخلاقیات
ارزش‌ها
ارزش‌های
ارزشی
فضیلت
رذیلت
حلال
حرام
گناه
گناهان
وجدان
صداقت
دروغ
دروغگو
خیانت
شرافت
شرف
کرامت
کرامت انسانی
تقوا
ایمان
مومنان = 0.5
مؤمنان = 0.5
دینی = 0.5
مذهبی = 0.5
اسلام = 0.5
خدا
خداوند
فساد اخلاقی
بی‌بندوباری
حجاب = 0.5
عفاف
عفت
حیا
ناموس
شرم
شرم‌آور
ننگ
ننگین
وظیفه شرعی
وظیفه اخلاقی
تکلیف = 0.5

@responsibility
مسئولیت
مسئولیت‌ها
مسئولیت‌پذیری
مسؤولیت
پاسخگو
پاسخگویی
مقصر
مقصران
تقصیر
کوتاهی
قصور
سهل‌انگاری
بی‌توجهی
سرزنش
مقصر دانست
مسئول دانست
راه‌حل
راه حل
راهکار
راهکارها
راهکارهای
چاره
چاره‌اندیشی
حل مشکل
حل مشکلات
رسیدگی
پیگیری
خواستار
خواستار شد
خواستار شدند
درخواست کرد
ضرورت = 0.5
لزوم = 0.5
اقدام فوری
اقدام عاجل
مداخله
عذرخواهی
بازخواست
مواخذه
