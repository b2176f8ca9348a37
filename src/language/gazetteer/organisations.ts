/**
 * Organisations from public general knowledge and the words that mark a name as one.
 * `KNOWN_ORGANISATIONS`: `Full Name|ACRONYM,other forms`, so an acronym seen alone still gets
 * the full name's key across articles.
 */
export const KNOWN_ORGANISATIONS = `
United Nations|UN,U.N.
United Nations Security Council|UNSC,Security Council
North Atlantic Treaty Organization|NATO,Nato,North Atlantic Treaty Organisation
European Union|EU,E.U.
European Commission|EC
European Parliament
European Central Bank|ECB
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO,World Trade Organisation
World Health Organization|WHO,World Health Organisation
International Atomic Energy Agency|IAEA
Organization of the Petroleum Exporting Countries|OPEC,Opec
Organization for Security and Co-operation in Europe|OSCE
Association of Southeast Asian Nations|ASEAN,Asean
African Union|AU
Arab League
Group of Seven|G7,G-7
Group of Twenty|G20,G-20
Group of Eight|G8,G-8
International Olympic Committee|IOC
FIFA
UEFA
International Criminal Court|ICC
International Court of Justice|ICJ
Red Cross|ICRC,International Committee of the Red Cross
Amnesty International
Human Rights Watch
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
Federal Reserve|Fed
Securities and Exchange Commission|SEC
Pentagon
White House
Kremlin
State Department
Downing Street|No 10,No. 10
Congress
Senate
House of Representatives
House of Commons
House of Lords
Bundestag
Duma|State Duma
Knesset
Reuters
Associated Press|AP
Agence France-Presse|AFP
Tass|TASS,ITAR-TASS
Xinhua
Interfax
RIA Novosti|RIA
Yonhap
Kyodo|Kyodo News
British Broadcasting Corporation|BBC
Cable News Network|CNN
Al Jazeera
Bloomberg
New York Times
Washington Post
Wall Street Journal|WSJ
Financial Times|FT
Hamas
Hezbollah|Hizbollah
Taliban
Al Qaeda|al-Qaeda,al Qaeda
Islamic State|ISIS,ISIL,IS
Wagner Group|Wagner
Communist Party
Workers' Party of Korea|WPK
Liberal Democratic Party|LDP
Chinese Communist Party|CCP
Democratic Party
Republican Party|GOP
Labour Party|Labour
Conservative Party|Conservatives,Tories
Gazprom
Joint Chiefs of Staff|JCS
Rosneft
Roscosmos
Apple
Google
Microsoft
Amazon
Meta
Facebook
Twitter
Samsung
Toyota
Sony
Huawei
Tesla
Boeing
Airbus
`;

/** A name ending in one of these is an organisation ("Korean Central News Agency", "Manchester United"). */
export const ORG_LAST_WORDS = new Set(`protection enforcement agency ministry party council union club fc cf ac afc united bank inc inc. corp corp.
corporation co co. ltd ltd. plc llc llp ag sa nv gmbh spa bv group holdings association federation committee
commission organisation organization institute university college school academy airlines airways airline
motors industries systems technologies technology electric energy oil petroleum telecom telecommunications
communications bancorp securities capital partners fund trust foundation society authority board office
department service services police army navy forces guard guards court tribunal parliament congress senate
assembly cabinet government front movement alliance league exchange times post journal news press herald
tribune gazette daily radio television tv broadcasting network channel rovers wanderers athletic athletico
albion hotspur brigade brigades command corps mission church mosque hospital clinic ventures enterprises
laboratories labs pharmaceuticals pharma media studios records entertainment insurance assurance finance
financial investments bureau directorate secretariat coalition council cooperative union unions institution
centre center centres centers observatory orchestra band company companies firm chamber guild syndicate consortium network
electronics motor steel chemicals foods brands retail stores mining resources logistics shipping lines railways
railway solutions software semiconductor semiconductors power utilities biotech therapeutics staff endowment
administration caucus dialogue framework cooperation analytics cavalry
management films pictures cafes cafe restaurants hotels casinos bingo advisers advisors consultants consulting
research statistics wire newswire chronicle courier telegraph
`.split(/\s+/).filter(Boolean));

/** A name opening with one of these (before "of") is an organisation ("Bank of England", "Ministry of Defence"). */
export const ORG_FIRST_WORDS = new Set(['bank', 'ministry', 'department', 'university', 'office', 'council', 'organisation', 'organization', 'federation', 'association', 'house', 'court', 'institute', 'college', 'church', 'commission', 'committee', 'board', 'bureau', 'group', 'league', 'union', 'party', 'order', 'society', 'academy', 'school', 'chamber', 'friends', 'sisters', 'brotherhood', 'army', 'people\'s', 'staff']);

/** Lower-case words after a name that make it an organisation ("Tass news agency", "the Sukhoi company"). */
export const ORG_FOLLOWERS = new Set(['agency', 'newspaper', 'daily', 'company', 'group', 'party', 'firm', 'bank', 'corporation', 'conglomerate', 'network', 'broadcaster', 'channel', 'magazine', 'club', 'team', 'carrier', 'airline', 'maker', 'manufacturer', 'militia', 'movement', 'organisation', 'organization', 'union', 'institute', 'university', 'ministry', 'government', 'spokesman', 'spokeswoman']);

/** Last words of the names of news outlets and agencies ("Alpine Wire", "Baltic Herald", "Danube Media"). */
export const PUBLICATION_WORDS = new Set(`wire wires newswire news times post press agency media herald journal gazette
tribune daily chronicle courier telegraph observer monitor dispatch express mirror review magazine radio
television tv broadcasting broadcaster network newspaper weekly standard star globe bulletin examiner inquirer
sentinel record register mail guardian independent insider today online channel report
`.split(/\s+/).filter(Boolean));

/** Verbs before "by" that name who published a story ("first published by Alpine Wire"). */
export const PUBLISHING_VERBS = new Set(['published', 'reported', 'carried', 'distributed', 'syndicated', 'broadcast', 'aired', 'quoted']);

/** Events, awards, laws, languages and the like (MISC in CoNLL terms): a name ending so is no entity here. */
export const MISC_LAST_WORDS = new Set(`cup open championship championships games olympics olympic prix trophy prize award awards
masters classic series tour rally marathon derby bowl day war wars act treaty accord accords agreement
declaration convention summit festival show conference week year era revolution crisis election elections
plan doctrine protocol initiative programme program project operation campaign pact charter bill
amendment photos pictures gallery videos jubilee democratic republican
`.split(/\s+/).filter(Boolean));
