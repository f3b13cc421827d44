%scheme frames
%title Council framing (test fixture)
%version 0.2.0
%language en
%reference Written for slant's lexicon format tests.

%dimension conflict Sides at odds
%dimension conflict-free Agreement and calm
%dimension conflict/clash Open confrontation
%dimension conflict/rhetoric Words used as weapons
%dimension economy Money, budgets and jobs
%negators not never no *n't
%clause-breakers but however
%negation-window 4
%negatable conflict-free economy

@conflict
at odds = 1.5
!conflict of interest
dispute*
standoff

@conflict-free
common ground
consensus
truce

@conflict/clash
brawl*
riot police = 2
scuffle*

@conflict/rhetoric
lash out
slam*
war of words

@economy
!budget airline
budget*
deficit
jobs = 0.5
tax cut*
