%scheme mood
%title mood.dic

%dimension affect Affect
%dimension affect/negemo Negemo
%dimension affect/negemo-anger Negemo/Anger
%dimension affect/posemo Posemo
%dimension work-life Work Life

@affect
feel

@affect/negemo
furious
grim
outrage* = 2

@affect/negemo-anger
furious
outrage* = 2

@affect/posemo
cheer*
glad

@work-life
budget meeting
catch 22
job*
overtime = 1.5
