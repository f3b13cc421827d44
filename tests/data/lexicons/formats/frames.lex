# A small framing lexicon for the format tests: what the writers must
# carry or report (sub-dimensions, weights, phrases, wildcards,
# exclusions, negation, metadata). Written for slant's tests.
%scheme frames
%title Council framing (test fixture)
%version 0.2.0
%reference Written for slant's lexicon format tests.
%language en

%dimension conflict           Sides at odds
%dimension conflict/clash     Open confrontation
%dimension conflict/rhetoric  Words used as weapons
%dimension conflict-free      Agreement and calm
%dimension economy            Money, budgets and jobs
%negators not never no *n't
%clause-breakers but however
%negation-window 4
%negatable economy conflict-free

@conflict
dispute*
standoff
at odds = 1.5
!conflict of interest

@conflict/clash
brawl*
scuffle*
riot police = 2

@conflict/rhetoric
slam*
lash out
war of words

@conflict-free
truce
consensus
common ground

@economy
budget*
tax cut*
jobs = 0.5
deficit
!budget airline
