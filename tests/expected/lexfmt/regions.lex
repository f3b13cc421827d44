%scheme regions
%title regions.cat

%dimension city CITY
%dimension city/parks PARKS
%dimension city/roads ROADS
%dimension city/roads-bridges ROADS/BRIDGES
%dimension schools SCHOOLS

@city/parks
CITY PARK
PLAYGROUND*

@city/roads
POTHOLE* = 2
RESURFAC*

@city/roads-bridges
OVERPASS = 0.5

@schools
CLASSROOM*
TEACHER*
