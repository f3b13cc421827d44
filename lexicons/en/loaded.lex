# Loaded language: wording that carries the writer's attitude rather than
# information. Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013) found
# that the words Wikipedia editors remove as "not neutral" are mostly
# subjective intensifiers, one-sided descriptors of people and groups,
# evaluative adjectives and dramatising words. This scheme gives each of
# those a dimension. The entries are this project's own, written for news
# prose; none is copied from a published list.
#
# A hit is a cue, not a verdict: "crisis" can be a plain description of a
# real crisis, and a quoted "disgraceful" is the source's word, not the
# outlet's. Compare the own-voice and quoted columns.

%scheme    loaded
%title     Loaded language (intensifiers, pejoratives, evaluation, scare framing)
%version   1.1.0
%reference Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic models for analyzing and detecting biased language. Proceedings of ACL 2013, 1650-1659.
%reference Fan, L., White, M., Sharma, E., Su, R., Choubey, P. K., Huang, R. & Wang, L. (2019). In plain sight: Media bias through the lens of factual reporting. Proceedings of EMNLP 2019 (BASIL).
%language  en
%kind      framing

%dimension intensifiers Intensifiers and hyperbole: degree adverbs and size words that amplify a claim (utterly, deeply, massive, unprecedented)
%dimension pejorative   Pejorative labels and verbs of attack: disparaging names for people, groups and their speech, and verbs that cast criticism as assault (extremist, crony, tirade, slammed)
%dimension evaluative   Subjective evaluation: adjectives and adverbs that judge rather than describe, negative or positive (outrageous, reckless, so-called, heroic)
%dimension scare        Scare framing: words that dramatise threat, disorder and decline (chaos, catastrophe, menace, out of control, skyrocketing)

@intensifiers
absolutely
utterly
totally
incredibly
unbelievably
astonishingly
staggeringly
shockingly
insanely
ridiculously
wildly
hugely
massively
enormously
vastly
immensely
tremendously
deeply
profoundly
fiercely
bitterly
vehemently
furiously
fervently
wholly
thoroughly
blatantly
flagrantly
outright
sheer
downright
grossly
overwhelmingly
extraordinarily
exceedingly
drastically
radically
relentlessly
desperately
extreme
extremely
dramatically
dramatic
fierce
extraordinary
harshly
aggressively
forcefully
strikingly
soundly
relentless
highly = 0.5
staggering
massive
huge
enormous
colossal
whopping
monumental
tremendous
immense
sweeping
unprecedented
!sheer cliff*
!highly likely

@pejorative
radical
radicals
extremist
extremists
far-right
far-left
hard-left
hard-right
ultraconservative
ultra-conservative
hardline
hard-liner
hard-liners
hardliner
hardliners
zealot
zealots
fanatic
fanatics
fanatical
demagogue
demagogues
thug
thugs
crony
cronies
cronyism
elitist
elitists
propaganda
puppet
puppets
stooge
shill
shills
bigot
bigots
bigoted
bigotry
racist
racists
xenophobic
xenophobia
misogynist
misogynistic
homophobic
fearmonger*
hatemonger*
rhetoric = 0.5
rant
rants
ranted
ranting
tirade
screed
diatribe
meltdown
smear
smears
smeared
hoax
sham
charade
stunt
ploy
witch hunt
cabal
globalist
globalists
snowflake
snowflakes
leftist
leftists
liar
liars
lied
slammed
slams
slamming
blasted
lashed out
lashes out
bashed
bashing
trashed
mocked
derided
ridiculed
scoffed
sneered
berated
skewered
excoriated
lambasted
pilloried
assailed
ripped into
took a swipe
swipe at
bristled
caved
doubled down
stoking
stoked
weaponizing
weaponized
concocted
concocting
henchmen
shenanigans
bombastic
gaffe
gaffes
gaffe-prone
bomb-thrower
jackass
lyin
fringe
elites
right-wing = 0.5
left-wing = 0.5
anti-immigrant
anti-science
anti-vaxxer
anti-vaxxers
conspiracy theory
conspiracy theories
conspiracy theorist
conspiracy theorists
white supremacist
white supremacists
white nationalist
white nationalists
!puppet show*
!puppet theat*
!stunt double*
!stunt performer*

@evaluative
absurd
ridiculous
outrageous
shameful
disgraceful
pathetic
bizarre
dubious
questionable
notorious
notoriously
infamous
egregious
baseless
groundless
misguided
reckless
recklessly
irresponsible
draconian
heavy-handed
callous
inhumane
brazen
brazenly
vile
despicable
disgusting
appalling
horrific
horrendous
heinous
atrocious
abysmal
incompetent
inept
ignorant
foolish
stupid
idiotic
laughable
bogus
phony
so-called
divisive
toxic
nasty
vicious
sinister
shady
dishonest
deceitful
corrupt
crooked
hypocritical
hypocrisy
lavish
extravagant
embarrassing
brilliant
heroic
courageous
visionary
admirable
commendable
beloved
iconic
legendary
stellar
evil
falsely
false claim
false claims
irrational
deceptive
brutal
lackluster
condescending
dismissive
disdainful
unhinged
negligent
evasive
scathing
testy
frosty
stunning
complicit
!toxic waste
!toxic chemical*
!toxic substance*

@scare
crisis
crises
chaos
chaotic
catastrophe
catastrophic
disaster
disastrous
menace
menacing
alarming
alarmingly
terrifying
frightening
scary
panic
onslaught
epidemic
plague
time bomb
apocalypse
apocalyptic
doom
doomed
existential threat
nightmare
nightmarish
devastating
devastation
out of control
spiraling
spiralling
rampant
skyrocketing
skyrocketed
skyrocket
soaring
surging
carnage
bloodbath
havoc
under siege
slippery slope
peril
perilous
dire
looming
threatens
threatening
swarm
swarms
swarming
inundated
flood of
dangerous
alarm
firestorm
scourge
cratering
outrage
outraged
uproar
maelstrom
reign of terror
!natural disaster
!natural disasters
!disaster relief
!disaster area
!disaster declaration
!soaring eagle*
