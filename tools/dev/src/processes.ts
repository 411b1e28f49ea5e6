import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const COLORS = [36, 35, 33, 32, 34, 91, 96];
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, text: string): string => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);

export interface ChildSpec {
  /** Shown as the log prefix and in error messages. */
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const running = new Set<ManagedChild>();
let exitHookInstalled = false;

/**
 * A child process in its own process group (detached), its output prefixed with its name. The
 * group matters: `npx tsx main.ts` is npm → tsx → node, and stopping the group by the child's
 * pid reaches the real service however deep the wrappers go.
 */
export class ManagedChild {
  readonly name: string;
  readonly exited: Promise<ExitInfo>;
  private readonly child: ChildProcess;
  private readonly tail: string[] = [];
  private exitInfo: ExitInfo | null = null;

  constructor(spec: ChildSpec, color: number) {
    this.name = spec.name;
    this.child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const prefix = paint(COLORS[color % COLORS.length]!, `[${spec.name}]`);
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => {
        this.tail.push(line);
        if (this.tail.length > 60) this.tail.shift();
        process.stdout.write(`${prefix} ${line}\n`);
      });
    }
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        running.delete(this);
        resolve(this.exitInfo);
      });
      this.child.on('error', (error) => {
        this.tail.push(`spawn failed: ${error.message}`);
        this.exitInfo = { code: -1, signal: null };
        running.delete(this);
        resolve(this.exitInfo);
      });
    });
    running.add(this);
    installExitHook();
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get hasExited(): boolean {
    return this.exitInfo !== null;
  }

  lastLines(count = 25): string[] {
    return this.tail.slice(-count);
  }

  private signalGroup(signal: NodeJS.Signals): void {
    if (!this.child.pid || this.hasExited) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // the group is already gone
    }
  }

  /** SIGTERM to the group, SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.hasExited) return;
    this.signalGroup('SIGTERM');
    const timer = setTimeout(() => this.signalGroup('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
    // wrappers (npm, tsx) may exit before the service itself: finish the rest of the group
    try {
      if (this.child.pid) process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // nothing left
    }
  }

  /** Last resort when the dev tool itself exits abruptly. */
  killNow(): void {
    this.signalGroup('SIGKILL');
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.killNow();
  });
}

export function startChild(spec: ChildSpec, color = 0): ManagedChild {
  return new ManagedChild(spec, color);
}

export class NotReadyError extends Error {
  constructor(
    readonly child: ManagedChild,
    reason: string,
  ) {
    super(`${child.name} ${reason}`);
    this.name = 'NotReadyError';
  }
}

/** Polls `url` until it answers 2xx; fails early when the child exits. */
export async function waitReady(child: ManagedChild, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.hasExited) {
      const { code, signal } = await child.exited;
      throw new NotReadyError(child, `exited (${signal ?? `code ${code}`}) before it was ready`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      last = `HTTP ${res.status} ${(await res.text()).slice(0, 200)}`;
    } catch (e) {
      last = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
    }
    await sleep(300);
  }
  throw new NotReadyError(
    child,
    `did not become ready at ${url} within ${Math.round(timeoutMs / 1000)} s (last: ${last})`,
  );
}

/** Runs a command to completion with prefixed output; resolves to its exit code. */
export async function runToEnd(spec: ChildSpec, color = 6): Promise<number> {
  const child = startChild(spec, color);
  const { code } = await child.exited;
  return code ?? 1;
}
