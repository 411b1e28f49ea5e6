import { describe, expect, it } from 'vitest';
import { AgendaCaseStatus, AgendaItem, AgendaItemStatus } from './agenda-item.entity.js';
import { addDays, decisionLate, previousMonth, stageOf } from './agenda-item.rules.js';

const item = (over: Partial<AgendaItem>): AgendaItem => Object.assign(new AgendaItem(), over);

describe('forum dates', () => {
  it('adds calendar days across month and year ends', () => {
    expect(addDays('2026-03-10', 3)).toBe('2026-03-13');
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
  it('finds the month before a forum, also in January', () => {
    expect(previousMonth('2026-04-06')).toEqual({ from: '2026-03-01', to: '2026-04-01', month: '2026-03' });
    expect(previousMonth('2026-01-15')).toEqual({ from: '2025-12-01', to: '2026-01-01', month: '2025-12' });
  });
  it('flags a decision after the third day, and an undecided item once the third day has passed', () => {
    const due = { decisionDueOn: '2026-03-13' };
    expect(decisionLate({ ...due, decidedOn: '2026-03-13' })).toBe(false);
    expect(decisionLate({ ...due, decidedOn: '2026-03-14' })).toBe(true);
    expect(decisionLate({ ...due, decidedOn: null }, '2026-03-13')).toBe(false);
    expect(decisionLate({ ...due, decidedOn: null }, '2026-03-14')).toBe(true);
  });
});

describe('说事、问事、办事、评事', () => {
  it('derives the stage from the record, falling back when a case is reopened', () => {
    expect(stageOf(item({}))).toBe(AgendaItemStatus.RAISED);
    expect(stageOf(item({ decidedOn: '2026-03-12' }))).toBe(AgendaItemStatus.INQUIRED);
    expect(stageOf(item({ caseStatus: AgendaCaseStatus.RESOLVED }))).toBe(AgendaItemStatus.HANDLED);
    expect(stageOf(item({ decidedOn: '2026-03-12', caseStatus: AgendaCaseStatus.IN_PROGRESS }))).toBe(
      AgendaItemStatus.INQUIRED,
    );
    expect(stageOf(item({ caseStatus: AgendaCaseStatus.CLOSED, ratedDissatisfied: 1 }))).toBe(
      AgendaItemStatus.EVALUATED,
    );
  });
});
