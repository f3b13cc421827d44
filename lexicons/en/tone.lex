# Tone: positive and negative evaluative vocabulary as it occurs in news.
#
# General sentiment lists are built for product reviews and social media;
# news tone lives in words about outcomes (victory, crisis), conduct
# (praised, condemned) and conditions (thriving, bleak). The entries are
# this project's own. Negation is handled by the engine: a negator up to
# three tokens before a hit ("not a victory", "hardly a success", "wasn't
# good") moves the hit from the count to the `negated` column. Words that
# are themselves named events in news (war, attack) are left to the frame
# schemes; tone keeps to evaluation.
#
# Weights: 0.5 for mild or frequent words, 1.5 to 2 for strong ones.

%scheme    tone
%title     Tone (positive and negative evaluation)
%version   1.0.0
%reference Young, L. & Soroka, S. (2012). Affective news: The automated coding of sentiment in political texts. Political Communication 29(2), 205-231.
%reference Soroka, S. N. (2014). Negativity in Democratic Politics: Causes and Consequences. Cambridge University Press.
%language  en
%kind      framing

%dimension positive  Positive tone: success, progress, approval, hope and other favourable evaluation
%dimension negative  Negative tone: failure, harm, threat, disapproval, fear and other unfavourable evaluation

%negators         not no never none nobody nothing neither nor without hardly barely scarcely cannot *n't
%negation-window  3
%clause-breakers  but however although though yet whereas while
%negatable        positive negative

@positive
good = 0.5
!good morning
!good night
!good friday
!for good
great = 0.5
!great britain
!great lakes
!great depression
!great recession
!great barrier reef
excellent
success = 1.5
successes = 1.5
successful = 1.5
successfully
succeed
succeeded
succeeds
win
wins
winning = 0.5
won
victory = 1.5
victories = 1.5
victorious = 1.5
triumph*
achievement
achievements
achieve
achieved
accomplish*
progress
improve
improved
improves
improving
improvement
improvements
benefit
benefits
beneficial
boost
boosted
boosts
gain
gains
gained
strong = 0.5
stronger = 0.5
strengthen*
hope
hopes
hopeful
optimism
optimistic
confident
confidence
celebrate
celebrated
celebrates
celebrating
celebration
praise
praised
praises
praising
hailed
welcome
welcomed
welcomes
positive
breakthrough = 1.5
breakthroughs
peace
peaceful
peacefully
safe = 0.5
safely
thrive
thrives
thrived
thriving
flourish*
prosper
prospered
prosperity
prosperous
commend*
applaud*
applause
admire
admired
admirable
remarkable
impressive
outstanding
best = 0.5
effective
resilien*
courage
courageous
brave
bravery
heroic
hero
heroes
generous
generosity
happy
happiness
joy
joyful
delighted
pleased
glad
grateful
gratitude
thankful
proud
landmark
milestone
rebound
rebounded
recovery
recovered
encouraging
encouraged
promising
stability
stable
cooperation
reward
rewarding
opportunity = 0.5
relief
reassur*
vibrant
innovative
dignity
honor
honour
honored
honoured
steadfast
steadfastness
unity
!recovered bodies
!bodies were recovered

@negative
bad
worse
worst
crisis = 1.5
crises = 1.5
disaster = 1.5
disasters = 1.5
disastrous = 1.5
catastroph* = 2
tragedy = 1.5
tragic = 1.5
failure
failures
failed
fails
fail
failing
loss = 0.5
losses = 0.5
defeat
defeated
defeats
decline
declined
!declined to
declining
plunge*
plummet*
slump*
collapse*
threat
threats
threaten
threatened
threatening
danger
dangers
dangerous
fear
fears
feared
afraid
worry
worried
worries
worrying
concerns = 0.5
anger
angry
outrage*
furious
fury
violence = 1.5
violent = 1.5
brutal = 1.5
brutality = 1.5
deadly = 1.5
killed
killing
killings
dead
died
injured
wounded
destroy
destroyed
destruction
damage
damaged
damaging
devastat* = 1.5
suffer
suffered
suffering
painful
harm
harmed
harmful
victims
corrupt
corruption
scandal
scandals
fraud
abuse
abuses
abused
problem = 0.5
problems = 0.5
trouble
troubled
troubling
difficult = 0.5
chaos
chaotic
turmoil
unrest
poverty
shortage
shortages
hunger
famine
starvation
misery
miserable
grim
bleak
dire
alarming
alarmed
shocking
shocked
horrific
horrifying
horrified
terrible
terribly
awful
weak = 0.5
weakened
weakness
condemn*
controversial = 0.5
controversy = 0.5
flawed
wrong
mistake
mistakes
blunder*
mess
disgrace*
shame
shameful
humiliat*
setback
setbacks
stalemate
insult*
hostile
hatred
hate
grief
despair
sadly
