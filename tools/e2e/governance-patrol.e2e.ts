// 定点巡查台账 in the browser: cadre_1 on a phone checks in at a point of today's list by its code (typed, as when
// the camera cannot read it) and at another by position (a granted fake geolocation at the point), records a finding
// there and turns it into a case in one step. Setup through the API, as the village office would: secretary_1 makes
// a plan of this run for cadre_1's grid with two all-day points and reads their codes (only managers see them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { accessTokenOf, gatewayQuery } from './src/audit-api.js';
import { account } from './src/demo-facts.js';
import { WAIT, signedIn, unexpectedErrors } from './src/gov-ui.js';
import { sharedSystem } from './src/shared-system.js';

const PHONE = { width: 375, height: 667 } as const;
const run = Date.now() % 100000;
const cadre = account('cadre_1');
const POSITION = { latitude: 28.2101, longitude: 112.9402 };
let browser: Browser;
let w: WatchedPage;
let gateCode = '';

type Point = { savePatrolPoint: { id: string; qrCode: string | null } };

beforeAll(async () => {
  browser = await launchChromium();
  const token = await accessTokenOf('secretary_1');
  const plan = await gatewayQuery<{ createPatrolPlan: { id: string } }>(
    'mutation E2ePlan($i: CreatePatrolPlanInput!) { createPatrolPlan(input: $i) { id } }',
    { i: { name: `浏览器测试巡查${run}`, category: 'FLOOD', frequency: 'DAILY', gridId: cadre.gridIds[0] } },
    token,
  );
  const planId = plan.data?.createPatrolPlan.id;
  if (!planId) throw new Error(`createPatrolPlan refused: ${JSON.stringify(plan.errors)}`);
  const point = async (name: string, extra: Record<string, unknown>) => {
    const res = await gatewayQuery<Point>(
      'mutation E2ePoint($i: PatrolPointInput!) { savePatrolPoint(input: $i) { id qrCode } }',
      { i: { planId, name, windowStart: '00:00', windowEnd: '23:59', ...extra } },
      token,
    );
    if (!res.data) throw new Error(`savePatrolPoint refused: ${JSON.stringify(res.errors)}`);
    return res.data.savePatrolPoint;
  };
  gateCode = (await point(`闸门${run}`, {})).qrCode!;
  await point(`河堤${run}`, { lat: POSITION.latitude, lng: POSITION.longitude, radiusM: 100 });
  expect(gateCode).toMatch(/^xiangzhi:patrol:/);
  w = await signedIn(browser, 'cadre_1', PHONE, true);
  await w.page.context().grantPermissions(['geolocation'], { origin: sharedSystem().baseUrl });
  await w.page.context().setGeolocation({ ...POSITION, accuracy: 10 });
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

const windowOf = (name: string) => w.page.getByTestId('patrol-window').filter({ hasText: name });

describe('the patrol log on a phone', () => {
  it('checks in at a point by the code printed under its QR code', async () => {
    await w.page.goto('/governance/patrol');
    await w.page.getByTestId('patrol-today').waitFor();
    const gate = windowOf(`闸门${run}`);
    await expect.poll(() => gate.getByTestId('patrol-window-state').textContent(), WAIT).toBe('待巡查');
    await gate.getByTestId('patrol-open-check-in').click();
    await gate.getByTestId('patrol-method-qr').click();
    await gate.getByTestId('patrol-code').fill(gateCode.replace('xiangzhi:patrol:', ''));
    await gate.getByTestId('patrol-submit').click();
    await gate.getByTestId('patrol-checked-in').waitFor();
    await gate.getByTestId('patrol-check-in-close').click();
    await expect.poll(() => windowOf(`闸门${run}`).getAttribute('data-state'), WAIT).toBe('ON_TIME');
  });

  it('checks in by position at another point, records a finding and makes it a case in one step', async () => {
    const dyke = windowOf(`河堤${run}`);
    await dyke.getByTestId('patrol-open-check-in').click();
    await dyke.getByTestId('patrol-method-position').click();
    await dyke.getByTestId('patrol-locate').click();
    await dyke.getByTestId('patrol-located').waitFor();
    await dyke.getByTestId('patrol-note').fill(`河堤背水坡有渗水，约两米长（${run}）`);
    await dyke.getByTestId('patrol-finding').click();
    await dyke.getByTestId('patrol-submit').click();
    await dyke.getByTestId('patrol-checked-in').waitFor();
    await dyke.getByTestId('patrol-case-title').fill(`河堤渗水隐患${run}`);
    await dyke.getByTestId('patrol-case-submit').click();
    await dyke.getByTestId('patrol-case-raised').waitFor();
    expect(await dyke.getByTestId('patrol-case-raised').textContent()).toMatch(/已登记民情事项 MQ\d{8}-\d{4}/);
    await dyke.getByTestId('patrol-case-link').click();
    await expect.poll(() => w.page.getByTestId('governance-module').getAttribute('data-page'), WAIT).toBe('case');
    await expect.poll(() => w.page.getByText(`河堤渗水隐患${run}`).count(), WAIT).toBeGreaterThan(0);
    expect(unexpectedErrors(w)).toEqual([]);
  });
});
