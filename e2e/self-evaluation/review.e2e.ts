import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

interface Row {
  id: number;
  name: string;
  operator: string;
  targetNumber: number | null;
  weight: number;
}

/** Arranges a fresh 2025 self-evaluation of a unit (the demo unit 104002 by default), the first whose rows fit. */
async function arrangeForm(username = 'unit', fits: (rows: Row[]) => boolean = () => true) {
  const unit = await apiAs(username);
  const projects = await unit.get<{ items: { id: number }[] }>('/api/projects?year=2025&pageSize=100');
  for (const p of projects.items) {
    try {
      const res = await unit.post<{ ids: number[] }>('/api/self-evaluations/generate', { year: 2025, projectId: p.id });
      const id = res.ids[0];
      if (id && fits((await unit.get<{ indicators: Row[] }>(`/api/self-evaluations/${id}`)).indicators)) return id;
    } catch {
      // already generated or no approved target: try the next project
    }
  }
  throw new Error('no 2025 project of the unit can be self-evaluated');
}

describe('self-evaluation review loop', () => {
  let formId = 0;
  let sampleId = 0;

  it('[SELF-EVALUATION][SUBMIT]: the unit fills actuals with a live score and submits', async () => {
    formId = await arrangeForm();
    const unit = await apiAs('unit');
    const detail = await unit.get<{ indicators: Row[] }>(`/api/self-evaluations/${formId}`);
    const { page, context } = await signIn('unit');
    await page.goto(`${BASE_URL}/evaluation/self-evaluations/${formId}`);
    await page.getByText('项目支出绩效自评表（2025年度）').waitFor();
    for (const r of detail.indicators) {
      if (r.operator === '定性') {
        await page.getByLabel(`实际完成值-${r.name}`).click();
        await page.getByTitle('达成', { exact: true }).last().click();
        await page.getByLabel(`得分-${r.name}`).fill(String(r.weight));
      } else {
        await page.getByLabel(`实际完成值-${r.name}`).fill(String((r.targetNumber ?? 0) * 0.8));
      }
    }
    await page.getByLabel('评价结论').fill('按计划完成各项任务，效果良好。');
    await page
      .getByRole('button', { name: '提 交' })
      .or(page.getByRole('button', { name: '提交' }))
      .first()
      .click();
    await page.getByText('待主管部门审核').first().waitFor();
    await context.close();
  }, 120_000);

  it('[REVIEW][RETURN]: the finance reviewer accepts findings, adds one and returns for rectification', async () => {
    await (await apiAs('department')).post(`/api/self-evaluations/${formId}/departmentApprove`, {});
    const finance = await apiAs('finance');
    await finance.post(`/api/self-evaluations/${formId}/approve`, {});
    const batch = await finance.post<{ id: number }>('/api/reviews/batches', {
      year: 2025,
      workYear: 2025,
      name: 'E2E复核批次',
    });
    await finance.post(`/api/reviews/batches/${batch.id}/sample`, {
      seed: 1,
      randomCount: 100_000,
      amountAbove: null,
      excellentExecutionBelow: null,
      lastYearProblemUnits: false,
    });
    const detail = await finance.get<{ samples: { id: number; selfEvaluationId: number }[] }>(
      `/api/reviews/batches/${batch.id}`,
    );
    sampleId = detail.samples.find((x) => x.selfEvaluationId === formId)?.id ?? 0;
    expect(sampleId).toBeGreaterThan(0);

    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/evaluation/reviews/samples/${sampleId}`);
    await page.getByText('复核发现与改进建议').waitFor();
    await page.getByText('未上传任何佐证材料', { exact: false }).first().waitFor();
    // 修改后采纳: an emptied text is refused in the dialog; the edited wording is what is accepted.
    await page.getByRole('button', { name: '修改后采纳' }).first().click();
    const dialog = page.getByRole('dialog');
    const text = dialog.getByLabel('改进建议', { exact: true });
    await text.fill('');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('请填写修改后的改进建议').waitFor();
    await text.fill('请按评分规则重新核定该指标得分，并补充验收资料。');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The list shows the edited wording (first(): the list may re-render while it reloads).
    await page.getByText('请按评分规则重新核定该指标得分，并补充验收资料。').first().waitFor();
    const accept = page.getByRole('button', { name: '采纳', exact: true });
    for (let left = await accept.count(); left > 0; left--) {
      await accept.first().click();
      await expect.poll(() => accept.count()).toBeLessThan(left);
    }
    await page.getByLabel('新增改进建议').fill('请补充各项指标完成情况的台账和验收资料。');
    await page.getByRole('button', { name: '新增意见' }).click();
    await page.getByText('请补充各项指标完成情况的台账和验收资料。').waitFor();
    await page.getByRole('button', { name: '退回整改' }).click();
    await page.getByLabel('复核结论意见').fill('自评等级与佐证不符，退回整改。');
    await page.getByLabel('整改期限').fill('2026-06-30');
    await page.keyboard.press('Enter');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText('已退回整改').first().waitFor();
    await context.close();
  }, 180_000);

  it('[SELF-EVALUATION][RESUBMIT]: the unit sees the return, fixes the analysis and resubmits', async () => {
    const { page, context } = await signIn('unit');
    await page.goto(`${BASE_URL}/evaluation/self-evaluations/${formId}`);
    await page.getByText('自评复核退回整改').waitFor();
    await page
      .getByLabel('评价结论')
      .fill('全年各项产出指标完成约八成，主要受施工周期和采购延期影响，已在次年计划中提前安排招标并补充完成台账。');
    await page
      .getByRole('button', { name: /提\s*交/ })
      .first()
      .click();
    await page.getByText('自评复核退回整改').waitFor({ state: 'detached' });
    await page.getByText('已重新提交，待财政复核').waitFor();
    await context.close();
    const sample = await (await apiAs('finance')).get<{ status: string; round: number }>(
      `/api/reviews/samples/${sampleId}`,
    );
    expect(sample).toMatchObject({ status: 'resubmitted', round: 2 });
  }, 120_000);

  it('[SELF-EVALUATION][BAND]: a 定性 score above its band stays as typed, is explained at the row and refuses the submit', async () => {
    // The demo unit's targets have no 定性 indicator; 101001's have.
    const id = await arrangeForm('u101001', (rows) => rows.some((r) => r.operator === '定性'));
    const unit = await apiAs('u101001');
    const detail = await unit.get<{ indicators: Row[] }>(`/api/self-evaluations/${id}`);
    const q = detail.indicators.find((r) => r.operator === '定性');
    if (!q) throw new Error('the arranged form has no 定性 indicator');
    const { page, context } = await signIn('u101001');
    await page.goto(`${BASE_URL}/evaluation/self-evaluations/${id}`);
    await page.getByText('项目支出绩效自评表（2025年度）').waitFor();
    // A score above its level's band stays as typed, the row says why, and the submit is refused.
    await page.getByLabel(`实际完成值-${q.name}`).click();
    await page.getByTitle('部分达成', { exact: true }).last().click();
    const score = page.getByLabel(`得分-${q.name}`);
    await score.fill(String(q.weight));
    await score.blur();
    await page
      .locator('.ant-form-item-explain-error')
      .getByText(/^部分达成的得分应在 [\d.]+–[\d.]+ 分之间$/)
      .waitFor();
    expect(Number(await score.inputValue())).toBe(q.weight);
    await page
      .getByRole('button', { name: /提\s*交/ })
      .first()
      .click();
    await page.locator('.ant-message').getByText(`指标“${q.name}”部分达成的得分应在`, { exact: false }).waitFor();
    expect((await unit.get<{ status: string }>(`/api/self-evaluations/${id}`)).status).toBe('draft');
    await context.close();
  }, 120_000);
});
