# Tone in Persian: positive and negative evaluative vocabulary as it occurs
# in news. The Persian variant of the scheme of en/tone.lex (same scheme
# and dimension names, one set of columns).
#
# Negation: Persian negates the verb, at the end of the clause and after
# the word it negates ("موفق نبود", was not successful), where the engine,
# which looks only before a hit, cannot see it. Only the negators that
# stand before a word are used (بدون, عدم, غیر, نه, هیچ): "عدم موفقیت"
# (lack of success) is negated. Words that carry their own negative prefix
# (ناامنی, بی‌ثباتی) are entries of their own.
#
# Left out because their everyday sense in news is not evaluative: عالی
# (also "high, supreme": شورای عالی, آموزش عالی), سازنده (also "maker"),
# قهرمانی (a championship, as a tournament),
# امنیت (security as a field).
#
# Weights: 0.5 for mild or frequent words, 1.5 to 2 for strong ones.

%scheme    tone
%title     Tone (positive and negative evaluation, Persian)
%version   1.0.0
%reference Young, L. & Soroka, S. (2012). Affective news: The automated coding of sentiment in political texts. Political Communication 29(2), 205-231.
%reference Soroka, S. N. (2014). Negativity in Democratic Politics: Causes and Consequences. Cambridge University Press.
%language  fa
%kind      framing

%dimension positive  Positive tone: success, progress, approval, hope and other favourable evaluation
%dimension negative  Negative tone: failure, harm, threat, disapproval, fear and other unfavourable evaluation

%negators         بدون عدم غیر نه هیچ
%negation-window  3
%clause-breakers  اما ولی لیکن بلکه هرچند گرچه اگرچه
%negatable        positive negative

@positive
موفقیت = 1.5
موفقیت‌ها = 1.5
موفقیت‌های = 1.5
موفق
موفقی
موفقانه
پیروزی = 1.5
پیروزی‌ها = 1.5
پیروز = 1.5
ظفر
دستاورد
دستاوردها
دستاوردهای
پیشرفت
پیشرفت‌ها
پیشرفت‌های
بهبود
رونق
شکوفایی
رشد = 0.5
تقدیر
تشکر
قدردانی
ستایش
تحسین
استقبال
امید = 0.5
امیدوار
امیدواری
امیدوارم
امیدواریم
خوش‌بینی
خوشبین
اعتماد = 0.5
!حزب اعتماد ملی
!رای اعتماد
افتخار
افتخارآمیز
سربلندی
سربلند
عزت
شجاعت
دلاوری
دلیرانه
قهرمان
قهرمانان
ایستادگی
استقامت
پایداری
ثبات
آرامش
صلح
شادی
خوشحالی
خوشحال
نشاط
خوب = 0.5
بهتر = 0.5
بهترین = 0.5
درخشان
ارزشمند
مثبت
موثر
کارآمد
ممتاز
برجسته = 0.5
شکوه
باشکوه
حماسه
حماسی
حماسه‌آفرینی
مبارک = 0.5
!رمضان مبارک
!ماه مبارک
تبریک
شایسته
موفقیت‌آمیز
ارزنده
بی‌نظیر

@negative
بحران = 1.5
بحران‌ها = 1.5
بحران‌های = 1.5
فاجعه = 1.5
فجایع = 1.5
فاجعه‌بار = 1.5
شکست
شکست‌ها
ناکامی
ناکام
خسارت = 0.5
خسارات = 0.5
زیان = 0.5
ضرر = 0.5
سقوط
فروپاشی
افت = 0.5
خطر
خطرناک
خطرات
تهدید
تهدیدها
تهدیدات
تهدیدهای
نگرانی
نگران
نگرانی‌ها
نگران‌کننده
ترس
وحشت
هراس
خشم
عصبانیت
خشونت = 1.5
خشونت‌آمیز = 1.5
خشونت‌ها = 1.5
وحشیانه = 1.5
خونین = 1.5
جنایت
جنایات
جنایتکار
جنایتکارانه
جنایت‌های
کشته‌شدگان
تلفات
قربانیان
زخمی
زخمی‌ها
مجروح
مجروحان
ویرانی
ویران
تخریب
نابودی
آسیب
آسیب‌ها
رنج
رنج‌ها
مصیبت
مصائب
درد
!به درد
دردناک
فساد
فاسد
رسوایی
کلاهبرداری
اختلاس
مشکل = 0.5
مشکلات = 0.5
معضل
معضلات
دشواری = 0.5
سخت = 0.5
هرج و مرج
آشوب
اغتشاش
اغتشاشات
ناآرامی
ناآرامی‌ها
ناامنی
بی‌ثباتی
فقر
گرسنگی
قحطی
کمبود = 0.5
بد = 0.5
بدتر
بدترین
وحشتناک
هولناک
فجیع
شوم
محکوم
محکومیت
تقبیح
اشتباه = 0.5
خطا = 0.5
ضعف = 0.5
ضعیف = 0.5
ظلم
ستم
ظالمانه
غم
اندوه
تأسف
متأسفانه
تلخ
گرانی
