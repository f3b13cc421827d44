%scheme tone
%title tone.lc3

%dimension neg_positive neg_positive
%dimension negative negative
%dimension positive positive

@neg_positive
not good
not great

@negative
a disgrace
abandon*
heckl*
no man's land

@positive
admir*
good
