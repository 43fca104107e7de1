import { describe, expect, it } from 'vitest';
import { reasonPhrase } from './reason-phrase';

describe('a reason as a phrase', () => {
  it('names the country a threat comes from, in either language', () => {
    expect(reasonPhrase({ code: 'neighbour_threat', names: ['BLR'] }, 'Threat on its own border', 'en')).toBe(
      'Threat on its border from Belarus',
    );
    expect(reasonPhrase({ code: 'neighbour_threat', names: ['TUR'] }, 'تهديد على حدودها', 'ar')).toBe(
      'تهديد على حدودها من تركيا',
    );
  });

  it('names bodies and lists several names', () => {
    expect(
      reasonPhrase({ code: 'legal_basis_required', names: ['un_security_council'] }, 'Legal basis required', 'en'),
    ).toBe('A mandate from the UN Security Council required');
    expect(reasonPhrase({ code: 'parliament_approval_required', names: ['bundestag'] }, 'x', 'en')).toBe(
      'Approval by the Bundestag required',
    );
    expect(reasonPhrase({ code: 'us_backstop_required', names: ['USA'] }, 'US backstop required', 'en')).toBe(
      'US backstop required',
    );
    expect(reasonPhrase({ code: 'other', names: ['RUS', 'nato'] }, 'Other', 'en')).toBe('Other: Russia and NATO');
  });

  it('is the category itself when nothing is named', () => {
    expect(reasonPhrase({ code: 'capacity_limits' }, 'Limited capacity', 'en')).toBe('Limited capacity');
  });
});
