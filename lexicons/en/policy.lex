# Policy frames, operationalised as a dictionary.
#
# The Policy Frames Codebook (Boydstun et al. 2014; used to annotate the
# Media Frames Corpus, Card et al. 2015) defines 14 issue-general frames
# plus "other". Coders assign frames to spans and articles; this lexicon
# counts the vocabulary each frame's definition points at. Frames share
# words in real text (a "court ruling on a tax" is legality and economic);
# here each entry sits in the one frame whose definition it fits best.
#
# Weights: 0.5 marks words that are weak evidence alone (frequent, or often
# used in other senses); 1.5 marks words that carry the frame strongly.

%scheme    policy
%title     Policy frames (Policy Frames Codebook)
%version   1.2.0
%reference Boydstun, A. E., Card, D., Gross, J. H., Resnik, P. & Smith, N. A. (2014). Tracking the development of media frames within and across policy issues. APSA 2014 Annual Meeting Paper.
%reference Card, D., Boydstun, A. E., Gross, J. H., Resnik, P. & Smith, N. A. (2015). The Media Frames Corpus: Annotations of frames across issues. Proceedings of ACL 2015 (Short Papers), 438-444.
%language  en
%kind      framing

%dimension economic             Economic: costs, benefits or other financial implications of an issue for individuals, businesses or the state
%dimension capacity-resources   Capacity and resources: availability or lack of time, space, staff, money or other resources; strain on existing systems
%dimension morality             Morality: religious or ethical implications; duty, conscience, right and wrong
%dimension fairness-equality    Fairness and equality: whether laws, burdens, punishments or rewards are distributed equally or fairly; discrimination, equal rights
%dimension legality             Legality, constitutionality and jurisprudence: laws, courts, rights, constitutional interpretation, legal challenges
%dimension policy-prescription  Policy prescription and evaluation: particular policies proposed or in place, and whether they work
%dimension crime-punishment     Crime and punishment: breaking the law, enforcement, investigation, sentencing and punishment
%dimension security-defense     Security and defense: threats to the welfare of a person, community or nation; defense, military, terrorism, border security
%dimension health-safety        Health and safety: health care, disease, injury, sanitation, public safety
%dimension quality-of-life      Quality of life: effects on people's well-being, daily routines, housing, mobility, opportunity and happiness
%dimension cultural-identity    Cultural identity: traditions, customs, language, heritage and values of a social group, nation or culture
%dimension public-opinion       Public opinion: attitudes and opinions of the general public, polls, surveys, protests and demonstrations of public sentiment
%dimension political            Political: political considerations, partisanship, elections, campaigns, lobbying, maneuvering between parties and politicians
%dimension external-regulation  External regulation and reputation: relations with other countries and international bodies, foreign policy, a country's international standing

@economic
econom*
!economy class
cost
costs
costly
cost-effective
price
prices
pricing
budget
budgets
budgetary
spending
taxpayer
taxpayers
tax
taxes
taxation
dollar
dollars
billion = 0.5
billions
trillion
financ*
funding
funded
invest
investment
investments
investor
investors
jobs
job creation
job losses
unemploy*
wage
wages
income
revenue
revenues
profit*
debt
deficit
deficits
inflation
recession*
gdp
stock market
markets
trade = 0.5
tariff*
export*
imports
subsidy
subsidi*
bankrupt*
layoff*
fiscal
monetary
economic impact
financial burden
bottom line
cost of living
!at all costs
!at any cost
# who pays and who profits: industries, sales, lenders and boycotts
gun sales
sales = 0.5
industry = 0.5
industries = 0.5
gun industry
firearms industry
gun maker
gun makers
gunmaker*
weapons maker*
firearms maker*
manufacturer*
retailer*
lending
lender*
line of credit
banks = 0.5
shareholder*
stockholder*
boycott*
corporations = 0.5
corporate = 0.5
cut ties
sponsors = 0.5
sponsorship*
advertiser*
insurance = 0.5
consumer*
customers
slump
sales slump
money = 0.5
afford*
!affordable care act
unaffordable
stocks = 0.5
!bump stock*
sporting goods

@capacity-resources
cash-strapped
strapped for cash
overburdened
overloaded
in short supply
lack of funding
stretched too thin
funding gap
funding gaps
short of money
too little money
ran short
running short
capacity = 1.5
overcapacity
shortage = 1.5
shortages = 1.5
shortfall
shortfalls
scarce
scarcity
backlog
backlogs
overcrowd*
overwhelmed
overwhelm
overwhelms
understaffed
short-staffed
staffing
staff shortage
stretched thin
strained = 0.5
strain on
burden on
bottleneck*
waiting list
waiting lists
wait times
waitlist*
limited resources
lack of resources
resources = 0.5
resource = 0.5
manpower
workforce
infrastructure
hospital beds
beds = 0.5
supplies
supply
stockpile*
inventory
ran out
running out
run out of
exhausted = 0.5
depleted
depletion
insufficient
inadequate
not enough
too few
maxed out
at capacity
full capacity
over capacity
cannot cope
unable to cope
keep up with
keeping up with
personnel
headcount
caseload*
workload*
underfunded
under-resourced
cutbacks

@morality
moral
morals
morality
morally
immoral
!moral support
ethic*
unethical
conscience
god
god's
religious
religion
faith = 0.5
church = 0.5
churches = 0.5
bible
biblical
scripture
sin
sinful
sacred
sanctity
virtue
virtuous
family values
evil
wicked
righteous*
compassion*
mercy
merciful
decency
dignity
humane
inhumane
duty = 0.5
moral obligation
right and wrong
the right thing
shame
shameful
dishonest
hypocri*
greed
selfish*
forgiv*
redemption
!oh my god
!my god

@fairness-equality
fair
!state fair
!county fair
!job fair
!career fair
!fair enough
!fair to say
treated fairly
fairness
unfair
unfairly
unfairness
equal
equality
inequality
inequalities
unequal
equity
inequit*
equitabl*
discriminat*
nondiscriminat*
non-discrimination
bias
biased
prejudic*
racism
racist
sexism
sexist
disparit*
double standard
double standards
level playing field
fair share
equal rights
equal pay
equal treatment
equal opportunity
equal protection
civil rights
injustice
injustices
unjust
unjustly
favoritism
favouritism
privilege*
!executive privilege
!attorney-client privilege
underprivileged
marginaliz*
marginalis*
disadvantaged
segregat*
exclusion
exclud*
gap between
wealth gap
pay gap
income gap
rich and poor
have-nots
loophole*
special treatment
preferential
deserve
deserves
deserving
undeserving
!equal sign
# race and ethnicity: hate crimes, supremacist movements and the minorities they target
hate crime = 1.5
hate crimes = 1.5
hate-crime
hate group*
hate speech
anti-semitism
antisemitism
anti-semitic
antisemitic
anti-muslim
anti-black
anti-immigrant
anti-asian
islamophob*
xenophob*
white supremacist*
white nationalist*
white supremacy
neo-nazi*
nazi*
swastika*
klan
klansman
klansmen
kkk
ku klux klan
racially motivated
racially
race relations
racial profiling
racial justice
people of color
black people
black man
black men
black woman
black women
black teen*
black community
black communities
black americans
black church
black churches
minorities = 0.5
minority = 0.5
!minority leader
!minority whip
!minority party
bigotry
bigot
bigots
ethnic* = 0.5
racial
hispanic = 0.5
latino = 0.5
latinos = 0.5
latina = 0.5
african american = 0.5
african americans = 0.5
asian american = 0.5
asian americans = 0.5
muslim = 0.5
muslims = 0.5
jewish = 0.5
jews = 0.5
hispanics = 0.5
blacks = 0.5
whites = 0.5
white man = 0.5
white men = 0.5
white woman = 0.5
white women = 0.5

@legality
legal
legally
illegal
illegally
unlawful
unlawfully
lawful
law = 0.5
laws = 0.5
statute
statutes
statutory
constitution
constitutional = 1.5
unconstitutional = 1.5
constitutionality = 1.5
amendment
first amendment
second amendment
fourteenth amendment
due process
court = 0.5
courts = 0.5
supreme court
appeals court
federal judge
judge
judges
judicial
justices
ruling
rulings
ruled
!ruled out
overturn*
upheld
uphold
strike down
struck down
lawsuit
lawsuits
sued
sue
suing
litigation
litigants
plaintiff*
defendant*
injunction*
precedent*
jurisdiction*
legality
jurisprudence
attorney*
lawyer*
legal challenge
legal challenges
court challenge
class action
verdict
verdicts
appeal = 0.5
appealed
filed suit
amicus
executive order
executive orders
authority to
!appeal to
# gun rights
gun rights = 2
gun-rights = 2
2nd amendment
second amendment rights
right to bear arms
keep and bear arms
bear arms
gun owner
gun owners
gun ownership
law-abiding
pro-gun
constitutional carry
permitless carry
concealed carry
open carry
stand your ground
stand-your-ground
self-defense
self defense
castle doctrine
individual freedom
freedoms
!gun law
!gun laws
!gun-control laws
!gun control laws
!firearm laws
!firearms laws

@policy-prescription
policy
policies
proposal
proposals
proposed
propose
plan = 0.5
plans = 0.5
bill = 0.5
bills = 0.5
!bill clinton
!bill gates
!bill de blasio
!bill barr
!bill o'reilly
!bill nelson
!bill cassidy
!bill maher
legislation
legislative
reform
reforms
overhaul*
initiative
initiatives
program
programs
programme
programmes
measure = 0.5
measures
regulation
regulations
regulatory
deregulat*
mandate
mandates
mandatory
ban
bans
banned
banning
moratorium
implement*
enact
enacted
enactment
repeal*
pilot program
scheme = 0.5
guidelines
incentive*
effective
effectiveness
ineffective
backfire*
unintended consequences
loophole
price cap
spending cap
cap on
caps on
quota
quotas
restrictions
crackdown
roll back
rolled back
rollback
expansion of
phase out
phased out
sunset clause
funding formula
tax credit
tax credits
voucher*
# the gun debate's policy vocabulary
gun control = 2
gun-control = 2
gun law
gun laws
gun-control laws
gun control laws
firearm laws
firearms laws
gun legislation
gun reform
gun reforms
gun restrictions
gun regulation*
gun policy
gun policies
gun safety laws
gun violence prevention
background check*
assault weapons ban
assault-weapons ban
bump stock*
red flag law*
red-flag law*
extreme risk
buyback*
buy-back*
waiting period*
age limit
raising the age
raise the age
minimum age
stricter = 0.5
tougher = 0.5
tighter = 0.5
loosen*
permit = 0.5
permits = 0.5
license = 0.5
!license plate*
!driver's license*
licenses = 0.5
licensing = 0.5
registry
take away guns
take away the guns
taking away guns

@crime-punishment
crime
crimes
criminal
criminals
criminality
criminaliz*
decriminaliz*
decriminalis*
felon
felons
felony
felonies
misdemeanor*
misdemeanour*
arrest
arrests
arrested
charged with
charges = 0.5
indicted
indictment*
prosecut*
convict*
sentence
sentenced
sentencing
prison
prisons
prisoner
prisoners
inmate
inmates
jail
jailed
incarcerat*
imprison*
parole
probation
police
policing
officers = 0.5
law enforcement
murder
murders
murdered
homicide*
robbery
robberies
theft
burglar*
assault
assaulted
shooting
shootings
gang
gangs
trafficking
trafficker*
smuggl*
cartel*
drug dealer*
fraud
offender*
offense = 0.5
offence = 0.5
punish*
death penalty
execution
executed = 0.5
detention = 0.5
deport*
enforcement
investigation = 0.5
suspect
suspects
guilty
!guilty pleasure

@security-defense
security
!social security
!job security
!security deposit
national security = 1.5
homeland security = 1.5
border security = 1.5
defense
defence
!defense attorney
!defense lawyer
!defence lawyer
!defense team
military
troops
soldier
soldiers
army
armies
navy
naval
air force
marines
pentagon
missile*
weapon*
nuclear = 0.5
arms
!open arms
!arms around
armed
war
wars
warfare
terror
terrorism
terrorist
terrorists
counterterror*
counter-terror*
extremis*
jihad*
insurgen*
militant
militants
threat
threats
threaten*
attack
attacks
!heart attack
!heart attacks
invasion
invade*
airstrike*
air strike
air strikes
bomb
bombs
bombing
bombings
drone
drones
espionage
spy
spies
spying
intelligence
!artificial intelligence
surveillance
cyberattack*
cyber attack
deterren*
deter
ceasefire
border patrol
combat

@health-safety
health
healthy
unhealthy
health care
healthcare
public health = 1.5
hospital
hospitals
hospitaliz*
hospitalis*
clinic
clinics
doctor
doctors
nurse
nurses
patient
patients
disease
diseases
illness
illnesses
infection*
infectious
virus
viruses
pandemic
epidemic
outbreak*
vaccin*
medicine
medicines
medical
medication*
treatment
treatments
drug overdose
overdose*
opioid*
injury
injuries
injured
safety
safe
unsafe
hazard*
toxic
contaminat*
pollution
sanitation
mental health
cancer
diabetes
obesity
mortality
death toll
deaths = 0.5
fatal
fatalities
accident
accidents
crash
crashes
!market crash
!stock market crash
health insurance
medicaid
medicare
life expectancy
disabilit*
!safe to say
!safe haven
!safe seat
!play it safe
# public safety in schools and public spaces; mental health
school safety = 2
school security
campus safety
safer schools
arm teachers
arming teachers
armed teachers
teachers carry
guns in schools
guns in classrooms
resource officer*
armed guard*
security guard*
metal detector*
active shooter*
lockdown*
threat assessment*
warning signs
mental illness = 1.5
mentally ill = 1.5
psychiatric
psychiatrist*
psycholog*
therapist*
therapy
counseling
counselor*
trauma
traumatic
traumatized
traumatize
ptsd
post-traumatic
anxiety
depression
!great depression
!economic depression
suicide*
!political suicide
suicidal
sanity
heard voices
hearing voices
special needs
special-needs
stop the bleed
first aid
cpr
security measures
security fears
security concerns
tighter security
increased security
heightened security
safety measures
safety plan*
evacuat*
safety drill*
bulletproof
bullet-proof
panic button*
harden schools
hardening schools
school hardening
mental-health
schizophreni*
bipolar
psychosis
psychotic

@quality-of-life
quality of life = 2
well-being
wellbeing
standard of living
living standards
daily life
daily lives
everyday life
day-to-day
lifestyle
lifestyles
livelihood*
commute
commutes
commuters
commuting
traffic
congestion
neighborhood
neighborhoods
neighbourhood
neighbourhoods
housing
homes = 0.5
homeless*
home ownership
homeownership
rent
rents
eviction*
evicted
affordable housing
childcare
child care
schools = 0.5
education = 0.5
opportunity = 0.5
opportunities = 0.5
upward mobility
social mobility
happiness
unhappy
happier
loneliness
isolation
stress = 0.5
stressful
leisure
recreation
public parks
green space
green spaces
playground*
public transit
public transport
clean air
clean water
noise = 0.5
safe streets
afford to live
make ends meet
struggling families
working families
hardship
hardships
comfortable = 0.5
convenience
inconvenience
disrupt*

@cultural-identity
culture
cultures
cultural
tradition
traditions
traditional
heritage
customs
identity
identities
ancestor*
ancestral
national identity
american way of life
way of life
assimilat*
integrat* = 0.5
multicultural*
diversity
diverse
immigrant communities
heritage month
language = 0.5
languages
english-speaking
mother tongue
native language
bilingual
folklore
festival
festivals
holiday = 0.5
celebrat* = 0.5
rituals
ritual
indigenous
native american
tribal
tribe
tribes
christian
christians
western civilization
values = 0.5
our values
national character
patriotism
symbol
symbols
flag
!red flag
!red flags
monument
monuments
statue
statues
!integrated circuit
# culture as society talks about itself: faith, entertainment, masculinity
religiosity
anti-religiosity
secular*
video game*
violent video games
gamer
gamers
gaming = 0.5
hollywood
movies = 0.5
entertainment
pop culture
popular culture
comedian*
late-night
music = 0.5
rapper*
masculinity
manhood
gun culture = 2
culture of violence
violent culture
media violence
violence in the media
society = 0.5
societal
social fabric
great awakening
fatherless
family breakdown

@public-opinion
poll
polls
polling
pollster*
survey
surveys
surveyed
respondents
public opinion = 2
public support
public pressure
public outcry
outcry
backlash
approval rating*
disapproval
percent of americans
percent of voters
majority of americans
most americans
americans say
voters say
many americans
popular
popularity
unpopular
sentiment
sentiments
focus group*
protest
protests
protesters
protestors
demonstrators
demonstration = 0.5
demonstrations
petition*
rally
rallies
marched
marches
protest march
grassroots
constituents
public mood
public anger
public concern
mood of the country
gallup
pew research
quinnipiac
ipsos
yougov
# the public speaking for itself: walkouts, vigils, mourning, reactions
walkout
walkouts
walk out
walked out
marchers
vigil
vigils
candlelight
mourn
mourns
mourned
mourning
mourners
memorial = 0.5
memorials
tribute
tributes
honor = 0.5
honors = 0.5
honored = 0.5
honoring = 0.5
condolence*
outpouring
solidarity
react
reacts
reacted
reaction
reactions
responds = 0.5
outrage = 0.5
outraged
anger = 0.5
condemn
condemns
condemned
social media
viral
hashtag*
activist*
activism
speak out
speaks out
spoke out
speaking out
demand action
call to action
enough is enough
stand with
stands with
come together
came together
rallied
nationwide
public reaction
public response
community response
americans = 0.5

@political
political
politically
politician*
politics
partisan*
bipartisan*
nonpartisan
republican*
democrat*
gop
conservative*
liberal*
progressive*
congress
congressional
senate
senator*
house speaker
lawmaker*
legislator*
campaign*
election*
electoral
elect
elected
reelection
re-election
voters
vote
votes
voted
voting
ballot*
primaries
primary election
primary elections
primary race
primary challenge
primary challenger
midterm*
candidate*
nominee*
lobby
lobbying
lobbyist*
donor*
super pac
filibuster*
caucus*
political capital
swing state*
swing voters
political gain
political points
scoring points
politicking
gridlock
white house
administration = 0.5
governor
mayor
parliament*
prime minister
!liberal arts
!democratic republic of the congo
# offices and the gun lobby
president = 0.5
presidents = 0.5
president's = 0.5
presidential
presidency
vice president
nra
nra's
n.r.a
gun lobby
town hall*
capitol hill
statehouse*
legislature
legislatures
congressman
congresswoman
congressmen
congresswomen
governor's
governors
dem
dems
gopers
endorse
endorses
endorsed
endorsement*
rnc
dnc
pac
pacs
secretary = 0.5
cabinet = 0.5

@external-regulation
international
internationally
foreign
foreign policy
diplomat*
diplomacy
embassy
embassies
ambassador*
united nations
un security council
european union
eu
nato
treaty
treaties
sanction
sanctions
sanctioned
allies
alliance
bilateral
multilateral
global = 0.5
globally = 0.5
world stage
reputation
international community
image abroad
standing in the world
credibility abroad
summit
summits
negotiations
negotiators
accord
accords
agreement = 0.5
trade deal
trade agreement
geneva
world health organization
international law
international court
the hague
icc
world bank
imf
g7
g20
foreign minister
secretary of state
ratif*
condemnation
other countries
neighboring countries
abroad
