/**
 * Small closed word classes that shape name detection, from general knowledge of English news prose.
 * All lower-case.
 */
const words = (text: string): Set<string> => new Set(text.split(/\s+/).filter(Boolean));

/** Function words: capitalised only because they open a sentence, never part of a name there. */
export const FUNCTION_WORDS = words(`a an the this that these those he she it they we i you his her its their our my
your him them us me there here but and or nor so yet if when whenever while after before as at in on for with
from by to of about since until till though although because however meanwhile also still then now today
yesterday tomorrow tonight last next some many most all both each every no not neither either other another such
what which who whom whose where why how one two three four five six seven eight nine ten according despite during
under over into through without within between among amid against toward towards above below up down out off near
more less few several much only even just yes thus hence instead indeed perhaps maybe already again once twice
earlier later first second third finally overall asked told said says added adds wrote noted explained replied insisted
argued recalled admitted continued like unlike whether do does did is are was
were be been being has have had will would shall should can could may might must let please well very too any
anyone someone everyone nobody nothing something everything whatever whichever wherever whoever same own
besides beyond upon onto via per vs versus around across along behind beside beneath outside inside throughout`);

/** Days, months and seasons: capitalised but no entity (DATE, not PER/LOC/ORG). */
export const CALENDAR_WORDS = words(`monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter ramadan eid hanukkah diwali`);

/** Inside a name these stay lower-case ("Sea of Japan", "Mohammed bin Salman", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = words(`of de da di du del della der den van von bin ibn al el la le y dos das do
ter zu`);

/**
 * Administrative units, and the crossings named for a town: after a known place they join its name ("the
 * Amur region", "the Rafah crossing"), and are no part of its key.
 */
export const REGION_WORDS = words(`region province oblast krai district county prefecture governorate crossing crossings checkpoint`);

/** Lower-case words after a name that make it a place ("the Amur region", "Khasan station"). */
export const PLACE_FOLLOWERS = words(`region province station district county oblast krai prefecture governorate
river airport airbase port village peninsula island islands valley state republic territory crossing crossings
checkpoint`);

/** A name ending in one of these is a place ("Vostochny Cosmodrome", "Red Square", "Heathrow Airport"). */
export const PLACE_LAST_WORDS = words(`sea ocean river lake lakes mountains mountain mount island islands isles bay gulf
strait straits peninsula valley desert coast province region county oblast krai district street avenue road
square airport station port harbour harbor bridge cosmodrome spaceport base canal falls heights hills plateau
basin delta territory territories strip prefecture governorate stadium arena park reef glacier forest crossing checkpoint
beach abbey mall balcony building courthouse chapel memorial
archipelago cape highway boulevard plaza palace castle cathedral tower dam field fields capitol room bedroom ballroom
lawn garden gardens courtyard`);

/** A name opening with one of these (before "of") is a place ("Sea of Japan", "Gulf of Mexico"). */
export const PLACE_FIRST_WORDS = words(`sea gulf bay strait straits isle island islands cape lake mount republic
kingdom city port state province region district county`);

/** Words that make a place of the run they stand in, before its name: streets in other languages, bases ("Joint Base Andrews"). */
export const STREET_FIRST_WORDS = words(`avenida rua calle praça praca calea ulitsa prospekt base`);

/** Words before a name that make it a place ("in Kyiv", "near Bakhmut"). */
export const PLACE_PREPOSITIONS = words(`in near outside inside across throughout around from into toward towards
across via at`);

/** Nationality and group adjectives beyond the country list (MISC, not entities). */
export const EXTRA_DEMONYMS = words(`asian european african arab arabic western eastern northern southern soviet
latin nordic scandinavian baltic balkan caucasian siberian kurdish kurd kurds palestinian tibetan uighur
uyghur catalan basque flemish jewish muslim muslims christian christians catholic protestant orthodox sunni shia
shiite islamic islamist hindu buddhist sikh pashtun tamil sinhalese hutu tutsi zulu bavarian sicilian
texan californian anglo franco sino yankee communist socialist marxist nazi fascist gaullist bolshevik
democrat democrats republican republicans conservative conservatives liberal liberals labourite tory tories
middle-eastern euro pan-african english-speaking francophone anglophone aboriginal hispanic latino
inter-korean trans-atlantic transatlantic olympic paralympic chechen moslem afrikaner bosniak
kosovar roma gypsy briton britons scot scots welshman englishman frenchman aborigine maori inuit berber bedouin druze alawite yazidi rohingya`);

/** Verbs and auxiliaries after a capital that make it stand for its government ("Moscow has been sanctioned"). */
export const GOVERNMENT_VERBS = words(`has have had is was will would could should must may might says said wants
wanted accused accuses denied denies rejected rejects warned warns announced announces insisted insists agreed
agrees refused refuses claimed claims condemned condemns demanded demands blamed blames sanctioned sent sends
launched launches responded responds urged urges hopes hoped seeks sought plans planned vowed vows threatened
threatens imposed imposes expelled expels recalled recalls considers considered sees saw backed backs supports
supported views viewed regards regarded dismissed dismisses criticised criticized criticises criticizes
continued continues tested tests fired fires conducted conducts appears appeared
remains remained signalled signaled signals offered offers retaliated retaliates protested protests`);

/** Capitalised abbreviations that name no entity: units, statistics, time zones, currencies. */
export const NON_ENTITY_ACRONYMS = words(`rbi era gmt bst est edt cet utc pct gb am pm gdp gnp vat ipo ok mw kw km kg
cpi ppi nb agm hiv aids dna id pc ai cd dvd ufo suv fm usd eur gbp jpy chf cny rmb dm ffr bfr ecu sdr ceo cfo coo
mp mps qc phd mba bc ad ce bce tv pr hq rpm mph ft lb lbs oz pts pa kph ko ot ht fg ppm bps wti ld st nd rd th vs`);

/** Words that, with a country, name a part of it: "East Jerusalem", "Northern Ireland". */
export const COMPASS_WORDS = words(`north south east west northern southern eastern western central upper lower
greater inner outer north-east north-west south-east south-west northeast northwest southeast southwest`);

/** Words in a document that say it is about sport, where place names often stand for teams. */
export const SPORT_WORDS = words(`beat innings wicket wickets goal goals scored striker midfielder match matches
league division defeated drew champion championship tournament cup coach club team inning homered pitcher
seeded semi-final quarter-final halftime half-time penalty rugby soccer cricket tennis golf baseball basketball
hockey football standings fixtures laps qualifier qualifying derby premiership playoff play-off playoffs
batting bowling stadium squad`);

/** Verbs and nouns that make a place the name of a team in a sports story ("Surrey beat Kent"). */
export const TEAM_VERBS = words(`beat beats beating drew draw won win wins lost lose loses defeated edged routed
thrashed crushed trail trailed trails lead leads led host hosts hosted play plays played captain coach manager
all-rounder striker midfielder bowler batsman pitcher goalkeeper scored clinched climbed slumped rallied boss
side keeper defender fans supporters squad midfield skipper chairman`);

/** Words before a name that make it a team in a sports story ("against Kent", "victory over Essex"). */
export const TEAM_BEFORE = words(`beat beating against v vs vs. over for defeated`);
