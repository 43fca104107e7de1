/**
 * Stance vocabulary as patterns over normalised words. Nouns may carry clitics and the article in front and
 * pronouns behind; verbs carry only a conjunction or the future prefix in front and an object pronoun behind,
 * so "القادة" (leaders) is not "قاد" (led) and "الراغبين" (the coalition's name) is not "راغب" (willing).
 */
const PRONOUN = '(?:ه|ها|هم|هما|نا|كم)?';
/** Nouns; a final ta marbuta (normalised ه) is also read as ت before a pronoun: مشاركة -> مشاركتها. */
const withTa = (stems: string): string => stems.split('|').map((st) => (st.endsWith('ه') && !st.includes(' ') ? `${st}|${st.slice(0, -1)}ت(?:ه|ها|هم|هما|نا)` : st)).join('|');
const noun = (stems: string): RegExp => new RegExp(`^(?:[وفبلك]|وب|ول|فب|بال|وبال|لل|ال|وال|فال)?(?:${withTa(stems)})`);
/** Verbs: conjunction and future prefix in front; plural or dual endings, then an object pronoun, behind. */
const verb = (forms: string): RegExp => new RegExp(`^(?:[وف])?(?:س)?(?:${forms})(?:ون|وا|ان|ا|ن)?${PRONOUN}$`);
const adjective = (stems: string): RegExp => new RegExp(`^(?:[وف])?(?:${stems})`);
const either = (...res: RegExp[]): RegExp => new RegExp(res.map((r) => `(?:${r.source})`).join('|'));

/** Armed forces: troops, soldiers, a force, boots on the ground. */
export const TROOPS = either(
  noun('قوات|جنود|جندي|قوه|عسكريين|عسكريون|جيش|وحدات|كتيبه|كتائب|لواء|الويه|سرايا|مشاه|مظلي|عناصر|بعثه|سفن|سفينه|فرقاطه|فرقاطات|كاسحات|مدمره|مدمرات|غواصه|مقاتلات|طائرات مقاتله|طيارين|احذيه|مفرزه'),
  // "وحدة" (a unit) exactly: "وحدها" (alone) and "وحدة الصف" (unity) share its letters.
  /^(?:ال|و|ب|بال|وال)?وحده$/,
);
/** Sending or placing forces. */
export const DEPLOY = either(
  noun('ارسال|نشر|وضع|تقديم|تزويد|مساهمه|مشاركه|انتشار|تخصيص|ايفاد|ابتعاث|اسهام'),
  verb('ترسل|يرسل|نرسل|ارسل|تنشر|ينشر|ننشر|يتم نشر|تساهم|يساهم|نساهم|تسهم|يسهم|نسهم|تشارك|يشارك|نشارك|يقدم|تقدم|اقدم|نقدم|تزود|يزود|تخصص|يخصص|نخصص|توفد|يوفد|نوفد|تبعث|يبعث|نبعث'),
);
/** Offering or being ready to send. */
export const OFFER = either(
  verb('عرض|عرضت|عرضوا|تعرض|يعرض|ابدت|ابدي|ابدوا|تطوع|تطوعت|تبدي|يبدي|اقترح|اقترحت|تقترح|يقترح|تعتزم|يعتزم|نعتزم|تنوي|ينوي|ننوي'),
  noun('استعداد|عرضا|عرض|رغبه'),
  adjective('مستعد|جاهز|راغب|منفتح'),
  /^(?:[وف])?(?:قراره|قرارها|قرارهم)$/,
);
/** Pledging or deciding to send. */
export const COMMIT = either(
  verb('تعهد|تعهدت|تعهدوا|يتعهد|تتعهد|التزم|التزمت|التزموا|تلتزم|يلتزم|قرر|قررت|قرروا|ارسلت|نشرت|ترسل|تنشر|نرسل|ننشر|يرسل|ينشر|اقرت|اقر|وافقت|وافق|وعد|وعدت'),
  noun('التزام|تعهد'),
  adjective('ملتزم'),
);
/** Refusing or ruling out. */
export const REFUSE = either(
  verb('رفض|رفضت|رفضوا|ترفض|يرفض|يرفضون|استبعد|استبعدت|تستبعد|يستبعد|تعارض|يعارض|عارض|عارضت|تناي|يناي|نات|ناي|يمنع|تمنع|منع|منعت'),
  noun('رفض|استبعاد'),
  adjective('رافض'),
);
/** Negation particles. */
export const NEGATION = /^(?:[وف])?(?:لن|لا|لم|ليس|ليست|لسنا|لست|غير)$/;
/** "لم تستبعد"، "لا تستبعد": the negated refusal that leaves the door open. */
export const NOT_RULED_OUT_VERB = /^(?:[وف])?(?:تستبعد|يستبعد|نستبعد|استبعد|يستبعدون)/;
/** Support short of troops in Ukraine. */
export const SUPPORT = noun('دعم|مساعد|استخبار|جوي|لوجستي|تدريب|غطاء|حمايه|مراقبه|backstop|معدات|تمويل|اسناد|الغام|مسيرات|معلومات|استطلاع|قاعده|مقر|تنسيق|خدمه|اسلحه|ذخائر|مرافقه|اعمار|تصرف|تجهيز|دوريات|مالي|نقل جوي');
/** Taking part, hosting, leading, convening. */
export const PARTICIPATE = verb(
  'شارك|شاركت|شاركوا|تشارك|يشارك|يشاركون|استضاف|استضافت|تستضيف|يستضيف|عقد|عقدت|عقدوا|تعقد|يعقد|قاد|قادت|يقود|تقود|'
  + 'تراس|تراست|يتراس|تتراس|انضم|انضمت|ينضم|تنضم|حضر|حضرت|يحضر|تحضر|التقي|التقت|يلتقي|تلتقي|اجتمع|اجتمعت|يجتمع|تجتمع',
);
/** What the coalition does: its meetings, talks, plans and force. */
export const COALITION = noun('تحالف|الراغبين|راغبين|اجتماع|قمه|جلسه|مشاورات|مكالمه|مناقش|طمانه|ضمانات|خطه|ائتلاف|ايتلاف|مؤتمر');
/** Joining (as the object of a refusal: "رفضت الانضمام"). */
export const JOIN = noun('انضمام|مشاركه');
/** "جزءا من الخطة": being part of the plan. */
export const PART_OF = /^(?:[وف])?(?:جزءا|جزء)$/;
/** Verbs of limiting: "لن تقتصر على القوات" widens, it does not refuse. */
export const LIMITING = /^(?:تقتصر|يقتصر|تنحصر|ينحصر|تكتفي|يكتفي)/;
/** "Took part" in the narrow sense, for "شاركت … أيضا" that points back to the meeting just described. */
export const TOOK_PART = verb('شارك|شاركت|شاركوا|تشارك|يشارك|يشاركون');
export const ALSO = /^(?:ايضا|كذلك|بدورها|بدوره)$/;
/** "دون إرسال قوات": support offered without troops. */
export const WITHOUT = /^(?:[وف])?(?:دون|بدون|من دون|بدلا|عوضا)$/;
/** Providing, in the finite verb form that states a country's own act ("ستقدم اليابان دعما"). */
export const PROVIDE = either(
  verb('تقدم|يقدم|نقدم|توفر|يوفر|نوفر|تساعد|يساعد|نساعد|تساهم|يساهم|نساهم|تسهم|يسهم|نسهم|ترسل|يرسل|تدعم|يدعم|ندعم|تضع|يضع|نضع|تستضيف|يستضيف|نستضيف|تكتفي|يكتفي|تواصل|يواصل|نواصل|تتولي|يتولي|نتولي|تتمثل|يتمثل'),
  // "ستكون المركز اللوجستي للقوة": the future of "to be" with a support noun.
  /^(?:[وف])?(?:ستكون|سيكون|سنكون)$/,
);

/** The force or mission itself, whose support makes a position (as opposed to aid sent to Kyiv). */
export const FORCE = /^(?:[وف])?(?:ال|لل|بال|وال|ل)(?:قوه|مهمه|بعثه)$/;
/** Conditions that a refusal turns into a condition: "لن … قبل أن"، "لن … إلا بتفويض"، "لن … ما لم". */
export const UNLESS = /^(?:قبل|الا|ما|دون|بدون)$/;

/** Support that is the object of an offer by itself ("عرضت استضافة مقر قيادة للقوة"), unlike "جوي" that may be an air force. */
export const STRONG_SUPPORT = noun('مقر|تنسيق|لوجستي|تدريب|تمويل|استخبار|الغام|معلومات|مراقبه|استضافه');
