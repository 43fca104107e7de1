import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '@/lib/schema/articles';
import { extractArticle } from './pipeline';

/**
 * Sentences written for this test, not taken from the corpus: other countries, other verbs and word orders, the
 * constructions the rules claim to handle. They guard against rules that only fit the shipped articles.
 */
const meta: ArticleMeta = {
  id: 'held-out',
  file: 'held-out.txt',
  lang: 'ar',
  published: '2025-06-15',
  date_precision: 'day',
  source: 'test',
  date_basis: 'test',
};
const stances = (text: string) =>
  Object.fromEntries(extractArticle(meta, text).positions.map((p) => [p.iso3, p.position.stance]));
const reasons = (text: string) =>
  Object.fromEntries(extractArticle(meta, text).positions.map((p) => [p.iso3, p.position.reason?.code]));

describe('the extractor on sentences it was not written for', () => {
  it('reads a refusal with "لن ترسل جنودا" in reported speech', () => {
    expect(stances('قالت الحكومة الإسبانية إنها لن ترسل جنودا إلى أوكرانيا.')).toEqual({ ESP: 'declined' });
  });

  it('reads "استبعد" as ruling out, and "لم تستبعد" as leaving the door open', () => {
    expect(stances('استبعدت المجر إرسال أي قوات إلى أوكرانيا.')).toEqual({ HUN: 'declined' });
    expect(stances('لم تستبعد النمسا المشاركة في قوة حفظ السلام إذا صدر تفويض من مجلس الأمن.')).toEqual({
      AUT: 'conditional',
    });
  });

  it('takes the condition of a conditional offer and classifies it', () => {
    const text = 'أعلنت النرويج أنها مستعدة للمساهمة بقوات شريطة وجود ضمانة أمريكية واضحة.';
    expect(stances(text)).toEqual({ NOR: 'conditional' });
    expect(reasons(text)).toEqual({ NOR: 'us_backstop_required' });
  });

  it('reads a pledge to deploy as committed', () => {
    expect(stances('تعهدت كندا بنشر كتيبة من الجنود في غرب أوكرانيا بعد وقف إطلاق النار.')).toEqual({
      CAN: 'troops_committed',
    });
  });

  it('gives a speaker who says "بلاده" the stance of the content', () => {
    expect(stances('وقال رئيس الوزراء الهولندي إن بلاده مستعدة لإرسال قوات حفظ سلام.')).toEqual({
      NLD: 'troops_offered',
    });
  });

  it('reads support offered without troops', () => {
    expect(stances('ستقدم اليابان دعما لوجستيا دون إرسال قوات.')).toEqual({ JPN: 'support_no_troops' });
    expect(stances('قالت ألمانيا إنها لن ترسل قوات لكنها ستساعد في تدريب الجنود الأوكرانيين خارج أوكرانيا.')).toEqual({
      DEU: 'support_no_troops',
    });
  });

  it('does not pin a group statement on the country that reports it', () => {
    expect(stances('وقال الرئيس الفرنسي إن 18 دولة تعهدت بإرسال قوات.')).toEqual({});
  });

  it('pairs coordinated refusals with their reasons in order ("على التوالي")', () => {
    const text =
      'ليتوانيا ورومانيا قالتا إنهما لا تستطيعان إرسال قوات، مستشهدتين بالتهديد من روسيا البيضاء وروسيا على التوالي.';
    expect(stances(text)).toEqual({ LTU: 'declined', ROU: 'declined' });
    expect(reasons(text)).toEqual({ LTU: 'neighbour_threat', ROU: 'neighbour_threat' });
  });

  it('gives no position to a venue, a threat or a buyer', () => {
    expect(stances('اجتمع القادة في روما لمناقشة التهديد الذي تشكله روسيا على مولدوفا.')).toEqual({});
    expect(stances('اشترت الهند النفط الروسي بأسعار مخفضة.')).toEqual({});
  });

  it('gives no position to the host of a meeting still to come, or to a mediator in the war', () => {
    expect(
      stances('ناقش تحالف الراغبين الخطة. وقال الوزير إن الدنمارك ستستضيف في الخريف اجتماعا لقادة الجيوش لبحثها.'),
    ).toEqual({});
    expect(
      stances('بحث تحالف الراغبين نشر القوة. وأكد مسؤول قطري أن الدوحة مستعدة لمواصلة دورها في الوساطة بين الطرفين.'),
    ).toEqual({});
  });

  it('recognises a capital and an office holder standing for their governments', () => {
    expect(stances('رفضت واشنطن الانضمام إلى قوة الطمأنة.')).toEqual({ USA: 'declined' });
    expect(stances('أبدت ميلوني استعدادها لإرسال قوات إيطالية إذا وافق البرلمان.')).toEqual({ ITA: 'conditional' });
  });

  it('turns a refusal "until" or "unless" into a condition', () => {
    const text = 'أكد وزير الدفاع أن روما لن ترسل جنودا إلا تحت مظلة الأمم المتحدة.';
    expect(stances(text)).toEqual({ ITA: 'conditional' });
    expect(reasons(text)).toEqual({ ITA: 'legal_basis_required' });
  });

  it('reads support for the force as a position, and aid sent to Kyiv as none', () => {
    expect(stances('قالت رومانيا إنها لن ترسل جنودا لكنها ستضع قاعدة جوية في خدمة القوة.')).toEqual({
      ROU: 'support_no_troops',
    });
    expect(stances('تعهدت إسبانيا بتقديم مساعدات عسكرية لكييف بقيمة مليار يورو.')).toEqual({});
  });

  it('pairs reasons by their repeated preposition when no country is named in them', () => {
    const text = 'رفضت فنلندا والنمسا المشاركة بقوات، مستشهدتين بالحدود الطويلة مع روسيا وبالحياد العسكري على التوالي.';
    expect(reasons(text)).toEqual({ FIN: 'home_defence', AUT: 'neutrality' });
  });

  it('finds the condition of an offer in the clause after it', () => {
    const text =
      'قال رئيس الوزراء الأيرلندي إن جنودا أيرلنديين قد يشاركون في مهام غير قتالية، لكن ذلك مشروط بموافقة البرلمان.';
    expect(stances(text)).toEqual({ IRL: 'conditional' });
    expect(reasons(text)).toEqual({ IRL: 'parliament_approval_required' });
  });

  it('knows broken-plural demonyms, joined demonyms and countries outside the hand-written lexicon', () => {
    expect(stances('قال الرئيس إن الجنود الكروات لن يشاركوا في أي مهمة في أوكرانيا.')).toEqual({ HRV: 'declined' });
    expect(
      stances('جدد رئيسا الوزراء المجري فيكتور أوربان والسلوفاكي روبرت فيكو رفضهما القاطع لإرسال أي جنود.'),
    ).toEqual({ HUN: 'declined', SVK: 'declined' });
    expect(stances('أبدت الأرجنتين استعدادها لإرسال قوات حفظ سلام إلى أوكرانيا.')).toEqual({ ARG: 'troops_offered' });
  });

  it('does not take the place of a dateline or the object of an accusation for an actor', () => {
    expect(stances('لندن (رويترز) - قال مسؤول إن 20 دولة مستعدة لإرسال قوات.')).toEqual({});
    expect(
      stances('وتتهم الدول الغربية إيران بتزويد روسيا بطائرات مسيرة، وكوريا الشمالية بإرسال آلاف الجنود.'),
    ).toEqual({});
  });

  it("reads Ukraine's own soldiers, trained by others, as no troops sent", () => {
    expect(
      stances(
        'قالت السلطات البلجيكية إن بلجيكا لن ترسل جنودا، لكنها مستعدة للمساهمة في تدريب القوات الأوكرانية خارج أوكرانيا.',
      ),
    ).toEqual({ BEL: 'support_no_troops' });
  });

  it('reads a position the country has since left as no position, and the new one as its position', () => {
    expect(
      stances(
        'قال وزير الدفاع اليوناني إن بلاده، بعد أن كانت ترفض أي دور عسكري، باتت مستعدة لإرسال سفن حربية إلى البحر الأسود.',
      ),
    ).toEqual({ GRC: 'troops_offered' });
  });

  it('reads the name "coalition of the willing" as no country\'s willingness', () => {
    expect(stances('وعقد اجتماع لتحالف الراغبين في روما بحضور وزير الدفاع الإستوني ووزيرة الدفاع اللاتفية.')).toEqual({
      EST: 'participating',
      LVA: 'participating',
    });
  });

  it('takes a reason the speaker points to right after a refusal, not one from a later report', () => {
    expect(
      reasons(
        'قال رئيس الوزراء الياباني إن اليابان لن ترسل جنودا، مشيرا إلى القيود التي يفرضها الدستور على نشر القوات في الخارج.',
      ),
    ).toEqual({ JPN: 'legal_basis_required' });
  });

  it('gives a capital set before the clause to a government with no country of its own', () => {
    expect(stances('وفي بوخارست، أعلنت الحكومة أنها لن ترسل قوات إلى أوكرانيا.')).toEqual({ ROU: 'declined' });
  });

  it('reads "كل من X وY" as both countries, not a group', () => {
    expect(stances('وأبدت كل من رومانيا وبلغاريا استعدادهما لإرسال جنود إلى أوكرانيا.')).toEqual({
      ROU: 'troops_offered',
      BGR: 'troops_offered',
    });
    expect(stances('وشارك قادة كل من اليابان وكوريا الجنوبية، الأحد، في الاجتماع الافتراضي لتحالف الراغبين.')).toEqual({
      JPN: 'participating',
      KOR: 'participating',
    });
  });

  it('splits "وفيما … ، فعل X" at the comma where a new subject begins', () => {
    expect(
      stances(
        'وفيما أبدت السويد استعدادها لإرسال قوات إلى أوكرانيا، اكتفت الحكومة النمساوية بالتأكيد على أنها لن ترسل جنودا.',
      ),
    ).toEqual({ SWE: 'troops_offered', AUT: 'declined' });
  });

  it('reads participation "subject to" a procedure as conditional, and a term of office as no condition', () => {
    expect(stances('وأوضح رئيس الوزراء المالطي أن أي مشاركة لقوات بلاده تخضع لموافقة البرلمان.')).toEqual({
      MLT: 'conditional',
    });
    expect(stances('قال الرئيس إن كوستاريكا لن ترسل قوات إلى أوكرانيا طالما أنا رئيس.')).toEqual({ CRI: 'declined' });
  });

  it('gives the co-chair, the promoter and the refuser speaking "على لسان" their own positions', () => {
    expect(stances('وترأس الرئيس الفنلندي اجتماع تحالف الراغبين مناصفة مع رئيس الوزراء الإستوني.')).toEqual({
      FIN: 'participating',
      EST: 'participating',
    });
    expect(stances('ورفضت براتيسلافا على لسان وزير خارجيتها أي نقاش حول إرسال قوات.')).toEqual({ SVK: 'declined' });
  });

  it("reads an interview: questions state nothing, answers are the interviewee's", () => {
    const text = [
      'حوار مع وزير الدفاع الليتواني.',
      'س: هل سترسل بلادكم جنودا إلى أوكرانيا؟',
      'ج: نعم، بلادي مستعدة لإرسال سرية مشاة بعد وقف إطلاق النار.',
      'س: تقول تقارير إن لاتفيا قد ترفض المشاركة، ما تعليقك؟',
      'ج: لا نستبعد أي استفزاز روسي، ولهذا نستثمر في دفاعنا.',
    ].join('\n');
    expect(stances(text)).toEqual({ LTU: 'troops_offered' });
  });

  it('reads "خارج النقاش" as a refusal, and the reason a priority names', () => {
    expect(stances('وقال المتحدث باسم الحكومة النمساوية إن إرسال جنود إلى أوكرانيا خارج النقاش.')).toEqual({
      AUT: 'declined',
    });
    expect(reasons('وقالت الحكومة إن النرويج لن ترسل قوات لأن أولويتها تبقى الدفاع عن حدودها الشمالية.')).toEqual({
      NOR: 'home_defence',
    });
  });

  it('reads where troops will not go as a limit on an offer, not a refusal', () => {
    const text =
      'أكد وزير الدفاع الإستوني أن بلاده مستعدة لإرسال فصيل من المهندسين إلى أوكرانيا. ' +
      'وأضاف أن الجنود الإستونيين لن ينتشروا على خط المواجهة، بل سيعملون في إزالة الألغام خلف الخطوط.';
    expect(stances(text)).toEqual({ EST: 'troops_offered' });
    expect(stances('قال رئيس الوزراء السلوفيني إنه لن يذهب أي جندي سلوفيني إلى أوكرانيا.')).toEqual({
      SVN: 'declined',
    });
  });

  it('reads a refusal of troops "، مع إبداء" readiness to help as support without troops', () => {
    const text =
      'جدد الرئيس البرتغالي رفض لشبونة إرسال قوات برية إلى أوكرانيا، مع إبداء الاستعداد للمساهمة في الدعم اللوجستي للقوة.';
    expect(stances(text)).toEqual({ PRT: 'support_no_troops' });
  });

  it('dates a stance held "until" a past month by that month, so a later decision replaces it', () => {
    const text =
      'أقر البرلمان الروماني إرسال مئة جندي إلى أوكرانيا ضمن القوة متعددة الجنسيات. ' +
      'ويمثل القرار تحولا في موقف بوخارست، التي كانت تكتفي حتى فبراير الماضي بإبداء الاستعداد للنظر في المشاركة.';
    expect(stances(text)).toEqual({ ROU: 'troops_committed' });
  });

  it('reads a sea named after a country as a place, and views exchanged as nothing considered', () => {
    const text =
      'قال رئيس الوزراء الأسترالي إن بلاده تدرس إرسال طائرات مراقبة إلى القوة. ' +
      'وأضاف: تبادلنا وجهات النظر حول الوضع في بحر الصين الجنوبي ومضيق تايوان.';
    expect(stances(text)).toEqual({ AUS: 'conditional' });
  });

  it('starts a clause at "، إذ" + verb + country, so a rival refusal is not read as the last country', () => {
    const text =
      'أبدت الدنمارك استعدادها لإرسال فرقاطة إلى القوة البحرية. ' +
      'ولا تزال المحادثات متعثرة، إذ يرفض الكرملين أي انتشار لقوات غربية في أوكرانيا.';
    expect(stances(text)).toEqual({ DNK: 'troops_offered' });
  });

  it('reads what the army "needs" after "لأن" as the reason of a refusal, not a condition', () => {
    const text =
      'قال رئيس الوزراء السلوفاكي إن إرسال جنود سلوفاكيين إلى أوكرانيا خارج الحسابات لأن الجيش يحتاج إلى قواته لحماية حدود البلاد.';
    expect(stances(text)).toEqual({ SVK: 'declined' });
  });

  it('reads where an offered unit will serve, "على أن" away from the front, as a limit, not a condition', () => {
    const text = 'أعلنت وزارة الدفاع الليتوانية أن فيلنيوس مستعدة لإرسال سرية هندسة، على أن تعمل بعيدا عن خطوط التماس.';
    expect(stances(text)).toEqual({ LTU: 'troops_offered' });
  });

  it('reads an early-warning aircraft put at the disposal of the force as support, not "too early"', () => {
    const text =
      'أكدت أوسلو أنها لن ترسل جنودا إلى أوكرانيا، لكنها ستضع طائرة إنذار مبكر في تصرف القوة لمراقبة الأجواء.';
    expect(stances(text)).toEqual({ NOR: 'support_no_troops' });
  });

  it('reads land and air units offered to the force as troops, not air support', () => {
    expect(stances('وأعلن وزير الدفاع اليوناني أن أثينا ستسهم بوحدات بحرية وجوية في القوة متعددة الجنسيات.')).toEqual({
      GRC: 'troops_committed',
    });
    // Present tense, the units after the force: still units, not air policing.
    expect(stances('وقالت ستوكهولم إنها تساهم في القوة بوحدات جوية وبحرية.').SWE).not.toBe('support_no_troops');
  });

  it('reads "كلا من" after other words as "both of", and a signed declaration of the force as taking part', () => {
    expect(stances('ويضم التحالف من خارج أوروبا كلا من أستراليا واليابان.')).toEqual({
      AUS: 'participating',
      JPN: 'participating',
    });
    expect(stances('ووقعت لاتفيا أمس على إعلان النوايا الخاص بقوة الطمأنة.')).toEqual({ LVA: 'participating' });
  });

  it('reads a denied intention to send troops as a refusal', () => {
    expect(stances('ونفت الحكومة النمساوية مرارا أي نية لإرسال جنود نمساويين إلى أوكرانيا.')).toEqual({
      AUT: 'declined',
    });
  });

  it('finds the subject after a verb whose preposition carries a pronoun, and reads staying away from talks as no refusal', () => {
    const text =
      'وترأس الاجتماع وزير الدفاع الإيطالي، فيما غاب عنه وزير الدفاع الكندي، الذي قال إن بلاده لا تنوي المشاركة في مثل هذه الاجتماعات.';
    expect(stances(text)).toEqual({ ITA: 'participating' });
    expect(
      stances('وحضر الاجتماع وزير الخارجية الإسباني، فيما غاب عنه رئيس الوزراء السلوفاكي الذي رفض إرسال جنود.'),
    ).toMatchObject({
      SVK: 'declined',
    });
  });

  it('reads the role a country "could play", asked of it, as no position', () => {
    const text =
      'رحب الوزراء بالجهود الكندية، ودعوا أوتاوا إلى توضيح الدور الذي يمكن أن تؤديه في دعم الضمانات الأمنية.';
    expect(stances(text)).toEqual({});
  });

  it('reads trainers for the force as support, and funding projects in Ukraine as aid', () => {
    const text =
      'أعلنت أوتاوا أنها ستسهم بمدربين عسكريين في مهمة التدريب التابعة للقوة خارج أوكرانيا، مؤكدة أنها لن ترسل جنودا إلى أوكرانيا.';
    expect(stances(text)).toEqual({ CAN: 'support_no_troops' });
    const aid = 'قالت سيول إنها لن ترسل قوات إلى أوكرانيا، لكنها ستواصل تمويل مشاريع إعادة بناء المدارس الأوكرانية.';
    expect(stances(aid)).toEqual({ KOR: 'declined' });
  });

  it('reads a claim being checked as what someone said, not a position', () => {
    const text = 'الادعاء الأول: «هولندا تعهدت بإرسال ألفي جندي». الحكم: غير صحيح.';
    expect(stances(text)).toEqual({});
  });

  it('reads a joint unit of the force "led by" two nationalities as both taking part, and NATO units as not', () => {
    const text = 'وستعمل السرية الإستونية ضمن كتيبة مشتركة بقيادة ألمانية هولندية في غرب أوكرانيا.';
    expect(stances(text)).toMatchObject({ DEU: 'participating', NLD: 'participating' });
    expect(stances('ولدينا لواء متعدد الجنسيات تابع للحلف تقوده ألمانيا منذ سنوات.')).toEqual({});
  });

  it('reads what analysts think a country may do, and plans a meeting discussed, as no position', () => {
    expect(stances('ويرى خبراء أن البرتغال قد تعيد النظر في أي مساهمة عسكرية مستقبلية.')).toEqual({});
    const text =
      'قالت أيرلندا إنها لن ترسل قوات إلى أوكرانيا. ويأتي الإعلان بعد اجتماع لقادة التحالف ناقش خططا لنشر القوة على مراحل.';
    expect(stances(text)).toEqual({ IRL: 'declined' });
  });

  it('reads a reason set off by commas as an aside, the refusal after it as the clause', () => {
    const text = 'وأكدت برن أن سويسرا، بحكم حيادها الدائم، لن ترسل جنودا ضمن أي قوة متعددة الجنسيات في أوكرانيا.';
    expect(stances(text)).toEqual({ CHE: 'declined' });
    expect(reasons(text)).toEqual({ CHE: 'neutrality' });
  });

  it('reads "neither before … nor after" as a wider refusal, not a condition', () => {
    const text = 'قال رئيس الوزراء البلغاري إن بلاده لن ترسل جنودا إلى أوكرانيا، لا قبل توقيع اتفاق سلام ولا بعده.';
    expect(stances(text)).toEqual({ BGR: 'declined' });
    expect(stances('أعلنت الحكومة المالطية أنها لن تشارك في القوة، لا الآن ولا بعد انتهاء الحرب.')).toEqual({
      MLT: 'declined',
    });
  });

  it('keeps a negation that closes one clause from denying the speech verb after the comma', () => {
    const text =
      'أكد رئيس الوزراء الكرواتي أن بلاده لن ترسل قوات إلى أوكرانيا، لا قبل الهدنة ولا بعدها، مشيرا إلى أن أغلبية الكرواتيين ترفض أي تدخل عسكري.';
    expect(stances(text)).toEqual({ HRV: 'declined' });
    expect(reasons(text)).toEqual({ HRV: 'other' });
  });

  it('gives a clause about "these developments" to nobody, even when Russia is named later in it', () => {
    const text =
      'أعلنت إستونيا أنها مستعدة لإرسال سرية مشاة إلى أوكرانيا بعد الهدنة. وتأتي هذه الخطوة في وقت تواصل فيه روسيا رفض أي قوات أجنبية.';
    expect(stances(text)).toEqual({ EST: 'troops_offered' });
  });

  it('reads a dual relative after two countries as about those two, even after a preposition', () => {
    const text = 'وتقف صوفيا بذلك إلى جانب فيينا وبرن، اللتين ترفضان إرسال أي جنود إلى أوكرانيا.';
    expect(stances(text)).toEqual({ AUT: 'declined', CHE: 'declined' });
  });

  it('reads backing away from an offer as withdrawing it', () => {
    expect(stances('تراجعت الحكومة البرتغالية عن عرضها إرسال سرية إلى أوكرانيا.')).toEqual({ PRT: 'declined' });
    expect(stances('وتخلت أوسلو عن خطتها لنشر فرقاطة في البحر الأسود.')).toEqual({ NOR: 'declined' });
  });

  it('dates a past state in a relative clause alone, and gives the reason after it to the refusal', () => {
    const text =
      'أعلن رئيس الوزراء الدنماركي أن بلاده لن ترسل جنودا إلى أوكرانيا، في تحول عن موقف الحكومة السابقة التي كانت قد أبدت في فبراير استعدادها لإرسال سرية. وقال إن الجيش الدنماركي يعاني نقصا حادا في الأفراد.';
    expect(stances(text)).toEqual({ DNK: 'declined' });
    expect(reasons(text)).toEqual({ DNK: 'capacity_limits' });
  });

  it('reads a reservation about a spending goal as no position on the force', () => {
    expect(
      stances('وأبدى رئيس الوزراء البلجيكي تحفظه على الدعوات إلى رفع هدف الإنفاق الدفاعي إلى 3.5 في المئة.'),
    ).toEqual({});
  });

  it("reads support still to be settled as no hedge on a country's own pledge", () => {
    const text =
      'أكد الرئيس الفنلندي أن بلاده ستنشر كتيبة في أوكرانيا بعد الهدنة. وقال إن الدعم الأمريكي للقوة سيُحدد خلال الأسابيع المقبلة.';
    expect(stances(text)).toEqual({ FIN: 'troops_committed' });
  });

  it('reads places put at the service of the force, or turned into its hub, as support', () => {
    expect(stances('أعلنت سلوفينيا استعدادها لوضع ميناء كوبر في خدمة الإمداد اللوجستي للقوة.')).toEqual({
      SVN: 'support_no_troops',
    });
    expect(stances('وأبدت فيلنيوس استعدادها لتحويل قاعدة شياولياي الجوية إلى مركز لوجستي للقوة.')).toEqual({
      LTU: 'support_no_troops',
    });
  });

  it('reads a requirement the speaker calls unmet as the reason for a refusal, not a condition', () => {
    const text =
      'قال رئيس الوزراء البلغاري إن بلاده لا تنوي إرسال جنود، مذكرا بأن أي نشر للقوات في الخارج يتطلب موافقة البرلمان، وهو أمر غير متاح حاليا.';
    expect(stances(text)).toEqual({ BGR: 'declined' });
    expect(reasons(text)).toEqual({ BGR: 'parliament_approval_required' });
  });

  it('reads what a country shows before ", إذ قال …" as a clause of its own', () => {
    const text = 'وأبدت كندا، الحليف الأقرب لواشنطن، انفتاحها على المشاركة، إذ قال رئيس وزرائها إن الأمر قيد الدرس.';
    expect(stances(text)).toEqual({ CAN: 'conditional' });
  });

  it('reads a reservation with nothing it is about as no position, and the refusal explained after it', () => {
    const text = 'ولا تخفي سلوفاكيا تحفظها، إذ قال رئيس وزرائها إن براتيسلافا غير مستعدة لإرسال جنود إلى أوكرانيا.';
    expect(stances(text)).toEqual({ SVK: 'declined' });
  });

  it('reads the joint chairs of a coalition meeting as taking part', () => {
    const text = 'وانعقد الاجتماع الافتراضي لقادة تحالف الراغبين مساء الثلاثاء، برئاسة مشتركة من إيطاليا وإسبانيا.';
    expect(stances(text)).toEqual({ ITA: 'participating', ESP: 'participating' });
  });

  it('reads who took part after "شارك في الاجتماع" as taking part, and envoys to talks as not', () => {
    const text =
      'عقد تحالف الراغبين اجتماعا لبحث الضمانات. وإلى جانب الدول الكبرى، شاركت في الاجتماع أثينا وصوفيا وزغرب عبر الفيديو.';
    expect(stances(text)).toEqual({ GRC: 'participating', BGR: 'participating', HRV: 'participating' });
    expect(
      stances('ناقش تحالف الراغبين القوة. وشارك في المحادثات التي جرت في جدة مبعوثون من الولايات المتحدة وروسيا.'),
    ).toEqual({});
  });

  it("reads an interviewer's statement about a named country as a report, and the question after it as none", () => {
    const text =
      'س: جارتكم سلوفاكيا قالت إنها لن ترسل جنودا إلى أوكرانيا تحت أي ظرف. ألا تخشون العزلة؟ ج: لكل دولة حساباتها.';
    expect(stances(text)).toEqual({ SVK: 'declined' });
    const about = 'حوار مع وزير الدفاع الإستوني. س: قمة الحلف أقرت هدف 5% من الناتج بحلول 2035. هل ستلتزمون به؟';
    expect(extractArticle(meta, about).spending).toEqual([]);
  });

  it('reads support for talks and mediation as no support for the force', () => {
    expect(stances('وقال المستشار النمساوي إن بلاده ستواصل دعم المفاوضات بين الطرفين.')).toEqual({});
    expect(stances('وأكدت قطر أنها ستقدم الدعم لجهود الوساطة.')).toEqual({});
  });

  it('reads "we do not send our soldiers to war, but rather so that …" as no refusal', () => {
    const text =
      'أجاز البرلمان الليتواني نشر سرية في أوكرانيا بعد الهدنة. وقال الوزير: "نحن لا نرسل جنودنا إلى الحرب، بل نرسلهم كي لا تعود الحرب".';
    expect(stances(text)).toEqual({ LTU: 'troops_committed' });
  });

  it('reads news-ticker lines without verbs: a base made available, officers at headquarters, a share of costs', () => {
    const ticker = [
      '• بلغاريا: لا قوات بلغارية داخل أوكرانيا.. وميناء فارنا متاح للإسناد اللوجستي للقوة المتعددة الجنسيات.',
      '• الدنمارك: لا قوات برية دنماركية في أوكرانيا، وضباط دنماركيون في مقر قيادة القوة.',
      '• مالطا: مساهمة مالية في تكاليف القوة بدلا من إرسال جنود، وفق رئيس الوزراء.',
      '• أيرلندا: دبلن تربط أي مشاركة عسكرية بموافقة البرلمان وبتفويض من الأمم المتحدة.',
      '• سويسرا: الحياد "لا يمنع" المشاركة في بعثة لحفظ السلام إذا صدر تفويض من مجلس الأمن.',
    ].join('\n');
    expect(stances(ticker)).toEqual({
      BGR: 'support_no_troops',
      DNK: 'support_no_troops',
      MLT: 'support_no_troops',
      IRL: 'conditional',
      CHE: 'conditional',
    });
  });

  it("reads an institute's researcher, and what he goes on to point at, as no government's words", () => {
    const text =
      'ويخلص الباحث كارل هانسن، من "معهد الدراسات الاستراتيجية" في أوسلو، إلى أن القوة ستكون صغيرة، مشيرا إلى أن البرتغال واليونان قد تفاجئان الجميع بمساهمات كبيرة.';
    expect(stances(text)).toEqual({});
  });

  it("reads opposing foreign troops in Ukraine as no refusal of a country's own", () => {
    expect(stances('وجددت نيودلهي رفضها نشر أي قوات أجنبية في أوكرانيا خارج إطار الأمم المتحدة.')).toEqual({});
  });

  it('reads what a lone diplomat or a programme director says a country may do as no position', () => {
    const text =
      'ويرى الوزير أن القوة ضرورية. غير أن دبلوماسيا مطلعا قال إن البرتغال قد ترسل وحدة صغيرة. وتقول مديرة برنامج الأمن في المنتدى الأوروبي إن اليونان قد ترسل فرقاطة.';
    expect(stances(text)).toEqual({});
  });

  it('reads help given "from outside Ukraine" as where it is given, not a condition', () => {
    const text =
      'قال وزير الدفاع الهولندي إن بلاده لن ترسل جنودا إلى أوكرانيا. وأضاف: "نحن مستعدون لوضع خبرات جيشنا في إزالة الألغام في خدمة القوة، على أن يتم ذلك من خارج الأراضي الأوكرانية".';
    expect(stances(text)).toEqual({ NLD: 'support_no_troops' });
  });

  it('reads representatives "of" a country at the meeting, and a subject before "في الاجتماع", as taking part', () => {
    const reps = 'عقد تحالف الراغبين اجتماعا في روما. وحضر الاجتماع كذلك ممثلون عن البرتغال.';
    expect(stances(reps)).toEqual({ PRT: 'participating' });
    const alongside =
      'ناقش تحالف الراغبين خطط القوة. وشارك رئيس الوزراء الأيرلندي في الاجتماع الافتراضي إلى جانب ألبانيزي.';
    expect(stances(alongside)).toEqual({ IRL: 'participating', AUS: 'participating' });
  });

  it('reads a country whose announcement of its own refusal is named as the one refusing', () => {
    const text =
      'وقال الوزير البرتغالي إن بلاده مستعدة للنظر في المشاركة. وردا على سؤال بشأن إعلان سلوفاكيا رفضها المشاركة بأي جنود، قال رئيس الوزراء البرتغالي: "لكل دولة حقها".';
    expect(stances(text)).toEqual({ PRT: 'conditional', SVK: 'declined' });
  });

  it("reads what a paper quotes from Downing Street as the government's report, and a seat's name as no context word", () => {
    const text = 'نقلت صحيفة التايمز عن مسؤولين في داونينغ ستريت أن المملكة المتحدة مستعدة لنشر قوات برية في أوكرانيا.';
    expect(stances(text)).toEqual({ GBR: 'troops_offered' });
  });

  it("reads what the Kremlin is quoted as refusing, after a paragraph about another country, as no one's position", () => {
    const text =
      'قال رئيس الوزراء الهولندي إن بلاده مستعدة لإرسال قوات إلى أوكرانيا. ومن موسكو، نقلت وكالة تاس عن الكرملين رفضه القاطع نشر أي قوات غربية.';
    expect(stances(text)).toEqual({ NLD: 'troops_offered' });
  });

  it("reads a commitment a country has not obtained from another as neither one's support", () => {
    const text =
      'وذكرت الصحيفة أن رئيس الوزراء البلجيكي لم يحصل بعد على أي التزام من البيت الأبيض بتوفير غطاء جوي للقوة.';
    expect(stances(text)).toEqual({});
  });

  it('reads what a meeting announced ("بإعلان أن 26 دولة …") as the group\'s, and support called important as nobody\'s', () => {
    const text =
      'قال رئيس الوزراء الليتواني إن بلاده مستعدة لإرسال جنود. وخرج اجتماع باريس بإعلان أن 26 دولة ستساهم في قوة الطمأنة. وقال إن الدعم الأمريكي مهم للقوة ككل.';
    expect(stances(text)).toEqual({ LTU: 'troops_offered' });
  });

  it('reads a closing statement: signatories after "كل من:", a pledge\'s second object, a working group\'s chair, and absentees', () => {
    const text = [
      'اختتم قادة تحالف الراغبين اجتماعهم في روما ببيان ختامي.',
      'ووقع البيان قادة كل من: اليونان، والبرتغال، وقبرص.',
      '2- التزام إيطاليا وإسبانيا بقيادة المكون البحري للقوة، وبنشر وحداتهما البحرية فور وقف إطلاق النار.',
      '3- مجموعة عمل خاصة بالدفاع الجوي، برئاسة رومانيا.',
      'وغابت عن قائمة الموقعين النمسا وأيرلندا، اللتان لم تشاركا في الاجتماع أصلا.',
    ].join('\n');
    expect(stances(text)).toEqual({
      GRC: 'participating',
      PRT: 'participating',
      CYP: 'participating',
      ITA: 'troops_committed',
      ESP: 'troops_committed',
      ROU: 'participating',
    });
  });

  it("reads plans waiting for Moscow to stop fighting as the force's premise, not a condition", () => {
    const text =
      'أكد الوزير أن بلجيكا ستنشر قوات برية ضمن القوة، مؤكدا أن الخطط العسكرية جاهزة وتنتظر قرارا سياسيا من موسكو بوقف القتال.';
    expect(stances(text)).toEqual({ BEL: 'troops_committed' });
  });

  it('reads no stance from a decision nobody announced, and the members of a meeting as taking part', () => {
    const text =
      'اجتمع قادة تحالف الراغبين في روما لبحث الضمانات الأمنية لأوكرانيا. وشارك في الاجتماع عبر الفيديو رؤساء حكومات كرواتيا وسلوفينيا واليونان، ولم يعلن أي منهم قرارا بشأن إرسال قوات.';
    expect(stances(text)).toEqual({ HRV: 'participating', SVN: 'participating', GRC: 'participating' });
  });

  it('reads past a description set off by "، وهي …،" to the predicate of the country named before it', () => {
    const text =
      'أكدت وزارة الخارجية الإندونيسية أن إندونيسيا، وهي من أكثر الدول مشاركة في قوات حفظ السلام الأممية، لن تنظر في إرسال جنود إلى أوكرانيا إلا ضمن بعثة تابعة للأمم المتحدة.';
    expect(stances(text)).toEqual({ IDN: 'conditional' });
    expect(reasons(text)).toEqual({ IDN: 'legal_basis_required' });
  });

  it('reads "لأنها تحتاج إلى …" as the reason for a refusal, not as a condition', () => {
    const text =
      'وقالت وزارة الدفاع اليابانية إن اليابان لا تعتزم إرسال أي جنود إلى أوكرانيا، لأنها تحتاج إلى كل قواتها في مواجهة التهديدات القريبة منها.';
    expect(stances(text)).toEqual({ JPN: 'declined' });
  });

  it('takes relations with Russia, or becoming a party to the war, as a reason given ("other")', () => {
    const text =
      'وأكد وزير الخارجية الصربي أن صربيا لن ترسل أي جندي، لأن ذلك سيضر بعلاقاتها التاريخية مع موسكو ويجعلها طرفا في النزاع.';
    expect(stances(text)).toEqual({ SRB: 'declined' });
    expect(reasons(text)).toEqual({ SRB: 'other' });
  });

  it('reads ports and airfields made available ("ستتيح") after a refusal as support for the force', () => {
    const text =
      'أعلنت الحكومة المالطية أن مالطا لن ترسل جنودا إلى أوكرانيا، لكنها ستتيح مطاراتها لعمليات الإمداد التابعة للقوة.';
    expect(stances(text)).toEqual({ MLT: 'support_no_troops' });
  });

  it('reads trainers sent to train soldiers elsewhere as support, with troops not yet decided', () => {
    const text =
      'أعلنت الحكومة الكندية أنها سترسل فريقا من المدربين العسكريين إلى بولندا لتدريب جنود أوكرانيين ضمن مساهمتها في التحالف، مؤكدة أنها لم تتخذ قرارا بعد بشأن نشر جنود في أوكرانيا.';
    expect(stances(text)).toEqual({ CAN: 'support_no_troops' });
  });

  it('gives a conditional the condition the country sets, not the ceasefire the force is premised on', () => {
    const text =
      'قال وزير الدفاع النمساوي إن بلاده منفتحة على المشاركة بجنود في بعثة سلام في أوكرانيا بعد انتهاء الحرب، شريطة أن يوافق عليها البرلمان النمساوي.';
    expect(stances(text)).toEqual({ AUT: 'conditional' });
    expect(reasons(text)).toEqual({ AUT: 'parliament_approval_required' });
  });

  it('joins a headline and a dateline line that a hard wrap cut after a preposition or a bracketed name', () => {
    const text = [
      'عاجل | البرلمان الإستوني يوافق على إرسال ما يصل إلى',
      '200 جندي إلى أوكرانيا',
      '',
      'تالين - (وكالات) - وافق البرلمان الإستوني (الريغيكوغو)',
      'اليوم الأربعاء بأغلبية كبيرة على إرسال ما يصل إلى 200 جندي إستوني إلى أوكرانيا ضمن القوة متعددة الجنسيات.',
    ].join('\n');
    expect(stances(text)).toEqual({ EST: 'troops_committed' });
  });

  it('reads an interview without "س:"/"ج:": answers after a question paragraph are the interviewee\'s words', () => {
    const text = [
      'وزير الدفاع الليتواني لـ«الأخبار»: لن ننتظر أحدا',
      '',
      'التقينا وزير الدفاع الليتواني في فيلنيوس بعد أيام من قمة التحالف في لندن. وفيما يلي نص الحوار.',
      '',
      'فرنسا وبريطانيا تقودان التخطيط للقوة. هل أنتم مستعدون للمشاركة فيها؟',
      '',
      'بالتأكيد. نحن مستعدون لإرسال سرية مشاة إلى أوكرانيا بعد وقف إطلاق النار.',
      '',
      'وماذا عن الإنفاق الدفاعي لبلدكم؟',
      '',
      'يبلغ إنفاقنا الدفاعي هذا العام 3.9 في المئة من الناتج المحلي الإجمالي.',
    ].join('\n');
    expect(stances(text)).toEqual({ FRA: 'participating', GBR: 'participating', LTU: 'troops_offered' });
    expect(extractArticle(meta, text).spending.map((f) => `${f.iso3}:${f.spending.value}`)).toEqual(['LTU:3.9']);
  });

  it('reads capitals of countries outside the hand-written lexicon as their governments', () => {
    expect(
      stances(
        'وفي آسيا الوسطى، أعلنت أستانا أنها لن تشارك في أي قوة عسكرية في أوكرانيا، فيما قالت باكو إنها لن ترسل جنودا.',
      ),
    ).toEqual({ KAZ: 'declined', AZE: 'declined' });
  });

  it('reads "not a party to any military arrangements" as a refusal, and balanced relations with both sides as neutrality', () => {
    const text =
      'وأكد مسؤول في وزارة الخارجية الأردنية أن بلاده «ليست طرفا في أي ترتيبات عسكرية» تخص أوكرانيا، وأنها حريصة على علاقات متوازنة مع الطرفين.';
    expect(stances(text)).toEqual({ JOR: 'declined' });
    expect(reasons(text)).toEqual({ JOR: 'neutrality' });
  });

  it('reads a chair "قد ترأست" after "كانت" as past, and the chair named with "بالاشتراك مع" as taking part too', () => {
    expect(
      stances('وكانت رئيسة الوزراء الدنماركية قد ترأست الاجتماع بالاشتراك مع الرئيس البولندي عبر الفيديو.'),
    ).toEqual({ DNK: 'participating', POL: 'participating' });
  });

  it("reads no consensus on sending troops as nobody's refusal", () => {
    expect(stances('واعترف المستشار الألماني بعدم وجود إجماع داخل التحالف حول إرسال قوات إلى أوكرانيا.')).toEqual({});
  });

  it("reads the capitals that share the coalition's chair as taking part", () => {
    expect(
      stances(
        'واجتمع قادة تحالف الراغبين في مدريد لبحث الضمانات الأمنية لأوكرانيا، وهو التحالف الذي تتقاسم مدريد وروما رئاسته.',
      ),
    ).toEqual({ ESP: 'participating', ITA: 'participating' });
  });

  it('reads abstaining from taking part ("امتناعها عن المشاركة") as a refusal, with its reason', () => {
    const text =
      'وأعلن وزير الدفاع النمساوي عدم مشاركة بلاده بأي جنود، فيما بررت دبلن امتناعها عن المشاركة بأي جنود بحياد إيرلندا التقليدي.';
    expect(stances(text)).toEqual({ AUT: 'declined', IRL: 'declined' });
    expect(reasons(text).IRL).toBe('neutrality');
  });

  it("reads how long a parliament's mandate holds as a term of the decision, not a condition", () => {
    expect(
      stances(
        'وأعلنت وزارة الدفاع الليتوانية أن البرلمان وافق على إرسال 100 جندي إلى القوة، على أن يبقى التفويض ساريا لمدة عام قابل للتجديد.',
      ),
    ).toEqual({ LTU: 'troops_committed' });
  });

  it('reads "will not wait for others to decide" and other capitals still undecided as no hesitation of the speaker', () => {
    expect(
      stances(
        'وقال وزير الدفاع الليتواني إن بلاده لن تنتظر الآخرين لتحديد مساهمتها، في إشارة إلى عواصم أوروبية أخرى لم تحسم مواقفها بعد.',
      ),
    ).toEqual({});
  });

  it("reads a signatory named before the statement, and a meeting of last year as not the coalition's", () => {
    expect(
      stances('واجتمع قادة تحالف الراغبين في روما. ووقّع رئيس وزراء مالطا، إلى جانب نظرائه، على البيان الختامي.'),
    ).toEqual({ MLT: 'participating' });
    expect(
      stances(
        'وقالت وزيرة الخارجية النمساوية: لقد تعلمنا من مؤتمر السلام الذي استضافته سويسرا العام الماضي أن الضمانات الأمنية لا تكفي إذا لم تتبعها خطوات عملية.',
      ),
    ).toEqual({});
  });

  it("looks back over a live blog's entries, not its time stamps, for the meeting a country joined", () => {
    const text = [
      'مباشر | اجتماع تحالف الراغبين في روما',
      '16:40',
      'أكدت صوفيا أنها لن ترسل قوات إلى أوكرانيا.',
      '16:20',
      'قال رئيس الوزراء الكندي إن بلاده ستدرس الخيارات.',
      '16:00',
      'أعلنت مدريد أنها سترفع إنفاقها الدفاعي.',
      '15:40',
      'وصل الرئيس الأوكراني إلى روما.',
      '15:20',
      'أكدت أثينا أنها لن ترسل قوات إلى أوكرانيا.',
      '15:00',
      'رحبت كييف بالنتائج.',
      '14:45',
      'انضم رئيس الوزراء الياباني إلى الاجتماع عبر الفيديو.',
    ].join('\n');
    expect(stances(text)).toEqual({ BGR: 'declined', GRC: 'declined', JPN: 'participating' });
  });

  it('reads the members named after "ومن أعضائه", the list going on after "إضافة إلى"', () => {
    expect(
      stances(
        'ويضم التحالف نحو ثلاثين دولة، ومن أعضائه من خارج القارة اليابان وكوريا الجنوبية، إضافة إلى أيسلندا والنرويج.',
      ),
    ).toEqual({
      JPN: 'participating',
      KOR: 'participating',
      ISL: 'participating',
      NOR: 'participating',
    });
  });

  it('reads the chairs named after "ترأس الاجتماع بشكل مشترك كل من"', () => {
    expect(
      stances(
        'عقد تحالف الراغبين اجتماعه في برلين، حيث ترأس الاجتماع بشكل مشترك كل من المستشار الألماني ورئيس الوزراء البولندي.',
      ),
    ).toEqual({ DEU: 'participating', POL: 'participating' });
  });

  it('reads what was announced in a capital ("أُعلن في أوسلو") as its government\'s', () => {
    expect(
      stances('أُعلن في أوسلو أن الحكومة قررت نشر ما يصل إلى 80 عسكريا نرويجيا ضمن القوة فور سريان وقف إطلاق النار.'),
    ).toEqual({ NOR: 'troops_committed' });
  });

  it('reads the force\'s deployment as the subject of "ويبقى انتشار القوة مرهونا", no country\'s condition', () => {
    expect(
      stances(
        'أعلنت سيول أنها لن ترسل جنودا إلى أوكرانيا. ويبقى انتشار القوة مرهونا بوقف إطلاق النار بين روسيا وأوكرانيا.',
      ),
    ).toEqual({ KOR: 'declined' });
  });

  it("reads analysts' expectation (ترجيحهم) as no position, and Moscow's refusal as Moscow's", () => {
    expect(
      stances(
        'أكدت الحكومة الأيرلندية أنها لن ترسل جنودا إلى أوكرانيا. ونقلت الصحيفة عن محللين ترجيحهم أن تحذو النمسا حذو جارتها، في ظل رفض موسكو المتكرر لأي وجود عسكري غربي.',
      ),
    ).toEqual({ IRL: 'declined' });
  });

  it('reads contributing to the force through training as support, after a refusal of troops', () => {
    expect(
      stances(
        'أبلغت كانبرا شركاءها أنها لن ترسل جنودا إلى الأراضي الأوكرانية، لكنها ستسهم في القوة عبر مواصلة تدريب الجنود الأوكرانيين في بريطانيا.',
      ),
    ).toEqual({ AUS: 'support_no_troops' });
  });

  it('reads "سوف" before a present verb as the future, and a group that speaks after a cited source as the group', () => {
    expect(stances('وقال وزير الدفاع البلجيكي إن بلاده سوف ترسل وحدات برية إلى أوكرانيا فور وقف إطلاق النار.')).toEqual(
      { BEL: 'troops_committed' },
    );
    expect(
      stances('ووفقا لمسؤول فرنسي، فإن أكثر من 12 دولة قالت إنها سوف تساهم بالقوات، لكنه رفض أن يكشف أسماءها.'),
    ).toEqual({});
  });

  it("dates a timeline's entries by the month heading above them, so the latest stands", () => {
    const text = [
      'تسلسل زمني لمواقف الدول من قوة الطمأنة',
      '',
      'فبراير/شباط',
      '',
      '- قالت الحكومة الكندية إنها منفتحة على النظر في المساهمة بقوات.',
      '',
      'سبتمبر/أيلول',
      '',
      '- أعلنت أوتاوا أنها قررت نشر 200 جندي ضمن القوة.',
    ].join('\n');
    expect(
      Object.fromEntries(
        extractArticle({ ...meta, published: '2025-10-20' }, text).positions.map((p) => [p.iso3, p.position.stance]),
      ),
    ).toEqual({ CAN: 'troops_committed' });
  });

  it('reads countries named after "بقيادة" as the leaders, not the subject of what the group goes on to do', () => {
    const text =
      '- يضم «تحالف الراغبين»، بقيادة إيطاليا وبولندا، نحو 30 دولة تبحث تقديم ضمانات أمنية لأوكرانيا بعد أي اتفاق لوقف إطلاق النار.';
    expect(stances(text)).toEqual({ ITA: 'participating', POL: 'participating' });
  });

  it('reads no statement made about sending, or about refusing, as neither; the meeting attended still counts', () => {
    expect(
      stances('وحضر رئيس الوزراء اليوناني اجتماع تحالف الراغبين ولم يدل بأي تصريح حول إرسال قوات يونانية أو رفض ذلك.'),
    ).toEqual({ GRC: 'participating' });
  });

  it('reads keeping the force\'s equipment ("وصيانة معداتها") as logistics for the force, not aid', () => {
    expect(
      stances(
        'وأكد رئيس الوزراء التشيكي أن براغ لن تشارك بأي جندي في القوة، لكنها ستتيح أراضيها لعبور إمدادات القوة وصيانة معداتها.',
      ),
    ).toEqual({ CZE: 'support_no_troops' });
  });

  it('reads what a government used to say ("بعد أن كانت … تؤكد أنها لن …") as no position it holds now', () => {
    expect(
      stances(
        'أعلنت وزيرة الدفاع البرتغالية أن بلادها مستعدة لإرسال كاسحة ألغام إلى القوة بعد وقف إطلاق النار، وذلك بعد أن كانت لشبونة تقول حتى الشهر الماضي إنها لن تشارك بأي قوات.',
      ),
    ).toEqual({ PRT: 'troops_offered' });
  });

  it('reads a hedged contribution "also" added to an offer as no hedge on the offer, and air defence as no reason', () => {
    const text =
      'أما الدنمارك فقد أبدت استعدادها لإرسال قوات إذا لزم الأمر، بحسب وزير دفاعها، الذي أشار إلى أن كوبنهاغن قد تسهم أيضا بمنظومات للدفاع الجوي.';
    expect(stances(text)).toEqual({ DNK: 'troops_offered' });
  });

  it('reads funding programmes or reconstruction inside Ukraine as aid, not support for the force', () => {
    expect(
      stances(
        'وقالت الحكومة الأيرلندية إن بلادها لن ترسل جنودا إلى أوكرانيا بسبب حيادها. وأضافت أن دبلن تمول برامج لإزالة الألغام وإعادة الإعمار في أوكرانيا.',
      ),
    ).toEqual({ IRL: 'declined' });
  });

  it('reads a pledge to send troops made "in a joint statement last month" by a pair named in a factbox line', () => {
    expect(
      stances('- إيطاليا وإسبانيا: تقودان المهمة البحرية، وتعهدتا في بيان مشترك أمس بنشر قوات بعد الهدنة.'),
    ).toEqual({ ITA: 'troops_committed', ESP: 'troops_committed' });
  });

  it('reads drones or intelligence supplied to the force, with no troops, as support', () => {
    expect(stances('- كندا: لن ترسل جنودا، لكنها ستسهم بطائرات مسيرة ترصد خط الهدنة لصالح القوة.')).toEqual({
      CAN: 'support_no_troops',
    });
    expect(
      stances('وقال مكتب رئيس الوزراء إن أستراليا لن ترسل جنودا، لكنها ستزود القوة بالمعلومات الاستخباراتية.'),
    ).toEqual({ AUS: 'support_no_troops' });
  });

  it('reads "their governments" after several countries as those countries, and a participation named by its adjective', () => {
    expect(stances('أكدت لاتفيا وسلوفينيا أن حكوماتهما قررت تخصيص وحدات للقوة.')).toEqual({
      LVA: 'troops_committed',
      SVN: 'troops_committed',
    });
    const text =
      'وقالت تالين في بيان إن حجم أي مشاركة إستونية سيتوقف إلى حد كبير على مدى استعداد الولايات المتحدة لتوفير مظلة حماية للقوة.';
    expect(stances(text)).toEqual({ EST: 'conditional' });
    expect(reasons(text)).toEqual({ EST: 'us_backstop_required' });
  });

  it('reads delegations named after the verb and an aside, and an envoy, as taking part in the meeting', () => {
    expect(
      stances(
        'عقد تحالف الراغبين اجتماعا في لندن. وشاركت في الاجتماع، عبر الفيديو، وفود كرواتيا والبرتغال، من دون أن تعلن أي منها تفاصيل. كما انضم المبعوث الياباني الخاص إلى جزء من الاجتماع.',
      ),
    ).toEqual({ HRV: 'participating', PRT: 'participating', JPN: 'participating' });
  });

  it('joins a wrapped line after a quote that closes no sentence, and reads a decision tied to a vote as conditional', () => {
    const text = [
      'سويسرا تتمسك بحيادها',
      '',
      'في أوروبا، أكدت برن مجددا أن قانون الحياد الدائم "لا يسمح"',
      'لسويسرا بالانضمام إلى قوة عسكرية من هذا النوع، مضيفة أنها ستواصل',
      'تمويل برامج المساعدة الإنسانية في أوكرانيا.',
    ].join('\n');
    expect(stances(text)).toEqual({ CHE: 'declined' });
    const tied = 'وقالت ستوكهولم إنها منفتحة على المشاركة، بينما ربطت بودابست أي قرار بتصويت البرلمان المجري.';
    expect(stances(tied)).toEqual({ SWE: 'conditional', HUN: 'conditional' });
    expect(reasons(tied).HUN).toBe('parliament_approval_required');
  });

  it('reads the official who acts in one sentence as the speaker of "وقال" in the next', () => {
    expect(
      stances(
        'قال وزير الدفاع الأسترالي إن بلاده ستواصل تدريب جنود أوكرانيين في بريطانيا. ووصل رئيس الوزراء البلغاري متأخرا بسبب الطقس. وقال للصحفيين إن بلاده لن تشارك بقوات في أي انتشار على الأراضي الأوكرانية.',
      ).BGR,
    ).toBe('declined');
  });

  it('goes on with the same speaker after a relative aside ("، وإنها تضع …") and reads "ستمر عبر البرلمان" as a condition', () => {
    expect(
      stances(
        'قال وزير الدفاع الكندي إن بلاده ستمدد مهمة مدربيها الذين يدربون مجندين أوكرانيين في بولندا، وإنها تضع هذه المهمة في خدمة القوة متعددة الجنسيات.',
      ),
    ).toEqual({ CAN: 'support_no_troops' });
    const text = 'وقال رئيس الحكومة البرتغالية إن أي مشاركة برتغالية بجنود «ستمر حكما عبر البرلمان».';
    expect(stances(text)).toEqual({ PRT: 'conditional' });
    expect(reasons(text)).toEqual({ PRT: 'parliament_approval_required' });
  });

  it('reads "no surplus" and forces spread over missions as capacity limits', () => {
    expect(
      reasons(
        'قال متحدث باسم الحكومة السلوفاكية إن براتيسلافا لا تنوي إرسال جنود إلى أوكرانيا، موضحا أن وحداتها موزعة أصلا على مهام الحلف ولا فائض لدينا.',
      ),
    ).toEqual({ SVK: 'capacity_limits' });
  });

  it('reads first person in an interview a byline announces ("حاوره") as the interviewee\'s, after a question', () => {
    const text = [
      'وزير الدفاع الكوري الجنوبي: لن نرسل قوات إلى أوكرانيا',
      '',
      'سيول — حاوره: القسم الدولي',
      '',
      'هل ستكون كوريا الجنوبية جزءا من القوة؟',
      '',
      'لن نرسل وحدات إلى أوكرانيا، لكننا سنقدم دعما لوجستيا للقوة.',
      '',
      'وماذا عن اليابان؟',
      '',
      'أما اليابان فلا أستطيع أن أتحدث باسم طوكيو.',
      '',
      'هل تزيدون ميزانية الدفاع؟',
      '',
      'نعم، خصصنا هذا العام 61 تريليون وون للدفاع.',
    ].join('\n');
    const result = extractArticle(meta, text);
    expect(result.spending.map((s) => s.iso3)).toEqual(['KOR']);
    expect(stances(text)).toEqual({ KOR: 'support_no_troops' });
  });

  it("keeps a live blog's latest entry by its time stamp, whichever comes first in the text", () => {
    const text = [
      'مباشر | قمة تحالف الراغبين في روما',
      '',
      '16:30',
      'رئيس الوزراء الهولندي قال للصحفيين إن بلاده مستعدة لإرسال نحو 300 جندي فور وقف إطلاق النار.',
      '',
      '10:15',
      'رئيس الوزراء الهولندي قال صباحا إن لاهاي لا تستبعد شيئا وستقرر لاحقا.',
    ].join('\n');
    expect(stances(text)).toEqual({ NLD: 'troops_offered' });
  });

  it('reads a cabinet\'s approval in the passive ("تمت الموافقة من قبل") as a commitment, and a door shut as a refusal', () => {
    expect(
      stances('وتمت الموافقة من قبل مجلس الوزراء الدنماركي يوم الاثنين على نشر فرقاطة ضمن المكون البحري للقوة.'),
    ).toEqual({ DNK: 'troops_committed' });
    expect(stances('البرلمان السلوفيني يجيز الدعم اللوجستي للقوة ويغلق الباب أمام إرسال جنود')).toEqual({
      SVN: 'declined',
    });
  });

  it('reads what follows a party\'s colon ("أما موسكو …: لا قوات غربية") as nobody\'s position here', () => {
    expect(
      stances(
        'وأبلغت بودابست شركاءها أنها مستعدة لإرسال وحدة طبية بعد وقف إطلاق النار. أما الكرملين، فلم يغير موقفه: لا قوات أجنبية في أوكرانيا تحت أي مسمى.',
      ),
    ).toEqual({ HUN: 'troops_offered' });
  });

  it('reads opposing arms for Kyiv as no refusal of troops, and an opening phrase of contrast as no clause', () => {
    expect(
      stances('ولم يرسل أحد قوات حتى الآن. ولم تدع صربيا إلى الاجتماع، وهي التي تعارض منذ أشهر تسليح أوكرانيا.').SRB,
    ).toBeUndefined();
    expect(
      stances(
        'قال وزير الدفاع القبرصي إن نيقوسيا لن ترسل قوات إلى أوكرانيا. وبين الرفض الصريح والاستعداد المشروط، اختارت البرتغال طريقا ثالثا.',
      ),
    ).toEqual({ CYP: 'declined' });
  });

  it('reads "its minister" ("وزير دفاعها") as the minister of the country just named, not of the last speaker', () => {
    expect(
      stances(
        'قال وزير الدفاع القبرصي إن نيقوسيا لن ترسل قوات إلى أوكرانيا. وفي المقابل اختارت بلجيكا طريقا آخر. إذ قال وزير دفاعها إن إرسال قوات برية بلجيكية غير مطروح، لكنه أكد أن حكومته ستضع في تصرف القوة قدرات استخبارية.',
      ),
    ).toEqual({ CYP: 'declined', BEL: 'support_no_troops' });
  });

  it('reads a source named in quotes right after "نقلت" as the source, not as what was said', () => {
    expect(
      stances(
        'وقال رئيس الوزراء المجري إن بلاده لن ترسل جنديا واحدا. ونقلت «تاس» عن خبير عسكري روسي قوله إن موسكو قد تنظر في وجود مراقبين من دول محايدة مثل الصين.',
      ),
    ).toEqual({ HUN: 'declined' });
  });

  it('reads a factbox line that starts with a verb as its country\'s, and "على أن تحدد حجم المساهمة" as a term, not a condition', () => {
    expect(stances('- أيرلندا: ستنتدب ضباط أركان وخبراء في الاتصالات إلى مقر القيادة في باريس.')).toEqual({
      IRL: 'support_no_troops',
    });
    expect(
      stances(
        '- أستراليا: أكدت كانبرا استعدادها لإرسال عناصر من قواتها إلى أوكرانيا «إذا لزم الأمر»، على أن تحدد حجم المساهمة لاحقا بالتشاور مع الحلفاء.',
      ),
    ).toEqual({ AUS: 'troops_offered' });
  });

  it('reads an offer tied to something with "ربطت ذلك" as conditional, and a view ("نظرة") as no consideration', () => {
    const text =
      '- اليونان: أكدت أثينا استعدادها لقيادة المكون البحري للقوة، لكنها ربطت ذلك بوقف شامل ومستدام لإطلاق النار.';
    expect(stances(text)).toEqual({ GRC: 'conditional' });
    expect(reasons(text)).toEqual({ GRC: 'ceasefire_required' });
    expect(stances('وتحدث الوزير عن نظرة وارسو إلى دور دول الخليج في جهود الوساطة.')).toEqual({});
  });

  it('reads "what weakens us is not sending 150 troops, but …" as no refusal, and forces spread thin as capacity limits', () => {
    expect(
      stances(
        'وأعلن وزير الدفاع الإستوني أن تالين ستنشر سرية مشاة في القوة. وقال: ما يضعف أمننا ليس إرسال مئة جندي، بل أن تنتهي الحرب باتفاق هش.',
      ),
    ).toEqual({ EST: 'troops_committed' });
    expect(
      reasons(
        'أبلغت ليوبليانا القمة أنها لن ترسل جنودا إلى أوكرانيا، موضحة أن قواتها منتشرة أصلا في مهام الحلف، وأن طاقتها لا تتسع لمهمة إضافية.',
      ),
    ).toEqual({ SVN: 'capacity_limits' });
  });

  it('reads a short heading that names a region ("آسيا الوسطى: وساطة لا جنود") as nobody\'s position', () => {
    expect(
      stances(
        [
          'وأعلنت أثينا أنها مستعدة للمساهمة بسفن حربية في القوة.',
          '',
          'آسيا الوسطى: وساطة لا جنود',
          '',
          'واكتفت أستانا بالترحيب.',
        ].join('\n'),
      ),
    ).toEqual({ GRC: 'troops_offered' });
  });

  it('reads the items of a list no country speaks of, and what a force is not ("ليست بعثة"), as no stance', () => {
    expect(
      stances(
        'أعلن رئيس الوزراء الهولندي أن هولندا مستعدة لإرسال قوات. وتراوحت هذه المواقف بين الاستعداد الصريح، والتحفظ المشروط، والرفض القاطع.',
      ),
    ).toEqual({ NLD: 'troops_offered' });
    expect(
      stances(
        'وأعلنت مدريد أن إسبانيا مستعدة لنشر وحدات بعد وقف إطلاق النار. وأكد رئيس الحكومة الإسبانية أن القوة ليست بعثة لحفظ السلام.',
      ),
    ).toEqual({ ESP: 'troops_offered' });
  });

  it("reads the agency box below a column's rule as reporting, and the column above it as none", () => {
    const text = [
      'رأي',
      '',
      'بقلم: كاتب',
      '',
      'أظن أن فرنسا لن ترسل جنودا في النهاية، مهما قالت.',
      '',
      '---',
      '',
      'في السياق',
      '',
      '(وكالات) – أعلنت الحكومة السلوفاكية استعدادها لإرسال وحدة هندسية إلى أوكرانيا بعد وقف إطلاق النار.',
    ].join('\n');
    expect(stances(text)).toEqual({ SVK: 'troops_offered' });
  });

  it('reads flash lines ("عاجل | …") each as its own sentence, and what another country will decide as none', () => {
    const text = [
      'عاجل | رئيس الوزراء البلجيكي: سنرسل قوات إلى أوكرانيا بعد الهدنة',
      'عاجل | وارسو: جنودنا باقون على حدود بولندا',
      '',
      'ويبقى السؤال معلقا على ما ستقرره واشنطن.',
    ].join('\n');
    expect(stances(text)).toEqual({ BEL: 'troops_committed', POL: 'declined' });
  });

  it('reads "سيبت في مسألة إرسال جنود في الوقت المناسب" as a decision left for later', () => {
    expect(
      stances(
        'وقال رئيس الوزراء النمساوي إن مساهمة فيينا ستتركز على تمويل الجيش الأوكراني، بينما سيبت في مسألة إرسال جنود في الوقت المناسب.',
      ).AUT,
    ).toBe('conditional');
  });

  it('reads "مضيفا أن" after a closing quote as the same speaker going on, and "even X" opening a sentence as X acting', () => {
    expect(
      stances(
        'وفي أثينا قال رئيس الوزراء اليوناني إن بلاده "مستعدة لإرسال قوات" إلى أوكرانيا "حالما يتم التوصل إلى وقف لإطلاق النار" مضيفا أن اليونان "لن تتخلف عن مسؤولياتها".',
      ),
    ).toEqual({ GRC: 'troops_offered' });
    expect(
      stances(
        'وقالت إستونيا إنها ستموّل مقر القيادة. حتى كوريا الجنوبية، وهي بعيدة جغرافيا، أعلنت أنها ستموّل جزءا من عمليات نزع الألغام البحرية التي ستنفذها القوة.',
      ).KOR,
    ).toBe('support_no_troops');
  });

  it('reads figures not published ("لا تنشر … تفصيلا") as no refusal, and no commitment "before" a condition as conditional', () => {
    expect(
      stances('لا تنشر الدوحة تفصيلا علنيا لإنفاقها العسكري، غير أن التقديرات تضعه عند نحو 30 مليار ريال.'),
    ).toEqual({});
    const text = 'لكن أوسلو قالت إنها لن تقدم أي التزام قبل أن تتضح قواعد الاشتباك.';
    expect(stances(text)).toEqual({ NOR: 'conditional' });
    expect(reasons(text)).toEqual({ NOR: 'rules_of_engagement_required' });
  });

  it('reads "any arrangement would be stronger with American support" as no support given', () => {
    expect(stances('كندا شريك لا غنى عنه، وأي ترتيب أمني لأوكرانيا سيكون أقوى بوجود دعم كندي.')).toEqual({});
  });

  it('reads "the decision does not mean …" after a vote to send troops as no decision pending', () => {
    expect(
      stances(
        'صوت البرلمان الإستوني الخميس على إرسال ما يصل إلى 100 جندي إلى أوكرانيا ضمن القوة. ولا يعني القرار أن الجنود الإستونيين سيشاركون في عمليات قتالية.',
      ),
    ).toEqual({ EST: 'troops_committed' });
  });
});
