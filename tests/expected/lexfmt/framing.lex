%scheme framing
%title framing.yml

%dimension economy Economy
%dimension empty Empty
%dimension globs Globs
%dimension security Security
%dimension security/border Border
%dimension security/border-walls Border/Walls
%dimension security/military Military
%dimension security/police Police

@economy
econom*
jobs
tax cut*

@globs
no
yes

@security
threat*

@security/border-walls
fence
wall*

@security/military
air strike*
troop*

@security/police
arrest*
police*
