# Contested naming: the words outlets choose for the same referent.
#
# Each top-level dimension is one naming set (one referent: the State of
# Israel, Hamas, the West Bank, Iran's leader ...); its sub-dimensions are
# the alternative names in use, from every side of the dispute. A report
# compares which variant each outlet prefers: one outlet's "Zionist regime"
# against another's "Zionist entity" and a third's "Israel".
#
# Rules followed here:
# - Within a set the longest match wins, so a descriptor and its head noun
#   count once, under the descriptor: "Hamas militants" is one hit for
#   hamas/militants, not also one for hamas/hamas-as-named; "occupied West
#   Bank" is one hit for occupied-territories, not also one for west-bank.
# - A variant's name says what it is, not whether it is right; the sets
#   are meant to be balanced, and each holds the terms of both sides.
# - Names are matched wherever they occur, so a set also counts uses about
#   other referents that share the words ("militants" of another group,
#   "genocide" in another war). Exclusions remove the common known cases.
# - Possessives are listed where a name is often possessive ("Israel's"),
#   or the last word is a wildcard ("supreme leader*" for "Leader's").

%scheme    naming
%title     Contested naming
%version   1.0.0
%reference Slant project (2025). Contested naming sets, written for comparing coverage of the same events across outlets.
%reference Entman, R. M. (1993). Framing: Toward clarification of a fractured paradigm. Journal of Communication 43(4), 51-58.
%reference Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic models for analyzing and detecting biased language. Proceedings of ACL 2013, 1650-1659.
%language  en
%kind      naming

%dimension israel                        Names for the State of Israel and its organs
%dimension israel/israel                 Israel by its name: Israel, the State of Israel, Israeli government, Israeli army, IDF, the Jewish state
%dimension israel/zionist-regime         Israel as a regime: Zionist regime, Israeli regime, Tel Aviv regime
%dimension israel/zionist-entity         Israel as an entity: Zionist entity, usurping entity, Zionist state
%dimension israel/zionist-enemy          Israel as the enemy: Zionist enemy, Israeli enemy
%dimension israel/zionist                Other "Zionist" compounds for Israel's organs: Zionist army, Zionist forces, Zionist government
%dimension israel/occupation             Israel as the occupation: occupation forces, occupation state, occupied Palestine

%dimension hamas                         Names for Hamas and the armed Palestinian groups fighting alongside it
%dimension hamas/hamas-as-named          The group by its name: Hamas, the Qassam Brigades
%dimension hamas/resistance              As resistance: Palestinian resistance, Resistance Movement, resistance factions, Axis of Resistance
%dimension hamas/militants               As militants: militants, militant group, Hamas militants
%dimension hamas/terrorists              As terrorists: terrorists, terror group, terrorist organization, jihadists
%dimension hamas/fighters                As fighters: fighters, Hamas fighters, mujahideen
%dimension hamas/gunmen                  As gunmen: gunmen, armed men, masked gunmen

%dimension deaths                        How a death is reported
%dimension deaths/killed                 Killed: killed, slain
%dimension deaths/martyred               Martyred: martyred, martyrs, martyrdom, shahid
%dimension deaths/died                   Died: died, lost their lives, passed away, found dead
%dimension deaths/perished               Perished: perished, perish
%dimension deaths/murdered               Murdered: murdered, slaughtered, massacred, butchered
%dimension deaths/eliminated             Eliminated: neutralized, liquidated, eliminated terrorists

%dimension territories                           Names for the West Bank and the other territories Israel captured in 1967
%dimension territories/occupied-territories      As occupied: occupied territories, occupied West Bank, occupied Palestinian territories
%dimension territories/palestinian-territories   As Palestinian: Palestinian territories, West Bank and Gaza
%dimension territories/west-bank                 By the geographic name alone: the West Bank
%dimension territories/judea-and-samaria         By the biblical names: Judea and Samaria
%dimension territories/disputed-territories      As disputed or administered: disputed territories, administered territories

%dimension iran-leader                                      Titles for Iran's leader (Ali Khamenei)
%dimension iran-leader/supreme-leader                       Supreme Leader
%dimension iran-leader/leader-of-the-islamic-revolution     Leader of the Islamic Revolution, Leader of the Revolution (Iranian official usage)
%dimension iran-leader/ayatollah                            Ayatollah (the clerical rank as title)
%dimension iran-leader/imam                                 Imam Khamenei (usage of Iran's allies)
%dimension iran-leader/regime-leader                        Regime leader, the regime's leader, dictator
%dimension iran-leader/iranian-leader                       Iran's leader, the Iranian leader

%dimension iran-government                    Names for the government of Iran
%dimension iran-government/islamic-republic   The Islamic Republic (its official name)
%dimension iran-government/regime             The regime: Iranian regime, Tehran regime, the mullahs' regime
%dimension iran-government/government         The government: Iranian government, government of Iran

%dimension immigration                    Names for people who enter or stay in a country without permission, or seek protection
%dimension immigration/undocumented       Undocumented or unauthorized immigrants
%dimension immigration/illegal            Illegal immigrants, illegals
%dimension immigration/aliens             Illegal aliens, criminal aliens (statutory and restrictionist usage)
%dimension immigration/irregular          Irregular migrants (European and UN usage)
%dimension immigration/migrants           Migrants, immigrants (no status named)
%dimension immigration/asylum-seekers     Asylum seekers
%dimension immigration/refugees           Refugees
%dimension immigration/invasion           Invasion: migrant invasion, border invasion

%dimension abortion                    Names for the sides, and the subject, of the abortion dispute
%dimension abortion/pro-life           Pro-life, right to life, the unborn child
%dimension abortion/anti-abortion      Anti-abortion, abortion opponents (newsroom style for the restrictive side)
%dimension abortion/anti-choice        Anti-choice, forced birth (the permissive side's term for the restrictive side)
%dimension abortion/pro-choice         Pro-choice, right to choose
%dimension abortion/abortion-rights    Abortion rights, reproductive rights (newsroom style for the permissive side)
%dimension abortion/pro-abortion       Pro-abortion, abortion lobby (the restrictive side's term for the permissive side)
%dimension abortion/fetus              Fetus, embryo (clinical terms for what the other side calls the unborn child)

%dimension guns                        Names for the gun-policy dispute and its sides
%dimension guns/gun-control            Gun control, gun restrictions
%dimension guns/gun-safety             Gun safety, gun violence prevention, common-sense gun laws
%dimension guns/gun-rights             Gun rights, right to bear arms
%dimension guns/second-amendment       The Second Amendment
%dimension guns/gun-lobby              The gun lobby, the gun industry

%dimension assault-weapons                        Names for semi-automatic rifles of the AR-15 type
%dimension assault-weapons/assault-weapons        Assault weapons, assault rifles
%dimension assault-weapons/weapons-of-war         Weapons of war, military-style weapons
%dimension assault-weapons/semi-automatic         Semi-automatic rifles, AR-15s (the technical description)
%dimension assault-weapons/modern-sporting-rifles Modern sporting rifles (the industry's term)

%dimension climate                       Names for the warming of the climate
%dimension climate/climate-change        Climate change
%dimension climate/climate-crisis        Climate crisis, climate breakdown, climate catastrophe
%dimension climate/global-warming        Global warming
%dimension climate/climate-emergency     Climate emergency
%dimension climate/global-heating        Global heating, global boiling
%dimension climate/climate-alarmism      Climate alarmism, climate hoax, climate hysteria (dismissive terms)

%dimension climate-doubters               Names for people who dispute mainstream climate science
%dimension climate-doubters/deniers       Climate deniers, climate denial
%dimension climate-doubters/skeptics      Climate skeptics, climate sceptics
%dimension climate-doubters/realists      Climate realists (their own term)
%dimension climate-doubters/contrarians   Climate contrarians

%dimension taxes                              Names for changes in tax levels
%dimension taxes/tax-relief                   Tax relief
%dimension taxes/tax-cuts                     Tax cuts, tax breaks
%dimension taxes/tax-cuts-for-the-rich        Tax cuts for the rich, giveaways to the wealthy
%dimension taxes/tax-hike                     Tax hikes, tax grab
%dimension taxes/tax-increase                 Tax increases, raising revenue
%dimension taxes/fair-share                   Paying a fair share

%dimension estate-tax                     Names for the tax on estates passed on at death
%dimension estate-tax/estate-tax          Estate tax
%dimension estate-tax/death-tax           Death tax
%dimension estate-tax/inheritance-tax     Inheritance tax

%dimension ukraine-war                                Names for Russia's war in Ukraine since 2022
%dimension ukraine-war/special-military-operation     Special military operation (Russian official usage)
%dimension ukraine-war/invasion                       Invasion, Russian aggression
%dimension ukraine-war/war                            War: the war in Ukraine, Russia's war
%dimension ukraine-war/conflict                       Conflict or crisis: the Ukraine conflict, the crisis in Ukraine

%dimension kyiv                  Names for the capital of Ukraine
%dimension kyiv/kyiv             Kyiv (from Ukrainian)
%dimension kyiv/kiev             Kiev (from Russian)

%dimension ukraine-government                Names for the government of Ukraine
%dimension ukraine-government/government     The Ukrainian government, the government in Kyiv
%dimension ukraine-government/kiev-regime    The Kiev regime, the Zelensky regime, the Kiev junta (Russian official usage)

%dimension interrogation                        Names for coercive interrogation of detainees
%dimension interrogation/enhanced-interrogation Enhanced interrogation, harsh interrogation
%dimension interrogation/torture                Torture
%dimension interrogation/waterboarding          Waterboarding, simulated drowning (the technique named)

%dimension january-6                  Names for the events at the US Capitol on 6 January 2021 and for those taking part
%dimension january-6/insurrection     Insurrection, coup attempt
%dimension january-6/riot             Riot, Capitol rioters
%dimension january-6/attack           Attack on the Capitol, storming, siege
%dimension january-6/protest          Protest, tourist visit, legitimate political discourse
%dimension january-6/hostages         J6 hostages, political prisoners (defendants named as victims)

%dimension protesters                     Names for people who take part in street protests
%dimension protesters/protesters          Protesters, demonstrators, marchers
%dimension protesters/pro-democracy       Pro-democracy protesters, democracy activists
%dimension protesters/rioters             Rioters, looters
%dimension protesters/mob                 Mob, thugs
%dimension protesters/insurrectionists    Insurrectionists, seditionists
%dimension protesters/agitators           Agitators, provocateurs, instigators

%dimension civilian-casualties                     Names for civilians killed or harmed in military action
%dimension civilian-casualties/collateral-damage   Collateral damage, unintended or incidental casualties
%dimension civilian-casualties/civilian-deaths     Civilian deaths, civilian casualties, civilians killed
%dimension civilian-casualties/human-shields       Human shields (responsibility placed on the enemy)

%dimension gaza-war                       Names for the war in Gaza that began in October 2023
%dimension gaza-war/israel-hamas-war      The Israel-Hamas war, the war against Hamas, Swords of Iron
%dimension gaza-war/gaza-war              The Gaza war, the war on Gaza, the Gaza offensive
%dimension gaza-war/genocide              Genocide, ethnic cleansing
%dimension gaza-war/aggression            Aggression: Zionist aggression, Israeli aggression on Gaza

%dimension october-7                      Names for the Hamas-led attack on Israel of 7 October 2023
%dimension october-7/attack               The October 7 attack, the Hamas attack
%dimension october-7/massacre             The October 7 massacre, pogrom, atrocities
%dimension october-7/al-aqsa-flood        Operation Al-Aqsa Flood (Hamas's name)

%dimension gaza-captives                  Names for the people taken from Israel and held in Gaza
%dimension gaza-captives/hostages         Hostages, abductees
%dimension gaza-captives/captives         Captives, prisoners (Israeli prisoners, Zionist prisoners)

%dimension palestinian-prisoners                      Names for Palestinians held by Israel
%dimension palestinian-prisoners/prisoners            Palestinian prisoners
%dimension palestinian-prisoners/detainees            Detainees, administrative detainees
%dimension palestinian-prisoners/security-prisoners   Security prisoners, terrorist prisoners, convicted terrorists
%dimension palestinian-prisoners/hostages             Palestinian hostages, abducted Palestinians

%dimension exchange-deal                       Names for deals trading hostages held in Gaza for Palestinian prisoners
%dimension exchange-deal/hostage-deal          Hostage deal, hostage release deal
%dimension exchange-deal/prisoner-exchange     Prisoner exchange, prisoner swap

%dimension ceasefire                 Names for a halt in fighting
%dimension ceasefire/ceasefire       Ceasefire
%dimension ceasefire/truce           Truce, hudna
%dimension ceasefire/pause           Pause: humanitarian pause, lull in the fighting

%dimension barrier                        Names for Israel's barrier in and around the West Bank
%dimension barrier/security-fence         Security fence, anti-terror fence (Israeli official usage)
%dimension barrier/separation-barrier     Separation barrier, separation wall
%dimension barrier/apartheid-wall         Apartheid wall, annexation wall

%dimension jerusalem                            Names for Jerusalem
%dimension jerusalem/jerusalem                  Jerusalem, East and West Jerusalem
%dimension jerusalem/al-quds                    Al-Quds, Bayt al-Maqdis (Arabic names)
%dimension jerusalem/occupied-jerusalem         Occupied Jerusalem, occupied East Jerusalem
%dimension jerusalem/undivided-jerusalem        Undivided, united or eternal Jerusalem

%dimension holy-site                          Names for the holy site in Jerusalem's Old City
%dimension holy-site/temple-mount             Temple Mount
%dimension holy-site/al-aqsa                  Al-Aqsa, the Al-Aqsa Mosque compound
%dimension holy-site/haram-al-sharif          Haram al-Sharif, Noble Sanctuary

%dimension aca                                Names for the 2010 US health-care law
%dimension aca/obamacare                      Obamacare
%dimension aca/affordable-care-act            Affordable Care Act, ACA
%dimension aca/government-takeover            Government takeover of health care, socialized medicine

# ---------------------------------------------------------------- Israel

@israel/israel
israel
israel's
state of israel
israeli government
israeli forces
israeli army
israeli military
israeli troops
israeli soldiers
israeli authorities
israeli prime minister
israeli cabinet
israeli state
israel defense forces
israel defence forces
idf
jewish state

@israel/zionist-regime
zionist regime*
israeli regime*
tel aviv regime*
regime in tel aviv
occupying regime
zionist occupying regime
israeli occupation regime
occupation regime

@israel/zionist-entity
zionist entit*
israeli entity
usurping entity
usurper entity
temporary entity
occupying entity
enemy entity
zionist state

@israel/zionist-enemy
zionist enem*
israeli enem*

@israel/zionist
zionist forces
zionist army
zionist military
zionist soldiers
zionist troops
zionist government
zionist cabinet
zionist officials
zionist prime minister
zionist authorities
zionist aggressors

@israel/occupation
the occupation
!the occupation of
occupation forces
occupation army
occupation state
occupation authorities
occupation government
occupation soldiers
occupation troops
occupying state
occupying power
occupying forces
israeli occupation
israeli occupation forces
israeli occupation army
zionist occupation
zionist occupation forces
occupied palestine

# ----------------------------------------------------------------- Hamas

@hamas/hamas-as-named
hamas
hamas's
hamas movement
qassam brigades
al-qassam brigades
izz ad-din al-qassam brigades
izz al-din al-qassam brigades
ezzedine al-qassam brigades

@hamas/resistance
palestinian resistance*
palestinian resistance movement*
resistance movement*
islamic resistance movement*
islamic resistance
!islamic resistance in lebanon
!islamic resistance in iraq
resistance factions
resistance groups
resistance fighters
resistance forces
resistance front*
axis of resistance
resistance axis
gaza resistance*
cause of resistance
cause of the resistance
supporters of the resistance
muqawama
freedom fighters

@hamas/militants
militants
militant group*
militant organization*
militant organisation*
militant wing
militant faction*
militant movement
hamas militants
hamas militant
palestinian militants
islamist militants
militant islamist group

@hamas/terrorists
terrorists
terrorist
terrorist group*
terrorist organization*
terrorist organisation*
terror group*
terror organization*
terror organisation*
terror army
terrorist army
terror cells
hamas terrorists
hamas-isis
jihadists
jihadist
islamist terrorists

@hamas/fighters
fighters
fighter
!fighter jet*
!fighter plane*
!fighter aircraft
!fighter pilot*
!fighter squadron*
!prize fighter
hamas fighters
palestinian fighters
qassam fighters
armed fighters
mujahideen
mujahidin

@hamas/gunmen
gunmen
gunman
hamas gunmen
masked gunmen
armed men
masked men
armed assailants

# ---------------------------------------------------------------- deaths

@deaths/killed
killed
slain
!killed the bill
!killed a bill
!killed the deal
!killed the measure
!killed the proposal

@deaths/martyred
martyr*
shahid
shaheed
ascended to martyrdom
attained martyrdom

@deaths/died
died
!died down
!the deal died
!the bill died
dies
lost their lives
lost his life
lost her life
passed away
found dead
were dead

@deaths/perished
perished
perish
perishing

@deaths/murdered
murdered
slaughtered
massacred
butchered

@deaths/eliminated
neutralized
neutralised
liquidated
eliminated terrorists
terrorists were eliminated
eliminated the terrorist
eliminated the terrorists
!neutralized the threat
!neutralised the threat

# ------------------------------------------------- Palestinian territories

@territories/occupied-territories
occupied territories
occupied territory
occupied west bank
israeli-occupied west bank
occupied palestinian territories
occupied palestinian territory
occupied palestinian lands
occupied palestinian land

@territories/palestinian-territories
palestinian territories
palestinian territory
palestinian lands
west bank and gaza
gaza and the west bank

@territories/west-bank
west bank
west bank's

@territories/judea-and-samaria
judea and samaria
judaea and samaria
judea
samaria
yesha
biblical heartland

@territories/disputed-territories
disputed territories
disputed territory
administered territories
liberated territories
israeli-administered

# --------------------------------------------------------- Iran's leader

@iran-leader/supreme-leader
supreme leader*
supreme guide
!north korea's supreme leader
!north korean supreme leader
!supreme leader kim*

@iran-leader/leader-of-the-islamic-revolution
leader of the islamic revolution
leader of the islamic revolution's
leader of the revolution
leader of the revolution's
revolution leader
leader of the muslim ummah
rahbar

@iran-leader/ayatollah
ayatollah
ayatollah's
!grand ayatollah

@iran-leader/imam
imam khamenei
imam khamenei's
imam sayyed ali khamenei

@iran-leader/regime-leader
regime leader
regime's leader
regime's supreme leader
iranian regime leader
iranian regime's leader
regime chief
dictator khamenei
iran's dictator
tehran's dictator

@iran-leader/iranian-leader
iranian leader
iran's leader
leader of iran
iran's top leader
iran's highest authority

# ----------------------------------------------------- Iran's government

@iran-government/islamic-republic
islamic republic
islamic republic's
islamic republic of iran
!islamic republic news agency
!islamic republic of iran broadcasting
!islamic republic of iran news network
!islamic republic of pakistan
!islamic republic of afghanistan
!islamic republic of mauritania

@iran-government/regime
iranian regime
iranian regime's
iran's regime
iran regime
tehran regime
regime in tehran
regime in iran
clerical regime
theocratic regime
mullahs' regime
mullah regime
regime of the mullahs
regime of the ayatollahs
ayatollahs' regime
ayatollah regime
khamenei regime
islamist regime in tehran

@iran-government/government
iranian government
iranian government's
iran's government
government of iran
tehran government
government in tehran
iranian authorities
iranian administration

# ----------------------------------------------------------- immigration

@immigration/undocumented
undocumented
!undocumented feature*
undocumented immigrant*
undocumented migrant*
undocumented people
undocumented workers
undocumented residents
undocumented individuals
undocumented persons
unauthorized immigrant*
unauthorized migrant*
unauthorised migrant*

@immigration/illegal
illegal immigrant*
illegal migrant*
illegals
illegal immigration
illegal border crossers
illegal entrants
illegal workers

@immigration/aliens
illegal alien*
criminal alien*
undocumented alien*
removable aliens
deportable aliens
alien enemies

@immigration/irregular
irregular migrant*
irregular immigrant*
irregular migration
irregular arrivals
irregular entry
irregular crossings
irregular status

@immigration/migrants
migrant
migrants
immigrant
immigrants
newcomers

@immigration/asylum-seekers
asylum seeker*
asylum applicants
asylum claimants
people seeking asylum

@immigration/refugees
refugee
refugees
!refugee camp*
!refugee tent*

@immigration/invasion
migrant invasion
border invasion
invasion at the border
invasion of illegals
invasion of our country

# -------------------------------------------------------------- abortion

@abortion/pro-life
pro-life
pro-lifer*
right to life
unborn child
unborn children
unborn baby
unborn babies
the unborn
preborn
partial-birth abortion
late-term abortion
late-term abortions
heartbeat bill
heartbeat law
abortion on demand

@abortion/anti-abortion
anti-abortion
abortion opponents
opponents of abortion
abortion foes

@abortion/anti-choice
anti-choice
forced birth
forced pregnancy

@abortion/pro-choice
pro-choice
right to choose
freedom to choose
choice advocates

@abortion/abortion-rights
abortion rights
reproductive rights
reproductive freedom
reproductive health care
reproductive healthcare
reproductive justice
abortion access
access to abortion
abortion care
right to abortion

@abortion/pro-abortion
pro-abortion
abortion advocates
abortion lobby
abortion industry
abortionist*
abortion extremists

@abortion/fetus
fetus
fetuses
foetus
foetuses
fetal
embryo
embryos

# ------------------------------------------------------------------ guns

@guns/gun-control
gun control
gun restrictions
firearms restrictions
stricter gun laws
tougher gun laws
gun ban
gun bans
gun grab
gun grabbers

@guns/gun-safety
gun safety
gun violence prevention
common-sense gun
commonsense gun
gun reform
gun sense

@guns/gun-rights
gun rights
gun owners' rights
rights of gun owners
right to bear arms
right to keep and bear arms
shall not be infringed
firearm rights
law-abiding gun owners

@guns/second-amendment
second amendment
2nd amendment
2a

@guns/gun-lobby
gun lobby
gun lobbyists
gun industry
firearms industry

# -------------------------------------------------------- assault weapons

@assault-weapons/assault-weapons
assault weapon*
assault rifle*
assault-style

@assault-weapons/weapons-of-war
weapons of war
weapon of war
military-style weapon*
military-style rifle*

@assault-weapons/semi-automatic
semi-automatic rifle*
semiautomatic rifle*
semi-automatic weapon*
semiautomatic weapon*
ar-15*

@assault-weapons/modern-sporting-rifles
modern sporting rifle*
sporting rifle*
msr
msrs

# --------------------------------------------------------------- climate

@climate/climate-change
climate change
changing climate

@climate/climate-crisis
climate crisis
climate crises
climate breakdown
climate catastrophe
climate chaos
climate disaster

@climate/global-warming
global warming

@climate/climate-emergency
climate emergency
climate emergencies

@climate/global-heating
global heating
global boiling
planetary heating

@climate/climate-alarmism
climate alarmism
climate alarmist*
climate hoax
climate hysteria
climate scam
climate cult
climate scare

# -------------------------------------------------------- climate doubters

@climate-doubters/deniers
climate denier*
climate denial
climate change denier*
climate change denial
denial of climate change

@climate-doubters/skeptics
climate skeptic*
climate sceptic*
climate change skeptic*
skeptics of climate change

@climate-doubters/realists
climate realist*
climate realism

@climate-doubters/contrarians
climate contrarian*

# ----------------------------------------------------------------- taxes

@taxes/tax-relief
tax relief

@taxes/tax-cuts
tax cut
tax cuts
tax reduction*
tax break
tax breaks
lower taxes
cut taxes
cutting taxes

@taxes/tax-cuts-for-the-rich
tax cuts for the rich
tax cuts for the wealthy
tax cuts for billionaires
tax cuts for millionaires
tax cuts for corporations
tax breaks for the rich
tax breaks for the wealthy
tax breaks for billionaires
tax breaks for corporations
tax giveaway*
giveaway to the rich
giveaways to the rich
giveaway to the wealthy
giveaways to the wealthy

@taxes/tax-hike
tax hike*
tax grab
tax-and-spend
job-killing tax*

@taxes/tax-increase
tax increase*
raising taxes
raise taxes
higher taxes
revenue increase*
revenue raiser*
new revenue

@taxes/fair-share
fair share
pay their fair share
pay its fair share
paying their fair share

# ------------------------------------------------------------ estate tax

@estate-tax/estate-tax
estate tax
estate taxes

@estate-tax/death-tax
death tax
death taxes

@estate-tax/inheritance-tax
inheritance tax
inheritance taxes

# --------------------------------------------------------- Russia-Ukraine

@ukraine-war/special-military-operation
special military operation
special operation
smo
military operation in ukraine
military operation in donbas

@ukraine-war/invasion
invasion of ukraine
russian invasion
russia's invasion
full-scale invasion
invasion by russia
unprovoked invasion
illegal invasion
putin's invasion
russian aggression
russia's aggression
war of aggression

@ukraine-war/war
war in ukraine
ukraine war
ukraine's war
russia-ukraine war
russian-ukrainian war
russia's war
putin's war
war against ukraine
war on ukraine
war with ukraine
ukrainian war

@ukraine-war/conflict
conflict in ukraine
ukraine conflict
ukrainian conflict
russia-ukraine conflict
ukraine crisis
crisis in ukraine
ukrainian crisis
conflict in donbas
conflict in donbass
conflict with ukraine

@kyiv/kyiv
kyiv
kyiv's

@kyiv/kiev
kiev
kiev's
!chicken kiev

@ukraine-government/government
ukrainian government
ukraine's government
government of ukraine
government in kyiv
government in kiev
kyiv government
kiev government
zelensky government
zelenskyy government
ukrainian authorities

@ukraine-government/kiev-regime
kiev regime
kyiv regime
regime in kiev
regime in kyiv
zelensky regime
zelenskyy regime
kiev junta
kyiv junta
neo-nazi regime

# ---------------------------------------------------------- interrogation

@interrogation/enhanced-interrogation
enhanced interrogation
harsh interrogation*
coercive interrogation*
aggressive interrogation*
alternative set of procedures

@interrogation/torture
torture
tortured
torturing
torture program*
torture memos
!tortured soul
!tortured logic
!tortured history
!sheer torture

@interrogation/waterboarding
waterboarding
waterboarded
simulated drowning

# ------------------------------------------------------------- January 6

@january-6/insurrection
insurrection
insurrectionist*
capitol insurrection
attempted coup
coup attempt
self-coup
failed coup

@january-6/riot
capitol riot
capitol riots
capitol rioters
riot at the capitol
rioters at the capitol
january 6 riot
jan 6 riot

@january-6/attack
capitol attack
attack on the capitol
assault on the capitol
storming of the capitol
stormed the capitol
capitol breach
breach of the capitol
siege of the capitol
capitol siege
january 6 attack
jan 6 attack

@january-6/protest
capitol protest
capitol protesters
january 6 protest
j6 protest
j6 protesters
normal tourist visit
legitimate political discourse

@january-6/hostages
j6 hostages
january 6 hostages
jan 6 hostages
j6 political prisoners
january 6 political prisoners
j6 prisoners
j6ers

# ------------------------------------------------------------- protesters

@protesters/protesters
protesters
protester
protestors
protestor
demonstrators
demonstrator
marchers

@protesters/pro-democracy
pro-democracy
pro-democracy protesters
pro-democracy activists
pro-democracy movement
democracy activists
democracy campaigners

@protesters/rioters
rioters
rioter
looters
looter

@protesters/mob
mob
mobs
violent mob
angry mob
thugs
thug
!mob boss
!mob bosses
!flash mob

@protesters/insurrectionists
insurrectionists
insurrectionist
seditionists

@protesters/agitators
agitators
agitator
outside agitators
provocateurs
agents provocateurs
instigators

# --------------------------------------------------- civilian casualties

@civilian-casualties/collateral-damage
collateral damage
collateral casualties
collateral deaths
unintended casualties
incidental casualties
unintended civilian casualties
incidental civilian casualties
incidental harm

@civilian-casualties/civilian-deaths
civilian deaths
civilian casualties
civilians killed
killed civilians
civilian death toll
civilian toll
dead civilians
innocent civilians
civilian victims

@civilian-casualties/human-shields
human shield*
civilians as shields
hiding behind civilians
hide behind civilians
hides behind civilians

# --------------------------------------------------------------- Gaza war

@gaza-war/israel-hamas-war
israel-hamas war
hamas-israel war
war with hamas
war against hamas
war on hamas
swords of iron

@gaza-war/gaza-war
gaza war
war in gaza
war on gaza
israel-gaza war
gaza conflict
conflict in gaza
gaza offensive
offensive in gaza

@gaza-war/genocide
genocide
genocidal
gaza genocide
genocide in gaza
ethnic cleansing
!armenian genocide
!rwandan genocide
!genocide convention

@gaza-war/aggression
zionist aggression
israeli aggression
aggression on gaza
aggression against gaza
zionist war on gaza

# ------------------------------------------------------------ 7 October

@october-7/attack
october 7 attack
october 7 attacks
october 7th attack
oct 7 attack
oct 7 attacks
7 october attack
7 october attacks
hamas attack
hamas attacks
hamas-led attack
hamas-led attacks

@october-7/massacre
october 7 massacre
october 7th massacre
oct 7 massacre
7 october massacre
hamas massacre
massacre of october 7
simchat torah massacre
black sabbath
pogrom
october 7 pogrom
october 7 atrocities
atrocities of october 7

@october-7/al-aqsa-flood
al-aqsa flood
operation al-aqsa flood
al-aqsa storm
al-aqsa deluge
tufan al-aqsa
battle of al-aqsa flood

# ---------------------------------------------------- captives in Gaza

@gaza-captives/hostages
hostages
hostage
abductees
abducted israelis
kidnapped israelis

@gaza-captives/captives
captives
israeli captives
zionist captives
israeli prisoners
zionist prisoners
israeli prisoners of war
enemy prisoners
israeli detainees

# ----------------------------------------------- Palestinian prisoners

@palestinian-prisoners/prisoners
palestinian prisoners
palestinian prisoner

@palestinian-prisoners/detainees
palestinian detainees
palestinian detainee
administrative detainees
administrative detainee

@palestinian-prisoners/security-prisoners
security prisoners
security prisoner
terrorist prisoners
convicted terrorists
jailed terrorists

@palestinian-prisoners/hostages
palestinian hostages
palestinian captives
kidnapped palestinians
abducted palestinians

# ----------------------------------------------------- exchange deals

@exchange-deal/hostage-deal
hostage deal
hostage release deal
hostage agreement
hostages deal
deal to free the hostages

@exchange-deal/prisoner-exchange
prisoner exchange
prisoners exchange
prisoner swap
exchange of prisoners
swap deal

# --------------------------------------------------------------- ceasefire

@ceasefire/ceasefire
ceasefire
ceasefires
cease-fire
cease-fires

@ceasefire/truce
truce
truces
hudna

@ceasefire/pause
humanitarian pause
humanitarian pauses
tactical pause
temporary pause
pause in fighting
pause in the fighting
lull in fighting
lull in the fighting

# -------------------------------------------------- West Bank barrier

@barrier/security-fence
security fence
security barrier
anti-terrorist fence
anti-terror fence
anti-terror barrier

@barrier/separation-barrier
separation barrier
separation wall
separation fence
west bank barrier
west bank wall

@barrier/apartheid-wall
apartheid wall
annexation wall
segregation wall
racist wall
expansion wall

# -------------------------------------------------------------- Jerusalem

@jerusalem/jerusalem
jerusalem
jerusalem's
east jerusalem
west jerusalem
yerushalayim
!jerusalem post
!jerusalem artichoke*

@jerusalem/al-quds
al-quds
quds
bayt al-maqdis
beit al-maqdis
!quds force
!quds day
!al-quds brigades
!al-quds university
!quds news
!al-quds al-arabi

@jerusalem/occupied-jerusalem
occupied jerusalem
occupied east jerusalem
occupied al-quds

@jerusalem/undivided-jerusalem
undivided jerusalem
united jerusalem
unified jerusalem
reunified jerusalem
eternal capital
eternal and undivided capital

# ---------------------------------------------- holy site in Jerusalem

@holy-site/temple-mount
temple mount
temple mount compound
har habayit

@holy-site/al-aqsa
al-aqsa
al-aqsa mosque
al-aqsa compound
al-aqsa mosque compound
!al-aqsa flood
!al-aqsa storm
!al-aqsa deluge
!al-aqsa martyrs brigade*
!al-aqsa martyrs hospital
!al-aqsa hospital
!al-aqsa intifada
!al-aqsa tv

@holy-site/haram-al-sharif
haram al-sharif
al-haram al-sharif
haram esh-sharif
noble sanctuary

# -------------------------------------------------------- US health law

@aca/obamacare
obamacare
obamacare's

@aca/affordable-care-act
affordable care act
affordable care act's
aca
patient protection and affordable care act

@aca/government-takeover
government takeover of health care
government takeover of healthcare
government-run health care
government-run healthcare
socialized medicine
socialised medicine
