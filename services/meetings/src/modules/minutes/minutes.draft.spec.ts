import { describe, expect, it } from 'vitest';
import { composeDraft, sectionsOf, type MinutesRecord } from './minutes.draft.js';

const record: MinutesRecord = {
  title: '三月党群说事会',
  kindLabel: '党群说事会',
  date: new Date('2026-03-10T01:00:00Z'),
  place: '村委会议室',
  attendance: [
    { name: '王书记', role: 'CHAIR', observerLabel: null, present: true },
    { name: '李委员', role: 'MEMBER', observerLabel: null, present: true },
    { name: '赵委员', role: 'MEMBER', observerLabel: null, present: false },
    { name: '陈乡长', role: 'OBSERVER', observerLabel: '包村领导', present: true },
  ],
  items: [{ title: '修复村口道路', raisedBy: '张三', track: '村级自办', decision: '村委会负责，月底前完成' }],
  votes: [
    {
      matter: '修建文化广场',
      step: '村民代表会议决议',
      present: 30,
      expected: 35,
      votesFor: 28,
      votesAgainst: 1,
      votesAbstain: 1,
      outcome: '通过',
    },
  ],
  notes: null,
};

describe('composeDraft', () => {
  it('writes the meeting, its attendance, items with decisions and votes as numbered sections', () => {
    const body = composeDraft(record);
    expect(body).toContain('会议名称：三月党群说事会');
    expect(body).toContain('时间：2026年3月10日 09:00');
    expect(body).toContain('主持人：王书记');
    expect(body).toContain('出席：李委员（共 2 人）');
    expect(body).toContain('列席：陈乡长（包村领导）');
    expect(body).toContain('缺席：赵委员');
    expect(body).toContain('1. 修复村口道路（提出人：张三），分类：村级自办');
    expect(body).toContain('议定：村委会负责，月底前完成');
    expect(body).toContain('应到 35 人，实到 30 人；赞成 28 票，反对 1 票，弃权 1 票，通过');
    expect(sectionsOf(body).map((s) => s.heading)).toEqual([
      '一、会议基本情况',
      '二、出席情况',
      '三、议题与议定事项',
      '四、表决情况',
      '五、其他事项',
    ]);
  });

  it('says so when nothing was raised or voted, and keeps the old free text', () => {
    const body = composeDraft({ ...record, items: [], votes: [], notes: '张三反映道路问题\n李四反映水渠' });
    expect(body).toContain('本次会议未提出议题。');
    expect(body).toContain('本次会议无表决事项。');
    expect(sectionsOf(body).at(-1)).toEqual({
      heading: '五、其他事项',
      paragraphs: ['张三反映道路问题', '李四反映水渠'],
    });
  });
});

describe('sectionsOf', () => {
  it('keeps text before the first heading as an untitled section and drops blank lines', () => {
    expect(sectionsOf('前言\n\n一、开场\n内容\n\n二、结束')).toEqual([
      { heading: null, paragraphs: ['前言'] },
      { heading: '一、开场', paragraphs: ['内容'] },
      { heading: '二、结束', paragraphs: [] },
    ]);
  });
});
