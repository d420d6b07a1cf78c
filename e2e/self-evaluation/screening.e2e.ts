import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatBusinessInstant } from '../../core/business-time';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

interface Summary {
  forms: number;
  flagged: number;
  withP0: number;
  unitsWithP0: number;
  screenedAt: string | null;
}
interface Screening {
  items: { selfEvaluationId: number; unitId: number; unitName: string; p0: number }[];
  total: number;
  summary: Summary;
}

const statistic = (page: Page, id: string) =>
  page.getByTestId(id).locator('.ant-statistic-content-value').textContent();
/** A count as the Statistic cards show it (thousands grouped). */
const shown = (n: number) => n.toLocaleString('en-US');
const rows = (scope: Page | Locator) => scope.locator('.ant-table-tbody tr.ant-table-row');
/** The texts of a table's column, found by its header (selection checkboxes shift the positions). */
async function column(scope: Page | Locator, title: string) {
  const index = (await scope.locator('.ant-table-thead th').allTextContents()).indexOf(title);
  if (index < 0) throw new Error(`no column ${title}`);
  return rows(scope)
    .locator(`td:nth-child(${index + 1})`)
    .allTextContents();
}
const okButton = (page: Page) => page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ });

describe('自评全覆盖筛查', () => {
  it('[REVIEW][SCREENING][LIST]: finance opens the screening from the menu, sees the API figures, narrows to P0 forms and exports them', async () => {
    const finance = await apiAs('finance');
    const all = await finance.get<Screening>('/api/reviews/screening?year=2024');
    const p0 = await finance.get<Screening>('/api/reviews/screening?year=2024&severity=P0');
    // The demo screens 2024 at seed time; P0 forms must be a strict part of the year for the filter to show anything.
    expect(all.summary.withP0).toBeGreaterThan(0);
    expect(all.summary.withP0).toBeLessThan(all.summary.forms);
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/`);
    await page
      .locator('.ant-menu-submenu')
      .filter({ hasText: '绩效评价' })
      .getByRole('menuitem', { name: '自评全覆盖筛查', exact: true })
      .click();
    await page.waitForURL(/\/evaluation\/reviews\/screening$/);
    await page.getByLabel('自评年度').click();
    await page.locator('.ant-select-item-option[title="2024年度"]').click();
    await expect.poll(() => statistic(page, 'screening-forms')).toBe(shown(all.summary.forms));
    expect(await statistic(page, 'screening-flagged')).toBe(shown(all.summary.flagged));
    expect(await statistic(page, 'screening-with-p0')).toBe(shown(all.summary.withP0));
    expect(await statistic(page, 'screening-units-p0')).toBe(shown(all.summary.unitsWithP0));
    expect(await page.getByTestId('screening-time').textContent()).toBe(
      `筛查时间：${formatBusinessInstant(all.summary.screenedAt ?? '', 'minute')}`,
    );

    await page.locator('.ant-select').filter({ hasText: '问题等级' }).click();
    await page.locator('.ant-select-item-option[title="P0 必须整改"]').click();
    await expect.poll(() => statistic(page, 'screening-forms')).toBe(shown(all.summary.withP0));
    await page.getByText(`共 ${p0.total} 份`).waitFor();
    // The list runs worst first: its last page is where a form without P0 would show if the filter were lost.
    const lastPage = Math.ceil(p0.total / 20);
    if (lastPage > 1) await page.locator(`.ant-pagination-item[title="${lastPage}"]`).click();
    await expect.poll(() => rows(page).count()).toBe(p0.total - (lastPage - 1) * 20);
    const p0Cells = await column(page, 'P0');
    expect(p0Cells.length).toBe(p0.total - (lastPage - 1) * 20);
    for (const cell of p0Cells) expect(Number(cell)).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('screening-export').click()]);
    expect(download.suggestedFilename()).toBe('2024年度自评全覆盖筛查结果.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('2024年度自评全覆盖筛查');
    expect(ws?.rowCount).toBe(p0.total + 1);
    expect(ws?.getRow(1).getCell(7).value).toBe('P0 必须整改');
    for (let r = 2; r <= p0.total + 1; r++) expect(Number(ws?.getRow(r).getCell(7).value)).toBeGreaterThan(0);
    await context.close();
  }, 120_000);

  it('[REVIEW][SCREENING][RUN]: finance reruns the screening of 2024 and is told what the new run found', async () => {
    const finance = await apiAs('finance');
    const before = await finance.get<Screening>('/api/reviews/screening?year=2024&pageSize=1');
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/evaluation/reviews/screening?year=2024`);
    await expect.poll(() => statistic(page, 'screening-forms')).toBe(shown(before.summary.forms));
    await page.getByRole('button', { name: '运行筛查' }).click();
    await page.getByText('对本年度全部已提交的自评表运行自动检查？').waitFor();
    await okButton(page).click();
    const toast = page.locator('.ant-message').getByText(/^已筛查 \d+ 份自评表，\d+ 份发现问题$/);
    await toast.waitFor();
    const after = await finance.get<Screening>('/api/reviews/screening?year=2024&pageSize=1');
    expect(after.summary.screenedAt).not.toBe(before.summary.screenedAt);
    expect(await toast.textContent()).toBe(
      `已筛查 ${after.summary.forms} 份自评表，${after.summary.flagged} 份发现问题`,
    );
    await expect.poll(() => statistic(page, 'screening-flagged')).toBe(shown(after.summary.flagged));
    await context.close();
  }, 120_000);

  it("[REVIEW][SCREENING][UNIT]: a unit sees only its own forms' results and cannot run the screening", async () => {
    const unit = await apiAs('unit');
    const me = await unit.get<{ orgName: string }>('/api/auth/me');
    const own = await unit.get<Screening>('/api/reviews/screening?year=2024');
    const region = await (await apiAs('finance')).get<Screening>('/api/reviews/screening?year=2024&pageSize=1');
    // The demo unit has screened 2024 forms, and the region has others: the scoping is visible.
    expect(own.total).toBeGreaterThan(0);
    expect(own.total).toBeLessThan(region.total);
    const { page, context } = await signIn('unit');
    await page.goto(`${BASE_URL}/evaluation/reviews/screening?year=2024`);
    await expect.poll(() => statistic(page, 'screening-forms')).toBe(shown(own.summary.forms));
    await expect.poll(() => rows(page).count()).toBe(Math.min(own.total, 20));
    const units = await column(page, '预算单位');
    expect(new Set(units)).toEqual(new Set([me.orgName]));
    expect(await page.getByRole('button', { name: '运行筛查' }).count()).toBe(0);
    expect(await page.locator('.ant-select').filter({ hasText: '预算单位' }).count()).toBe(0);
    await context.close();
  }, 120_000);

  it('[REVIEW][SCREENING][SAMPLE]: a new 2024 batch sampled by the screening takes exactly the forms with a P0 problem', async () => {
    const finance = await apiAs('finance');
    const p0 = await finance.get<Screening>('/api/reviews/screening?year=2024&severity=P0&pageSize=500');
    expect(p0.total).toBeGreaterThan(0);
    expect(p0.items.length).toBe(p0.total);
    const batch = await finance.post<{ id: number }>('/api/reviews/batches', {
      year: 2024,
      // A work year of its own: the demo's 2025 review figures that other suites read stay as they are.
      workYear: 2026,
      name: 'E2E全覆盖筛查抽样批次',
    });
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/evaluation/reviews/${batch.id}`);
    await page.getByLabel('随机抽取数').fill('0');
    await page.getByLabel('金额超过（万元）').fill('');
    await page.getByLabel('自评为优且执行率低于（%）').fill('');
    const lastYear = page.getByLabel('上年有问题单位');
    if ((await lastYear.getAttribute('aria-checked')) === 'true') await lastYear.click();
    expect(await lastYear.getAttribute('aria-checked')).toBe('false');
    await page.getByLabel('按全覆盖筛查结果抽取').click();
    await page.locator('.ant-select-item-option[title="含P0问题的自评表"]').click();
    await page.getByRole('button', { name: '抽取并自动检查' }).click();
    const samplesCard = page.locator('.ant-card').filter({ hasText: '抽查样本' });
    await samplesCard.getByText(`共 ${p0.total} 项`).waitFor({ timeout: 90_000 });
    await expect.poll(() => rows(samplesCard).count()).toBe(Math.min(p0.total, 20));
    const reasons = await column(samplesCard, '抽取原因');
    expect(new Set(reasons)).toEqual(new Set(['全覆盖筛查发现问题']));
    const detail = await finance.get<{ samples: { selfEvaluationId: number; reasons: string }[] }>(
      `/api/reviews/batches/${batch.id}`,
    );
    expect(detail.samples.length).toBe(p0.summary.withP0);
    expect(new Set(detail.samples.map((s) => s.reasons))).toEqual(new Set(['screening']));
    expect(new Set(detail.samples.map((s) => s.selfEvaluationId))).toEqual(
      new Set(p0.items.map((i) => i.selfEvaluationId)),
    );
    await context.close();
  }, 180_000);

  it("[REVIEW][SCREENING][PROFILE]: the unit profile's screening counts open the screening narrowed to the unit", async () => {
    const finance = await apiAs('finance');
    const p0 = await finance.get<Screening>('/api/reviews/screening?year=2024&severity=P0');
    const unitId = p0.items[0].unitId;
    const ofUnit = await finance.get<Screening>(`/api/reviews/screening?year=2024&unitId=${unitId}&severity=P0`);
    expect(ofUnit.total).toBeGreaterThan(0);
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/evaluation/reviews/units/${unitId}`);
    const card = page.locator('.ant-card').filter({ hasText: '自评全覆盖筛查' });
    await rows(card).first().waitFor();
    const index = (await card.locator('.ant-table-thead th').allTextContents()).indexOf('含P0问题');
    expect(index).toBeGreaterThan(0);
    const link = rows(card)
      .first()
      .locator(`td:nth-child(${index + 1}) a`);
    expect(await link.textContent()).toBe(String(ofUnit.total));
    await link.click();
    await page.waitForURL(/\/evaluation\/reviews\/screening\?/);
    await expect.poll(() => statistic(page, 'screening-forms')).toBe(shown(ofUnit.total));
    await page.getByText(`共 ${ofUnit.total} 份`).waitFor();
    expect(new Set(await column(page, '预算单位'))).toEqual(new Set([p0.items[0].unitName]));
    for (const cell of await column(page, 'P0')) expect(Number(cell)).toBeGreaterThan(0);
    await context.close();
  }, 120_000);

  it("[REVIEW][SCREENING][DETAIL]: a unit opens a flagged form's row and reads each finding with what to put right", async () => {
    const unit = await apiAs('unit');
    const own = await unit.get<{
      items: { selfEvaluationId: number; p0: number; p1: number; p2: number; codes: string[] }[];
    }>('/api/reviews/screening?year=2024&clean=false');
    const row = own.items[0];
    expect(row.codes.length).toBeGreaterThan(0);
    const { page, context } = await signIn('unit');
    await page.goto(`${BASE_URL}/evaluation/reviews/screening?year=2024&clean=false`);
    await rows(page).first().waitFor();
    await rows(page).first().locator('.ant-table-row-expand-icon').click();
    const list = page.getByTestId(`form-findings-${row.selfEvaluationId}`);
    await expect.poll(() => list.locator('.ant-list-item').count()).toBe(row.p0 + row.p1 + row.p2);
    const texts = await list.locator('.ant-list-item').allTextContents();
    for (const text of texts) expect(text).toContain('建议：');
    await context.close();
  }, 120_000);
});
