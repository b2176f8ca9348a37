/**
 * Places that are not countries, from public general knowledge: world regions, states and provinces,
 * major cities, seas and rivers. Comma-separated within each list; capitals live in countries.ts.
 */
export const WORLD_REGIONS = `Africa, Asia, Europe, North America, South America, Latin America, Central America,
Antarctica, Oceania, Australasia, the Americas, Americas, Middle East, Near East, Far East, Russian Far East,
East Asia, South Asia, Southeast Asia, South-East Asia, Central Asia, West Africa, East Africa, North Africa,
Southern Africa, Sub-Saharan Africa, Horn of Africa, Sahel, Maghreb, Balkans, Baltics, Caucasus, North Caucasus,
Scandinavia, Nordic, Eastern Europe, Western Europe, Central Europe, Mediterranean, Arctic, Pacific, Atlantic,
Caribbean, Gulf, Persian Gulf, Arabian Peninsula, Siberia, Indochina, Korean Peninsula, Kashmir, Tibet, Xinjiang,
Crimea, Donbas, Donbass, Gaza, Gaza Strip, West Bank, Golan Heights, Sinai, Kurdistan, Darfur, Chechnya,
Dagestan, Abkhazia, South Ossetia, Transnistria, Nagorno-Karabakh, Catalonia, Basque Country, Bavaria, Flanders,
Wallonia, Sicily, Sardinia, Corsica, Lombardy, Tuscany, Andalusia, Galicia, Patagonia, Amazon, Punjab, Bengal,
Kerala, Gujarat, Maharashtra, Tamil Nadu, Karnataka, Uttar Pradesh, Bihar, Rajasthan, Assam, Sichuan, Guangdong,
Yunnan, Hubei, Hunan, Henan, Shandong, Jiangsu, Zhejiang, Fujian, Hainan, Inner Mongolia, Manchuria, Okinawa,
Hokkaido, Kyushu, Honshu, Mindanao, Luzon, Java, Sumatra, Borneo, Bali, Papua, Tasmania, Queensland,
New South Wales, Victoria, Western Australia, South Australia, Northern Territory, Ontario, Quebec,
British Columbia, Alberta, Manitoba, Saskatchewan, Nova Scotia, New Brunswick, Newfoundland, Yukon, Nunavut,
Ulster, Yorkshire, Lancashire, Cornwall, Kent, Sussex, Surrey, Essex, Devon, Midlands, East Anglia, Highlands,
Silicon Valley, Wall Street, Downing Street, Capitol Hill, Kremlin Wall, Red Square, Tiananmen Square,
Lapland, Anatolia, Midwest, Deep South, New England, Great Lakes, Rust Belt, Bible Belt, Sun Belt, Kurdish region, Idlib, Aleppo, Raqqa, Mosul, Basra, Kandahar, Helmand, Kharkiv, Donetsk,
Luhansk, Zaporizhzhia, Kherson, Mariupol, Odesa, Odessa, Bakhmut, Lviv, Dnipro, Belgorod, Kursk, Amur,
Khabarovsk, Primorye, Kamchatka, Sakhalin, Chukotka, Yakutia, Tatarstan, Bashkortostan, Kaliningrad, Karelia`;

export const US_STATES = `Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida,
Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan,
Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York,
North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota,
Tennessee, Texas, Utah, Vermont, Virginia, West Virginia, Wisconsin, Wyoming, District of Columbia, DC, D.C.`;

export const CITIES = `New York, Queens, the Bronx, Staten Island, Little Rock, Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, Dallas,
San Francisco, Seattle, Boston, Atlanta, Miami, Detroit, Denver, Las Vegas, Baltimore, Minneapolis, St Louis,
St. Louis, Pittsburgh, Cleveland, Cincinnati, New Orleans, Nashville, Memphis, Orlando, Tampa, Portland,
Sacramento, Austin, Honolulu, Anchorage, Charlotte, Indianapolis, Milwaukee, Kansas City, Salt Lake City,
Toronto, Montreal, Vancouver, Calgary, Edmonton, Winnipeg, Sydney, Melbourne, Brisbane, Perth, Adelaide,
Auckland, Christchurch, Manchester, Birmingham, Liverpool, Leeds, Glasgow, Bristol, Sheffield, Newcastle,
Nottingham, Leicester, Southampton, Oxford, Cambridge, Aberdeen, Dundee, Swansea, Brighton, Coventry,
Hamburg, Munich, Frankfurt, Cologne, Stuttgart, Dusseldorf, Dortmund, Leipzig, Dresden, Hanover, Bremen, Bonn,
Marseille, Marseilles, Lyon, Lyons, Toulouse, Nice, Bordeaux, Lille, Strasbourg, Nantes, Milan, Naples, Turin,
Florence, Venice, Genoa, Bologna, Palermo, Barcelona, Valencia, Seville, Bilbao, Malaga, Zaragoza, Porto,
Rotterdam, The Hague, Antwerp, Geneva, Zurich, Basel, Lausanne, Salzburg, Innsbruck, Gothenburg, Bergen,
Krakow, Gdansk, Wroclaw, St Petersburg, St. Petersburg, Saint Petersburg, Novosibirsk, Yekaterinburg,
Vladivostok, Kazan, Sochi, Volgograd, Murmansk, Irkutsk, Istanbul, Izmir, Thessaloniki, Jeddah, Mecca, Medina,
Dubai, Tel Aviv, Haifa, Bethlehem, Hebron, Gaza City, Benghazi, Alexandria, Casablanca, Marrakesh, Lagos,
Kano, Johannesburg, Cape Town, Durban, Mombasa, Karachi, Lahore, Peshawar, Mumbai, Bombay, Delhi, Kolkata,
Calcutta, Chennai, Madras, Bangalore, Bengaluru, Hyderabad, Shanghai, Guangzhou, Shenzhen, Chongqing, Tianjin,
Wuhan, Chengdu, Nanjing, Xi'an, Harbin, Dalian, Osaka, Kyoto, Yokohama, Nagoya, Kobe, Hiroshima, Nagasaki,
Fukushima, Busan, Incheon, Panmunjom, Panmunjeom, Ho Chi Minh City, Saigon, Da Nang, Chiang Mai, Phuket,
Surabaya, Rio de Janeiro, Sao Paulo, Salvador, Recife, Cordoba, Rosario, Valparaiso, Guadalajara, Monterrey,
Tijuana, Cancun, Medellin, Cali, Guayaquil`;

/** Geographic features with an unusual name shape (PLACE_LAST_WORDS in common-words.ts cover most). */
export const FEATURES = `South Lawn, Rose Garden, East Room, Situation Room, Oval Office, West Wing, Roosevelt Room, Cabinet Room, Capitol, Capitol Hill, Sea of Japan, East Sea, Yellow Sea, South China Sea, East China Sea, Black Sea, Red Sea,
Baltic Sea, North Sea, Caspian Sea, Dead Sea, Mediterranean Sea, Arabian Sea, Sea of Azov, Sea of Okhotsk,
Bering Strait, Taiwan Strait, Strait of Hormuz, English Channel, Suez Canal, Panama Canal, Himalayas,
Alps, Andes, Rockies, Urals, Pyrenees, Sahara, Nile, Danube, Rhine, Thames, Volga, Yangtze, Mekong, Euphrates,
Tigris, Mississippi River, Amazon River, Everest, Mount Everest, Kilimanjaro, Mount Fuji, Lake Baikal`;

/** Other names of a feature above, as "form=name": one building, one entity. */
export const FEATURE_FORMS = 'US Capitol=Capitol, U.S. Capitol=Capitol, United States Capitol=Capitol';

export const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
