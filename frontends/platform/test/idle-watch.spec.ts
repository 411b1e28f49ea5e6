import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleWatch } from '../src/session/idle-watch';

const MINUTE = 60_000;

describe('idle timeout', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('signs out after 30 minutes without input, once', () => {
    const onIdle = vi.fn();
    const watch = new IdleWatch({ timeoutMs: 30 * MINUTE, onIdle });
    watch.start();
    vi.advanceTimersByTime(30 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(watch.running).toBe(false);
  });

  it('counts from the last input, here or in another tab', () => {
    const onIdle = vi.fn();
    const watch = new IdleWatch({ timeoutMs: 30 * MINUTE, onIdle });
    watch.start();
    vi.advanceTimersByTime(20 * MINUTE);
    watch.touch();
    vi.advanceTimersByTime(20 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    watch.touch(Date.now() - 5 * MINUTE); // an older report from another tab changes nothing
    watch.touch(Date.now());
    vi.advanceTimersByTime(29 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('signs out at once when a late timer finds the time passed (a laptop waking up)', () => {
    const onIdle = vi.fn();
    const watch = new IdleWatch({ timeoutMs: 30 * MINUTE, onIdle });
    watch.start();
    vi.setSystemTime(Date.now() + 45 * MINUTE);
    watch.check();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('takes a shorter idle time from the server right away', () => {
    const onIdle = vi.fn();
    const watch = new IdleWatch({ timeoutMs: 30 * MINUTE, onIdle });
    watch.start();
    vi.advanceTimersByTime(12 * MINUTE);
    watch.setTimeoutMs(10 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing while stopped (signed out)', () => {
    const onIdle = vi.fn();
    const watch = new IdleWatch({ timeoutMs: MINUTE, onIdle });
    watch.start();
    watch.stop();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
