%scheme tone2
%title tone2.lcd

%dimension negative negative
%dimension positive positive

@negative
bleak
gloom*

@positive
bright*
