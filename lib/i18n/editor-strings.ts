import type { ArticleStatus, AuditAction, ReviewState } from '@/lib/editor/contract';
import type { Lang } from './langs';

/**
 * The editor area's own strings, apart from the shared dictionaries so that the public pages' bundles do not
 * carry them. Stance, reason and spending-kind names come from the shared dictionary.
 */
export type EditorStrings = {
  title: string;
  /** Between two parts of a line: a middle dot would read as an Arabic zero. */
  separator: string;
  otherLanguage: string;
  otherLanguageLabel: string;
  publicSite: string;
  signedInAs: (user: string) => string;
  logout: string;
  loggingOut: string;
  sessionExpired: string;
  loading: string;
  loadError: string;
  retry: string;
  serverUnreachable: string;
  forbidden: string;
  login: {
    title: string;
    intro: string;
    username: string;
    password: string;
    submit: string;
    submitting: string;
    wrong: string;
    rateLimited: (wait: string) => string;
    rateLimitedNoWait: string;
    failed: string;
  };
  /** A wait of `seconds`, spelled out: "2 minutes", "45 seconds". */
  wait: (seconds: number) => string;
  sections: { label: string; add: string; queue: string; history: string };
  publish: {
    heading: string;
    pending: (n: string, count: number) => string;
    nothingPending: string;
    last: (who: string, when: string) => string;
    never: string;
    version: string;
    button: string;
    publishing: string;
    done: (version: string, positions: string, figures: string) => string;
    failed: string;
  };
  add: {
    heading: string;
    intro: string;
    text: string;
    textHint: string;
    file: string;
    fileHint: string;
    fileNotText: string;
    fileRead: (name: string) => string;
    published: string;
    publishedHint: string;
    precision: string;
    precisions: Record<'day' | 'month' | 'year', string>;
    source: string;
    sourceHint: string;
    sourceAr: string;
    dateBasis: string;
    dateBasisHint: string;
    optional: string;
    submit: string;
    submitting: string;
    problemsTitle: string;
    added: string;
  };
  queue: {
    heading: string;
    intro: string;
    kindLabel: string;
    positions: string;
    figures: string;
    empty: string;
    count: (n: string, count: number) => string;
  };
  item: {
    position: string;
    figure: string;
    confidence: (pct: string) => string;
    conflict: string;
    conflictHint: string;
    article: (date: string) => string;
    openDraft: string;
    sentence: string;
    proposed: string;
    current: string;
    stance: string;
    reason: string;
    reasonCode: string;
    reasonText: string;
    noReason: string;
    date: string;
    kind: string;
    value: string;
    unit: string;
    year: string;
    noYear: string;
    review: Record<ReviewState, string>;
    reviewedBy: (who: string, when: string) => string;
    note: string;
    noteHint: string;
    accept: string;
    change: string;
    reject: string;
    saveChange: string;
    cancel: string;
    working: string;
    done: Record<'accept' | 'change' | 'reject', (country: string) => string>;
    conflictTitle: string;
    conflictBody: (who: string, when: string) => string;
    conflictUnknown: string;
    theirs: string;
    tryAgain: string;
    keepTheirs: string;
    keptTheirs: string;
    badValue: string;
    pctUnit: string;
  };
  history: {
    heading: string;
    intro: string;
    empty: string;
    when: string;
    who: string;
    action: string;
    actions: Record<AuditAction, string>;
    entity: (kind: string, id: string) => string;
    entityKinds: Record<'article' | 'position' | 'figure' | 'dataset', string>;
    before: string;
    after: string;
    nothing: string;
    note: string;
    revert: string;
    revertConfirm: string;
    revertNote: string;
    reverting: string;
    reverted: string;
    revertedBy: (id: string) => string;
    revertOf: (id: string) => string;
    revertConflict: string;
    more: string;
    field: string;
    review: string;
    reviewedBy: string;
    reviewedAt: string;
    publishedAt: string;
    articles: string;
    positions: string;
    figures: string;
  };
  draft: {
    back: string;
    heading: (date: string) => string;
    statusLabel: string;
    status: Record<ArticleStatus, string>;
    addedBy: (who: string, when: string) => string;
    legend: string;
    positions: string;
    figures: string;
    none: string;
    publish: string;
    discard: string;
    discardConfirm: string;
    discardYes: string;
    published: (version: string) => string;
    discarded: string;
    changedMeanwhile: string;
    notFound: string;
    jump: (country: string) => string;
  };
};

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const ACTIONS_EN: Record<AuditAction, string> = {
  'article.add': 'Article added',
  'article.publish': 'Article published',
  'article.discard': 'Article discarded',
  'position.accept': 'Position accepted',
  'position.change': 'Position changed',
  'position.reject': 'Position rejected',
  'figure.accept': 'Figure accepted',
  'figure.change': 'Figure changed',
  'figure.reject': 'Figure rejected',
  revert: 'Reverted',
  publish: 'Published',
};

const ACTIONS_AR: Record<AuditAction, string> = {
  'article.add': 'إضافة مقال',
  'article.publish': 'نشر مقال',
  'article.discard': 'استبعاد مقال',
  'position.accept': 'قبول موقف',
  'position.change': 'تعديل موقف',
  'position.reject': 'رفض موقف',
  'figure.accept': 'قبول رقم إنفاق',
  'figure.change': 'تعديل رقم إنفاق',
  'figure.reject': 'رفض رقم إنفاق',
  revert: 'تراجع',
  publish: 'نشر',
};

/** Arabic counts: one, two, 3–10 take the plural, 11 and over the singular accusative. */
function arabicCount(count: number, n: string, forms: { one: string; two: string; few: string; many: string }) {
  if (count === 1) return forms.one;
  if (count === 2) return forms.two;
  const rem = count % 100;
  if (count === 0 || (rem >= 3 && rem <= 10)) return `${n} ${forms.few}`;
  return `${n} ${forms.many}`;
}

export const EDITOR_STRINGS: Record<Lang, EditorStrings> = {
  en: {
    title: 'Editor',
    separator: ' · ',
    otherLanguage: 'العربية',
    otherLanguageLabel: 'Arabic version',
    publicSite: 'Public dashboard',
    signedInAs: (user) => `Signed in as ${user}`,
    logout: 'Log out',
    loggingOut: 'Logging out…',
    sessionExpired: 'Your session has ended. Log in again.',
    loading: 'Loading…',
    loadError: 'This could not be loaded.',
    retry: 'Retry',
    serverUnreachable: 'The server could not be reached. Check the connection and try again.',
    forbidden: 'The request was refused (security check). Reload the page and try again.',
    login: {
      title: 'Editor login',
      intro: 'For the people who review and publish the map. Accounts are created by an administrator.',
      username: 'Username',
      password: 'Password',
      submit: 'Log in',
      submitting: 'Logging in…',
      wrong: 'Wrong username or password.',
      rateLimited: (wait) => `Too many login attempts. Try again in ${wait}.`,
      rateLimitedNoWait: 'Too many login attempts. Wait a while and try again.',
      failed: 'Logging in failed.',
    },
    wait: (seconds) => {
      if (seconds >= 90) {
        const minutes = Math.ceil(seconds / 60);
        return `${minutes} ${plural(minutes, 'minute', 'minutes')}`;
      }
      return `${seconds} ${plural(seconds, 'second', 'seconds')}`;
    },
    sections: { label: 'Editor sections', add: 'Add article', queue: 'Review queue', history: 'History' },
    publish: {
      heading: 'Publication',
      pending: (n, count) => `${n} ${plural(count, 'change', 'changes')} not yet published`,
      nothingPending: 'Nothing waiting to be published',
      last: (who, when) => `Last published by ${who}, ${when}`,
      never: 'Not published from the editor yet',
      version: 'data version',
      button: 'Publish now',
      publishing: 'Publishing…',
      done: (version, positions, figures) =>
        `Published: data version ${version}, ${positions} positions and ${figures} spending figures.`,
      failed: 'Publishing failed.',
    },
    add: {
      heading: 'Add an article',
      intro:
        'Paste the Arabic text or upload a .txt file. It is extracted at once and opens as a draft, which you review and then publish or discard.',
      text: 'Article text',
      textHint: 'Plain text, as published.',
      file: 'Or upload a .txt file',
      fileHint: 'Its text replaces what is in the box above.',
      fileNotText: 'That file is not a plain-text (.txt) file.',
      fileRead: (name) => `Text read from ${name}.`,
      published: 'Publication date',
      publishedHint: 'YYYY-MM-DD; for a month or a year, its first day.',
      precision: 'Date precision',
      precisions: { day: 'Day', month: 'Month', year: 'Year' },
      source: 'Source',
      sourceHint: 'In English: who published it, and how.',
      sourceAr: 'Source in Arabic',
      dateBasis: 'Date basis',
      dateBasisHint: 'How the date was established, when the article does not state it.',
      optional: 'optional',
      submit: 'Add and extract',
      submitting: 'Adding…',
      problemsTitle: 'The article was not added:',
      added: 'Article added. Opening the draft…',
    },
    queue: {
      heading: 'Review queue',
      intro: 'Extracted items no one has reviewed yet, lowest confidence and conflicting reports first.',
      kindLabel: 'Show',
      positions: 'Positions',
      figures: 'Spending figures',
      empty: 'Nothing left to review.',
      count: (n, count) => `${n} ${plural(count, 'item', 'items')} to review`,
    },
    item: {
      position: 'Position',
      figure: 'Spending figure',
      confidence: (pct) => `Confidence ${pct}`,
      conflict: 'Conflicting reports',
      conflictHint: 'The article reports statements of this country that disagree.',
      article: (date) => `Article of ${date}`,
      openDraft: 'Open the article',
      sentence: 'Sentence in context',
      proposed: 'Proposed',
      current: 'Now',
      stance: 'Stance',
      reason: 'Reason or condition',
      reasonCode: 'Reason',
      reasonText: 'Reason, in the article’s words',
      noReason: 'No reason',
      date: 'Date',
      kind: 'Kind',
      value: 'Value',
      unit: 'Unit',
      year: 'Year',
      noYear: 'none',
      review: { unreviewed: 'Not reviewed', accepted: 'Accepted', changed: 'Changed', rejected: 'Rejected' },
      reviewedBy: (who, when) => `by ${who}, ${when}`,
      note: 'Note',
      noteHint: 'Optional: why, for the history.',
      accept: 'Accept',
      change: 'Change…',
      reject: 'Reject',
      saveChange: 'Save change',
      cancel: 'Cancel',
      working: 'Saving…',
      done: {
        accept: (c) => `${c}: accepted.`,
        change: (c) => `${c}: changed.`,
        reject: (c) => `${c}: rejected.`,
      },
      conflictTitle: 'Someone else changed this first',
      conflictBody: (who, when) => `${who} reviewed it ${when}. Their version is below; nothing of yours was saved.`,
      conflictUnknown: 'It changed since you opened it. The current version is below; nothing of yours was saved.',
      theirs: 'Their version',
      tryAgain: 'Apply my decision to their version',
      keepTheirs: 'Keep theirs',
      keptTheirs: 'Kept the other editor’s version.',
      badValue: 'Enter a number.',
      pctUnit: '% of GDP',
    },
    history: {
      heading: 'History',
      intro: 'Every change, newest first. A revert is itself a change, and is published with the next publication.',
      empty: 'No changes yet.',
      when: 'When',
      who: 'Who',
      action: 'Action',
      actions: ACTIONS_EN,
      entity: (kind, id) => `${kind} ${id}`,
      entityKinds: { article: 'article', position: 'position', figure: 'figure', dataset: 'dataset' },
      before: 'Before',
      after: 'After',
      nothing: '—',
      note: 'Note',
      revert: 'Revert',
      revertConfirm: 'Confirm revert',
      revertNote: 'Note for the revert',
      reverting: 'Reverting…',
      reverted: 'Reverted. Publish to update the public map.',
      revertedBy: (id) => `Reverted by change #${id}`,
      revertOf: (id) => `Undoes change #${id}`,
      revertConflict: 'This was changed again since; the revert was not made. The list is up to date now.',
      more: 'Show older changes',
      field: 'Field',
      review: 'Review',
      reviewedBy: 'Reviewed by',
      reviewedAt: 'Reviewed at',
      publishedAt: 'Published at',
      articles: 'Articles',
      positions: 'Positions',
      figures: 'Spending figures',
    },
    draft: {
      back: 'Back to the editor',
      heading: (date) => `Article of ${date}`,
      statusLabel: 'Status',
      status: { draft: 'Draft', published: 'Published', discarded: 'Discarded' },
      addedBy: (who, when) => `Added by ${who}, ${when}`,
      legend: 'Highlighted: every extracted position and spending figure, coloured by what it says now',
      positions: 'Positions',
      figures: 'Spending figures',
      none: 'None extracted.',
      publish: 'Publish',
      discard: 'Discard',
      discardConfirm: 'Discard this article? Its positions and figures will not be published.',
      discardYes: 'Yes, discard',
      published: (version) => `Published: data version ${version}.`,
      discarded: 'The article was discarded.',
      changedMeanwhile: 'Someone changed this article in the meantime. It has been reloaded; check it and try again.',
      notFound: 'No article with this id.',
      jump: (country) => `Review ${country}`,
    },
  },
  ar: {
    title: 'التحرير',
    separator: '، ',
    otherLanguage: 'English',
    otherLanguageLabel: 'النسخة الإنجليزية',
    publicSite: 'اللوحة العامة',
    signedInAs: (user) => `مسجَّل الدخول باسم ${user}`,
    logout: 'تسجيل الخروج',
    loggingOut: 'جارٍ تسجيل الخروج…',
    sessionExpired: 'انتهت جلستك. سجّل الدخول مجددًا.',
    loading: 'جارٍ التحميل…',
    loadError: 'تعذّر التحميل.',
    retry: 'إعادة المحاولة',
    serverUnreachable: 'تعذّر الوصول إلى الخادم. تحقّق من الاتصال وأعد المحاولة.',
    forbidden: 'رُفض الطلب (فحص أمني). أعد تحميل الصفحة ثم حاول مجددًا.',
    login: {
      title: 'دخول المحررين',
      intro: 'لمن يراجعون الخريطة وينشرونها. ينشئ المسؤول الحسابات.',
      username: 'اسم المستخدم',
      password: 'كلمة المرور',
      submit: 'دخول',
      submitting: 'جارٍ الدخول…',
      wrong: 'اسم المستخدم أو كلمة المرور غير صحيحة.',
      rateLimited: (wait) => `محاولات دخول كثيرة. حاول مجددًا بعد ${wait}.`,
      rateLimitedNoWait: 'محاولات دخول كثيرة. انتظر قليلًا ثم حاول مجددًا.',
      failed: 'تعذّر الدخول.',
    },
    wait: (seconds) => {
      const fmt = (n: number) => new Intl.NumberFormat('ar-u-nu-arab').format(n);
      if (seconds >= 90) {
        const minutes = Math.ceil(seconds / 60);
        return arabicCount(minutes, fmt(minutes), { one: 'دقيقة', two: 'دقيقتين', few: 'دقائق', many: 'دقيقة' });
      }
      return arabicCount(seconds, fmt(seconds), { one: 'ثانية', two: 'ثانيتين', few: 'ثوانٍ', many: 'ثانية' });
    },
    sections: { label: 'أقسام التحرير', add: 'إضافة مقال', queue: 'قائمة المراجعة', history: 'السجل' },
    publish: {
      heading: 'النشر',
      pending: (n, count) =>
        `${arabicCount(count, n, { one: 'تغيير واحد', two: 'تغييران', few: 'تغييرات', many: 'تغييرًا' })} لم يُنشر بعد`,
      nothingPending: 'لا شيء بانتظار النشر',
      last: (who, when) => `آخر نشر: ${who}، ${when}`,
      never: 'لم يُنشر شيء من صفحة التحرير بعد',
      version: 'إصدار البيانات',
      button: 'انشر الآن',
      publishing: 'جارٍ النشر…',
      done: (version, positions, figures) =>
        `نُشر إصدار البيانات ${version}: ${positions} موقفًا و${figures} رقمًا للإنفاق الدفاعي.`,
      failed: 'تعذّر النشر.',
    },
    add: {
      heading: 'إضافة مقال',
      intro: 'الصق النص العربي أو ارفع ملفًا نصيًا (txt). يُستخرج منه فورًا ويُفتح مسودةً تراجعها ثم تنشرها أو تستبعدها.',
      text: 'نص المقال',
      textHint: 'نص عادي كما نُشر.',
      file: 'أو ارفع ملفًا نصيًا (txt)',
      fileHint: 'يحلّ نصه محلّ ما في المربع أعلاه.',
      fileNotText: 'هذا الملف ليس ملفًا نصيًا (txt).',
      fileRead: (name) => `قُرئ النص من ${name}.`,
      published: 'تاريخ النشر',
      publishedHint: 'بالصيغة YYYY-MM-DD؛ للشهر أو السنة أولُ يوم فيهما.',
      precision: 'دقة التاريخ',
      precisions: { day: 'يوم', month: 'شهر', year: 'سنة' },
      source: 'المصدر',
      sourceHint: 'بالإنجليزية: من نشره وكيف.',
      sourceAr: 'المصدر بالعربية',
      dateBasis: 'أساس التاريخ',
      dateBasisHint: 'كيف حُدّد التاريخ إن لم يذكره المقال.',
      optional: 'اختياري',
      submit: 'أضف واستخرج',
      submitting: 'جارٍ الإضافة…',
      problemsTitle: 'لم يُضف المقال:',
      added: 'أُضيف المقال. جارٍ فتح المسودة…',
    },
    queue: {
      heading: 'قائمة المراجعة',
      intro: 'ما استُخرج ولم يراجعه أحد بعد، الأقل ثقةً والمتعارض أولًا.',
      kindLabel: 'اعرض',
      positions: 'المواقف',
      figures: 'أرقام الإنفاق',
      empty: 'لم يبقَ شيء للمراجعة.',
      count: (n, count) =>
        `${arabicCount(count, n, { one: 'عنصر واحد', two: 'عنصران', few: 'عناصر', many: 'عنصرًا' })} للمراجعة`,
    },
    item: {
      position: 'موقف',
      figure: 'رقم إنفاق',
      confidence: (pct) => `الثقة ${pct}`,
      conflict: 'تقارير متعارضة',
      conflictHint: 'ينقل المقال عن هذه الدولة تصريحات متعارضة.',
      article: (date) => `مقال ${date}`,
      openDraft: 'افتح المقال',
      sentence: 'الجملة في سياقها',
      proposed: 'المقترح',
      current: 'الحالي',
      stance: 'الموقف',
      reason: 'السبب أو الشرط',
      reasonCode: 'السبب',
      reasonText: 'السبب بكلمات المقال',
      noReason: 'بلا سبب',
      date: 'التاريخ',
      kind: 'النوع',
      value: 'القيمة',
      unit: 'الوحدة',
      year: 'السنة',
      noYear: 'لا شيء',
      review: { unreviewed: 'لم يُراجَع', accepted: 'مقبول', changed: 'معدَّل', rejected: 'مرفوض' },
      reviewedBy: (who, when) => `بواسطة ${who}، ${when}`,
      note: 'ملاحظة',
      noteHint: 'اختيارية: السبب، للسجل.',
      accept: 'قبول',
      change: 'تعديل…',
      reject: 'رفض',
      saveChange: 'احفظ التعديل',
      cancel: 'إلغاء',
      working: 'جارٍ الحفظ…',
      done: {
        accept: (c) => `${c}: قُبل.`,
        change: (c) => `${c}: عُدّل.`,
        reject: (c) => `${c}: رُفض.`,
      },
      conflictTitle: 'سبقك محرر آخر إلى تعديله',
      conflictBody: (who, when) => `راجعه ${who} ${when}. نسخته أدناه؛ لم يُحفظ شيء مما فعلت.`,
      conflictUnknown: 'تغيّر منذ فتحته. النسخة الحالية أدناه؛ لم يُحفظ شيء مما فعلت.',
      theirs: 'نسخته',
      tryAgain: 'طبّق قراري على نسخته',
      keepTheirs: 'أبقِ نسخته',
      keptTheirs: 'أُبقيت نسخة المحرر الآخر.',
      badValue: 'أدخل رقمًا.',
      pctUnit: '٪ من الناتج المحلي',
    },
    history: {
      heading: 'السجل',
      intro: 'كل تغيير، الأحدث أولًا. التراجع تغيير بدوره، ويُنشر مع النشر التالي.',
      empty: 'لا تغييرات بعد.',
      when: 'متى',
      who: 'من',
      action: 'الإجراء',
      actions: ACTIONS_AR,
      entity: (kind, id) => `${kind} ${id}`,
      entityKinds: { article: 'مقال', position: 'موقف', figure: 'رقم', dataset: 'البيانات' },
      before: 'قبل',
      after: 'بعد',
      nothing: '—',
      note: 'ملاحظة',
      revert: 'تراجع',
      revertConfirm: 'أكّد التراجع',
      revertNote: 'ملاحظة للتراجع',
      reverting: 'جارٍ التراجع…',
      reverted: 'تمّ التراجع. انشر لتحديث الخريطة العامة.',
      revertedBy: (id) => `تراجع عنه التغيير رقم ${id}`,
      revertOf: (id) => `يتراجع عن التغيير رقم ${id}`,
      revertConflict: 'تغيّر هذا مجددًا منذئذ فلم يتمّ التراجع. القائمة محدَّثة الآن.',
      more: 'اعرض تغييرات أقدم',
      field: 'الحقل',
      review: 'المراجعة',
      reviewedBy: 'راجعه',
      reviewedAt: 'وقت المراجعة',
      publishedAt: 'وقت النشر',
      articles: 'المقالات',
      positions: 'المواقف',
      figures: 'أرقام الإنفاق',
    },
    draft: {
      back: 'العودة إلى التحرير',
      heading: (date) => `مقال ${date}`,
      statusLabel: 'الحالة',
      status: { draft: 'مسودة', published: 'منشور', discarded: 'مستبعد' },
      addedBy: (who, when) => `أضافه ${who}، ${when}`,
      legend: 'المظلَّل: كل موقف ورقم إنفاق مستخرج، ملوَّنًا بما يقوله الآن',
      positions: 'المواقف',
      figures: 'أرقام الإنفاق',
      none: 'لم يُستخرج شيء.',
      publish: 'انشر',
      discard: 'استبعد',
      discardConfirm: 'أتستبعد هذا المقال؟ لن تُنشر مواقفه ولا أرقامه.',
      discardYes: 'نعم، استبعد',
      published: (version) => `نُشر إصدار البيانات ${version}.`,
      discarded: 'استُبعد المقال.',
      changedMeanwhile: 'غيّر أحدهم هذا المقال في الأثناء. أُعيد تحميله؛ راجعه ثم حاول مجددًا.',
      notFound: 'لا مقال بهذا المعرّف.',
      jump: (country) => `راجع ${country}`,
    },
  },
};

export function editorStrings(lang: Lang): EditorStrings {
  return EDITOR_STRINGS[lang];
}
