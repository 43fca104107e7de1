/**
 * Stance vocabulary as patterns over normalised words. Nouns may carry clitics and the article in front and
 * pronouns behind; verbs carry only a conjunction or the future prefix in front and an object pronoun behind,
 * so "القادة" (leaders) is not "قاد" (led) and "الراغبين" (the coalition's name) is not "راغب" (willing).
 */
const PRONOUN = '(?:ه|ها|هم|هما|نا|كم)?';
const noun = (stems: string): RegExp => new RegExp(`^(?:[وفبلك]|وب|ول|فب|بال|وبال|لل|ال|وال|فال)?(?:${stems})`);
const verb = (forms: string): RegExp => new RegExp(`^(?:[وف])?(?:س)?(?:${forms})${PRONOUN}$`);
const adjective = (stems: string): RegExp => new RegExp(`^(?:[وف])?(?:${stems})`);
const either = (...res: RegExp[]): RegExp => new RegExp(res.map((r) => `(?:${r.source})`).join('|'));

/** Armed forces: troops, soldiers, a force, boots on the ground. */
export const TROOPS = noun('قوات|جنود|قوه|عسكريين|عسكريون|جيش|وحدات|كتيبه|كتائب|لواء|الويه|سفن|سفينه|فرقاطه|فرقاطات|مقاتلات|طائرات مقاتله');
/** Sending or placing forces. */
export const DEPLOY = either(
  noun('ارسال|نشر|وضع|تقديم|تزويد|مساهمه|مشاركه|انتشار'),
  verb('ترسل|يرسل|نرسل|ارسل|تنشر|ينشر|ننشر|يتم نشر|تساهم|يساهم|نساهم|تشارك|يشارك|نشارك|يقدم|تقدم|اقدم|نقدم|تزود|يزود'),
);
/** Offering or being ready to send. */
export const OFFER = either(
  verb('عرض|عرضت|عرضوا|تعرض|يعرض|ابدت|ابدي|ابدوا|تطوع|تطوعت|تبدي|يبدي'),
  noun('استعداد|عرضا|عرض'),
  adjective('مستعد|جاهز|راغب'),
  /^(?:[وف])?(?:قراره|قرارها|قرارهم)$/,
);
/** Pledging or deciding to send. */
export const COMMIT = either(
  verb('تعهد|تعهدت|تعهدوا|يتعهد|تتعهد|التزم|التزمت|التزموا|تلتزم|يلتزم|قرر|قررت|قرروا|ارسلت|نشرت|ترسل|تنشر'),
  noun('التزام|تعهد'),
  adjective('ملتزم'),
);
/** Refusing or ruling out. */
export const REFUSE = either(
  verb('رفض|رفضت|رفضوا|ترفض|يرفض|يرفضون|استبعد|استبعدت|تستبعد|يستبعد'),
  adjective('رافض'),
);
/** Negation particles. */
export const NEGATION = /^(?:[وف])?(?:لن|لا|لم|ليس|ليست|لسنا|لست)$/;
/** "لم تستبعد"، "لا تستبعد": the negated refusal that leaves the door open. */
export const NOT_RULED_OUT_VERB = /^(?:[وف])?(?:تستبعد|يستبعد|نستبعد|استبعد|يستبعدون)/;
/** Support short of troops in Ukraine. */
export const SUPPORT = noun('دعم|مساعد|استخبار|جوي|لوجستي|تدريب|غطاء|حمايه|مراقبه|backstop|معدات|تمويل|اسناد');
/** Taking part, hosting, leading, convening. */
export const PARTICIPATE = verb(
  'شارك|شاركت|شاركوا|تشارك|يشارك|يشاركون|استضاف|استضافت|تستضيف|يستضيف|عقد|عقدت|عقدوا|تعقد|يعقد|قاد|قادت|يقود|تقود|'
  + 'تراس|تراست|يتراس|تتراس|انضم|انضمت|ينضم|تنضم|حضر|حضرت|يحضر|تحضر|التقي|التقت|يلتقي|تلتقي|اجتمع|اجتمعت|يجتمع|تجتمع',
);
/** What the coalition does: its meetings, talks, plans and force. */
export const COALITION = noun('تحالف|الراغبين|راغبين|اجتماع|قمه|محادثات|مناقش|طمانه|ضمانات|خطه|ائتلاف|مؤتمر');
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
export const WITHOUT = /^(?:[وف])?(?:دون|بدون|من دون)$/;
/** Providing, in the finite verb form that states a country's own act ("ستقدم اليابان دعما"). */
export const PROVIDE = verb('تقدم|يقدم|نقدم|توفر|يوفر|نوفر|تساعد|يساعد|نساعد|تساهم|يساهم|ترسل|يرسل');
