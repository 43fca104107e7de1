import { Vocabulary, type ClassTable } from '../text/vocabulary';

/**
 * The words stance rules are written in, by the role they play. Verbs are listed in the forms that carry their
 * person (past and present, third person and first plural); the morphology adds numbers, the future prefix, the
 * conjunctions and object pronouns. Nouns and adjectives are listed once.
 */
export type StanceClass =
  | 'send'
  | 'join'
  | 'joinVerb'
  | 'troops'
  | 'force'
  | 'presence'
  | 'military'
  | 'peacekeeping'
  | 'ready'
  | 'offer'
  | 'can'
  | 'intend'
  | 'commit'
  | 'decide'
  | 'consider'
  | 'open'
  | 'early'
  | 'ruleOut'
  | 'refuse'
  | 'ruledOutPred'
  | 'notOnTable'
  | 'depend'
  | 'support'
  | 'supportVerb'
  | 'endorse'
  | 'provide'
  | 'aid'
  | 'guarantee'
  | 'role'
  | 'lead'
  | 'include'
  | 'member'
  | 'attend'
  | 'form'
  | 'coalition'
  | 'meeting'
  | 'proposal'
  | 'happen'
  | 'plan'
  | 'ukraineSide'
  | 'show'
  | 'discuss'
  | 'yet'
  | 'shut'
  | 'talks'
  | 'await'
  | 'share'
  | 'ground'
  | 'reservation'
  | 'prevent';

const TABLE: ClassTable<StanceClass> = {
  send: {
    noun: 'إرسال نشر إيفاد ابتعاث انتشار تمركز نشرها تزويد وضع تخصيص',
    verb: `يرسل ترسل نرسل أرسل أرسلنا ينشر تنشر ننشر نشر يوفد توفد نوفد أوفد يبعث تبعث نبعث بعث ينتشر تنتشر ننتشر انتشر
      يتمركز تتمركز يزود تزود نزود زود يخصص تخصص نخصص خصص يذهب تذهب نذهب`,
  },
  join: {
    noun: 'مشاركة مساهمة إسهام انضمام انخراط اشتراك',
    verb: `يشارك تشارك نشارك شارك يساهم تساهم نساهم ساهم يسهم تسهم نسهم أسهم ينضم تنضم ننضم انضم ينخرط تنخرط ننخرط انخرط
      يشترك تشترك نشترك اشترك`,
  },
  joinVerb: {
    verb: `يشارك تشارك نشارك شارك يساهم تساهم نساهم ساهم يسهم تسهم نسهم أسهم`,
  },
  troops: {
    noun: `قوات جنود جندي عسكريين عسكريون وحدات وحدة كتيبة كتائب لواء ألوية سرية سرايا مشاة مظليين فرقاطة فرقاطات سفن سفينة
      مدمرة غواصة مقاتلات قطع أفراد عناصر قوة جيش أحذية جنديا مفرزة كاسحة كاسحات طائرة طائرات ضباط فصيل فصيلا`,
  },
  force: {
    noun: `قوة مهمة بعثة عملية عمليات`,
  },
  presence: { noun: 'وجود تواجد حضور' },
  military: { adj: 'عسكري' },
  peacekeeping: { noun: 'حفظ طمأنة ردع' },
  ready: {
    adj: 'مستعد جاهز راغب',
    noun: 'استعداد جاهزية رغبة',
  },
  show: { verb: 'أبدى يبدي تبدي نبدي أعرب يعرب تعرب نعرب أظهر يظهر تظهر أكد يؤكد تؤكد أعلن يعلن تعلن' },
  offer: {
    verb: 'عرض يعرض تعرض نعرض تطوع يتطوع تتطوع',
    noun: 'عرض',
  },
  can: {
    verb: 'يمكن يمكنها يمكنه يمكننا تستطيع يستطيع نستطيع بإمكان يتمكن تتمكن نتمكن',
    adj: 'قادر',
  },
  intend: {
    verb: 'تعتزم يعتزم نعتزم اعتزم تنوي ينوي ننوي نوى تخطط يخطط نخطط خطط',
    noun: 'نية اعتزام',
  },
  commit: {
    verb: `تعهد يتعهد تتعهد نتعهد التزم يلتزم تلتزم نلتزم قرر قررت قررنا وافق يوافق توافق وعد أقر`,
    noun: 'التزام تعهد',
    adj: 'ملتزم',
  },
  decide: { verb: 'يقرر تقرر نقرر يحسم تحسم نحسم يحدد تحدد نحدد يبت تبت نبت', noun: 'قرار' },
  consider: {
    verb: `يدرس تدرس ندرس ينظر تنظر ننظر يبحث تبحث نبحث يقيم تقيم نقيم سنرى نرى يفكر تفكر نفكر`,
    noun: 'نظر دراسة النظر',
  },
  open: { adj: 'منفتح', noun: 'انفتاح' },
  early: { adj: 'مبكر', noun: 'أوانه لأوانه' },
  ruleOut: {
    verb: 'يستبعد تستبعد نستبعد استبعد',
    noun: 'استبعاد',
    adj: 'مستبعد',
  },
  refuse: {
    verb: 'رفض يرفض ترفض نرفض يعارض تعارض نعارض عارض ينأى تنأى نأى يمانع تمانع',
    // "بررت برن امتناعها عن المشاركة بأي جنود": abstaining from taking part, said as a noun.
    noun: 'رفض امتناع',
    adj: 'رافض',
  },
  ruledOutPred: { adj: 'مستبعد مرفوض' },
  notOnTable: { adj: 'مطروح وارد ممكن مقبول' },
  depend: {
    verb: 'يعتمد تعتمد يتوقف تتوقف يتطلب تتطلب تستوجب يستوجب يستلزم تستلزم يتعلق يرتبط',
    adj: 'مرهون مشروط مرتبط',
    noun: 'شرط شروط رهن',
  },
  support: {
    noun: `دعم مساعدة لوجستي لوجستية تدريب مراقبة استخبارات استخباراتي تنسيق إسناد إمداد حماية غطاء مقر مركز قاعدة تمويل
      إزالة ألغام دوريات معلومات استطلاع مساندة`,
    adj: 'لوجستي استخباراتي جوي بحري',
  },
  supportVerb: {
    verb: 'يدعم تدعم ندعم دعم يساعد تساعد نساعد ساعد يساند تساند نساند يكتفي تكتفي نكتفي اكتفى',
  },
  endorse: { verb: 'يؤيد تؤيد نؤيد أيد', noun: 'تأييد' },
  provide: {
    verb: `يقدم تقدم نقدم قدم يوفر توفر نوفر وفر يستضيف تستضيف نستضيف استضاف يتولى تتولى نتولى تولى يواصل تواصل نواصل
      يضع تضع نضع يتمثل تتمثل يتحمل تتحمل نتحمل تحمل يمول تمول نمول مول ينتدب تنتدب ننتدب يلحق تلحق نلحق ألحق
      يتيح تتيح نتيح أتاح يزود تزود نزود زود`,
    noun: 'تقديم توفير استضافة تولي إلحاق إتاحة',
  },
  aid: { noun: 'مساعدات أسلحة تسليح ذخائر معدات صواريخ عضوية', adj: 'اقتصادي' },
  guarantee: { noun: 'ضمانات ضمان' },
  role: { noun: 'دور' },
  lead: { verb: 'يقود تقود نقود قاد يترأس تترأس ترأس يتزعم تتزعم' },
  include: { verb: 'يضم تضم ضم يشمل تشمل شمل' },
  member: { noun: 'عضو أعضاء', adj: 'منضم', verb: 'تنتمي ينتمي' },
  attend: { verb: 'حضر يحضر تحضر شارك يشارك تشارك نشارك استضاف يستضيف تستضيف' },
  form: { noun: 'تشكيل تأسيس إنشاء' },
  coalition: { noun: 'تحالف ائتلاف الراغبين راغبين الإرادة' },
  meeting: { noun: 'اجتماع قمة مؤتمر محادثات مكالمة مشاورات لقاء جلسة مباحثات اجتماعات اتصال مداولات' },
  proposal: { noun: 'مقترح اقتراح فكرة خطة' },
  happen: { verb: 'يحدث تحدث حدث يتم تتم' },
  plan: { noun: 'خطط خطة' },
  ukraineSide: { noun: 'كييف' },
  discuss: { verb: 'ناقش يناقش تناقش نناقش', noun: 'مناقشة' },
  yet: { particle: 'بعد' },
  shut: { verb: 'أغلق يغلق تغلق نغلق', noun: 'إغلاق' },
  talks: { noun: 'محادثات مفاوضات مباحثات' },
  await: { verb: 'ينتظر تنتظر ننتظر', noun: 'انتظار' },
  share: { noun: 'نصيب حصة' },
  ground: { adj: 'بري' },
  reservation: { noun: 'تحفظ تحفظات حجز' },
  prevent: { verb: 'يمنع تمنع منع يحول تحول' },
};

export const stanceWords = new Vocabulary(TABLE, {
  lead: 'قادة وقادة لقادة بقادة',
});

/** Every class name, so that a pattern naming an unknown class fails when it compiles. */
export const STANCE_CLASSES: ReadonlySet<string> = new Set(Object.keys(TABLE));

/** Each class's bit in a word's class mask (two 32-bit words): patterns test a word's classes with one AND. */
export const CLASS_BIT: ReadonlyMap<StanceClass, { word: 0 | 1; bit: number }> = new Map(
  [...stanceWords.index].map(([cls, i]) => [cls, { word: i < 32 ? 0 : 1, bit: (1 << (i % 32)) >>> 0 }]),
);
