/**
 * Titles and roles that stand before or beside a person's name, from general knowledge of news style.
 * All lower-case; matching is case-insensitive.
 */

/** Heads of state or government, party leaders and armed-forces chiefs: a person holding one is a leader. */
export const LEADER_TITLES = new Set([
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'empress',
  'supreme leader', 'leader', 'general secretary', 'chairman',
  'chairwoman', 'commander-in-chief', 'commander in chief', 'chief of staff', 'chief of the general staff',
  'chief of general staff', 'chief of defence staff', 'chief of defense staff', 'head of state',
  'head of government', 'sultan', 'emir', 'shah', 'tsar', 'czar', 'dictator', 'taoiseach',
  'first minister', 'chief minister', 'president-elect', 'prime minister-elect', 'party leader', 'party chief',
  'grand duke', 'crown prince', 'ruler', 'monarch', 'head of the junta', 'junta leader', 'military ruler',
]);

/**
 * What someone does or is known for, or a style, before the name ("Snowboarder Chloe Kim", "the Rev. Al
 * Sharpton"): read as a title, so it stays out of the name, and never shown as an office (`NOT_OFFICES`).
 */
const CALLINGS = [
  'rev', 'rev.', 'reverend', 'columnist', 'commentator', 'photographer', 'filmmaker', 'rapper', 'comedian', 'astronaut',
  'athlete', 'olympian', 'snowboarder', 'skier', 'gymnast', 'swimmer', 'sprinter', 'skater', 'golfer', 'boxer', 'cyclist',
  'youtuber', 'influencer', 'podcaster', 'blogger',
];

/** Role heads that never make a leader but still make a person ("Foreign Minister", "spokesman"). */
export const OTHER_TITLES = new Set([
  'minister', 'secretary', 'vice president', 'vice-president', 'deputy prime minister', 'vice premier',
  'governor', 'gov', 'gov.', 'lt. gov.', 'mayor', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'congressman', 'congresswoman',
  'lawmaker', 'legislator', 'speaker', 'speaker of the house', 'deputy', 'mp', 'ambassador', 'envoy', 'diplomat', 'consul',
  'commissioner', 'director', 'director general', 'director-general', 'chief', 'chief executive', 'ceo',
  'chief executive officer', 'chief financial officer', 'chief operating officer', 'chief technology officer',
  'executive', 'founder', 'co-founder', 'owner', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser',
  'advisor', 'aide', 'official', 'general', 'gen', 'gen.', 'lieutenant', 'lt', 'lt.', 'colonel', 'col', 'col.',
  'major', 'maj', 'maj.', 'captain', 'capt', 'capt.', 'admiral', 'adm', 'adm.', 'sergeant', 'sgt', 'sgt.',
  'commander', 'marshal', 'field marshal', 'brigadier', 'judge', 'justice', 'chief justice', 'prosecutor',
  'attorney general', 'attorney', 'lawyer', 'prince', 'princess', 'queen consort', 'king consort', 'prince consort', 'duke', 'duchess', 'pope', 'cardinal',
  'archbishop', 'bishop', 'patriarch', 'rabbi', 'imam', 'cleric', 'ayatollah', 'grand ayatollah', 'sheikh',
  'sheik', 'lord', 'lady', 'sir', 'dame', 'coach', 'manager', 'head coach', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'forward', 'winger', 'batsman', 'bowler', 'all-rounder', 'spinner', 'pitcher', 'quarterback',
  'skipper', 'player', 'champion', 'rider', 'driver', 'inspector', 'detective', 'superintendent', 'professor',
  'prof', 'prof.', 'dr', 'dr.', 'doctor', 'analyst', 'economist', 'chairperson', 'president-elect',
  'correspondent', 'editor', 'reporter', 'author', 'activist', 'dissident', 'opposition leader', 'rebel leader',
  'militant leader', 'warlord', 'head', 'boss', 'negotiator', 'mediator', 'candidate', 'nominee', 'secretary of state',
  'secretary of defense', 'secretary of defence', 'defence secretary', 'defense secretary', 'foreign secretary',
  'home secretary', 'press secretary', 'deputy leader', 'vice chairman', 'vice-chairman', 'first lady',
  'finalist', 'semifinalist', 'semi-finalist', 'winner', 'runner-up', 'holder', 'titleholder', 'seed', 'veteran',
  'rookie', 'teammate', 'team-mate', 'compatriot', 'countryman', 'opponent', 'rival', 'newcomer', 'star',
  'singer', 'actor', 'actress', 'director', 'producer', 'writer', 'novelist', 'artist', 'musician', 'chef',
  'businessman', 'businesswoman', 'tycoon', 'billionaire', 'investor', 'banker', 'scientist', 'researcher',
  'vp', 'counsel', 'special counsel', 'whip', ...CALLINGS,
]);


/** Honorifics: always a person after them, never a role worth keeping. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mme', 'mme.', 'messrs', 'herr', 'monsieur', 'madame', 'senor', 'senora']);

/** Words that may open or sit inside a role before its head ("Foreign", "Deputy", "Defence"). */
export const ROLE_MODIFIERS = new Set([
  'deputy', 'vice', 'acting', 'interim', 'outgoing', 'incoming', 'first', 'second', 'chief', 'senior', 'junior',
  'supreme', 'grand', 'crown', 'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'health', 'trade',
  'economy', 'economic', 'justice', 'education', 'energy', 'transport', 'labour', 'labor', 'agriculture',
  'environment', 'culture', 'sports', 'industry', 'treasury', 'state', 'federal', 'regional', 'provincial',
  'national', 'party', 'opposition', 'ruling', 'military', 'army', 'navy', 'air', 'force', 'armed', 'forces',
  'joint', 'staff', 'general', 'executive', 'managing', 'press', 'communist', 'socialist', 'conservative',
  'liberal', 'democratic', 'republican', 'labour', 'green', 'prime', 'minister', 'emergency', 'intelligence',
  'security', 'police', 'spy', 'rebel', 'militant', 'team', 'club', 'national', 'technical', 'head', 'assistant',
  'associate', 'top', 'former', 'retired', 'exiled', 'ousted', 'jailed', 'veteran', 'longtime', 'long-time',
  'de facto', 'self-proclaimed', 'elected', 'newly', 'new', 'current', 'sitting', 'presidential', 'nuclear',
]);

/**
 * What a minister or secretary is in charge of, named after "of" or "for" ("Minister of Finance",
 * "Secretary of Homeland Security", "Minister for Foreign Affairs"): part of the title, not a name.
 */
export const PORTFOLIO_WORDS = new Set(`finance finances foreign affairs defence defense interior health economy economic
justice education transport transportation energy trade agriculture environment labour labor culture home treasury
industry sport sports state commerce employment housing science technology research tourism fisheries
infrastructure communications digital climate development internal external public security welfare social family
families women youth immigration migration integration equality regional budget planning mines mining petroleum
oil water war veterans homeland innovation information works national foreign and the of`.split(/\s+/).filter(Boolean));

/** Last words of role heads that take a portfolio after "of" or "for" ("Deputy Minister of Health"). */
export const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'undersecretary', 'under-secretary', 'commissioner']);

/** Words before a role that mark it as held in the past ("then-U.S. President", "former Prime Minister"). */
export const FORMER_MARKS = new Set(['former', 'then', 'ex', 'ex-', 'then-', 'onetime', 'one-time', 'erstwhile', 'late', 'previous', 'last', 'deposed', 'ousted']);

/** Multi-word titles, longest first, so "Secretary of State" is read before "Secretary". */
export const ALL_TITLES: readonly string[] = [...new Set([...LEADER_TITLES, ...OTHER_TITLES, ...HONORIFICS])].sort(
  (a, b) => b.split(' ').length - a.split(' ').length,
);

/** Role heads that make a leader only when a country (or nothing) qualifies them, not a company or club. */
export const COUNTRY_BOUND_LEADER_TITLES = new Set(['president', 'chairman', 'chairwoman', 'leader', 'chief of staff', 'general secretary', 'chief']);

/** Qualifiers that take a leader title below the top ("Vice President", "rebel leader", "club chairman"). */
export const NON_LEADER_QUALIFIERS = new Set([
  'deputy', 'vice', 'assistant', 'associate', 'rebel', 'militant', 'gang', 'cult', 'team', 'club', 'company',
  'union', 'student', 'church', 'majority', 'minority', 'house', 'senate', 'council', 'board', 'group', 'band',
  'tribal', 'religious', 'community', 'protest', 'business', 'bank', 'committee', 'firm', 'faction',
]);

/**
 * Role words that describe a person without being an office they hold ("rival", "star", "author"):
 * kept in the analysis, never shown as a role line.
 */
export const NOT_OFFICES = new Set([
  'rival', 'rivals', 'opponent', 'challenger', 'star', 'veteran', 'player', 'champion', 'winner', 'finalist', 'semifinalist',
  'semi-finalist', 'runner-up', 'holder', 'titleholder', 'seed', 'rookie', 'teammate', 'team-mate', 'compatriot',
  'countryman', 'newcomer', 'singer', 'actor', 'actress', 'producer', 'writer', 'novelist', 'artist', 'musician', 'chef',
  'businessman', 'businesswoman', 'tycoon', 'billionaire', 'investor', 'banker', 'scientist', 'researcher', 'author',
  'activist', 'analyst', 'economist', 'major', 'friend', 'ally', 'critic', 'dissident',
  // "CNN anchor Jake Tapper": the job, not an office.
  'anchor', 'host', ...CALLINGS,
  // How a writer judges a ruler, not the office held.
  'dictator', 'strongman', 'autocrat', 'despot', 'tyrant',
]);

/**
 * Jobs that name no office alone: "candidate", "adviser" or "owner" as a role line says nothing until it
 * says of what ("Senate candidate", "national security adviser", "X owner").
 */
export const BARE_JOBS = new Set([
  'candidate', 'nominee', 'adviser', 'advisor', 'aide', 'assistant', 'staffer', 'lawyer', 'attorney', 'counsel', 'owner',
  'chief', 'boss', 'head', 'leader', 'manager', 'officer', 'official', 'member', 'deputy', 'director', 'secretary',
  'executive', 'founder', 'co-founder', 'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson',
  'lawmaker', 'legislator', 'politician', 'diplomat',
]);

/** Lower-case words before a job that judge or place the person, not the office: "billionaire adviser", "conservative lawyer". */
export const JUDGING_WORDS = new Set(['conservative', 'liberal', 'progressive', 'moderate', 'right-wing', 'left-wing', 'far-right', 'far-left', 'powerful', 'prominent', 'embattled', 'outspoken', 'popular']);
