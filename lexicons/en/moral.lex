# Moral foundations: the vocabulary of the five foundations of Moral
# Foundations Theory, each split into its virtue and its vice.
#
# The Moral Foundations Dictionary (Graham, Haidt & Nosek 2009) and its
# crowd-sourced successor MFD 2.0 (Frimer et al. 2019) are the reference
# points; the entries here are this project's own, chosen for news prose
# and checked against a news corpus for words that fire in other senses
# (e.g. "Patriots" the team, "just" meaning only, "Los Angeles").
# A word sits in the one foundation where news uses it most: "exploit"
# under fairness, "betray" under loyalty, "riot" under authority.

%scheme    moral
%title     Moral foundations
%version   1.1.0
%reference Graham, J., Haidt, J. & Nosek, B. A. (2009). Liberals and conservatives rely on different sets of moral foundations. Journal of Personality and Social Psychology 96(5), 1029-1046.
%reference Frimer, J. A., Boghrati, R., Haidt, J., Graham, J. & Dehghani, M. (2019). Moral Foundations Dictionary for linguistic analyses 2.0. Unpublished manuscript.
%language  en
%kind      framing

%dimension care                Care/harm: concern for the suffering of others; protecting the vulnerable
%dimension care/virtue         Care: caring, protecting, healing, compassion
%dimension care/vice           Harm: hurting, killing, cruelty, suffering
%dimension fairness            Fairness/cheating: justice, rights, reciprocity and their violation
%dimension fairness/virtue     Fairness: equality, justice, honesty, reciprocity
%dimension fairness/vice       Cheating: injustice, fraud, discrimination, exploitation
%dimension loyalty             Loyalty/betrayal: obligations to one's group, nation or side
%dimension loyalty/virtue      Loyalty: allegiance, solidarity, patriotism, standing together
%dimension loyalty/vice        Betrayal: treason, desertion, disloyalty
%dimension authority           Authority/subversion: respect for legitimate authority, order and tradition
%dimension authority/virtue    Authority: obedience, respect, order, legitimacy, duty
%dimension authority/vice      Subversion: defiance, rebellion, lawlessness, disrespect
%dimension sanctity            Sanctity/degradation: purity, the sacred, and disgust at its violation
%dimension sanctity/virtue     Sanctity: holiness, purity, the sacred and sublime
%dimension sanctity/vice       Degradation: defilement, disgust, desecration, depravity

@care/virtue
care = 0.5
!health care
!healthcare
!child care
!care about
!don't care
!couldn't care less
caring
caregiver*
protect
protected
protecting
protects
protection
protective
!protected class
compassion*
kindness
kind-hearted
nurtur*
comfort
comforted
comforting
shelter
sheltered
sheltering
rescue
rescued
rescuing
rescuers
heal
healed
healing
cherish*
mercy
merciful
empathy
empathetic
empathize
sympathy
sympathetic
tenderness
gentle
gentleness
benevolen*
altruis*
generous
generosity
humanitarian
charity
charitable
relief
look after
looking after
took care of
take care of
safeguard*
well-being
wellbeing
save lives
saving lives
saved lives
life-saving
lifesaving
aid workers

@care/vice
harm
harmed
harmful
harming
harms
hurt
hurting
hurts
suffer
suffered
suffering
suffers
cruel
cruelty
brutal = 1.5
brutality = 1.5
brutally = 1.5
abuse
abused
abuses
abusive
kill
killed
killing
killings
murder = 1.5
murdered = 1.5
massacre* = 2
slaughter* = 2
violence
violent
torture = 2
tortured = 2
torturing = 2
pain
painful
injure
injured
injuring
wound
wounded
wounding
!wound up
victim
victims
endanger*
neglect
neglected
starve
starved
starving
starvation
maim
maimed
maiming
torment*
bully
bullied
bullying
assault
assaulted
stab
stabbed
stabbing
inhumane
ravage*
devastat*
trauma
traumatic
traumatized
traumatised
agony
misery
harass*
mutilat*
bloodshed
atrocit* = 2
!pain in the neck

@fairness/virtue
fair
fairly
fairness
!state fair
!county fair
!job fair
!career fair
!fair enough
justice
!justice department
!department of justice
!chief justice
!justice kennedy
!justice thomas
!justice roberts
!justice alito
!justice kagan
!justice sotomayor
!justice gorsuch
!justice kavanaugh
!justice barrett
!justice ginsburg
!justice breyer
!justice scalia
!justice jackson
equal
equality
equity
equitable
equal rights
equal treatment
equal opportunity
rights = 0.5
human rights
civil rights
reciprocity
reciprocal
impartial
impartiality
unbiased
even-handed
evenhanded
honest
honesty
level playing field
due process
fair share
fair trial
fair play
transparency
transparent
deserve
deserves
deserved
deserving
merit
merits
restitution
redress
compensation = 0.5
proportional
proportionate
vindicat*
non-discrimination
nondiscrimination
in good faith
accountability
trustworthy
integrity
!territorial integrity
!structural integrity
fairer

@fairness/vice
unfair
unfairly
unfairness
injustice
injustices
unjust
unjustly
cheat
cheated
cheater*
cheating
cheats
fraud
frauds
fraudulent
dishonest*
discriminat*
bias
biased
prejudice
prejudiced
inequality
inequalities
inequity
inequities
inequitable
unequal
rigged
rigging
swindl*
scam
scams
scammed
scammer*
exploit
exploited
exploiting
exploitation
exploitative
exploits
steal
stealing
stole
stolen
theft
robbed
robbing
robbery
corrupt
corruption
embezzl*
brib*
double standard
double standards
favoritism
favouritism
nepotism
cronyism
disparity
disparities
segregat*
apartheid
racism
racist
deceive
deceived
deceit
deceitful
deception
lied
liar
liars
extort*
price gouging
gouging
hypocrisy
hypocritical
undeserved
unearned
freeload*

@loyalty/virtue
loyal
loyalty
loyalties
loyalist*
allegiance
solidarity
unity
unite
unites
uniting
unified
patriot
patriots
patriotic
patriotism
!new england patriots
!patriots' day
!patriot missile
!patriot missiles
!patriot act
!patriot system
comrade*
brotherhood
sisterhood
fellow citizens
fellow americans
compatriot*
countrymen
kinship
homeland
motherland
fatherland
our people
our nation
our country
stand together
stand with
stood with
standing with
stood by
side by side
united front
devoted
devotion
steadfast*
sacrifice
sacrifices
sacrificed
ally
allies
alliance
faithful
fidelity
teammate*
team player
together we
shoulder to shoulder
band together
banded together
rally around
rallied around
closed ranks
close ranks
!homeland security

@loyalty/vice
betray*
traitor*
treason*
treacher*
disloyal*
deserter*
desertion
defected
defector*
defection*
turncoat*
backstab*
stab in the back
stabbed in the back
sellout
sellouts
sell-out
quisling*
renegade*
enemy within
fifth column
double agent
unpatriotic
un-american
anti-american
foreign agent
foreign agents
abandoned us
abandon our
abandoning our
two-faced
snitch*
informer
informers
judas
benedict arnold
divided loyalties
disunity
collaborator* = 0.5
collaborationist*
apostate*
sold us out
sold out our
sold out the
turned their backs
turned his back
turned her back
back on us
double-cross*

@authority/virtue
authority = 0.5
obey
obeyed
obeying
obedience
obedient
respect
respected
respectful
respecting
!with respect to
!in respect of
!in this respect
!in that respect
!in some respects
law and order
rule of law
order = 0.5
!in order to
!in order for
!executive order
!executive orders
!court order
!gag order
!order of magnitude
tradition
traditions
traditional
hierarchy
hierarchical
leadership = 0.5
discipline
disciplined
honor
honour
honored
honoured
deference
defer to
comply
complied
compliance
compliant
lawful
legitimate
legitimacy
sovereign
sovereignty
elders
uphold*
abide by
abiding by
chain of command
orderly
decorum
protocol
statesman*
status quo
restore order
restoring order
established order
duty
duties
loyal subjects
command respect
authoritative
submit to
reverence
dignitaries
pledge of allegiance

@authority/vice
overreach
overreached
overreaching
power grab
abuse of power
circumvent
circumvented
circumventing
circumvents
end run around
go rogue
gone rogue
went rogue
defy
defied
defies
defying
defiance
defiant
disobey*
disobedien*
rebel
rebels
rebellion
rebellious
revolt
revolted
revolts
insubordinat*
subver*
overthrow*
anarch*
chaos
chaotic
lawless*
mutiny
mutinous
mutineer*
sedition
seditious
insurrection*
riot
riots
rioters
rioting
unrest
civil disorder
public disorder
disrespect*
insolen*
impudent
contempt
flout*
dissident*
dissent
usurp*
coup
coups
topple
toppled
toppling
illegitimate
rogue
vigilante*
undermin* = 0.5
lawbreak*
unruly
rowdy
hooligan*
desecrate the flag
burn the flag
flag burning
storming

@sanctity/virtue
sacred
holy
holiness
pure
purity
purify
purified
purification
chaste
chastity
saintly
sainthood
divine
divinity
godly
pious
piety
sanctity
sanctify
sanctified
!sanctuary cities
!sanctuary city
blessed
blessing
blessings
wholesome
modesty
spiritual
spirituality
hallowed
consecrat*
immaculate
pristine
unspoiled
untainted
uncorrupted
sacrosanct
revered
worship*
devout
redemption
salvation
heaven
heavenly
angel
angels
angelic
!los angeles angels
sacrament
sacraments
sacramental
righteous
righteousness
virtue
virtuous
temple of
sanctuary = 0.5
innocence

@sanctity/vice
disgust*
filth*
dirty = 0.5
impure
impurity
contaminat*
pollut* = 0.5
taint*
defile*
desecrat*
profan*
blasphem*
sacrileg*
degrad*
debauch*
deprav*
pervert
perverted
perversion
obscen*
lewd
vulgar*
sleaz*
smut
pornograph*
sin
sins
sinful
sinner
sinners
decadent
decadence
promiscu*
indecen*
repuls*
revolting
vile
rotten
rotting
putrid
abomination
unholy
ungodly
heathen*
infidel*
apostasy
heresy
heretic*
idolat*
satan*
demonic
devil
devils
devilish
evil
wicked
wickedness
grotesque
squalid
squalor
nauseat*
