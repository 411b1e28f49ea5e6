// Driving the case ledger pages (民情台账, frontends/governance/src/pages/Case*.tsx): a case's page,
// its action buttons and their small forms, the to-do queue, the timeline as the page shows it.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { WAIT, chooseOption } from './gov-ui.js';

/** Opens a case's page and waits until it shows the case. */
export async function openCase(page: Page, caseId: string): Promise<void> {
  await page.goto(`/governance/cases/${caseId}`);
  await page.locator(`[data-testid="case-page"][data-case-id="${caseId}"] [data-testid="case-title"]`).waitFor();
}

/** The status and level the case page shows (its data attributes, from the server's answer). */
export async function caseState(page: Page): Promise<{ status: string | null; level: string | null }> {
  const section = page.getByTestId('case-page');
  return { status: await section.getAttribute('data-status'), level: await section.getAttribute('data-level') };
}

/** The action buttons shown (the server's `availableActions` for this account). */
export function actionsShown(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="case-actions"] button[data-testid^="case-action-"]')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace('case-action-', '')));
}

export interface ActionFill {
  reason?: string;
  /** The responsible cadre's name (ASSIGN). */
  cadre?: string;
  /** The label of the close type (RESOLVE), e.g. 政策不允许，已解释. */
  closeType?: string;
  result?: string;
  /** The rating's label (FEEDBACK): 满意 / 基本满意 / 不满意. */
  satisfaction?: string;
  feedback?: string;
}

/** Opens an action's form, fills it, sends it and waits for the case to reach `expected`. */
export async function act(
  page: Page,
  action: string,
  fill: ActionFill,
  expected: { status: string; level?: string },
): Promise<void> {
  await page.getByTestId(`case-action-${action}`).click();
  const form = page.locator(`[data-testid="case-action-form"][data-action="${action}"]`);
  await form.waitFor();
  if (fill.cadre) {
    await form.getByTestId('case-form-cadre').locator('input').fill(fill.cadre);
    await chooseOption(page, 'case-form-cadre', fill.cadre, form);
  }
  if (fill.closeType) await form.getByTestId('case-form-close-type').getByText(fill.closeType, { exact: true }).click();
  if (fill.result) await form.getByTestId('case-form-result').fill(fill.result);
  if (fill.satisfaction)
    await form.getByTestId('case-form-satisfaction').getByText(fill.satisfaction, { exact: true }).click();
  if (fill.feedback) await form.getByTestId('case-form-feedback').fill(fill.feedback);
  if (fill.reason) await form.getByTestId('case-form-reason').fill(fill.reason);
  await form.getByTestId('case-action-submit').click();
  await expect.poll(() => caseState(page), WAIT).toMatchObject(expected);
  await expect.poll(() => page.getByTestId('case-action-form').count(), WAIT).toBe(0);
}

export interface TimelineView {
  action: string;
  toStatus: string;
  text: string;
}

/** The timeline entries the page shows, oldest first. */
export function timelineOf(page: Page): Promise<TimelineView[]> {
  return page.getByTestId('case-timeline-entry').evaluateAll((els) =>
    els.map((e) => ({
      action: e.getAttribute('data-action') ?? '',
      toStatus: e.getAttribute('data-to-status') ?? '',
      text: (e as HTMLElement).innerText,
    })),
  );
}

/** The case ids listed by the to-do queue (我的待办) once it has loaded. */
export async function queueIds(page: Page): Promise<string[]> {
  await page.goto('/governance/todo');
  await page.getByTestId('todo-page').waitFor();
  await expect.poll(async () => (await page.getByTestId('todo-loading').count()) === 0, WAIT).toBe(true);
  await page.locator('[data-testid="case-row"], [data-testid="todo-empty"]').first().waitFor();
  return page.getByTestId('case-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id') ?? ''));
}
