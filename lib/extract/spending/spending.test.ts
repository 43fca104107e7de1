import { describe, expect, it } from 'vitest';
import { readSentences, TEST_META } from '../eval/read-sentences';
import { SpendingReader } from './spending';
import { KIND_RULES } from './kinds';
import { EXCLUSION_RULES } from './exclusions';

/** The figures a text yields, as "ISO:kind:value unit@year", and the reader's notes. */
const read = (text: string, published = '2025-06-15') => {
  const meta = { ...TEST_META, published };
  const reader = new SpendingReader(meta, true);
  for (const s of readSentences(text, meta).sentences) reader.read(s.view, s.clauses, published);
  return {
    figures: reader
      .figures()
      .map(({ iso3, spending: f }) => `${iso3}:${f.kind}:${f.value} ${f.unit}${f.year ? `@${f.year}` : ''}`),
    notes: reader.notes!,
  };
};

describe('defence-spending figures', () => {
  it('reads shares of GDP and money with their scale, currency and year', () => {
    expect(read('تعتزم بولندا رفع إنفاقها الدفاعي إلى ٤٫٨٪ من الناتج المحلي بحلول 2026.').figures).toEqual([
      'POL:target:4.8 pct_gdp@2026',
    ]);
    expect(read('أعلنت النرويج زيادة ميزانية الدفاع بمقدار ملياري كرونة نرويجية هذا العام.').figures).toEqual([
      'NOR:increase:2000000000 NOK@2025',
    ]);
    expect(read('وتبلغ ميزانية الدفاع الكورية الجنوبية 61.59 تريليون وون هذا العام.').figures).toEqual([
      'KOR:level:61590000000000 KRW@2025',
    ]);
  });

  it('reads an amount that goes on after its scale: a smaller scale, or half of the same one', () => {
    expect(
      read('وأعلنت الحكومة البرتغالية أن ميزانية الدفاع سترتفع العام المقبل إلى ثلاثة مليارات و600 مليون يورو.')
        .figures,
    ).toEqual(['PRT:target:3600000000 EUR@2026']);
    expect(read('وتبلغ ميزانية الدفاع الفنلندية هذا العام ستة مليارات ونصف المليار يورو.').figures).toEqual([
      'FIN:level:6500000000 EUR@2025',
    ]);
    expect(read('وتبلغ ميزانية الدفاع السلوفينية هذا العام مليار ونصف المليار يورو.').figures).toEqual([
      'SVN:level:1500000000 EUR@2025',
    ]);
  });

  it('reads agency feeds\' reversed decimals ("5. 3%" is 3.5)', () => {
    expect(read('وقررت السويد رفع ميزانية الدفاع إلى 5. 3% من الناتج بحلول عام 2030.').figures).toEqual([
      'SWE:target:3.5 pct_gdp@2030',
    ]);
  });

  it('reads "from X to Y" as a level and a target, and a share restated with أي', () => {
    expect(
      read(
        'تعتزم ألمانيا رفع ميزانيتها الدفاعية من 60 مليار يورو هذا العام إلى 150 مليار يورو في 2029، أي من 2.2 في المئة إلى 3.4 في المئة من الناتج.',
      ).figures,
    ).toEqual([
      'DEU:level:60000000000 EUR@2025',
      'DEU:target:150000000000 EUR@2029',
      'DEU:level:2.2 pct_gdp@2025',
      'DEU:target:3.4 pct_gdp@2029',
    ]);
  });

  it('leaves out conversions, growth rates and whole state budgets', () => {
    expect(
      read(
        'أقرت اليابان ميزانية الدفاع للعام المقبل عند 9 تريليونات ين (60 مليار دولار)، بزيادة 8% عن هذا العام.',
        '2025-12-20',
      ).figures,
    ).toEqual(['JPN:target:9000000000000 JPY@2026']);
    expect(
      read(
        'وأقر البرلمان الألماني الميزانية العامة للدولة بإجمالي 700 مليار يورو، وتشمل 80 مليار يورو للإنفاق العسكري.',
      ).figures,
    ).toEqual(['DEU:level:80000000000 EUR']);
  });

  it('gives a krone the currency of its country, and a plain dollar that of a dollar country', () => {
    expect(read('أعلنت الدنمارك صندوقا للدفاع بقيمة 50 مليار كرونة.').figures).toEqual([
      'DNK:increase:50000000000 DKK',
    ]);
    expect(
      read('أعلنت أستراليا حزمة إنفاق عسكري جديدة بقيمة 5 مليارات دولار أسترالي، منها ملياري دولار للسفن.').figures[0],
    ).toBe('AUS:increase:5000000000 AUD');
  });

  it('reads a share the spending "will reach" as a goal, and a year said far after the figure', () => {
    expect(read('وأوضح الوزير أن الإنفاق الدفاعي البرتغالي سيبلغ 2% العام الجاري.').figures).toEqual([
      'PRT:target:2 pct_gdp@2025',
    ]);
    expect(
      read(
        'وقالت الحكومة إن كوريا الجنوبية ستبلغ هدف إنفاق 3 في المئة من الناتج المحلي الإجمالي على الدفاع والمجالات المرتبطة به خلال السنة المالية المقبلة.',
      ).figures,
    ).toEqual(['KOR:target:3 pct_gdp@2026']);
  });

  it('reads a lira as Turkey\'s, a conversion after "(نحو", and leaves out what a left-out figure is compared with', () => {
    expect(read('وتبلغ مخصصات الدفاع في موازنة تركيا للعام الجاري نحو 900 مليار ليرة.').figures).toEqual([
      'TUR:level:900000000000 TRY@2025',
    ]);
    expect(
      read('وأعلنت الحكومة النرويجية صندوقا للدفاع بقيمة 30 مليار كرونة نرويجية (نحو 3 مليارات دولار).').figures,
    ).toEqual(['NOR:increase:30000000000 NOK']);
    expect(
      read('ودعا الرئيس الحلفاء إلى زيادة إنفاقهم الدفاعي إلى 4% من الناتج المحلي الإجمالي بدلا من 2%.').figures,
    ).toEqual([]);
  });

  it('reads an agency\'s "5ر2" as two and a half, and leaves out what a country will not need', () => {
    expect(
      read('وقررت الحكومة البلجيكية رفع الإنفاق الدفاعي إلى 5ر2 بالمئة من الناتج المحلي بحلول 2027.').figures,
    ).toEqual(['BEL:target:2.5 pct_gdp@2027']);
    expect(read('وقال وزير الدفاع المجري إن بلاده ستبلغ 5ر2% من الناتج المحلي الإجمالي بحلول 2028.').figures).toEqual([
      'HUN:target:2.5 pct_gdp@2028',
    ]);
    expect(read('وقال رئيس الوزراء البرتغالي إن بلاده لن تحتاج إلى إنفاق 5% من الناتج على الدفاع.').figures).toEqual(
      [],
    );
  });

  it('gives "their spending" and the alliance\'s goal to no country', () => {
    expect(read('ودعا الرئيس الأمريكي الحلفاء إلى رفع إنفاقهم الدفاعي إلى 5% من الناتج.').figures).toEqual([]);
    expect(read('ولم تبلغ إسبانيا بعد هدف الناتو البالغ 2% من الناتج للإنفاق الدفاعي.').figures).toEqual([]);
  });
});

describe('the kind rules', () => {
  it.each(KIND_RULES.map((r) => [r.id, r] as const))('rule %s reads its example', (_id, rule) => {
    const { notes } = read(rule.example);
    expect(
      notes.some((n) => n.includes(`${rule.kind} (${rule.id})`)),
      notes.join('\n'),
    ).toBe(true);
  });
});

describe('the exclusion rules', () => {
  it.each(EXCLUSION_RULES.map((r) => [r.id, r] as const))('rule %s leaves out its example', (_id, rule) => {
    const { notes } = read(rule.example);
    expect(
      notes.some((n) => n.includes(`excluded (${rule.id})`)),
      notes.join('\n'),
    ).toBe(true);
  });

  it("reads shares listed with و alone as one kind and one year, each its own country's", () => {
    expect(
      read(
        'ويبلغ الإنفاق الدفاعي هذا العام في فنلندا والسويد والنرويج 2.4% و2.1% و2.2% من الناتج المحلي الإجمالي على التوالي.',
      ).figures,
    ).toEqual(['FIN:level:2.4 pct_gdp@2025', 'SWE:level:2.1 pct_gdp@2025', 'NOR:level:2.2 pct_gdp@2025']);
  });

  it('gives a figure to the one country its sentence names, over a subject carried from the sentence before', () => {
    const text =
      'قال المستشار النمساوي إن بلاده ستبقى محايدة. وتأتي تصريحات فيتسو في وقت تتزايد فيه الضغوط على حكومته لرفع الإنفاق الدفاعي، الذي يدور حول 1.5% من الناتج المحلي.';
    expect(read(text).figures).toEqual(['SVK:level:1.5 pct_gdp']);
  });

  it('reads a share that spending stood at, after a share of GDP, as of GDP too', () => {
    const text =
      'تعهدت الحكومة البلغارية ببلوغ 2% من الناتج المحلي هذا العام، بعد أن لم يتجاوز الإنفاق الدفاعي 1.6% العام الماضي.';
    expect(read(text).figures).toEqual(['BGR:target:2 pct_gdp@2025', 'BGR:level:1.6 pct_gdp@2024']);
  });

  it('reads a goal said in the first person right after a level as the same spending', () => {
    const text =
      'وقال وزير الدفاع السلوفيني إن بلاده تنفق نحو 1.1% من الناتج المحلي على الدفاع. وأضاف: خطتنا أن نصل إلى 2% بحلول 2030.';
    expect(read(text).figures).toEqual(['SVN:level:1.1 pct_gdp', 'SVN:target:2 pct_gdp@2030']);
  });

  it('reads money to raise spending as an increase, of the year the sentence names', () => {
    const text =
      'أعلنت الحكومة الإيطالية خطة بقيمة 7 مليارات يورو لرفع الإنفاق الدفاعي إلى 2% من الناتج خلال العام الجاري.';
    expect(read(text).figures).toEqual(['ITA:increase:7000000000 EUR@2025', 'ITA:target:2 pct_gdp@2025']);
  });

  it('reads a share raised "from about" as the level, and the share of defence spending as of GDP', () => {
    expect(read('تعتزم روما رفع إنفاقها الدفاعي من نحو 1.6% من الناتج هذا العام إلى 2.5% بحلول 2030.').figures).toEqual(
      ['ITA:level:1.6 pct_gdp@2025', 'ITA:target:2.5 pct_gdp@2030'],
    );
    expect(read('سترتفع نسبة الإنفاق الدفاعي الهولندي من 2.1% في 2024 إلى 3% في 2027.').figures).toEqual([
      'NLD:level:2.1 pct_gdp@2024',
      'NLD:target:3 pct_gdp@2027',
    ]);
  });

  it('leaves out arms exports', () => {
    expect(
      read('ويبلغ الإنفاق الدفاعي التركي 2.1% من الناتج، بعد أن بلغت صادراتها الدفاعية نحو 7 مليارات دولار في 2024.')
        .figures,
    ).toEqual(['TUR:level:2.1 pct_gdp']);
  });

  it('gives money spread over several years no one year', () => {
    expect(
      read('وأعلنت الحكومة الهولندية أنها ستخصص 3 مليارات يورو إضافية للدفاع على مدى السنوات الأربع المقبلة.').figures,
    ).toEqual(['NLD:increase:3000000000 EUR']);
    expect(
      read(
        'وتبلغ نسبة الإنفاق الدفاعي السويدي 2.4 في المئة هذا العام، بعدما أنشأت الحكومة صندوقا إضافيا بقيمة 20 مليار كرونة سويدية يُنفق على مدى عامي 2025 و2026.',
      ).figures,
    ).toEqual(['SWE:level:2.4 pct_gdp@2025', 'SWE:increase:20000000000 SEK']);
  });

  it("reads a country ranked among the alliance's members by what it spends as its own figure", () => {
    expect(
      read(
        'وتعد بولندا من أكثر دول حلف شمال الأطلسي إنفاقا على الدفاع، إذ بلغ إنفاقها الدفاعي 4.1 في المئة من الناتج في عام 2024.',
      ).figures,
    ).toEqual(['POL:level:4.1 pct_gdp@2024']);
  });

  it("reads a figure a report notes, after an opening phrase, as the country's; and a commission's plan as no one's", () => {
    expect(
      read('وفي الجانب المالي، يلاحظ التقرير أن فنلندا أنفقت 2.4 في المئة من ناتجها المحلي على الدفاع العام الماضي.')
        .figures,
    ).toEqual(['FIN:level:2.4 pct_gdp@2024']);
    expect(
      read(
        'وقال رئيس الوزراء الإيطالي إن الإنفاق سيرتفع. وعلى المستوى الأوروبي، تسعى المفوضية الأوروبية إلى تعبئة ما يصل إلى 150 مليار يورو للدفاع.',
      ).figures,
    ).toEqual([]);
  });

  it('reads "وأضاف أن" as words added, a growth rate as no share of GDP, and a share "مقابل" a goal as the level before it', () => {
    expect(read('وأضاف أن اليونان تنفق هذا العام 3.1% من ناتجها المحلي الإجمالي على الدفاع.').figures).toEqual([
      'GRC:level:3.1 pct_gdp@2025',
    ]);
    expect(
      read(
        'وبلغ الإنفاق الدفاعي للبرتغال 1.6% من الناتج هذا العام، وأن الإنفاق الدفاعي لأوروبا وكندا مجتمعتين نما بنسبة 17% على أساس سنوي.',
      ).figures,
    ).toEqual(['PRT:level:1.6 pct_gdp@2025']);
    expect(
      read(
        'وأعلن رئيس الحكومة الإيطالية أن بلاده تعتزم رفع إنفاقها الدفاعي إلى 2% من الناتج المحلي الإجمالي بحلول عام 2028، مقابل 1.5% في العام الماضي.',
      ).figures,
    ).toEqual(['ITA:target:2 pct_gdp@2028', 'ITA:level:1.5 pct_gdp@2024']);
  });

  it("reads a conversion a few words after the money, a share the rise reaches, and a secretary-general's goal as no one's", () => {
    expect(
      read('وأقرت الحكومة النرويجية 20 مليار كرونة نرويجية إضافية للدفاع في 2025 (نحو 1.8 مليار دولار).').figures,
    ).toEqual(['NOR:increase:20000000000 NOK@2025']);
    expect(
      read('أما فنلندا، فقد رفعت ميزانيتها الدفاعية بمقدار 0.3 نقطة مئوية من الناتج هذا العام لتبلغ 2.5 في المائة.')
        .figures,
    ).toEqual(['FIN:increase:0.3 pct_gdp@2025', 'FIN:level:2.5 pct_gdp@2025']);
    expect(
      read(
        'وأعلنت بولندا أنها ستنفق 4.7% من الناتج هذا العام. ويقترح الأمين العام للحلف هدفا جديدا يبلغ 5 في المائة من الناتج بحلول 2035.',
      ).figures,
    ).toEqual(['POL:target:4.7 pct_gdp@2025']);
  });

  it('reads money restated after "أي نحو" as a conversion, money spent over two named years as of no year, and "أضفنا" as money added', () => {
    expect(
      read('وقال وزير الدفاع الكوري الجنوبي إن بلاده خصصت هذا العام 61 تريليون وون للدفاع، أي نحو 44 مليار دولار.')
        .figures,
    ).toEqual(['KOR:level:61000000000000 KRW@2025']);
    expect(
      read('وأنشأت الحكومة السويدية صندوقا دفاعيا بقيمة 30 مليار كرونة يصرف على عامي 2025 و2026.').figures,
    ).toEqual(['SWE:increase:30000000000 SEK']);
    expect(read('وقال وزير المالية البلجيكي: أضفنا إلى ميزانية الدفاع 4 مليارات يورو هذا العام.').figures).toEqual([
      'BEL:increase:4000000000 EUR@2025',
    ]);
  });

  it('reads "now" said before a figure as its level, a goal the country is exempted from or resists as none of its own', () => {
    expect(
      read(
        'وتعهدت الحكومة التشيكية برفع ميزانية الدفاع، التي لا تتجاوز حاليا 1.3 في المئة من الناتج، إلى 2 في المئة بحلول 2030.',
      ).figures,
    ).toEqual(['CZE:level:1.3 pct_gdp', 'CZE:target:2 pct_gdp@2030']);
    expect(read('وحصلت سلوفاكيا في القمة على مرونة تعفيها من هدف 3.5 في المئة من الناتج.').figures).toEqual([]);
    expect(read('وتقاوم أوتاوا ضغوطا أمريكية لرفع إنفاقها الدفاعي إلى 3.5 في المئة من الناتج.').figures).toEqual([]);
  });

  it('keeps a year in a later clause ("، وبأن موازنة 2026 …") for that clause\'s figure, and reads "حكومتها" as the country', () => {
    expect(
      read(
        'وقال الوزير إن رومانيا تخصص خلال العام الجاري 2.3 في المئة من ناتجها المحلي للدفاع، وبأن مشروع موازنة 2026 يرصد للقطاع 3 مليارات يورو.',
      ).figures,
    ).toEqual(['ROU:level:2.3 pct_gdp@2025', 'ROU:target:3000000000 EUR@2026']);
    expect(
      read(
        'وتنفق إستونيا هذا العام 3.4 في المئة من ناتجها على الدفاع، وتعهدت حكومتها برفع هذه النسبة إلى 5 في المئة بحلول عام 2026.',
      ).figures,
    ).toEqual(['EST:level:3.4 pct_gdp@2025', 'EST:target:5 pct_gdp@2026']);
  });

  it("reads riyals, dinars, pesos and yuan by their adjective or their owner, and a ministry's budget as defence spending", () => {
    expect(read('وبلغت ميزانية الدفاع السعودية هذا العام 272 مليار ريال.').figures).toEqual([
      'SAU:level:272000000000 SAR@2025',
    ]);
    expect(read('وتبلغ موازنة الدفاع الصينية لهذا العام 1.78 تريليون يوان.').figures).toEqual([
      'CHN:level:1780000000000 CNY@2025',
    ]);
    expect(
      read('وقال وزير الدفاع الجزائري إن ميزانية الوزارة بلغت خلال العام الجاري 3.9 مليار دينار.').figures,
    ).toEqual(['DZA:level:3900000000 DZD@2025']);
    expect(read('ورصد مشروع موازنة تشيلي لعام 2026 نحو 3 مليارات بيزو لوزارة الدفاع.').figures).toEqual([
      'CHL:target:3000000000 CLP@2026',
    ]);
  });

  it('keeps the years of a plan in the clause before a comma ("، فيما تتعهد الحكومة ببلوغ 3.5%") out of the goal after it', () => {
    expect(
      read(
        'وخصصت الموازنة الأسترالية 50 مليار دولار أسترالي إضافية للدفاع على مدى عشر سنوات، فيما تتعهد الحكومة ببلوغ 3 في المائة من الناتج بحلول 2033.',
      ).figures,
    ).toEqual(['AUS:increase:50000000000 AUD', 'AUS:target:3 pct_gdp@2033']);
  });
});
