# A small lexicon for the CLI tests: counts are checkable by hand.
%scheme mini
%title Mini test lexicon
%version 0.1.0
%reference slant test suite
%dimension attribution          Verbs reporting speech
%dimension attribution/neutral  Neutral reporting verbs
%dimension attribution/loaded   Loaded reporting verbs
%dimension armed-group          Words for the armed group
%dimension tone                 Positive words
%negators not no never *n't
%negatable tone

@attribution/neutral
said
told

@attribution/loaded
claimed
insisted
admitted

@armed-group
terrorist*
militant*
fighters
!fighters' union

@tone
victory
success = 2
