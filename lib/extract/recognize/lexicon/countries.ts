/**
 * How Arabic news names a country: its names and spelling variants, the stem its demonym is built on
 * (بريطان -> بريطاني، بريطانية، بريطانيين), and places or institutions that stand for its government.
 * Written in ordinary spelling; entries are normalised when the lexicon is compiled.
 */
export interface CountryLexeme {
  iso3: string;
  names: string[];
  demonymStems?: string[];
  /** Demonyms that are whole words rather than stem + ending: broken plurals such as الألمان، الكروات، الأتراك. */
  demonymWords?: string[];
  /** Capitals and seats of government used as metonyms (واشنطن، الكرملين، داونينج ستريت). */
  seats?: string[];
  /**
   * Parties to the war: the coalition guarantees one against the other, so neither can hold a position in it.
   * Their mentions are recognised (the reader highlights them) but never turned into positions.
   */
  conflictParty?: boolean;
}

export const COUNTRY_LEXICON: CountryLexeme[] = [
  {
    iso3: 'GBR',
    names: ['بريطانيا', 'المملكة المتحدة', 'بريطانيا العظمى', 'إنجلترا', 'انكلترا'],
    demonymStems: ['بريطان'],
    seats: ['لندن', 'داونينج ستريت', 'داونينغ ستريت', 'داوننغ ستريت'],
  },
  {
    iso3: 'USA',
    names: ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'],
    demonymStems: ['أمريك', 'أميرك'],
    demonymWords: ['الأمريكان', 'الأميركان'],
    seats: ['واشنطن', 'البيت الأبيض', 'البنتاغون', 'البنتاجون', 'المكتب البيضاوي'],
  },
  { iso3: 'FRA', names: ['فرنسا'], demonymStems: ['فرنس'], seats: ['باريس', 'الإليزيه', 'قصر الإليزيه'] },
  {
    iso3: 'DEU',
    names: ['ألمانيا'],
    demonymStems: ['ألمان'],
    demonymWords: ['الألمان'],
    seats: ['برلين', 'البوندسفير'],
  },
  { iso3: 'ITA', names: ['إيطاليا'], demonymStems: ['إيطال'], demonymWords: ['الطليان'], seats: ['روما', 'قصر شيغي'] },
  {
    iso3: 'ESP',
    names: ['إسبانيا', 'اسبانيا'],
    demonymStems: ['إسبان'],
    demonymWords: ['الإسبان'],
    seats: ['مدريد', 'قصر مونكلوا'],
  },
  { iso3: 'PRT', names: ['البرتغال'], demonymStems: ['برتغال'], seats: ['لشبونة', 'لشبونه'] },
  { iso3: 'NLD', names: ['هولندا', 'مملكة هولندا'], demonymStems: ['هولند'], seats: ['لاهاي', 'أمستردام'] },
  { iso3: 'BEL', names: ['بلجيكا'], demonymStems: ['بلجيك'] },
  { iso3: 'LUX', names: ['لوكسمبورغ', 'لوكسمبورج', 'لوكسمبرغ', 'لوكسمبرج'], demonymStems: ['لوكسمبورغ', 'لوكسمبورج'] },
  { iso3: 'IRL', names: ['أيرلندا', 'إيرلندا', 'ايرلندا'], demonymStems: ['أيرلند', 'إيرلند'], seats: ['دبلن'] },
  {
    iso3: 'DNK',
    names: ['الدنمارك', 'الدانمارك'],
    demonymStems: ['دنمارك', 'دانمارك'],
    seats: ['كوبنهاغن', 'كوبنهاجن'],
  },
  { iso3: 'SWE', names: ['السويد'], demonymStems: ['سويد'], seats: ['ستوكهولم'] },
  { iso3: 'NOR', names: ['النرويج'], demonymStems: ['نرويج'], seats: ['أوسلو'] },
  { iso3: 'FIN', names: ['فنلندا'], demonymStems: ['فنلند'], seats: ['هلسنكي'] },
  {
    iso3: 'ISL',
    names: ['آيسلندا', 'أيسلندا', 'إيسلندا', 'ايسلندا'],
    demonymStems: ['آيسلند', 'أيسلند', 'إيسلند'],
    seats: ['ريكيافيك', 'ريكيافيك'],
  },
  { iso3: 'EST', names: ['إستونيا', 'استونيا'], demonymStems: ['إستون', 'استون'], seats: ['تالين'] },
  { iso3: 'LVA', names: ['لاتفيا'], demonymStems: ['لاتف'], seats: ['ريغا'] },
  { iso3: 'LTU', names: ['ليتوانيا'], demonymStems: ['ليتوان'], seats: ['فيلنيوس'] },
  { iso3: 'POL', names: ['بولندا', 'بولونيا'], demonymStems: ['بولند'], seats: ['وارسو'] },
  {
    iso3: 'CZE',
    names: ['التشيك', 'جمهورية التشيك', 'تشيكيا', 'الجمهورية التشيكية'],
    demonymStems: ['تشيك'],
    seats: ['براغ'],
  },
  { iso3: 'SVK', names: ['سلوفاكيا'], demonymStems: ['سلوفاك'], seats: ['براتيسلافا'] },
  { iso3: 'HUN', names: ['المجر', 'هنغاريا'], demonymStems: ['هنغار', 'مجر'], seats: ['بودابست'] },
  { iso3: 'ROU', names: ['رومانيا'], demonymStems: ['رومان'], seats: ['بوخارست'] },
  { iso3: 'BGR', names: ['بلغاريا'], demonymStems: ['بلغار'], seats: ['صوفيا'] },
  { iso3: 'AUT', names: ['النمسا'], demonymStems: ['نمساو', 'نمسو'], seats: ['فيينا'] },
  { iso3: 'CHE', names: ['سويسرا'], demonymStems: ['سويسر'], seats: ['برن'] },
  { iso3: 'HRV', names: ['كرواتيا'], demonymStems: ['كروات'], demonymWords: ['الكروات'], seats: ['زغرب', 'زغرب'] },
  { iso3: 'SVN', names: ['سلوفينيا'], demonymStems: ['سلوفين'], seats: ['ليوبليانا'] },
  { iso3: 'GRC', names: ['اليونان'], demonymStems: ['يونان'], seats: ['أثينا'] },
  { iso3: 'CYP', names: ['قبرص'], demonymStems: ['قبرص'], seats: ['نيقوسيا'] },
  { iso3: 'MLT', names: ['مالطا'], demonymStems: ['مالط'], seats: ['فاليتا'] },
  { iso3: 'ALB', names: ['ألبانيا'], demonymStems: ['ألبان'], seats: ['تيرانا'] },
  { iso3: 'MKD', names: ['مقدونيا الشمالية', 'مقدونيا'], demonymStems: ['مقدون'], seats: ['سكوبيي'] },
  { iso3: 'MNE', names: ['الجبل الأسود'], seats: ['بودغوريتسا'] },
  { iso3: 'MDA', names: ['مولدوفا'], demonymStems: ['مولدوف'], seats: ['كيشيناو'] },
  { iso3: 'TUR', names: ['تركيا'], demonymStems: ['ترك'], demonymWords: ['الأتراك'], seats: ['أنقرة'] },
  { iso3: 'CAN', names: ['كندا'], demonymStems: ['كند'], seats: ['أوتاوا'] },
  { iso3: 'AUS', names: ['أستراليا', 'استراليا'], demonymStems: ['أسترال', 'استرال'], seats: ['كانبرا', 'كانبيرا'] },
  { iso3: 'NZL', names: ['نيوزيلندا', 'نيوزيلاندا'], demonymStems: ['نيوزيلند'], seats: ['ويلينغتون'] },
  { iso3: 'JPN', names: ['اليابان'], demonymStems: ['يابان'], seats: ['طوكيو'] },
  {
    iso3: 'KOR',
    names: ['كوريا الجنوبية', 'الكورية الجنوبية', 'الكوري الجنوبي', 'الكوريين الجنوبيين'],
    seats: ['سيول', 'سول'],
  },
  { iso3: 'PRK', names: ['كوريا الشمالية', 'الكورية الشمالية', 'الكوري الشمالي'], seats: ['بيونغ يانغ', 'بيونغيانغ'] },
  { iso3: 'CHN', names: ['الصين'], demonymStems: ['صين'], seats: ['بكين'] },
  { iso3: 'IND', names: ['الهند'], demonymStems: ['هند'], seats: ['نيودلهي'] },
  { iso3: 'BLR', names: ['بيلاروسيا', 'روسيا البيضاء', 'بيلاروس'], demonymStems: ['بيلاروس'], seats: ['مينسك'] },
  { iso3: 'GEO', names: ['جورجيا'], demonymStems: ['جورج'], seats: ['تبليسي'] },
  { iso3: 'SRB', names: ['صربيا'], demonymStems: ['صرب'], seats: ['بلغراد'] },
  { iso3: 'BIH', names: ['البوسنة والهرسك', 'البوسنة'], demonymStems: ['بوسن'], seats: ['سراييفو'] },
  {
    iso3: 'ARE',
    names: ['الإمارات العربية المتحدة', 'الإمارات'],
    demonymStems: ['إمارات'],
    seats: ['أبوظبي', 'أبو ظبي'],
  },
  { iso3: 'SAU', names: ['السعودية', 'المملكة العربية السعودية'], demonymStems: ['سعود'], seats: ['الرياض'] },
  { iso3: 'IRN', names: ['إيران'], demonymStems: ['إيران'], seats: ['طهران'] },
  { iso3: 'EGY', names: ['مصر'], demonymStems: ['مصر'], seats: ['القاهرة'] },
  { iso3: 'QAT', names: ['قطر'], demonymStems: ['قطر'], seats: ['الدوحة'] },
  { iso3: 'BRA', names: ['البرازيل'], demonymStems: ['برازيل'], seats: ['برازيليا'] },
  { iso3: 'ISR', names: ['إسرائيل'], demonymStems: ['إسرائيل'] },
  { iso3: 'MUS', names: ['موريشيوس'] },
  {
    iso3: 'RUS',
    names: ['روسيا', 'روسيا الاتحادية'],
    demonymStems: ['روس'],
    demonymWords: ['الروس'],
    seats: ['موسكو', 'الكرملين'],
    conflictParty: true,
  },
  { iso3: 'UKR', names: ['أوكرانيا'], demonymStems: ['أوكران'], seats: ['كييف', 'كييڤ'], conflictParty: true },
];
