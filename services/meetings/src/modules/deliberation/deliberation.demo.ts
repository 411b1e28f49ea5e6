import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 } from 'uuid';
import { Deliberation, DeliberationRecord } from './deliberation.entity.js';
import { DeliberationOutcome, DeliberationStatus, DeliberationStep } from './deliberation.enums.js';
import { DEFAULT_RULES, describeRule } from './deliberation.rules.js';

interface DemoMeetingRow {
  id: string;
  kind: string;
  villageCode: string;
  date: string;
  title: string;
}

const VILLAGES = 3;
const DEMO_USER = 'demo';
const TALLIES: Partial<Record<DeliberationStep, [number, number, number, number, number]>> = {
  PARTY_PROPOSAL: [5, 5, 5, 0, 0],
  JOINT_DELIBERATION: [9, 8, 7, 0, 1],
  PARTY_REVIEW: [35, 27, 24, 0, 3],
};

/**
 * A little 四议两公开 for `npm start`: in the first villages whose demo party assembly reviewed a major
 * matter, that matter with its first three steps passed (the two committee meetings before the assembly,
 * then the assembly), waiting for the representatives' resolution. Deterministic in content.
 */
export async function loadDeliberationDemo(
  em: EntityManager,
  meetings: readonly DemoMeetingRow[],
  now = new Date(),
): Promise<number> {
  const past = meetings.filter((m) => new Date(m.date) <= now).sort((a, b) => a.date.localeCompare(b.date));
  const assemblies = past.filter((m) => m.kind === 'PARTY_ASSEMBLY');
  const villages = [...new Set(assemblies.map((m) => m.villageCode))].sort().slice(0, VILLAGES);
  const deliberations: Deliberation[] = [];
  const records: DeliberationRecord[] = [];
  for (const village of villages) {
    const assembly = assemblies.filter((m) => m.villageCode === village).at(-1)!;
    const committees = past.filter(
      (m) => m.villageCode === village && m.kind === 'COMMITTEE' && m.date < assembly.date,
    );
    if (committees.length < 2) continue;
    const title = /审议：([^）]+)/.exec(assembly.title)?.[1]?.split('，')[0]?.slice(0, 100) ?? assembly.title;
    const d = em.create(Deliberation, {
      id: v7(),
      villageCode: village,
      title,
      openedBy: DEMO_USER,
      status: DeliberationStatus.IN_PROGRESS,
      currentStep: DeliberationStep.REPRESENTATIVES_RESOLUTION,
      createdAt: new Date(committees.at(-2)!.date),
    });
    deliberations.push(d);
    const steps: [DeliberationStep, DemoMeetingRow][] = [
      [DeliberationStep.PARTY_PROPOSAL, committees.at(-2)!],
      [DeliberationStep.JOINT_DELIBERATION, committees.at(-1)!],
      [DeliberationStep.PARTY_REVIEW, assembly],
    ];
    for (const [step, meeting] of steps) {
      const [expectedCount, presentCount, votesFor, votesAgainst, votesAbstain] = TALLIES[step]!;
      records.push(
        em.create(DeliberationRecord, {
          deliberation: d,
          step,
          outcome: DeliberationOutcome.PASSED,
          occurredAt: new Date(meeting.date),
          meetingId: meeting.id,
          expectedCount,
          presentCount,
          votesFor,
          votesAgainst,
          votesAbstain,
          rule: describeRule(DEFAULT_RULES[step]),
          recordedBy: DEMO_USER,
          createdAt: new Date(meeting.date),
        }),
      );
    }
  }
  await em.flush();
  return deliberations.length;
}
