import { describe, expect, it } from 'vitest';
import type { Position } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import { STANCES } from '@/lib/schema/stance';
import { compareAsOf, countMovements, movementOf, TROOP_RANK, whoMoved } from './compare';
import type { AsOf } from './steps';
import { joinTime, nextStart, parseTime, previousStart, splitTime, startBefore } from './time-range';

const asOf = (stance: Stance, since = '2025-03-01'): AsOf => ({
  stance,
  since,
  position: { article: 'a1', date: since, stance, evidence: { text: 'x', start: 0, end: 1 } } as Position,
});

describe('movement between two dates', () => {
  it('ranks every stance once, a refusal lowest and a commitment highest', () => {
    expect(Object.keys(TROOP_RANK).sort()).toEqual([...STANCES].sort());
    expect(new Set(Object.values(TROOP_RANK)).size).toBe(STANCES.length);
    expect(TROOP_RANK.declined).toBeLessThan(TROOP_RANK.support_no_troops);
    expect(TROOP_RANK.conditional).toBeLessThan(TROOP_RANK.troops_offered);
  });

  it('reads towards, away, new, dropped and unchanged, with the size of the move', () => {
    expect(movementOf('declined', 'troops_offered')).toEqual({ movement: 'towards', size: 4 });
    expect(movementOf('troops_offered', 'conditional')).toEqual({ movement: 'away', size: 1 });
    expect(movementOf(undefined, 'declined')).toEqual({ movement: 'new', size: 0 });
    expect(movementOf('participating', undefined)).toEqual({ movement: 'dropped', size: 0 });
    expect(movementOf('conditional', 'conditional')).toEqual({ movement: 'unchanged', size: 0 });
    expect(() => movementOf(undefined, undefined)).toThrow(/at least one date/);
  });

  it('compares every country with a position on either date and lists who moved, biggest move first', () => {
    const before = new Map([
      ['POL', asOf('declined')],
      ['FRA', asOf('troops_offered')],
      ['DEU', asOf('conditional')],
      ['ITA', asOf('support_no_troops')],
    ]);
    const after = new Map([
      ['POL', asOf('declined')],
      ['FRA', asOf('troops_committed', '2025-08-01')],
      ['DEU', asOf('declined', '2025-05-01')],
      ['ITA', asOf('support_no_troops')],
      ['JPN', asOf('participating', '2025-06-01')],
    ]);
    const moves = compareAsOf(before, after);
    expect([...moves.keys()]).toEqual(['DEU', 'FRA', 'ITA', 'JPN', 'POL']);
    expect(moves.get('FRA')?.from?.stance).toBe('troops_offered');
    expect(moves.get('FRA')?.to?.since).toBe('2025-08-01');
    expect(moves.get('JPN')?.from).toBeUndefined();
    expect(countMovements(moves.values())).toEqual({ towards: 1, away: 1, new: 1, dropped: 0, unchanged: 2 });
    const names: Record<string, string> = { DEU: 'Germany', FRA: 'France', ITA: 'Italy', JPN: 'Japan', POL: 'Poland' };
    const list = whoMoved(moves.values(), (c) => names[c]!, new Intl.Collator('en'));
    expect(list.map((m) => `${m.iso3} ${m.movement} ${m.size}`)).toEqual(['DEU away 3', 'FRA towards 1', 'JPN new 0']);
  });
});

describe('the time of a view: one date or a range', () => {
  it('splits and joins the URL value', () => {
    expect(splitTime(null)).toEqual({ from: null, to: null });
    expect(splitTime('2025-04-15')).toEqual({ from: null, to: '2025-04-15' });
    expect(splitTime('2025-03-01..2025-09-04')).toEqual({ from: '2025-03-01', to: '2025-09-04' });
    expect(splitTime('2025-03-01..')).toEqual({ from: '2025-03-01', to: null });
    expect(joinTime({ from: '2025-03-01', to: '2025-09-04' })).toBe('2025-03-01..2025-09-04');
    expect(joinTime({ from: '2025-03-01', to: null })).toBe('2025-03-01..');
    expect(joinTime({ from: '2025-09-04', to: '2025-03-01' })).toBe('2025-03-01');
    expect(joinTime({ from: null, to: '2025-03-01' })).toBe('2025-03-01');
  });

  it('parses ranges, salvaging a reversed or one-day range and naming the problem', () => {
    expect(parseTime('2025-03-01..2025-09-04')).toEqual({ value: '2025-03-01..2025-09-04', problem: null });
    expect(parseTime('2025-09-04..2025-03-01')).toEqual({
      value: '2025-03-01..2025-09-04',
      problem: 'is a range that ends before it starts',
    });
    expect(parseTime('2025-03-01..2025-03-01').value).toBe('2025-03-01');
    expect(parseTime('2025-02-30..2025-03-01')).toEqual({
      value: null,
      problem: 'is not a range of two YYYY-MM-DD dates joined by ..',
    });
    expect(parseTime('..2025-03-01').value).toBeNull();
    expect(parseTime('2025-03-01').value).toBe('2025-03-01');
  });
});

describe('the start of a compared range', () => {
  const dates = ['2025-03-01', '2025-04-10', '2025-06-01'];
  it('stays while it is before the end, and steps back to the last change date before an end that passed it', () => {
    expect(startBefore('2025-03-01', '2025-06-01', dates, '2025-02-12')).toBe('2025-03-01');
    expect(startBefore('2025-04-10', null, dates, '2025-02-12')).toBe('2025-04-10');
    expect(startBefore('2025-04-10', '2025-04-10', dates, '2025-02-12')).toBe('2025-03-01');
    expect(startBefore('2025-04-10', '2025-02-20', dates, '2025-02-12')).toBe('2025-02-12');
    expect(startBefore('2025-04-10', '2025-02-12', dates, '2025-02-12')).toBeNull();
  });

  it('steps between change dates, back to the first day at most and forward only while before the end', () => {
    expect(previousStart('2025-04-10', dates, '2025-02-12')).toBe('2025-03-01');
    expect(previousStart('2025-03-01', dates, '2025-02-12')).toBe('2025-02-12');
    expect(nextStart('2025-03-01', '2025-09-04', dates)).toBe('2025-04-10');
    expect(nextStart('2025-04-10', '2025-06-01', dates)).toBe('2025-04-10');
  });
});
