%scheme stance
%title stance.dicx

%dimension booster Booster
%dimension hedge Hedge
%dimension loaded-words Loaded, Words

@booster
clearly
undoubtedly = 2.5

@hedge
it seems, perhaps
maybe
perhaps

@loaded-words
regime*
thug* = 1.5
