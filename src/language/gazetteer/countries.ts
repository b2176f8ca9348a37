/**
 * Countries from public general knowledge, one a line: `name|demonyms|capital|other names`.
 * Demonyms are adjectives of nationality (not entities themselves, but role cues); the capital
 * may stand for the government ("Moscow's war effort"); other names are variants of the country.
 */
const COUNTRY_LINES = `
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Andorra|Andorran|Andorra la Vella
Angola|Angolan|Luanda
Antigua and Barbuda|Antiguan|St John's
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani,Azeri|Baku
Bahamas|Bahamian|Nassau|The Bahamas
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Barbados|Barbadian|Bridgetown
Belarus|Belarusian,Belarussian|Minsk|Byelorussia
Belgium|Belgian|Brussels
Belize|Belizean|Belmopan
Benin|Beninese|Porto-Novo
Bhutan|Bhutanese|Thimphu
Bolivia|Bolivian|La Paz
Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia,Bosnia-Herzegovina
Botswana|Botswanan,Motswana|Gaborone
Brazil|Brazilian|Brasilia
Brunei|Bruneian|Bandar Seri Begawan
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Burundi|Burundian|Gitega
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Canada|Canadian|Ottawa
Cape Verde|Cape Verdean|Praia|Cabo Verde
Central African Republic|Central African|Bangui|CAR
Chad|Chadian|N'Djamena
Chile|Chilean|Santiago
China|Chinese|Beijing|People's Republic of China,PRC,Mainland China
Colombia|Colombian|Bogota
Comoros|Comoran,Comorian|Moroni
Republic of the Congo|Congolese|Brazzaville|Congo-Brazzaville
Democratic Republic of the Congo|Congolese,Zairean,Zairian|Kinshasa|DR Congo,DRC,Congo-Kinshasa,Congo,Zaire
Costa Rica|Costa Rican|San Jose
Ivory Coast|Ivorian|Yamoussoukro|Cote d'Ivoire
Croatia|Croatian,Croat|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech|Prague|Czechia
Denmark|Danish|Copenhagen
Djibouti|Djiboutian|Djibouti
Dominica|Dominican|Roseau
Dominican Republic|Dominican|Santo Domingo
East Timor|Timorese|Dili|Timor-Leste
Ecuador|Ecuadorian,Ecuadorean|Quito
Egypt|Egyptian|Cairo
El Salvador|Salvadoran,Salvadorean|San Salvador
Equatorial Guinea|Equatoguinean|Malabo
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Eswatini|Swazi|Mbabane|Swaziland
Ethiopia|Ethiopian|Addis Ababa
Fiji|Fijian|Suva
Finland|Finnish|Helsinki
France|French|Paris
Gabon|Gabonese|Libreville
Gambia|Gambian|Banjul|The Gambia
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Grenada|Grenadian|St George's
Guatemala|Guatemalan|Guatemala City
Guinea|Guinean|Conakry
Guinea-Bissau|Bissau-Guinean|Bissau
Guyana|Guyanese|Georgetown
Haiti|Haitian|Port-au-Prince
Honduras|Honduran|Tegucigalpa
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran|Persia
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin|Republic of Ireland,Eire
Israel|Israeli|Jerusalem
Italy|Italian|Rome
Jamaica|Jamaican|Kingston
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh,Kazakhstani|Astana
Kenya|Kenyan|Nairobi
Kiribati|I-Kiribati|Tarawa
Kosovo|Kosovar,Kosovan|Pristina
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek|Kirghizia
Laos|Lao,Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Lesotho|Basotho|Maseru
Liberia|Liberian|Monrovia
Libya|Libyan|Tripoli
Liechtenstein|Liechtensteiner|Vaduz
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish,Luxembourger|Luxembourg
Madagascar|Malagasy|Antananarivo
Malawi|Malawian|Lilongwe
Malaysia|Malaysian|Kuala Lumpur
Maldives|Maldivian|Male
Mali|Malian|Bamako
Malta|Maltese|Valletta
Marshall Islands|Marshallese|Majuro
Mauritania|Mauritanian|Nouakchott
Mauritius|Mauritian|Port Louis
Mexico|Mexican|Mexico City
Micronesia|Micronesian|Palikir
Moldova|Moldovan|Chisinau
Monaco|Monegasque|Monaco
Mongolia|Mongolian|Ulaanbaatar|Ulan Bator
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Myanmar|Burmese|Naypyidaw|Burma
Namibia|Namibian|Windhoek
Nauru|Nauruan|Yaren
Nepal|Nepali,Nepalese|Kathmandu
Netherlands|Dutch|Amsterdam|Holland,The Netherlands
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja
North Korea|North Korean|Pyongyang|DPRK,Democratic People's Republic of Korea
North Macedonia|Macedonian|Skopje|Macedonia
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad
Palau|Palauan|Ngerulmud
Palestine|Palestinian|Ramallah|Palestinian territories
Panama|Panamanian|Panama City
Papua New Guinea|Papua New Guinean|Port Moresby|PNG
Paraguay|Paraguayan|Asuncion
Peru|Peruvian|Lima
Philippines|Filipino,Philippine|Manila|The Philippines
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Moscow|Russian Federation
Rwanda|Rwandan|Kigali
Saint Kitts and Nevis|Kittitian|Basseterre|St Kitts and Nevis
Saint Lucia|Saint Lucian|Castries|St Lucia
Saint Vincent and the Grenadines|Vincentian|Kingstown
Samoa|Samoan|Apia
San Marino|Sammarinese|San Marino
Sao Tome and Principe|Santomean|Sao Tome
Saudi Arabia|Saudi,Saudi Arabian|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian,Serb|Belgrade
Seychelles|Seychellois|Victoria
Sierra Leone|Sierra Leonean|Freetown
Singapore|Singaporean|Singapore
Slovakia|Slovak,Slovakian|Bratislava
Slovenia|Slovenian,Slovene|Ljubljana
Solomon Islands|Solomon Islander|Honiara
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria
South Korea|South Korean|Seoul|Republic of Korea,ROK
South Sudan|South Sudanese|Juba
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo|Ceylon
Sudan|Sudanese|Khartoum
Suriname|Surinamese|Paramaribo|Surinam
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern|Berne
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei|Republic of China
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma
Thailand|Thai|Bangkok|Siam
Togo|Togolese|Lome
Tonga|Tongan|Nuku'alofa
Trinidad and Tobago|Trinidadian|Port of Spain|Trinidad
Tunisia|Tunisian|Tunis
Turkey|Turkish|Ankara|Turkiye
Turkmenistan|Turkmen|Ashgabat
Tuvalu|Tuvaluan|Funafuti
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv|Kiev,The Ukraine
United Arab Emirates|Emirati|Abu Dhabi|UAE,U.A.E.,Emirates
United Kingdom|British|London|UK,U.K.,Britain,Great Britain,GB
United States|American,U.S.,US|Washington|U.S.,US,USA,U.S.A.,America,United States of America,the States
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Vanuatu|Ni-Vanuatu|Port Vila
Vatican City|Vatican|Vatican City|Vatican,Holy See
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi|Viet Nam
Yemen|Yemeni|Sanaa
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
England|English|London
Scotland|Scottish,Scots|Edinburgh
Wales|Welsh|Cardiff
Northern Ireland|Northern Irish|Belfast
Hong Kong|Hong Konger|Hong Kong
Macau|Macanese|Macau|Macao
Puerto Rico|Puerto Rican|San Juan
Greenland|Greenlandic|Nuuk
Soviet Union|Soviet|Moscow|USSR,U.S.S.R.
Yugoslavia|Yugoslav|Belgrade
Czechoslovakia|Czechoslovak|Prague
East Germany|East German|East Berlin|GDR
West Germany|West German|Bonn
`;

export interface CountryEntry {
  name: string;
  demonyms: string[];
  capital: string;
  aliases: string[];
}

const list = (field: string | undefined): string[] => (field ? field.split(',').map((s) => s.trim()).filter(Boolean) : []);

export const COUNTRIES: readonly CountryEntry[] = COUNTRY_LINES.trim()
  .split('\n')
  .map((line) => {
    const [name = '', demonyms, capital = '', aliases] = line.split('|');
    return { name, demonyms: list(demonyms), capital, aliases: list(aliases) };
  });
