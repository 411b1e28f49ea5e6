/** Minutes without user input after which the page signs out (the security settings' default). */
export const DEFAULT_IDLE_MINUTES = 30;

export interface IdleWatchOptions {
  timeoutMs: number;
  /** Called once when the user has done nothing for `timeoutMs`; the watch then stops. */
  onIdle: () => void;
  now?: () => number;
}

/**
 * Counts the time since the user's last input (in this tab or, through `touch`, another one).
 * Timers in a background tab or on a sleeping laptop fire late; the check uses the clock, so a
 * late timer still signs out as soon as it runs.
 */
export class IdleWatch {
  private lastInput = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly options: IdleWatchOptions) {
    this.timeoutMs = options.timeoutMs;
    this.now = options.now ?? (() => Date.now());
  }

  get running(): boolean {
    return this.timer !== null;
  }

  start(): void {
    this.lastInput = this.now();
    this.arm(this.timeoutMs);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The user did something, here or (with the time it happened) in another tab. */
  touch(at: number = this.now()): void {
    if (at > this.lastInput) this.lastInput = at;
  }

  setTimeoutMs(timeoutMs: number): void {
    this.timeoutMs = timeoutMs;
    if (this.running) this.check();
  }

  /** Checks now (e.g. when a hidden tab becomes visible again). */
  check = (): void => {
    if (this.timer === null) return;
    const left = this.lastInput + this.timeoutMs - this.now();
    if (left > 0) {
      this.arm(left);
      return;
    }
    this.stop();
    this.options.onIdle();
  };

  private arm(delayMs: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(this.check, delayMs);
  }
}
