# Epistemic stance: how firmly a text commits to what it says, and how it
# frames the words of others.
#
# Hedges and boosters follow Hyland's (2005) account of metadiscourse;
# factives and assertives follow Hooper (1975) as used by Recasens et al.
# (2013) for detecting epistemological bias; attribution separates neutral
# reporting verbs from loaded ones that comment on the speaker's credibility
# or manner (Recasens et al. 2013 found the latter among the strongest cues
# of biased wording). The entries are this project's own; words that play
# several roles are placed where their news use is most often epistemic.

%scheme    epistemic
%title     Epistemic stance and attribution
%version   1.0.0
%reference Hyland, K. (2005). Metadiscourse: Exploring Interaction in Writing. London: Continuum.
%reference Hooper, J. B. (1975). On assertive predicates. In J. Kimball (ed.), Syntax and Semantics 4, 91-124. New York: Academic Press.
%reference Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic models for analyzing and detecting biased language. Proceedings of ACL 2013, 1650-1659.
%language  en
%kind      framing

%dimension hedges              Hedges: words that withhold full commitment to a proposition (may, perhaps, apparently, suggests)
%dimension boosters            Boosters: words that express certainty and close down alternatives (clearly, undoubtedly, in fact)
%dimension factives            Factives: predicates that presuppose the truth of their complement (realized, revealed, regret that, the fact that)
%dimension assertives          Assertives: predicates that assert the complement with the speaker's own commitment (argued, contended, predicted)
%dimension attribution         Attribution: reporting verbs and phrases that put words in a source's mouth
%dimension attribution/neutral Neutral attribution: reporting that leaves the source's credibility alone (said, told, according to)
%dimension attribution/loaded  Loaded attribution: reporting verbs that cast doubt on, or characterise, the source (claimed, admitted, insisted)

@hedges
may
# the month and a former prime minister
!in may
!of may
!since may
!until may
!through may
!by may
!from may
!last may
!next may
!this may
!early may
!late may
!mid-may
!theresa may
!prime minister may
!mrs may
!ms may
!may day
!may 19*
!may 20*
!may 1
!may 2
!may 3
!may 4
!may 5
!may 6
!may 7
!may 8
!may 9
!may 10
!may 11
!may 12
!may 13
!may 14
!may 15
!may 16
!may 17
!may 18
!may 21
!may 22
!may 23
!may 24
!may 25
!may 26
!may 27
!may 28
!may 29
!may 30
!may 31
might
!military might
!economic might
!with all his might
could
perhaps
possibly
possible = 0.5
probably
probable
likely
unlikely
likelihood
apparently
apparent
seemingly
seem
seems
seemed
appear
appears
appeared
!appeared in court
!appear in court
!appeared before the court
!appeared on
!appeared at
suggest
suggests
suggested
suggesting
indicate
indicates
indicated
estimate
estimates
estimated
roughly
approximately
somewhat
relatively
presumably
supposedly
allegedly
reportedly
purportedly
tend to
tends to
tended to
in part
partly
partially
largely = 0.5
generally = 0.5
typically = 0.5
mostly = 0.5
usually = 0.5
almost = 0.5
maybe
to some extent
to a certain extent
to some degree
more or less
uncertain
uncertainty
unclear
unsure
not clear
doubt
doubts
!no doubt
!without doubt
!beyond doubt
!little doubt
!without a doubt
doubtful
believe
believes
believed
think
thinks
suspect that
suspects that
guess
suppose
assume
assumes
assumption
assumptions
!assumed office
potentially
conceivabl*
arguabl*
plausib*
speculat*
remains to be seen
as far as we know
in some cases
in theory
hypothetically
if true
unconfirmed
unverified
tentative*
inconclusive
preliminary = 0.5

@boosters
clearly
obviously
obvious
certainly
certain that
definitely
definitive
definitively
undoubtedly
undeniabl*
indisputabl*
unquestionabl*
incontrovertibl*
irrefutabl*
unmistakabl*
indeed
surely
of course
no doubt
without doubt
without a doubt
beyond doubt
little doubt
beyond question
without question
no question that
evident
evidently
it is clear
is clear that
was clear that
conclusive
conclusively
proven
proves that
proved that
proof that
demonstrates that
demonstrated that
shows that
showed that
truly
in fact
the fact is
in reality
actually = 0.5
really = 0.5
make no mistake
absolutely
sure that
convinced that
confident that
must = 0.5
always = 0.5
unequivocally
categorically
plainly
patently
manifestly
self-evident
well-established
everyone knows
inevitabl*
undisputed
firmly
guaranteed
definite
decidedly

@factives
know
knows
knew
knowing
known that
realize
realizes
realized
realizing
realise
realises
realised
realising
realization
discover
discovers
discovered
found out
find out
finds out
found that
learned that
learnt that
learned of
regret
regrets
regretted
regrettabl*
resent
resents
resented
forget
forgets
forgot
forgotten
remember
remembers
remembered
recalled that
recalls that
noticed
notice that
reveal
reveals
revealed
revealing
revelation
revelations
it emerged that
the fact that
despite the fact
given the fact
in light of the fact
aware that
aware of
unaware that
recognize that
recognized that
recognise that
recognised that
understand that
understood that
confirmed
comprehend
odd that
strange that
tragic that
ironic that
significant that
sad that
unfortunate that
fortunate that
glad that
sorry that
surprised that
surprising that
shocked that
outrageous that
telling that
noteworthy that
remarkable that
interesting that
disappointed that
pleased that
proud that
relieved that
upset that
angry that
happy that
pity that
shame that

@assertives
assert*
contend
contends
contended
contending
argue
argues
argued
arguing
maintain that
maintains that
maintained that
declared that
declares that
affirm
affirms
affirmed
affirming
affirmation
reaffirm*
predict
predicts
predicted
predicting
prediction
predictions
hypothes*
theoriz*
theorise
theorised
theorises
posit
posits
posited
postulat*
conclude
concludes
concluded
deduce
deduced
infer
infers
inferred
reckon
reckons
reckoned
surmise
surmised
presume
presumes
presumed
imagine
expect
expects
expected
expecting
expectation
expectations
figure that
figured that
swear
swore
assure
assures
assured
hint
hints
hinted
imply
implies
implied
intimated
emphasize
emphasizes
emphasized
emphasizing
emphasise
emphasises
emphasised
stressed that
stresses that
stressing that
underscore
underscores
underscored
underscoring

@attribution/neutral
said
says
saying
told
tells
stated
according to = 1.5
added
adds
noted
reported
announced
announces
explained
explains
wrote
writes
commented
remarked
replied
responded
answered
asked
described
mentioned
observed
pointed out
points out
reiterated
in a statement
told reporters
spokesperson
spokespeople
spokesman
spokeswoman
spokesmen
press secretary
in an interview
news conference
press conference
press briefing
quoted
quoting
cited
citing
posted on
tweeted
testified
informed
disclosed
went on to say
!saying goes
!as the saying goes

@attribution/loaded
claimed
claiming
claims that
claim that
admitted
admits
admit
admitting
!admitted to hospital
!admitted to the hospital
!admitted to a hospital
!admitted into
!admitted to the bar
!admitted students
insisted
insists
insisting
insist
conceded
concedes
concede
conceding
!conceded defeat
!concede defeat
!conceded the race
!concede the race
!conceded the election
!concede the election
!conceded a goal
boasted
boasts
boast
boasting
!boasts a
bragged
brags
bragging
alleged
alleges
alleging
allegation
allegations
acknowledged
acknowledges
acknowledge
acknowledging
confessed
confesses
confess
confession
denied
denies
deny
denying
denial
complained
complains
lamented
laments
vowed
vows
touted
touts
trumpeted
crowed
gloated
proclaimed
professed
purported
scoffed
sneered
fumed
ranted
railed
whined
grumbled
griped
quipped
retorted
shot back
fired back
lashed out
slammed
dismissed
brushed off
downplayed
pleaded
begged
demanded
exclaimed
mused
