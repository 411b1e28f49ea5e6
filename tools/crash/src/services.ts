import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { generateSigningKeys } from '@xiangzhi/auth';
import { startChild, waitReady, type ManagedChild } from '@xiangzhi/dev';
import { freePort } from '@xiangzhi/testing';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface Keys {
  privateKeyPem: string;
  publicKeyPem: string;
  hmacSecret: string;
  piiMasterKey: string;
}

export async function makeKeys(): Promise<Keys> {
  const signing = await generateSigningKeys();
  return {
    ...signing,
    hmacSecret: randomBytes(24).toString('base64url'),
    piiMasterKey: randomBytes(32).toString('base64'),
  };
}

export type ServiceName = 'governance' | 'meetings' | 'points';
const COLORS: Record<ServiceName, number> = { governance: 2, meetings: 5, points: 4 };

/**
 * One subgraph as a real process (node + tsx, in its own process group, as npm start runs it),
 * on a fixed port so it can be killed with SIGKILL and started again at the same address.
 */
export class ServiceProcess {
  private child: ManagedChild | null = null;
  starts = 0;

  private constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Its port is taken now; `env` may be completed with configure() before the first start. */
  static async create(name: ServiceName, env: Record<string, string> = {}): Promise<ServiceProcess> {
    const port = await freePort();
    return new ServiceProcess(name, port, {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...env,
    });
  }

  /** Adds to its environment (the services' addresses are known once all have a port). */
  configure(env: Record<string, string>): this {
    Object.assign(this.env, env);
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts it and waits for /readyz (migrations done, demo data loaded). Returns the ms it took. */
  async start(timeoutMs = 180_000): Promise<number> {
    const t0 = performance.now();
    this.starts++;
    this.child = startChild(
      {
        name: `${this.name}#${this.starts}`,
        command: process.execPath,
        args: ['--import', 'tsx', `services/${this.name}/src/main.ts`],
        cwd: ROOT,
        env: this.env,
      },
      COLORS[this.name],
    );
    await waitReady(this.child, `${this.url}/readyz`, timeoutMs);
    return Math.round(performance.now() - t0);
  }

  /** kill -9 of the whole process group: no shutdown hook runs, transactions in flight are cut. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.killNow();
    const { signal } = await child.exited;
    if (signal !== 'SIGKILL') throw new Error(`${this.name} exited with ${signal ?? 'a code'}, not SIGKILL`);
    this.child = null;
  }

  async stop(): Promise<void> {
    await this.child?.stop(10_000);
    this.child = null;
  }
}
