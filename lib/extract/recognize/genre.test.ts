import { describe, expect, it } from 'vitest';
import { isOpinionColumn } from './genre';

describe('opinion columns', () => {
  it('are known by their label or their by-line', () => {
    expect(isOpinionColumn('رأي | أوروبا بين الضمانات والوعود\nبقلم: كاتب\nنص المقال')).toBe(true);
    expect(isOpinionColumn('العنوان\nبقلم: سامي حداد\nنص المقال')).toBe(true);
    expect(isOpinionColumn('مقال رأي في «لوموند»: ضمانات بلا جنود\n\nعرض: القسم الدولي\nنص المقال')).toBe(true);
  });

  it('are not news reports that quote an opinion', () => {
    expect(isOpinionColumn('بروكسل (رويترز) - قال مسؤول إن الرأي العام يرفض إرسال قوات.')).toBe(false);
    expect(isOpinionColumn('وزير الدفاع: سنرسل قوات\nوكتب الوزير في مقال رأي نشرته صحيفة محلية أن بلاده مستعدة.')).toBe(
      false,
    );
  });
});
