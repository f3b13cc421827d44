# Tone in Arabic: positive and negative evaluative vocabulary as it occurs
# in news. The Arabic variant of the scheme of en/tone.lex (same scheme and
# dimension names, one set of columns).
#
# As in English, tone keeps to evaluation of outcomes (نجاح, أزمة),
# conduct (أشاد, أدان) and conditions (الاستقرار, الفوضى); named events
# (war, attack) are left to the frame schemes. Negation is handled by the
# engine: a negator up to three tokens before a hit (لم يحقق نجاحا, عدم
# الاستقرار) moves the hit to the `negated` column. "لا يزال" (still), "لا
# بد" (must), "لا سيما" (especially) and "لا شك" (no doubt) are not
# negations: their second word is a clause breaker, which ends the
# negator's reach.
#
# Left out because their everyday sense in news is not evaluative: النصر
# (also Al-Nassr, the football club), البطولة (a championship), الاحتفال
# (a ceremony), الفعالية (an event), تقدم and التقدم (also "applied for",
# "advanced"), سعيد (a name). Left out because the tokenizer reads أ and إ
# as ا: هنأ (congratulated; هنا, here), أثنى (praised; اثني, two),
# أخطار (dangers; إخطار, a notice); لازمة (necessary) is excluded because
# ل + أزمة is written the same.
#
# Weights: 0.5 for mild or frequent words, 1.5 to 2 for strong ones.

%scheme    tone
%title     Tone (positive and negative evaluation, Arabic)
%version   1.0.0
%reference Young, L. & Soroka, S. (2012). Affective news: The automated coding of sentiment in political texts. Political Communication 29(2), 205-231.
%reference Soroka, S. N. (2014). Negativity in Democratic Politics: Causes and Consequences. Cambridge University Press.
%language  ar
%kind      framing
%proclitics و ف ب ل وب ول

%dimension positive  Positive tone: success, progress, approval, hope and other favourable evaluation
%dimension negative  Negative tone: failure, harm, threat, disapproval, fear and other unfavourable evaluation

%negators         لا لم لن ليس ليست ليسوا لسنا لست لستم غير بدون دون بلا عدم
%negation-window  3
%clause-breakers  لكن ولكن بل بينما رغم إلا يزال تزال يزالون تزالان زال زالت زالوا نزال بد سيما شك
%negatable        positive negative

@positive
نجاح = 1.5
النجاح = 1.5
نجاحا = 1.5
نجاحات = 1.5
النجاحات = 1.5
ناجح
ناجحة
الناجح
الناجحة
نجح
نجحت
نجحوا
ينجح
تنجح
انتصار = 1.5
الانتصار = 1.5
انتصارا = 1.5
انتصارات = 1.5
الانتصارات = 1.5
انتصر
انتصرت
انتصرتم
انتصروا
نصرا
فوز
الفوز
فوزا
فاز
فازت
فازوا
يفوز
تفوز
إنجاز
الإنجاز
إنجازا
إنجازات
الإنجازات
أنجز
حقق
!حقق في
!حققت في
ازدهار
الازدهار
مزدهر
مزدهرة
الرخاء
رخاء
نمو = 0.5
النمو = 0.5
تحسن
التحسن
تحسنت
تحسنا
انتعاش
الانتعاش
تعافي
التعافي
مكاسب
المكاسب
انفراج
الانفراج
أشاد
أشادت
أشادوا
يشيد
تشيد
إشادة
الإشادة
أثنت
ثناء
الثناء
رحب
رحبت
يرحب
ترحب
ترحيب
الترحيب
ترحيبا
هنأت
تهنئة
التهنئة
التهاني
ممتاز
ممتازة
متميز
متميزة
التميز
تميز
رائع
رائعة
مثمر
مثمرة
إيجابي
إيجابية
الإيجابي
الإيجابية
إيجابيا
سعداء
السعادة
فرحة
الفرحة
الفرح
بهجة
البهجة
سرور
ابتهاج
أمل
الأمل
آمال
الآمال
متفائل
متفائلون
التفاؤل
تفاؤل
ثقة = 0.5
الثقة = 0.5
واثق
واثقون
شجاعة
الشجاعة
شجاع
بطل
أبطال
!إبطال مفعول
الأبطال
بطولي
بطولية
البواسل
الباسل
الباسلة
صمود
الصمود
صامد
صامدون
العزة = 0.5
عزة = 0.5
السلام
!عليه السلام
!عليهم السلام
!السلام عليكم
!دار السلام
!عبد السلام
الاستقرار
استقرار
مستقر
مستقرة
آمن = 0.5
آمنة = 0.5
!المنطقة الآمنة
!المناطق الآمنة
!منطقة آمنة
!ملاذ آمن
فعال
فعالة
جيد = 0.5
جيدة = 0.5
أفضل = 0.5
الأفضل = 0.5
نعمة
النعمة
بارز = 0.5
عظيم = 0.5
العظيم = 0.5
!الله العظيم
!القرآن العظيم

@negative
أزمة = 1.5
!لازمة
الأزمة = 1.5
أزمات = 1.5
الأزمات = 1.5
كارثة = 1.5
الكارثة = 1.5
كوارث = 1.5
الكوارث = 1.5
كارثي = 1.5
كارثية = 1.5
مأساة = 1.5
المأساة = 1.5
مأساوي = 1.5
مأساوية = 1.5
فشل
الفشل
فشلت
فشلوا
يفشل
فاشل
فاشلة
إخفاق
الإخفاق
إخفاقات
هزيمة
الهزيمة
هزائم
هزم
خسارة = 0.5
الخسارة = 0.5
خسائر = 0.5
الخسائر = 0.5
خسر = 0.5
خسرت = 0.5
انهيار
الانهيار
انهار
انهارت
تدهور
التدهور
تدهورت
تراجع = 0.5
التراجع = 0.5
انتكاسة
نكسة
خطر
الخطر
خطير
خطيرة
الخطيرة
خطورة
مخاطر
المخاطر
تهديد
التهديد
تهديدات
التهديدات
يهدد
تهدد
قلق
القلق
مقلق
مقلقة
مخاوف
المخاوف
خوف
الخوف
يخشى
تخشى
خشية
غضب
الغضب
غاضب
غاضبون
استياء
الاستياء
سخط
عنف = 1.5
العنف = 1.5
عنيف = 1.5
عنيفة = 1.5
وحشي = 1.5
وحشية = 1.5
دموي = 1.5
دموية = 1.5
قتلى
مقتل
وفاة
وفيات
الوفيات
ضحايا
الضحايا
جرحى
الجرحى
دمار
الدمار
تدمير
خراب
الخراب
أضرار
الأضرار
تضرر
تضررت
معاناة
المعاناة
يعاني
تعاني
يعانون
ألم
الألم
آلام
مؤلم
مؤلمة
فساد
الفساد
فاسد
فاسدة
فضيحة
الفضيحة
فضائح
احتيال
الاحتيال
مشكلة = 0.5
المشكلة = 0.5
مشكلات = 0.5
المشكلات = 0.5
مشاكل = 0.5
المشاكل = 0.5
صعوبات = 0.5
الصعوبات = 0.5
صعب = 0.5
صعبة = 0.5
فوضى
الفوضى
اضطرابات
الاضطرابات
فقر
الفقر
نقص = 0.5
النقص = 0.5
شح
جوع
الجوع
مجاعة
سيئ
سيئة
السيئ
السيئة
أسوأ
الأسوأ
مروع
مروعة
مرعب
بشع
بشعة
شنيع
شنيعة
فظيع
فظائع
إدانة
الإدانة
أدان
أدانت
يدين
تدين
استنكر
استنكرت
استنكار
شجب
ندد
نددت
تنديد
خطأ = 0.5
الخطأ = 0.5
أخطاء = 0.5
خاطئ = 0.5
ضعف = 0.5
الضعف = 0.5
ضعيف = 0.5
ضعيفة = 0.5
ظلم
الظلم
ظالم
حزن
الحزن
حزين
مؤسف
مؤسفة
للأسف
مرير
مريرة
معاناتهم
