import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Role, TokenSigner } from '@xiangzhi/auth';
import { testDatabase, type TestDatabase } from '@xiangzhi/testing';
import { seedService } from '@xiangzhi/dev/seed-demo';
import { SignedClient } from './graphql.js';
import { ServiceProcess, makeKeys, type Keys, type ServiceName } from './services.js';

export const log = (m: string): void => console.log(`[crash] ${m}`);

export const num = async (pool: pg.Pool, sql: string, params: unknown[] = []): Promise<number> =>
  Number((await pool.query<{ n: string }>(sql, params)).rows[0]!.n);

/** Events of this producer's outbox not yet taken by one of its subscribers. */
export const undelivered = (producer: pg.Pool): Promise<number> =>
  num(producer, 'select count(*) as n from event_delivery where delivered_at is null');

/** Polls `check` until it holds; the ms it took. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 120_000): Promise<number> {
  const t0 = performance.now();
  while (!(await check())) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
  return Math.round(performance.now() - t0);
}

/** The village of the demo county with the most cadres, its cadres and some of its households. */
export interface CrashVillage {
  code: string;
  cadreIds: string[];
  householdIds: string[];
}

/**
 * The three subgraphs as real processes, wired as npm start wires them (governance delivers to points and
 * meetings, meetings to points and governance, both ask governance about cadres), each on its own fresh
 * database of the test cluster, the demo county loaded into governance's. One village secretary's token
 * for all requests.
 */
export class CrashSystem {
  private constructor(
    readonly keys: Keys,
    private readonly dbs: TestDatabase[],
    readonly pools: Record<ServiceName, pg.Pool>,
    readonly services: Record<ServiceName, ServiceProcess>,
    readonly village: CrashVillage,
    private readonly token: string,
  ) {}

  static async start(label: string): Promise<CrashSystem> {
    const keys = await makeKeys();
    const dbs = await Promise.all([
      testDatabase(`${label}_governance`),
      testDatabase(`${label}_meetings`),
      testDatabase(`${label}_points`),
    ]);
    const [govDb, meetDb, ptsDb] = dbs as [TestDatabase, TestDatabase, TestDatabase];
    const pool = (db: TestDatabase): pg.Pool => new pg.Pool({ connectionString: db.url, max: 3 });
    const pools = { governance: pool(govDb), meetings: pool(meetDb), points: pool(ptsDb) };
    // the demo county, loaded as npm start's seed step does (the services' boot loads none)
    await seedService('governance', { DATABASE_URL: govDb.url, PII_MASTER_KEY: keys.piiMasterKey });
    const common = { JWT_PUBLIC_KEY: keys.publicKeyPem, GATEWAY_HMAC_SECRET: keys.hmacSecret };
    const services = {
      governance: await ServiceProcess.create('governance', {
        ...common,
        DATABASE_URL: govDb.url,
        JWT_PRIVATE_KEY: keys.privateKeyPem,
        PII_MASTER_KEY: keys.piiMasterKey,
      }),
      meetings: await ServiceProcess.create('meetings', { ...common, DATABASE_URL: meetDb.url }),
      points: await ServiceProcess.create('points', { ...common, DATABASE_URL: ptsDb.url }),
    };
    const events = (name: ServiceName): string => `${name}=${services[name].url}/events`;
    // retries of a subscriber that is down stay short, so the test does not wait on backoff
    const relay = { EVENT_RELAY_MAX_DELAY_MS: '1000' };
    services.governance.configure({ ...relay, EVENT_SUBSCRIBERS: `${events('points')},${events('meetings')}` });
    services.meetings.configure({ ...relay, EVENT_SUBSCRIBERS: `${events('points')},${events('governance')}` });
    const governanceUrl = { GOVERNANCE_URL: `${services.governance.url}/graphql` };
    services.meetings.configure(governanceUrl);
    services.points.configure(governanceUrl);
    const ms = await Promise.all(Object.values(services).map((s) => s.start()));
    log(`governance, meetings, points ready in ${ms.join(', ')} ms`);

    const village = await demoVillage(pools.governance);
    const signer = await TokenSigner.fromPem(keys.privateKeyPem);
    const { token } = await signer.sign(
      {
        accountId: randomUUID(),
        username: 'crash_secretary',
        roles: [Role.VILLAGE_SECRETARY],
        divisionCode: village.code,
        gridIds: [],
        cadreId: null,
      },
      3_600,
    );
    return new CrashSystem(keys, dbs, pools, services, village, token);
  }

  /** The village secretary's requests to one service. */
  client(name: ServiceName): SignedClient {
    const service = this.services[name];
    return new SignedClient(() => service.url, this.keys.hmacSecret, this.token);
  }

  async stop(): Promise<void> {
    await Promise.all(Object.values(this.services).map((s) => s.stop()));
    await Promise.all(Object.values(this.pools).map((p) => p.end()));
    await Promise.all(this.dbs.map((d) => d.drop().catch(() => undefined)));
  }
}

async function demoVillage(gov: pg.Pool): Promise<CrashVillage> {
  const { rows } = await gov.query<{ code: string }>(
    `select division_code as code from cadre where length(division_code) = 12 group by 1 order by count(*) desc, 1 limit 1`,
  );
  const code = rows[0]!.code;
  const cadres = await gov.query<{ id: string }>('select id from cadre where division_code = $1 order by id', [code]);
  const households = await gov.query<{ id: string }>(
    'select id from household where village_code = $1 order by id limit 200',
    [code],
  );
  return { code, cadreIds: cadres.rows.map((r) => r.id), householdIds: households.rows.map((r) => r.id) };
}
