# Loaded language: wording that carries the writer's attitude rather than
# information. Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013) found
# that the words Wikipedia editors remove as "not neutral" are mostly
# subjective intensifiers, one-sided descriptors of people and groups,
# evaluative adjectives and dramatising words; the annotators of news
# sentences in MBIC (Spinde et al. 2021) and BASIL (Fan et al. 2019) mark
# the same kinds, and also loaded reporting verbs (claimed, bragged),
# verbs that turn criticism into assault (slammed) and partisan coinages
# (death tax, open borders). Each kind is a sub-dimension of `language`,
# whose hits and weighted `.score` are the composite "loaded language"
# column. The entries are this project's own, written for news prose; none
# is copied from a published list.
#
# Weights (the `.score` columns): 2 for words that carry attitude in
# any news use (despicable, disgusting), 1 by default, 0.5 for words that
# are loaded in most but not all uses (sweeping, regime, claims, crisis). Words whose bias depends on their use are phrases or have
# exclusions ("crisis" counts in "manufactured crisis", not in "financial
# crisis"; "lies" not in "lies ahead").
#
# A hit is a cue, not a verdict: a quoted "disgraceful" is the source's
# word, not the outlet's. Compare the own-voice and quoted columns.

%scheme    loaded
%title     Loaded language (intensifiers, labels, attack verbs, evaluation, scare framing, loaded attribution, partisan coinages)
%version   2.0.0
%reference Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic models for analyzing and detecting biased language. Proceedings of ACL 2013, 1650-1659.
%reference Fan, L., White, M., Sharma, E., Su, R., Choubey, P. K., Huang, R. & Wang, L. (2019). In plain sight: Media bias through the lens of factual reporting. Proceedings of EMNLP 2019 (BASIL).
%reference Spinde, T., Rudnitckaia, L., Sinha, K., Hamborg, F., Gipp, B. & Donnay, K. (2021). MBIC: A media bias annotation dataset including annotator characteristics. Proceedings of iConference 2021.
%language  en
%kind      framing

%dimension language              Loaded language: every kind below together; its score column is the weighted composite
%dimension language/intensifiers Intensifiers and hyperbole: degree adverbs, absolutes and size words that amplify a claim (utterly, deeply, massive, unprecedented)
%dimension language/pejorative   Pejorative labels and epithets: disparaging names for people, groups, movements and their ideas (extremist, crony, thugs, cult, propaganda)
%dimension language/attack       Attack framing: verbs and nouns that cast criticism or speech as assault or tantrum (slammed, lambasted, tirade, lashed out)
%dimension language/evaluative   Subjective evaluation: adjectives, adverbs and nouns that judge rather than describe, negative or positive (outrageous, reckless, debacle, heroic)
%dimension language/scare        Scare framing: words that dramatise threat, disorder and decline (chaos, catastrophe, menace, out of control, skyrocketing)
%dimension language/attribution  Loaded attribution: reporting verbs and markers that cast doubt on or characterise a source (claimed, bragged, peddled, so-called)
%dimension language/partisan     Partisan coinages: labels and slogans that carry one side's framing of an issue (death tax, anti-choice, open borders, job-killing)

@language/intensifiers
# degree adverbs
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
extremely
dramatically
harshly
aggressively
forcefully
strikingly
soundly
remarkably
painfully
woefully
hopelessly
horribly
terribly
awfully
severely
intensely
excessively
overly
unduly
needlessly
endlessly
incessantly
obsessively
slavishly
rabidly
virulently
savagely
frantically
feverishly
hysterically
ludicrously
absurdly
laughably
comically
pathetically
shamefully
disgracefully
outrageously
egregiously
unabashedly
unapologetically
stunningly
breathtakingly
mind-bogglingly
exceptionally
supremely
insidiously
alarmingly
dangerously
deadly serious
wantonly
unquestionably
undeniably
indisputably
categorically
emphatically
resoundingly
roundly
squarely = 0.5
sorely
direly
gravely
abjectly
starkly
crushingly
blisteringly
scathingly
viciously
brutally
ruthlessly
mercilessly
shamelessly
perpetually
constantly = 0.5
ever-growing
ever-increasing
# size, degree and absolutes
extreme
extremes
dramatic
fierce
fiercest
extraordinary
relentless
staggering
massive
huge
enormous
colossal
whopping
monumental
tremendous
immense
mammoth
gargantuan
gigantic
titanic
astronomical
exorbitant
mind-boggling
jaw-dropping
eye-popping
eye-watering
untold
countless
endless
never-ending
unending
limitless
boundless
unparalleled
unmatched
unrivaled
unheard-of
unprecedented
sweeping = 0.5
drastic
severe
intense
ferocious
furious
fervent
vehement
unbridled
unrelenting
incessant
ceaseless
frenzied
frantic
feverish
overwhelming
utter
blatant
flagrant
all-out
full-blown
full-scale
wholesale
epic
historic = 0.5
deep-seated
entrenched
ultimate = 0.5
highly = 0.5
worst
biggest ever
best ever
!highly likely
!highly unlikely
!highly qualified
!highly contagious
!highly infectious
!highly effective
!highly skilled
!highly trained
!sheer cliff*
!extreme weather
!extreme heat
!extreme cold
!extremely rare
!severe weather
!severe storm*
!severe thunderstorm*
!severe acute respiratory
!severe illness
!severe symptoms
!severe disease
!severe cases
!severe case
!epic games
!historic district
!historic preservation
!historic site
!historic sites
!historic landmark
!historic building*
!worst case

# hyperbole
blistering
searing
withering
scorching
earth-shattering
seismic
monstrous
stupendous
sky-high
unimaginable
unthinkable
inconceivable
incalculable
immeasurable
irreparable
unspeakable
indescribable
beyond belief
beyond the pale
over the top
dead wrong
flat-out
flatly = 0.5
bald-faced
barefaced
naked power grab
complete and utter
mind-numbing
off-the-charts
over-the-top
astronomically
exponentially = 0.5

# degree and stance adverbs
crushing
literally = 0.5
truly = 0.5
absolute = 0.5
utmost
all-time = 0.5
unbelievable
incredible
unreal
outsized
larger-than-life
glaring
glaringly
gaping
yawning
galloping
breakneck
meteoric
dizzying
frankly
admittedly
arguably = 0.5
seemingly = 0.5
interestingly
strangely
oddly
weirdly
hilariously
pointedly
conspicuously
revealingly
worryingly
troublingly
distressingly
appallingly
horrifyingly
sickeningly
!absolute majority
!absolute value
!absolute zero
!all-time high
!all-time highs
!all-time low
!all-time lows

@language/pejorative
# labels for people and groups
radical = 0.5
!free radical*
!radical prostatectomy
radicals
radical left
radical leftist
radical leftists
radical-left
extremist
extremists
extremism = 0.5
far-right = 0.5
far-left = 0.5
far right = 0.5
far left = 0.5
hard-left
hard-right
hard left
alt-right
ultraconservative
ultra-conservative
ultra-liberal
ultraliberal
arch-conservative
hardline
hard-line
hard-liner
hard-liners
hardliner
hardliners
zealot
zealots
zealotry
zealous
fanatic
fanatics
fanatical
fanaticism
demagogue
demagogues
demagoguery
demagogic
thug
thugs
thuggish
thuggery
goon
goons
henchman
henchmen
crony
cronies
cronyism
lackey
lackeys
minion
minions
acolyte
acolytes
sycophant
sycophants
sycophantic
toady
toadies
bootlicker*
lapdog
lapdogs
apologist
apologists
ideologue
ideologues
partisan hack
partisan hacks
political hack
political hacks
grifter
grifters
grift
charlatan
charlatans
huckster
hucksters
snake oil
con man
con artist
con artists
swindler
swindlers
crook
crooks
liar
liars
fraudster
fraudsters
elitist
elitists
elites
propaganda
propagandist
propagandists
mouthpiece
mouthpieces
megaphone
puppet
puppets
stooge
stooges
shill
shills
shilling
bigot
bigots
bigoted
bigotry
racist = 0.5
racists
race-baiting
race baiter
race-baiter
xenophobe
xenophobes
xenophobic
xenophobia
misogynist
misogynists
misogynistic
misogyny
homophobe
homophobes
homophobic
homophobia
transphobic
transphobia
islamophobic
islamophobia
anti-semite
anti-semites
antisemite
antisemites
nativist
nativists
nativism
jingoistic
jingoism
chauvinist
chauvinism
supremacist
supremacists
white supremacist = 0.5
white supremacists = 0.5
white supremacy = 0.5
supremacism
white nationalist = 0.5
white nationalists = 0.5
white nationalism = 0.5
ethnonationalist
ethnonationalism
neo-nazi
neo-nazis
neo-confederate
hate group
hate groups
hate-filled
hatemonger*
fearmonger*
fear-monger*
scaremonger*
warmonger*
rabble-rouser*
agitator
agitators
provocateur
provocateurs
firebrand = 0.5
loudmouth
blowhard
windbag
kook
kooks
kooky
nutjob
nutjobs
nutcase
lunatic
lunatics
lunacy
madman
maniac
maniacs
crackpot
crackpots
quack
quacks
quackery
pseudoscience
pseudo-science
pseudoscientific
pseudo-scientific
junk science
conspiracy theory
conspiracy theories
conspiracy theorist
conspiracy theorists
conspiracy-minded
truther
truthers
birther
birthers
birtherism
flat-earther*
anti-vaxxer
anti-vaxxers
anti-vaxer
anti-vaxers
anti-science
science denier
science deniers
climate denier
climate deniers
denier = 0.5
deniers = 0.5
leftist
leftists
lefty
lefties
libtard*
commie
commies
pinko
marxist
marxists
neo-marxist
cultural marxism
socialist = 0.5
socialists = 0.5
!democratic socialist*
communist = 0.5
communists = 0.5
!communist party
!chinese communist
!communist china
fascist
fascists
fascism
neo-fascist
brownshirt*
totalitarian
totalitarianism
authoritarian = 0.5
authoritarianism
tyrant
tyrants
tyranny
tyrannical
despot
despots
despotic
strongman
autocrat
autocrats
dictatorial
regime = 0.5
!regime change
!sanctions regime
!tax regime
!regulatory regime
!treatment regime
!training regime
!testing regime
!inspection regime
!visa regime
cult
cults
cult-like
cultish
personality cult
cult of personality
death cult
mob
mobs
!mob boss
!mob bosses
!flash mob
hordes
horde
rabble
riffraff
deplorables
rino
rinos
never-trumper*
trumpist*
trumpism
woke
wokeness
wokeism
snowflake
snowflakes
social justice warrior*
globalist
globalists
reactionary
reactionaries
ideologically driven
ideological = 0.5
ideologically = 0.5
ideology = 0.5
ideologies = 0.5
dogma
dogmatic
indoctrinat*
brainwash*
groomer
groomers
cabal
cabals
fringe
lunatic fringe
establishment elites
coastal elites
liberal elites
limousine liberal*
champagne socialist*
bleeding heart*
bleeding-heart
tree hugger*
tree-hugger*
jihadist = 0.5
jihadists = 0.5
islamist = 0.5
islamists = 0.5
radical islam
radical islamic
islamofascis*
gun nut
gun nuts
gun-toting
baby killer*
abortionist*
abortion mill*
abortion industry
abortion giant
# media as an epithet
mainstream media
lamestream media
liberal media
leftist media
left-wing media
right-wing media
corporate media
fake news
fake news media
enemy of the people
state-run media = 0.5
noise machine
echo chamber*
talking heads
pundit class
chattering class*
# the ideological wings (loaded more often than not in news prose)
right-wing = 0.5
left-wing = 0.5
right-winger*
left-winger*
wingnut*
wing nut*
# ideas and aims as epithets
hidden agenda
radical agenda
leftist agenda
socialist agenda
extremist agenda
political agenda
partisan agenda
globalist agenda
agenda-driven
propaganda campaign
smear campaign
hit piece
hit job
!puppet show*
!puppet theat*
!puppet master*
!fringe benefit*
!fringe festival
!cult classic*
!cult following
!cult film*
!cult hit
rhetoric = 0.5
!rhetoric class*
demagogue-in-chief
populist = 0.5
populists = 0.5
opportunist
opportunists
profiteer
profiteers
war profiteer*
fat cat
fat cats
robber baron*
oligarch = 0.5
oligarchs = 0.5
plutocrat*
kleptocrat*
kleptocracy
cesspool
cesspools
troll = 0.5
trolls = 0.5
bully-boy
carpetbagger*
turncoat*
sellout
sellouts
quisling*
puppet master

# dehumanising and contemptuous names
anti-immigrant
bomb-thrower
bomb-throwers
jackass
sheeple
parasites
parasite = 0.5
vermin
barbarians
subhuman
degenerate
degenerates
scum
scumbag*
lowlife
lowlifes
loser
losers
weirdo*
freaks
hoodlum*
hooligan*
bolshevik*
stalinist*
feminazi*
radical feminist
radical feminists
misandrist*
crybaby
crybabies
whiner
whiners
busybodies
do-gooder*
unelected bureaucrats
faceless bureaucrats
career politicians
swamp creature*
beltway insiders
special interests = 0.5
big pharma
big oil
big tech = 0.5
corporate greed
billionaire class
fat-cat
chicken hawk*
chickenhawk*
appeaser*
appeasement = 0.5
enabler
enablers
denialist*
revisionist = 0.5
revisionists = 0.5
shock jock*
grievance politics
victimhood
professional victim*
race card
gender card
woman card
dog whistle
dog whistles
dog-whistle
dog-whistling
trope
tropes
buzzword*
useful idiot*
scapegoat*
villain
villains
villainous
villainize*
monster = 0.5
monsters
patsy

# regimes, ideologies and movements as epithets
socialism = 0.5
autocratic
thugocracy
banana republic
pariah = 0.5
pariah state
evil empire
axis of evil
mullahs
butcher of
warlord = 0.5
warlords = 0.5
war criminal = 0.5
war criminals = 0.5
imperialist*
imperialism
neocolonial*
neocon
neocons
neoconservative* = 0.5
neoliberal* = 0.5
globalism
one-world government
maga crowd
maga cult
maga extremist*
trumpian = 0.5
sleepy joe
crooked hillary
pocahontas
low-energy
moochers
freeloader*
leeches
welfare queen*
race hustler*
sjw
sjws
anti-masker*
covidiot*
eco-fascist*
eco-terrorist*
climate cult
polluters = 0.5
big polluters
terf
terfs
herd = 0.5
!herd immunity
sheep
fairy tale*
fantasy = 0.5
!fantasy football
!fantasy sports
!fantasy league*
myth = 0.5
myths = 0.5
gibberish
mumbo jumbo
word salad
pablum
platitude*
bromide*
lip service
crocodile tears
fig leaf
window dressing
sideshow
circus = 0.5
!circus performer*
soap opera
clown show
dumpster fire
train wreck
trainwreck
hot mess
quagmire
morass
sewer
gutter politics
race to the bottom
misinformation = 0.5
disinformation = 0.5

@language/attack
slammed
slams
slamming
blasted
blasts
blasting = 0.5
lashed out
lashes out
lashing out
lash out
bashed
bashes
bashing
trashed
trashing
trashes
mocked
mocks
mocking
derided
derides
deriding
derision
ridiculed
ridicules
ridiculing
berated
berates
berating
skewered
skewers
excoriated
excoriates
excoriating
lambast*
pilloried
pillories
pillorying
assailed
assails
assailing
ripped into
rips into
ripping into
tore into
tears into
tearing into
laid into
lays into
took aim at
takes aim at
taking aim at
took a swipe
takes a swipe
swipe at
swipes at
went after
goes after
railed against
rails against
railing against
hit out at
hits out at
fired back
fires back
firing back
hit back at
hits back at
savaged
savages
eviscerated
eviscerates
eviscerating
shredded = 0.5
torched = 0.5
torches = 0.5
hammered = 0.5
hammers = 0.5
roasted = 0.5
unloaded on
unleashed = 0.5
unleashes = 0.5
unleashing = 0.5
vilified
vilifies
vilify
vilifying
vilification
demonize
demonized
demonizes
demonizing
demonization
demonise
demonised
demonising
smear
smears
smeared
smearing
slander
slandered
slanderous
slandering
maligned
malign
maligning
denigrate
denigrated
denigrates
denigrating
disparage
disparaged
disparages
disparaging
belittle
belittled
belittles
belittling
insulted
insulting
taunted
taunts
taunting
taunt
trolled
trolling
heckled
jeered
browbeat*
bullied
bullying
bully
bullies
harangue*
hectored
hectoring
scolded
scolding
chided
rebuked
rebuke
chastised
castigated
castigating
decried
decries
decry
denounced = 0.5
denounces = 0.5
condemned = 0.5
condemns = 0.5
attacks on the press
attack on democracy
attacks on democracy
grilled = 0.5
sparred
sparring
feud
feuding
feuds
spat
war of words
tirade
tirades
rant
rants
ranted
ranting
screed
screeds
diatribe
diatribes
broadside
broadsides
salvo = 0.5
onslaught
meltdown
meltdowns
tantrum
tantrums
temper tantrum
hissy fit
outburst
outbursts
fumed
fuming
seethed
seething
raged
rage-tweet*
tweetstorm
twitter tirade
whined
whining
whines
whiny
griped
griping
moaned
moaning
bemoaned
bemoans
howled
shrieked
screeched
sneered
sneering
scoffed
scoffs
scoffing
jabs at
dig at
digs at
potshot*
cheap shot*
low blow
slapped down
slap down
sabotage
sabotaged
sabotaging
backstab*
stab in the back
knives out
witch hunt
witch-hunt
hatchet job
takedown
crusade = 0.5
crusading
weaponize
weaponized
weaponizing
weaponizes
weaponise
weaponised
stoke
stoking
stoked
stokes
inflame = 0.5
inflamed = 0.5
inflaming
whip up
whipped up
whipping up
fanned the flames
fanning the flames
fan the flames
pour fuel
poured fuel
pouring fuel
doubled down
doubling down
doubles down
double down
caved
caves in
cave in
capitulat*
kowtow*
groveling
grovelling
!slammed into
!slams into
!slammed the door
!slammed on the brakes
!spat out
!blasting off
bowed to pressure
caved to pressure
war on women
war on christmas
war on coal
war on cops
war on police
war on science
war on religion
war on the middle class
war on workers
!bully pulpit
witch hunts

# verbs of conflict and humiliation
bristled
bristles
bristling
crucified
crucify
crucifying
lynch mob
piled on
pile on
piling on
dogpile
dogpiled
ambushed = 0.5
thrown under the bus
threw under the bus
throw under the bus
throwing under the bus
gunning for
out for blood
went ballistic
blew up at
snapped at
snarled
barked
stormed out
stormed off
shouted down
shouting match
screaming match
mudslinging
mud-slinging
name-calling
character assassination
savage attack
withering criticism
blistering attack
barrage of attacks
gotcha

# suppression, sabotage and spin
gaslight
gaslighting
gaslighted
gaslit
gaslights
torpedo
torpedoed
torpedoing
scuttle
scuttled
derail = 0.5
derailed = 0.5
quash
quashed
squash
squashed
smother
smothered
strangle
strangled
strangling
choke off
censor
censored
censoring
censorship = 0.5
purge
purged
purging
blacklist*
rewrite history
rewriting history
scrubbed = 0.5
red herring
straw man
strawman
cherry-pick*
manufactured outrage
outrage machine
outrage culture
faux outrage
fake outrage
pearl-clutching
hand-wringing
navel-gazing
nitpick*
highway robbery
price gouging
gouging
fleeced
fleecing
bilked
swindled
ripping off
insinuated
insinuating
insinuates
amplified = 0.5
amplifying = 0.5
trafficked in
traffics in
cozying
hawking = 0.5
!stephen hawking
flirted with
flirting with
blamed = 0.5
blames = 0.5
stooped to
stoop to
stooping to
sank to
beneath contempt
hit a new low

# snubs, blows and revenge
tit-for-tat
spurn
spurned
spurns
spurning
snub
snubbed
snubs
snubbing
rebuffed
rebuff
rebuffs
blindsided
sucker punch*
dealt a blow
delivered a blow
body blow
black eye
slap in the face
kick in the teeth
hater
haters
diss
dissed
schooled
wiped the floor
trounced
routed = 0.5
drubbing
shellacking
thrashing = 0.5
humiliating
humiliated
humiliation
revenge
vengeance
payback
vendetta
grudge
score to settle

@language/evaluative
# judgement of conduct, ideas and people (negative)
absurd
absurdity
ridiculous
outrageous
shameful
disgraceful
disgrace
pathetic
bizarre
bizarrely
dubious
questionable = 0.5
notorious
notoriously
infamous
infamously
egregious
baseless
groundless
misguided
reckless
recklessly
recklessness
irresponsible
irresponsibly
draconian
heavy-handed
callous
callously
callousness
inhumane
brazen
brazenly
vile
despicable = 2
disgusting = 2
appalling
appalled
horrific
horrendous
heinous
atrocious
abysmal
incompetent
incompetence
inept
ineptitude
ineptly
ignorant
ignorance
foolish
foolishly
stupid
stupidity
idiotic
idiot
idiots
moron
morons
moronic
imbecile*
dumb
dimwit*
fool
fools
clown
clowns
clownish
buffoon
buffoons
buffoonery
laughable
bogus
phony
phoney
so-called
divisive
toxic
nasty
vicious
sinister
shady
dishonest
dishonesty
deceitful
deceit
corrupt
crooked
hypocritical
hypocrisy
hypocrite
hypocrites
lavish
extravagant
embarrassing
embarrassingly
evil
evils
falsely
false
!false alarm*
!false positive*
!false negative*
irrational
deceptive
brutal
lackluster
lacklustre
condescending
condescension
dismissive
disdainful
disdain
contempt
contemptuous
unhinged
negligent
evasive
scathing
testy
frosty
complicit
complicity
bungling
bungled
bungle
botched
botch
fiasco
fiascos
debacle
debacles
farce
farcical
travesty
scandalous
shameless
unconscionable
indefensible
inexcusable
unforgivable
reprehensible
deplorable
contemptible
odious
repugnant
repulsive
revolting
sickening
nauseating
grotesque
obscene
obscenely
perverse
perversely
warped
demented
deranged
insane
insanity
crazy
craziness
nutty
wacky
loony
delusional
delusion
delusions
paranoid
paranoia
hysterical
hysteria
histrionic*
melodramatic
theatrical
theatrics
preposterous
ludicrous
nonsensical
nonsense
drivel
claptrap
hogwash
malarkey
baloney
rubbish
canard
canards
debunked
discredited
unfounded
unsubstantiated
specious
spurious
flimsy
shoddy
sloppy
half-baked
ill-conceived
ill-advised
wrongheaded
muddled
incoherent
rambling
clueless
oblivious
tone-deaf
out of touch
out-of-touch
feckless
spineless
gutless
cowardly
cowardice
coward
cowards
craven
hapless
ineffectual
useless
worthless
pointless
senseless
mindless
heartless
cruel
cruelty
cruelly
merciless
ruthless
vindictive
spiteful
petty
pettiness
vengeful
malicious
malevolent
nefarious
devious
scheming
manipulative
duplicitous
duplicity
two-faced
underhanded
sneaky
sleazy
slimy
seedy
unsavory
unscrupulous
dodgy
disingenuous
disingenuously
disingenuousness
insincere
self-serving
self-righteous
sanctimonious
sanctimony
smug
smugly
arrogant
arrogance
pompous
haughty
snobbish
patronizing
patronising
greedy
greed
avaricious
venal
opportunistic
opportunism
cynical
cynically
mendacious
mendacity
lies
lie = 0.5
lied
lying = 0.5
!lies in
!lies on
!lies at
!lies with
!lies ahead
!lies behind
!lies within
!lies beneath
!lies between
!lies outside
!lie in
!lie on
!lie down
!lie ahead
!lie behind
!lie with
!lying in
!lying on
!lying down
falsehood
falsehoods
untruth*
fabrication
fabrications
fabricated = 0.5
distorted = 0.5
distortion
distortions
misrepresent*
mischaracteriz*
whitewash*
cover-up
cover up
covered up
covering up
stonewall*
betrayal
betrayed
betray
traitor
traitors
treacherous
treachery
treasonous
unpatriotic
un-american
anti-american
disloyal
ugly
horrible
terrible
awful
dreadful
lousy
miserable
wretched
dismal
bleak
pitiful
shabby
tawdry
sordid
lurid
salacious
crass
vulgar
boorish
loutish
juvenile
childish
infantile
immature
petulant
erratic
unstable = 0.5
unfit
mediocre
second-rate
lame
feeble
flailing
floundering
failed = 0.5
failing = 0.5
failure = 0.5
failures = 0.5
!failed to
!failing to
!failure to
!heart failure
!kidney failure
!organ failure
!liver failure
!respiratory failure
!failure rate
!failed state*
flop
flopped
fizzled
blunder
blunders
blundered
misstep
missteps
gaffe
gaffes
gaffe-prone
bumbling
fumbled
fumbling
inane
vapid
banal
trite
shopworn
hackneyed
simplistic
naive
naively
gullible
credulous
hollow = 0.5
empty rhetoric
empty promise*
pandering
pander
panders
grandstanding
grandstand
posturing
virtue signaling
virtue signalling
virtue-signaling
self-aggrandizing
self-congratulatory
alarmist
alarmism
hyperbolic
hyperbole
overblown
overhyped
exaggerated
exaggeration
overstated
inflated = 0.5
outlandish
far-fetched
wild claims
orwellian
kafkaesque
dystopian
oppressive
repressive
jackbooted
iron-fisted
power grab
power-hungry
overreach
overreaching
overstepping
overstepped
lawless
lawlessness
rogue
hateful
vitriol
vitriolic
venomous
venom
poisonous
noxious
rabid
virulent
incendiary
inflammatory
provocative = 0.5
demeaning
degrading
dehumanizing
dehumanising
disrespectful
disrespect
racially charged
sexist
tribalism
bigger picture = 0.5
shocking
stunning
stunned = 0.5
jarring
sad = 0.5
blind eye
turned a blind eye
turning a blind eye
turn a blind eye
head in the sand
smokescreen
smoke screen
sleight of hand
bait and switch
bait-and-switch
slush fund*
boondoggle*
pork-barrel
pork barrel
giveaway = 0.5
freebie*
free stuff
cash grab
money grab
rip-off
ripoff
ripped off
sweetheart deal*
backroom deal*
back-room deal*
rigged
shenanigans
skulduggery
chicanery
malfeasance
misdeeds
scammed
sham
shams
charade
stunt
stunts
publicity stunt
political stunt
political theater
political theatre
ploy
ploys
hoax
hoaxes
gimmick*
# judgement of conduct, ideas and people (positive)
brilliant
brilliantly
heroic
heroically
hero = 0.5
heroes = 0.5
heroine
courageous
courageously
courage = 0.5
visionary
admirable
admirably
commendable
beloved
iconic
legendary
stellar
sensible
common sense
common-sense
commonsense
principled
steadfast
tireless
tirelessly
fearless
fearlessly
valiant
valiantly
noble
selfless
selflessly
trailblazing
trailblazer
groundbreaking = 0.5
remarkable
exceptional
outstanding
magnificent
spectacular
phenomenal
terrific
fantastic
wonderful
amazing
awesome
superb
impressive
masterful
masterfully
savvy
shrewd
shrewdly
astute
deft
deftly
wise
wisely
thoughtful
compassionate
generous
gracious
graciously
dignified
decent = 0.5
honorable
honourable
righteous
rightful
well-deserved
hard-working
hardworking
hard-earned
precious
cherished
inspiring
inspirational
awe-inspiring
heartwarming
heartfelt
poignant
uplifting
glorious
triumphant
triumph
handouts
scam = 0.5
!petty crime*
!petty theft
!petty cash
!lame duck
!toxic waste
!toxic chemical*
!toxic substance*
!toxic spill*
!toxic algae
!toxic fumes
!toxic gas
!toxic shock
!contempt of
!held in contempt
!stunt double*
!stunt performer*
!noble gas*
!precious metal*
# emotion ascribed to actors
angry
angrily
livid
irate
enraged
incensed
indignant
indignation
bitter = 0.5
resentful
resentment
dismayed
dismay
aghast
disgusted
exasperated
frustrated = 0.5
desperate
desperation
jittery
rattled
unnerved
spooked
defiant = 0.5
defiance = 0.5
gleeful
gleefully
giddy
jubilant
ecstatic
euphoric
smugness
bitterness
rage
enraging
infuriating
infuriated
maddening
galling
grating
# plain verdicts
bad = 0.5
!bad weather
worse = 0.5
wrong = 0.5
wrongly
wrongheadedness
unpopular
costly = 0.5
predictable
predictably
contentious = 0.5
polarizing
polarising
ineffective = 0.5
unnecessary = 0.5
needless
unserious
baffling
bafflingly
comical
glossy = 0.5
flashy
gaudy
unholy
unseemly
ugliness
mess
!mess around
!mess with
!mess hall
messy
clumsy
clumsily
haphazard
slapdash
lax
shortsighted
short-sighted
myopic
pie-in-the-sky
pipe dream
utopian
unrealistic
unworkable
unaffordable = 0.5
wasteful
waste of
squander*
lucrative = 0.5
cushy
plum job*
# comment adverbs: the writer's verdict on the whole statement
conveniently
curiously
ironically
tellingly
unsurprisingly
predictably enough
inexplicably
mysteriously = 0.5
suspiciously
sadly
tragically
thankfully
mercifully
luckily
fortunately
unfortunately = 0.5
regrettably
alas
of course = 0.5
obviously
clearly = 0.5
undoubtedly
surely = 0.5
merely = 0.5
# verbs that judge what an actor did
exploit
exploited
exploiting
exploits = 0.5
undermine = 0.5
undermined = 0.5
undermines = 0.5
undermining = 0.5
deflect
deflected
deflecting
deflection
suppress
suppressed
suppressing
silence = 0.5
silenced
silencing
muzzle
muzzled
ignored = 0.5
ignoring
ignores
flouted
flouting
flout
trampled
trampling
trample
shirked
shirking
neglected
neglecting
abandoned = 0.5
abandoning
hijacked
hijack
hijacking
usurped
usurp
rammed through
ram through
railroaded
strong-armed
strong-arm
bullied into
duped
hoodwinked
snookered
conned
fooled
misled
misleading
mislead
lurched
lurches
lurching
flip-flop*
backpedal*
about-face
u-turn
walked back
walks back
cower
cowered
cowering
groveled
fawning
fawned
fawns
gushed
gushing
cheered on
egged on
coddle
coddled
coddling
pander to
pandered
cozy up
cozied up
cozying up

# judgement of character, conduct and policy
bombastic
unbecoming
undignified
unpresidential
unfathomable
inexplicable
incomprehensible
insufferable
intolerable
unbearable
unacceptable = 0.5
grandiose
self-absorbed
narcissist
narcissists
narcissistic
narcissism
egomaniac*
vain
vanity project
pet project
folly
follies
madness
idiocy
asinine
vacuous
fatuous
puerile
sophomoric
ham-fisted
tin-eared
tin ear
blinkered
narrow-minded
closed-minded
intolerant
intolerance
bloodthirsty
trigger-happy
belligerent
bellicose
hawkish = 0.5
saber-rattling
sabre-rattling
chest-thumping
bluster
blustering
swagger
braggadocio
bravado
macho
cocky
brash
abrasive
combative = 0.5
pugnacious
truculent
cantankerous
surly
prickly
thin-skinned
vainglorious
megalomania*
sleaze
kickbacks
pay-to-play
influence peddling
self-dealing
nepotism
bloated
profligate
spendthrift
reckless spending
runaway spending
bankrupting
job-crushing
crippling
crippled
stifling
suffocating
burdensome
onerous
punitive = 0.5
illegitimate
criminally
murderous
genocidal
barbaric
barbarism
inhuman
sadistic
brave
bravely
bravery
heroism
gallant
passionate = 0.5
passionately
championed
champions = 0.5
!champions league
hailed = 0.5
lauded
acclaimed = 0.5
revered
venerable
storied
illustrious
glowing
exemplary
impeccable
flawless
perfectly = 0.5
game-changer
game-changing
transformative = 0.5
miracle
miraculous
savior
saviour
messiah
genius
mastermind
maverick
darling of
rising star = 0.5
concocted
concocting
cooked up
dreamed up
trumped-up
made-up

# failure, weakness and waste
incapable
tragic = 0.5
tragedy = 0.5
painful = 0.5
improbable
one-sided
intractable
contradictory
confused = 0.5
insufficient = 0.5
invasive = 0.5
!invasive species
!invasive plant*
!invasive surgery
!invasive procedure*
shortcomings
flawed
deeply flawed
broken system
hampered
thwarted
stymied
hobbled
hamstrung
squeezed = 0.5
giveaways
bailout = 0.5
bailouts = 0.5
corporate welfare
gravy train
money pit
cash cow
predatory = 0.5
exploitative
loan shark*
usurious
debt trap
debt slavery
wage slavery
sweatshop*
starvation wages
poverty wages
hollowed out
hollowing out
stubborn
stubbornly
stupidly
idiotically
blindly
mindlessly
carelessly
careless
pointlessly
senselessly
rightly = 0.5
deservedly
undeservedly
dutifully = 0.5
obediently
meekly
timidly
cravenly
lazily
lazy
sloppily
rashly
sneakily
stealthily
deceptively
misleadingly
dishonestly
hypocritically
selectively = 0.5
opportunistically
boldly = 0.5
proudly = 0.5
excuse = 0.5
excuses = 0.5
pretext
distraction = 0.5
distractions = 0.5
diversionary
spectacle = 0.5
fake = 0.5
faux
phoniness

# idioms of political contest and trouble
politically charged
emotionally charged
tense = 0.5
headache = 0.5
thorny
vexing
fraught
hot-button
hot button
third rail
lightning rod
flashpoint
red meat
litmus test
impassioned
fiery
rousing
drum up
drumming up
cheerleader*
cheerleading
rubber-stamp
rubber stamp
lockstep
marching orders
toe the line
toeing the line
knee-jerk
kneejerk
gut-wrenching
heartbreaking
heart-wrenching
agonizing
excruciating
tortured
tortuous
convoluted
byzantine
murky
shadowy
secretive
cloak-and-dagger
under the radar
smoke and mirrors
shell game
fuzzy math
creative accounting
cooked the books
cooking the books
magical thinking
wishful thinking
silver bullet
panacea
cure-all
quick fix
band-aid
half-measure*
token gesture
tokenism
empty gesture
feel-good
victory lap
spiking the football
showboat*
optics = 0.5
photo op
photo-op
dog and pony show
reeling
battered = 0.5
beleaguered
embattled
beset
hounded
dogged by
mired in
bogged down
saddled with
shackled
drowning in
drowned out
worsens = 0.5
worsening = 0.5
exacerbat* = 0.5
rosy
upbeat = 0.5
starry-eyed
breathless
adoring
adulation
lionize*
lionise*
heralded = 0.5
slap on the wrist

@language/scare
# crisis counts where the word itself is the framing, not where it names a
# recognised emergency (financial crisis, the coronavirus crisis)
border crisis
manufactured crisis
fake crisis
so-called crisis
crisis at the border
full-blown crisis
deepening crisis
crisis after crisis
lurches from crisis
constitutional crisis
crisis = 0.5
crises = 0.5
!financial crisis
!economic crisis
!debt crisis
!fiscal crisis
!banking crisis
!health crisis
!public health crisis
!coronavirus crisis
!covid crisis
!covid-19 crisis
!pandemic crisis
!refugee crisis
!opioid crisis
!housing crisis
!hostage crisis
!missile crisis
!crisis center*
!crisis centre*
!crisis line
!crisis hotline
!crisis management
!crisis pregnancy
!crisis counselor*
chaos
chaotic
chaotically
catastrophe
catastrophes
catastrophic
catastrophically
disaster = 0.5
disasters = 0.5
disastrous
disastrously
!natural disaster*
!disaster relief
!disaster area*
!disaster declaration*
!disaster response
!disaster recovery
!disaster assistance
menace
menaces
menacing
alarming
alarmed = 0.5
terrifying
terrified
frightening
frightened
scary
scariest
panic
panicked
panicking
epidemic of
plague
plagued
plagues
!bubonic plague
time bomb
ticking time bomb
apocalypse
apocalyptic
doom
doomed
doomsday
armageddon
existential threat
existential crisis
nightmare
nightmares
nightmarish
devastating
devastated
devastation
out of control
out-of-control
spiraling
spiralling
spiraled
spiralled
spiral out
downward spiral
death spiral
rampant
rampantly
skyrocketing
skyrocketed
skyrocket
skyrockets
soaring = 0.5
soared = 0.5
surging = 0.5
!soaring eagle*
carnage
bloodbath
bloodshed = 0.5
havoc
wreak havoc
wreaking havoc
wreaked havoc
under siege
besieged
slippery slope
peril
perilous
perils
imperil
imperils
imperiled
imperilled
jeopardize
jeopardizes
jeopardizing
jeopardise
jeopardising
endanger
endangers
endangering
dire
direst
looming
loom = 0.5
looms = 0.5
threatens
threatening
threatened = 0.5
grave threat
grave danger
dire threat
dire warning*
serious threat
greatest threat
bigger threat
greater threat
clear and present danger
mortal danger
swarm
swarms
swarming
swarmed
inundated
inundate
flood of
flooding into
pouring across
invasion = 0.5
invaders
invading = 0.5
overrun
overrunning
overwhelmed = 0.5
!invasion of ukraine
!invasion of iraq
!invasion of kuwait
!invasion of poland
!russian invasion
!russia's invasion
dangerous
alarm
alarms
firestorm
scourge
cratering
craters
cratered
outrage
outraged
uproar
maelstrom
reign of terror
turmoil
mayhem
pandemonium
bedlam
anarchy
anarchic
implode
implodes
imploded
imploding
implosion
unravel
unravels
unraveling
unravelling
unraveled
fraying
frayed
crumbling
crumble
crumbled
teetering
teeter
brink of
precipice
abyss
freefall
free fall
tailspin
nosedive
nose-dive
plummet
plummets
plummeted
plummeting
tanking
tanked = 0.5
wrecking
wrecked
ruin
ruined
ruinous
ruining
ravaged
ravaging
ravage
decimate
decimated
decimating
obliterate
obliterated
annihilat*
destroy = 0.5
destroys = 0.5
destroying = 0.5
destroyed = 0.5
dismantle = 0.5
dismantling = 0.5
gut
gutted = 0.5
gutting
slash
slashed
slashing
slashes
axed
taking an ax
hemorrhag*
slaughter
slaughtered
butchered
butcher
butchery
massacre = 0.5
massacred
horror
horrors
horrifying
horrified
harrowing
chilling
chillingly
ominous
ominously
grim
grimly
specter
spectre
haunting
haunted
dread
dreaded
terrorize
terrorized
terrorizing
terrorise
terrorised
scare
scared
scares
scaring
explosive = 0.5
exploding
erupt
erupted
erupting
erupts
boiling point
powder keg
tinderbox
calamity
calamitous
cataclysm*
death knell
deathtrap
death trap
killing fields
war zone
hellhole
hellscape
hellish
pestilence
infestation
infested
rife
riddled
run amok
running amok
runs amok
runaway
unchecked
escalating
escalate = 0.5
escalated = 0.5
escalation = 0.5
shocked
shockwave*
shock wave*
bombshell
explosion of
threat to democracy
threats to democracy
danger to democracy
fearful
worrying
worrisome
troubling
troubled = 0.5
disturbing
disturbingly
distressing
sobering
stark = 0.5
shock = 0.5
!electric shock
!toxic shock
!shock absorber*
!gut feeling*
!gut instinct*
!gut check
!explosive device*
!explosive devices
!horror film*
!horror movie*
!horror story
!threatened species
assault on democracy
assault on the constitution
assault on freedom
assault on free speech
assault on women
assault on voting rights
assault on the rule of law
assault on science
assault on the press

# decline, collapse and horror
collapse = 0.5
collapsing = 0.5
avalanche of
tsunami of
deluge of
torrent of
barrage of
poisoning = 0.5
poisoned = 0.5
!food poisoning
!lead poisoning
rot
rotten
rotting
decay = 0.5
decaying
managed decline
death of democracy
demise
downfall
jeopardy = 0.5
!double jeopardy
red alert
sounding the alarm
sound the alarm
sounded the alarm
sounds the alarm
wake-up call
alarm bells
recipe for disaster
collision course
perfect storm
tidal wave
open the floodgates
opening the floodgates
opened the floodgates
floodgates
trojan horse
nightmare scenario
worst nightmare
dystopia
police state
surveillance state
killing machine
war machine
blood on their hands
blood on his hands
blood on her hands
blood-soaked
gruesome
grisly
ghastly
macabre
savagery
brutality
atrocity
atrocities = 0.5
fearsome
eroding = 0.5
erosion = 0.5

# dramatised burdens
sinking = 0.5
death toll rises
runaway inflation
crushing debt
crushing burden
gun violence epidemic
thoughts and prayers
blood money

@language/attribution
# reporting verbs that cast doubt on or characterise the source
claim = 0.5
claims = 0.5
claimed = 0.5
claiming = 0.5
!claims process
!insurance claim*
!unemployment claims
!jobless claims
!claims for
!claimed responsibility
!claimed the lives
!claimed the life
!claimed victory
!claim victory
!claimed the title
!claims to the
!claim to the
bragged
brags
bragging
brag
boasted
boasts
boasting
boast
!boasts a
!boasts an
touted
touts
touting
trumpeted
trumpets
trumpeting
crowed
crowing
gloated
gloating
gloats
admitted = 0.5
admits = 0.5
!admitted to hospital
!admitted to the hospital
!admitted to a hospital
!admitted into
!admitted to the bar
!admitted students
conceded = 0.5
concedes = 0.5
!conceded defeat
!conceded the race
!conceded the election
purported
purportedly
professed
peddled
peddles
peddling
peddle
parroted
parroting
parrots
parrot
regurgitat*
spouted
spouting
spouts
spewed
spewing
spews
spew
blurted
blurting
pontificated
pontificating
pontificates
lectured = 0.5
lecturing
preached = 0.5
preaching = 0.5
sermonizing
moralizing
opined
proclaimed = 0.5
dubbed = 0.5
branded = 0.5
!branded products
!branded goods
labeled = 0.5
labelled = 0.5
spun
spin doctor*
twisted
twisting = 0.5
downplayed
downplaying
downplays
downplay
played down
playing down
brushed off
brushes off
brushed aside
shrugged off
shrugs off
waved away
glossed over
gloss over
whitewashed
# distancing markers
supposedly
supposed = 0.5
!supposed to
ostensibly
self-proclaimed
self-described
self-styled
would-be = 0.5
wannabe
wannabes
pretended
pretending
pretends
pretend
feigned
feigning
masquerad*
posing as
so-called experts
!spun off

# attribution that disputes the claim, and verbs of manner
without evidence
baselessly
offered no evidence
provided no evidence
presented no evidence
without providing evidence
without offering evidence
hyped
hyping
talked up
cooed
grumbled
grumbles
carped
harrumphed
huffed
snapped = 0.5
thundered
bellowed
rambled
blathered
babbled
sputtered
cried foul
crying foul
cries foul
decreed
mused = 0.5
waxed
waxing = 0.5
regaled

@language/partisan
# coinages and slogans of one side (the naming scheme counts both sides'
# names for a referent; these are the ones that carry the framing)
death tax
death panel*
job-killing
job killer
job-killer
tax-and-spend
tax and spend
big government
nanny state
government takeover
government-run health*
socialized medicine
open borders
open-borders
mass amnesty
chain migration
anchor baby
anchor babies
illegals
illegal alien
illegal aliens
illegal immigrants = 0.5
illegal immigrant = 0.5
catch and release
sanctuary cities = 0.5
invasion at the border
pro-abortion
anti-choice
pro-choice = 0.5
pro-life = 0.5
pro-lifers
pro-choicers
forced birth
forced-birth
abortion extremist*
abortion on demand
late-term abortion* = 0.5
partial-birth
infanticide
killing babies
kill babies
baby-killing
unborn babies = 0.5
unborn child = 0.5
unborn children = 0.5
gun grab*
gun-grab*
anti-gun
gun lobby = 0.5
weapons of war
cancel culture
woke mob
culture war
culture wars
culture warrior*
identity politics
political correctness
politically correct
thought police
virtue signal*
climate alarmist*
climate hysteria
climate denial
stolen election
rigged election
big lie
deep state
drain the swamp
fake impeachment
sham impeachment
impeachment hoax
russia hoax
russian collusion
collusion delusion
derangement syndrome
law and order = 0.5
defund the police
thin blue line
blue lives
family separation = 0.5
kids in cages
muslim ban
china virus
chinese virus
wuhan virus
kung flu
plandemic
scamdemic
do-nothing
trumpcare

# economy, society and identity
job creators
trickle-down
voodoo economics
class warfare
soak the rich
eat the rich
wealth redistribution
tax hikes = 0.5
tax hike = 0.5
entitlement mentality
democrat-run
democrat-controlled
democrat cities
blue-state bailout*
real americans
real america
silent majority
america first = 0.5
maga = 0.5
gun safety = 0.5
pro-gun = 0.5
law-abiding gun owners
gun confiscation
confiscate = 0.5
confiscation = 0.5
traditional marriage
traditional values = 0.5
family values = 0.5
culture of life
culture of death
pro-family = 0.5
anti-family
parental rights = 0.5
government schools
critical race theory = 0.5
abolish ice
abolish the police
tough on crime = 0.5
soft on crime
amnesty = 0.5
!amnesty international
preborn
pre-born
unborn = 0.5
reproductive freedom = 0.5
bodily autonomy = 0.5
forced pregnancy
back-alley abortion*
anti-woman
heartbeat bill* = 0.5
toxic masculinity
patriarchy = 0.5
patriarchal = 0.5
male-dominated = 0.5
gender ideology
transgender ideology
trans agenda
biological males
biological men
anti-trans
bathroom bill*
white privilege = 0.5
systemic racism = 0.5
institutional racism = 0.5
great replacement
replacement theory
white genocide
anti-white
blood and soil
lockdown tyranny
medical tyranny
presidential harassment
soft coup
silent coup
fossil fuel barons
dirty energy
dirty coal

# immigration
illegal immigration = 0.5
illegal migrants
illegal migrant
illegal crossings = 0.5
illegal border crossers
crossed illegally = 0.5
criminal aliens
criminal alien
aliens = 0.5
alien = 0.5
!space alien*
!alien life
!alien species
!alien planet*
