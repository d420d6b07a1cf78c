import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatYuan } from '../../core/money';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

interface Indicator {
  code: string;
  weight: number;
  method: { type: string; formula?: string };
}

/** Clicks a procedure button and confirms its dialog with a deliverable. */
async function act(page: Page, action: string, stageText: string) {
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId('action-text').fill(`${action}成果`);
  await page.locator('#action-confirm').click();
  await expect.poll(() => page.getByTestId('stage').textContent(), { timeout: 20_000 }).toContain(stageText);
}

/** Fills every indicator of the scoring table according to its method. */
async function fillScores(page: Page, indicators: Indicator[]) {
  for (const i of indicators) {
    const m = i.method;
    if (m.type === 'ratio') {
      await page.getByTestId(`in-${i.code}-numerator`).fill(m.formula === 'costSavingRate' ? '95' : '92');
      await page.getByTestId(`in-${i.code}-denominator`).fill('100');
    } else if (m.type === 'bands') await page.getByTestId(`in-${i.code}-value`).fill('100');
    else if (m.type === 'deduction') await page.getByTestId(`in-${i.code}-occurrences`).fill('0');
    else if (m.type === 'survey') await page.getByTestId(`in-${i.code}-survey`).fill('90,95,88,92');
    else await page.getByTestId(`in-${i.code}-score`).fill(String(Math.floor(i.weight * 0.9 * 2) / 2));
  }
}

describe('key evaluations', () => {
  it('[KEY-EVALUATIONS][FULL-CYCLE]: finance plans and engages, the agency scores and uploads the report, finance finalises and scores the agency, the payable fee follows the score', async () => {
    const objectName = `区属学校食堂托管服务政府购买服务${Date.now()}`;
    // finance plans an evaluation
    const fin = await signIn('finance');
    await fin.page.goto(`${BASE_URL}/key-evaluations?year=2025`);
    await fin.page.getByTestId('coverage-kinds').waitFor();
    await fin.page.getByRole('button', { name: '新增评价' }).click();
    const dialog = fin.page.getByRole('dialog');
    await dialog.getByLabel('评价类型').click();
    await fin.page.getByTitle('政府购买服务').click();
    await dialog.getByLabel('事项名称').fill(objectName);
    await dialog.getByLabel('责任单位').fill('武汉市育才小学');
    await fin.page.keyboard.press('Enter');
    await dialog.getByLabel('评价资金（万元）').fill('320');
    await dialog.getByRole('button', { name: '列入计划' }).click();
    await fin.page.waitForURL(/\/key-evaluations\/\d+$/);
    const id = Number(fin.page.url().split('/').pop());
    await fin.page.getByText(objectName).first().waitFor();

    // finance first engages the wrong agency (汉衡) and ends that engagement from its page (解除委托)
    const engageAgency = async (name: RegExp, feeWan: string) => {
      await fin.page.getByRole('tab', { name: '第三方机构' }).click();
      await fin.page.getByTestId('engage-agency').click();
      const engage = fin.page.getByRole('dialog');
      await engage.getByLabel('机构').click();
      await fin.page.getByTitle(name).click();
      await engage.getByLabel('合同金额（万元）').fill(feeWan);
      await engage.getByRole('button', { name: /确\s*定|OK/ }).click();
      await fin.page.getByTestId('open-engagement').waitFor();
    };
    await engageAgency(/汉衡工程咨询有限公司/, '5');
    await fin.page.getByTestId('open-engagement').click();
    await fin.page.getByTestId('cancel-engagement').click();
    const cancelling = fin.page.getByRole('dialog');
    await cancelling.getByPlaceholder('解除原因（如更换受托机构）').fill('委托对象选择有误，改为委托江晟');
    await cancelling.getByRole('button', { name: /确\s*定|OK/ }).click();
    await fin.page.getByText('已解除委托，可重新委托其他机构').waitFor();
    await expect.poll(() => fin.page.getByTestId('cancel-engagement').count(), { timeout: 20_000 }).toBe(0);

    // then engages the agency (江晟, whose user is `agency`) and issues the notice
    await fin.page.goto(`${BASE_URL}/key-evaluations/${id}`);
    await engageAgency(/江晟会计师事务所有限公司/, '8.86');
    await fin.page.getByText('湖北江晟会计师事务所有限公司').first().waitFor();
    await act(fin.page, 'issueNotice', '已下达通知');

    // the agency sees it, moves through work plan and field work, scores every indicator
    const ag = await signIn('agency');
    await ag.page.goto(`${BASE_URL}/key-evaluations?year=2025`);
    await ag.page.getByRole('link', { name: new RegExp(objectName) }).click();
    await act(ag.page, 'confirmWorkPlan', '工作方案已定');
    await act(ag.page, 'startFieldWork', '数据采集与现场评价');
    const detail = await (await apiAs('agency')).get<{ indicators: Indicator[] }>(`/api/key-evaluations/${id}`);
    await ag.page.getByRole('tab', { name: '评分' }).click();
    await fillScores(ag.page, detail.indicators);
    await ag.page.getByTestId('save-scores').click();
    await expect
      .poll(() => ag.page.getByTestId('total-score').textContent(), { timeout: 20_000 })
      .toMatch(/^\d+\.\d{2}$/);
    await act(ag.page, 'submitPreliminary', '已形成初步结论');
    await act(ag.page, 'requestViews', '征求被评价单位意见');

    // the agency writes the conclusion and uploads its edited Word report, then submits
    await ag.page.getByRole('tab', { name: '评价报告' }).click();
    await ag.page.getByTestId('report-conclusion').fill('该项目总体完成年度绩效目标，服务质量较好。');
    await ag.page.getByTestId('save-report-text').click();
    await ag.page.getByText('报告内容已保存').waitFor();
    const file = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('edited report')]);
    await ag.page
      .getByRole('tabpanel', { name: '评价报告' })
      .locator('input[type=file]')
      .setInputFiles({ name: '评价报告（机构修改稿）.docx', mimeType: 'application/octet-stream', buffer: file });
    await ag.page.getByText('评价报告（机构修改稿）.docx').waitFor();
    await act(ag.page, 'submitReport', '报告待财政审核');

    // finance finalises and scores the agency: 86 points → 95 % of 88,600.00 元
    await fin.page.reload();
    await act(fin.page, 'finalise', '评价完成');
    await expect.poll(() => fin.page.getByTestId('grade').textContent(), { timeout: 20_000 }).toMatch(/[优良中差]/);
    await fin.page.getByRole('tab', { name: '第三方机构' }).click();
    await fin.page.getByTestId('open-engagement').click();
    const quality = { teamCompetence: 13, teamStability: 13, communication: 17, reportFacts: 22, conclusions: 21 };
    for (const [code, v] of Object.entries(quality)) await fin.page.getByTestId(`quality-${code}`).fill(String(v));
    await expect
      .poll(() => fin.page.getByTestId('quality-preview').textContent(), { timeout: 20_000 })
      .toContain('支付95%');
    await fin.page.getByTestId('submit-quality').click();
    await expect.poll(() => fin.page.getByTestId('quality-score').textContent(), { timeout: 20_000 }).toBe('86');
    const payable = formatYuan(Math.round((88_600_00 * 95) / 100));
    await expect.poll(() => fin.page.getByTestId('payable').textContent(), { timeout: 20_000 }).toBe(payable);
    await ag.context.close();
    await fin.context.close();
  }, 240_000);
});
