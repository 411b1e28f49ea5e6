import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskPersonalData } from './logger.js';

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  return {
    lines,
    stream: new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    }),
  };
}

describe('logs never carry personal data or secrets', () => {
  it('masks ID numbers and phones anywhere in a string', () => {
    expect(maskPersonalData('身份证 11010519491231002X 电话 13812345678')).toBe(
      '身份证 1101**********002X 电话 138****5678',
    );
  });
  it('censors tokens and passwords by key and masks values inside messages and objects', () => {
    const { lines, stream } = capture();
    const log = createLogger('test', 'info', stream);
    log.info(
      {
        password: 'hunter2',
        refreshToken: 'abc',
        user: { phone: '13912345678', note: '住 430999 号，电话13912345678' },
      },
      '查询 11010519491231002X',
    );
    log.error({ err: new Error('bad id 11010519491231002X') }, 'failed');
    const out = lines.join('\n');
    expect(out).not.toContain('hunter2');
    expect(out).not.toContain('"abc"');
    expect(out).not.toContain('13912345678');
    expect(out).not.toContain('11010519491231002X');
    expect(out).toContain('1101**********002X');
    expect(out).toContain('139****5678');
  });
});
