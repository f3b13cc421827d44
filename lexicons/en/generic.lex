# Generic news frames, operationalised as a dictionary.
#
# Semetko & Valkenburg (2000) measured five frames with yes/no questions put
# to whole stories by human coders. A dictionary can only count the words
# those questions point at, so read each dimension as "vocabulary that the
# frame's questions look for", not as a coder's judgement of the frame.
#
# Weights: 0.5 marks words that are weak evidence of the frame on their own
# (frequent, or often used in other senses); 1.5 to 2 marks words that carry
# the frame strongly.

%scheme    generic
%title     Generic news frames
%version   1.0.0
%reference Semetko, H. A. & Valkenburg, P. M. (2000). Framing European politics: A content analysis of press and television news. Journal of Communication 50(2), 93-109.
%language  en
%kind      framing

%dimension conflict        Conflict: disagreement, reproach or struggle between individuals, groups, parties or countries; two sides, winners and losers
%dimension human-interest  Human interest: a human face or emotional angle on an issue; personal stories, families, victims, feelings
%dimension economic        Economic consequences: financial gains or losses, costs and expenses for individuals, groups, institutions or countries
%dimension morality        Morality: moral messages, references to morality, God and religious tenets, prescriptions about how to behave
%dimension responsibility  Attribution of responsibility: who caused a problem or should solve it; blame, accountability, calls for action

@conflict
clash*
disput*
feud
feuds
feuding
rift
rifts
spat
standoff
stand-off
showdown
confront*
conflict
conflicts
!conflict of interest
!conflicts of interest
disagree*
oppose
opposed
opposes
opposing
rival
rivals
rivalry
rivalries
critics
criticis*
criticiz*
slammed
lash* out
hit back
hits back
fired back
shot back
accuse
accused
accuses
accusing
accusat*
accuser
accusers
denounc*
condemn*
rebuke*
reproach*
retort*
fight
fights
fighting
fought
!fight cancer
!fighting cancer
!fight against cancer
battle = 1.5
battles = 1.5
battled
battling
war = 1.5
wars = 1.5
warring = 1.5
warfare = 2
war of words
hostil* = 1.5
adversar*
opponent
opponents
enemy
enemies
tension = 0.5
tensions
polariz*
polaris*
divisive
deeply divided
at odds
two sides
both sides
taking sides
took sides
winners and losers
backlash
uproar
outcry
retaliat*
escalate
escalated
escalating
escalation
tit-for-tat
sparred
sparring
bicker*
squabbl*
wrangl*
dissent
dissented
defiance
defiant
defied
rebuff*
impasse
deadlock*
gridlock
infighting
turf war
combative
debate = 0.5
debates = 0.5
attack* = 1.5
!heart attack
!heart attacks
!panic attack*

@human-interest
victim
victims
family = 0.5
families = 0.5
mother
mothers
father
fathers
daughter
daughters
son
sons
child = 0.5
children = 0.5
kids = 0.5
baby
babies
toddler
toddlers
infant
infants
grandmother
grandfather
grandchildren
widow
widows
widowed
orphan
orphans
orphaned
loved one
loved ones
beloved
tears
tearful
tearfully
wept
weeping
sobbed
sobbing
heartbreak
heartbroken
heartbreaking
heartfelt
heartwarming
grief
grieving
grieve
grieved
mourn
mourned
mourners
mourning
sorrow
anguish*
devastated
despair
traumatized
traumatised
tragic
tragedy
tragedies
ordeal
plight
survivor
survivors
funeral
funerals
vigil
vigils
hugged
compassion*
sympathy
sympathetic
empathy
human cost = 1.5
human toll = 1.5
human face = 1.5
human story
her story
his story
their story
personal story
told her story
lost everything
lost their homes
lost his life
lost her life
lost their lives
!family business
!family-owned

@economic
econom*
!economy class
cost
costs
costly
price
prices
priced
pricing
budget
budgets
budgetary
spending
tax
taxes
taxed
taxation
taxpayer
taxpayers
dollar
dollars
billion = 0.5
billions
trillion
financ*
fund
funds
funding
funded
invest
invested
investing
investment
investments
investor
investors
jobs
unemploy*
employment
employer
employers
wage
wages
salary
salaries
income
incomes
revenue
revenues
profit*
loss = 0.5
losses = 0.5
!loss of life
!losses of life
!weight loss
!hearing loss
!memory loss
debt
debts
deficit
deficits
inflation
recession*
gdp
market
markets
stock market
wall street
trade = 0.5
tariff*
export*
imports
afford*
expensive
cheap
cheaper
subsidy
subsidi*
lucrative
bankrupt*
layoff*
laid off
business = 0.5
businesses = 0.5
consumer
consumers
mortgage*
paycheck*
pay raise
interest rate
interest rates
cost of living
fiscal
monetary
bottom line
!at all costs
!at any cost
!at any price

@morality
moral
morals
morality
morally
immoral
immorality
amoral
!moral support
ethic*
unethical
god
god's
religious = 0.5
religion = 0.5
sin
sins
sinful
virtue
virtues
virtuous
family values
moral values
our values
shared values
core values
right and wrong
the right thing
conscience
decency
indecent
honest
honesty
dishonest
dishonesty
evil = 1.5
evils = 1.5
wicked
wickedness
shame
shameful
shameless
disgrace*
sacred
righteous*
moral obligation
moral duty
duty to
principled
unprincipled
hypocri*
dignity
human dignity
redemption
forgiv*
greed
greedy
selfish*
depraved
depravity
decadent
decadence
abomination
sanctity of life
should be ashamed
ought to
!oh my god
!my god
!god knows

@responsibility
responsib*
irresponsib*
blame
blamed
blames
blaming
to blame
accountab*
at fault
faulted
culpab*
liable
liability
negligen*
held responsible
hold responsible
hold them responsible
failed to act
failure to act
inaction
mismanag*
mishandl*
bungl*
botched
lapse
lapses
scapegoat*
passing the buck
pass the buck
pointed the finger
point the finger
pointing fingers
solution
solutions
solve
solved
solving
remedy
remedies
fix the problem
address the problem
tackle the problem
must act
should act
take action
urgent action
step in
stepped in
intervene
called on
calls on
calling on
urge
urged
urges
urging
must do more
should have
apologize
apologise
apologized
apologised
apology
resign
resignation
resigned
!resigned to
in charge
oversight
