/**
 * People who speak for a country's government, with their term of office: a name stands for the country only
 * when the article's date falls inside the term (Rutte spoke for the Netherlands until July 2024, then for NATO).
 * `to` is absent while in office. Written in ordinary spelling with the usual transliteration variants.
 */
export interface LeaderLexeme {
  iso3: string;
  names: string[];
  role: string;
  from: string;
  to?: string;
}

export const LEADER_LEXICON: LeaderLexeme[] = [
  { iso3: 'GBR', role: 'prime minister', names: ['ستارمر', 'كير ستارمر', 'Starmer'], from: '2024-07-05' },
  { iso3: 'GBR', role: 'prime minister', names: ['سوناك'], from: '2022-10-25', to: '2024-07-05' },
  { iso3: 'GBR', role: 'defence secretary', names: ['هيلي', 'جون هيلي', 'Healey'], from: '2024-07-05' },
  { iso3: 'GBR', role: 'foreign secretary', names: ['لامي', 'ديفيد لامي', 'Lammy'], from: '2024-07-05', to: '2025-09-05' },
  { iso3: 'GBR', role: 'chancellor', names: ['ريفز', 'راشيل ريفز', 'Reeves'], from: '2024-07-05' },
  { iso3: 'USA', role: 'president', names: ['ترامب', 'ترمب', 'دونالد ترامب', 'دونالد ترمب', 'Trump'], from: '2025-01-20' },
  { iso3: 'USA', role: 'president', names: ['بايدن', 'جو بايدن', 'جوي بايدن', 'Biden'], from: '2021-01-20', to: '2025-01-20' },
  { iso3: 'USA', role: 'vice president', names: ['فانس', 'جي دي فانس', 'Vance'], from: '2025-01-20' },
  { iso3: 'USA', role: 'defense secretary', names: ['هيغسيث', 'هيجسيث', 'هيغسث', 'بيت هيغسيث', 'بيت هيجسيث', 'Hegseth'], from: '2025-01-25' },
  { iso3: 'USA', role: 'secretary of state', names: ['روبيو', 'ماركو روبيو', 'Rubio'], from: '2025-01-21' },
  { iso3: 'USA', role: 'special envoy', names: ['ويتكوف', 'ستيف ويتكوف', 'Witkoff'], from: '2025-01-20' },
  { iso3: 'FRA', role: 'president', names: ['ماكرون', 'إيمانويل ماكرون', 'ايمانويل ماكرون', 'Macron'], from: '2017-05-14' },
  { iso3: 'FRA', role: 'defence minister', names: ['لوكورنو'], from: '2022-05-20', to: '2025-09-09' },
  { iso3: 'FRA', role: 'foreign minister', names: ['بارو'], from: '2024-09-21' },
  { iso3: 'DEU', role: 'chancellor', names: ['ميرز', 'ميرتس', 'فريدريش ميرز', 'فريدريش ميرتس', 'Merz'], from: '2025-05-06' },
  { iso3: 'DEU', role: 'chancellor', names: ['شولتس', 'شولتز', 'أولاف شولتس', 'Scholz'], from: '2021-12-08', to: '2025-05-06' },
  { iso3: 'DEU', role: 'defence minister', names: ['بيستوريوس', 'Pistorius'], from: '2023-01-19' },
  { iso3: 'ITA', role: 'prime minister', names: ['ميلوني', 'جورجيا ميلوني', 'Meloni'], from: '2022-10-22' },
  { iso3: 'ITA', role: 'defence minister', names: ['كروسيتو'], from: '2022-10-22' },
  { iso3: 'ESP', role: 'prime minister', names: ['سانشيز', 'بيدرو سانشيز', 'Sánchez'], from: '2018-06-02' },
  { iso3: 'POL', role: 'prime minister', names: ['توسك', 'دونالد توسك', 'Tusk'], from: '2023-12-13' },
  { iso3: 'POL', role: 'president', names: ['دودا', 'Duda'], from: '2015-08-06', to: '2025-08-06' },
  { iso3: 'POL', role: 'president', names: ['ناوروتسكي', 'نافروتسكي'], from: '2025-08-06' },
  { iso3: 'POL', role: 'defence minister', names: ['كوسينياك كاميش', 'كوسينياك-كاميش'], from: '2023-12-13' },
  { iso3: 'NLD', role: 'prime minister', names: ['شوف', 'Schoof'], from: '2024-07-02' },
  { iso3: 'NLD', role: 'prime minister', names: ['روته', 'روتي', 'Rutte'], from: '2010-10-14', to: '2024-07-02' },
  { iso3: 'NLD', role: 'defence minister', names: ['بريكلمانز', 'بريكيانز', 'روبن بريكلمانز', 'روبن بريكيانز', 'Brekelmans'], from: '2024-07-02', to: '2025-09-19' },
  { iso3: 'BEL', role: 'prime minister', names: ['دي ويفر', 'De Wever'], from: '2025-02-03' },
  { iso3: 'DNK', role: 'prime minister', names: ['فريدريكسن', 'ميته فريدريكسن', 'Frederiksen'], from: '2019-06-27' },
  { iso3: 'SWE', role: 'prime minister', names: ['كريسترسون', 'أولف كريسترسون', 'Kristersson'], from: '2022-10-18' },
  { iso3: 'NOR', role: 'prime minister', names: ['ستوره', 'ستور', 'Støre'], from: '2021-10-14' },
  { iso3: 'FIN', role: 'president', names: ['ستوب', 'ألكساندر ستوب', 'ألكسندر ستوب', 'Stubb'], from: '2024-03-01' },
  { iso3: 'FIN', role: 'prime minister', names: ['أوربو', 'Orpo'], from: '2023-06-20' },
  { iso3: 'EST', role: 'prime minister', names: ['ميخال', 'Michal'], from: '2024-07-23' },
  { iso3: 'LVA', role: 'defence minister', names: ['سبرودس', 'سبورس', 'أندريس سبرودس', 'أندريس سبورس', 'Sprūds'], from: '2023-09-15' },
  { iso3: 'LTU', role: 'president', names: ['ناوسيدا', 'Nausėda'], from: '2019-07-12' },
  { iso3: 'CZE', role: 'prime minister', names: ['فيالا', 'Fiala'], from: '2021-11-28' },
  { iso3: 'HUN', role: 'prime minister', names: ['أوربان', 'Orbán'], from: '2010-05-29' },
  { iso3: 'SVK', role: 'prime minister', names: ['فيكو', 'فيتسو', 'Fico'], from: '2023-10-25' },
  { iso3: 'GRC', role: 'prime minister', names: ['ميتسوتاكيس', 'Mitsotakis'], from: '2019-07-08' },
  { iso3: 'TUR', role: 'president', names: ['أردوغان', 'Erdoğan'], from: '2014-08-28' },
  { iso3: 'CAN', role: 'prime minister', names: ['كارني', 'مارك كارني', 'Carney'], from: '2025-03-14' },
  { iso3: 'CAN', role: 'prime minister', names: ['ترودو', 'Trudeau'], from: '2015-11-04', to: '2025-03-14' },
  { iso3: 'AUS', role: 'prime minister', names: ['ألبانيزي', 'أنتوني ألبانيزي', 'Albanese'], from: '2022-05-23' },
  { iso3: 'NZL', role: 'prime minister', names: ['لوكسون', 'كريستوفر لوكسون', 'Luxon'], from: '2023-11-27' },
  { iso3: 'JPN', role: 'prime minister', names: ['إيشيبا', 'شيغيرو إيشيبا', 'Ishiba'], from: '2024-10-01', to: '2025-10-21' },
  { iso3: 'IRL', role: 'taoiseach', names: ['مارتن'], from: '2025-01-23' },
  { iso3: 'RUS', role: 'president', names: ['بوتين', 'فلاديمير بوتين', 'Putin'], from: '2012-05-07' },
  { iso3: 'RUS', role: 'spokesman', names: ['بيسكوف', 'Peskov'], from: '2012-05-22' },
  { iso3: 'RUS', role: 'foreign minister', names: ['لافروف', 'Lavrov'], from: '2004-03-09' },
  { iso3: 'UKR', role: 'president', names: ['زيلينسكي', 'زيلنسكي', 'فولوديمير زيلينسكي', 'فولوديمير زيلنسكي', 'Zelensky', 'Zelenskyy'], from: '2019-05-20' },
  { iso3: 'UKR', role: 'defence minister', names: ['أوميروف', 'أومروف', 'روستم أومروف', 'روستام أوميروف', 'Umerov'], from: '2023-09-06', to: '2025-07-17' },
];
