# Religious framing: how much a text reaches for the divine, scripture,
# sacred places, martyrdom and prayer when it tells a story.
#
# This is a descriptive scheme, not a judgement: a report on a Friday sermon
# and an op-ed that casts a ceasefire as God's victory both score, and the
# comparison between outlets covering the same event is what tells. The
# vocabulary spans the Abrahamic traditions and transliterated Arabic terms
# common in English-language outlets of the Middle East.

%scheme    religious
%title     Religious framing
%version   1.0.0
%reference Slant project (2025). Religious framing lexicon, written for comparing coverage of the same events across outlets; informed by the sanctity foundation of Graham, Haidt & Nosek (2009) and by religious-frame codebooks in political communication.
%language  en
%kind      framing

%dimension divine          The divine: God and names of God, divine will, grace and providence, prophets and messiahs
%dimension scripture       Scripture: holy books, verses, religious law and teachings cited as authority
%dimension sacred-places   Sacred places: houses of worship, holy cities and shrines
%dimension martyrdom       Martyrdom: deaths cast as martyrdom or as sacrifice for a faith or cause
%dimension prayer          Prayer and blessing: praying, blessing, worship, pilgrimage and religious observance

@divine
god = 1.5
god's = 1.5
gods
allah = 1.5
allah's = 1.5
almighty = 1.5
the lord
our lord
lord god
lord's
jesus
christ
holy spirit
holy ghost
prophet muhammad
prophet mohammed
prophet mohammad
the prophet
messiah
messianic
divine = 1.5
divinity
divine will
divine assistance
divine intervention
divine providence
providence of god
will of god
will of allah
god willing
inshallah
insha'allah
in sha allah
mashallah
alhamdulillah
subhanallah
allahu akbar
god is great
by god's grace = 2
by the grace of god = 2
grace of god
god's grace
our creator
the creator of the universe
heavenly father
hashem
yahweh
jehovah
most high
most merciful
most gracious
holy trinity
son of god
word of god
god-given
godless
!oh my god
!my god
!god knows
!thank god
!god of war

@scripture
quran = 1.5
qur'an = 1.5
koran = 1.5
quranic
qur'anic
koranic
holy quran = 2
bible
bibles
biblical
biblically
torah
talmud
talmudic
gospel
gospels
scripture
scriptures
scriptural
verse
verses
holy book
holy books
holy text
holy texts
sacred text
sacred texts
sura
surah
surat
ayah
hadith
hadiths
sunnah
sharia
shariah
new testament
old testament
psalm
psalms
book of revelation
deuteronomy
leviticus
tanakh
mishnah
bhagavad gita
guru granth sahib
ten commandments
commandment
commandments
parable
epistle
prophecy
prophecies
fatwa
fatwas
catechism
!chapter and verse

@sacred-places
mosque = 1.5
mosques = 1.5
church
churches
temple
temples
!temple university
synagogue
synagogues
cathedral
cathedrals
chapel
chapels
shrine
shrines
basilica
monastery
monasteries
convent
holy city = 2
holy cities
holy site
holy sites
holy land
holy places
holy sepulchre
holy sepulcher
western wall
wailing wall
temple mount
al-aqsa = 1.5
!al-aqsa flood
!al-aqsa storm
!al-aqsa martyrs brigade*
!al-aqsa martyrs hospital
!al-aqsa hospital
dome of the rock
haram al-sharif
noble sanctuary
kaaba
mecca
medina
masjid
masjid al-haram
grand mosque
vatican
al-quds = 1.5
!quds force
!al-quds brigades
!al-quds university
karbala
najaf
mashhad
qom
bethlehem
cave of the patriarchs
ibrahimi mosque
church of the nativity
golden temple
house of worship
houses of worship
place of worship
places of worship
minaret
minarets
pulpit
altar
sanctuary
!sanctuary city
!sanctuary cities
!wildlife sanctuary

@martyrdom
martyr* = 2
shahid = 2
shaheed = 2
shuhada = 2
istishhad = 2
martyrdom operation = 2
martyrdom operations = 2
gave his life
gave her life
gave their lives
laid down his life
laid down their lives
sacrificed his life
sacrificed her life
sacrificed their lives
ultimate sacrifice
supreme sacrifice
died for the cause
blood of the martyrs
path of god
path of allah
fi sabilillah
fallen heroes
immortal heroes
heroic death
ascended to heaven
!martyr complex
!al-aqsa martyrs hospital
!al-aqsa martyrs brigade*

@prayer
pray = 1.5
prayed = 1.5
praying = 1.5
prays = 1.5
prayer = 1.5
prayers = 1.5
bless
blessed
blessing
blessings
!mixed blessing
god bless
may god
may allah
worship
worshipped
worshiped
worshippers
worshipers
amen
hallelujah
supplication
supplications
dua
du'a
salat
namaz
friday prayers
friday prayer
eid
ramadan
hajj
umrah
pilgrim
pilgrims
pilgrimage
sermon
sermons
holy mass
sunday mass
liturgy
shabbat
sabbath
yom kippur
passover
rosh hashanah
hanukkah
easter
fasting
iftar
devotions
