import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

const WAN = 1_000_000;
const picks: [string, string][] = [
  ['校舍维修改造面积', '20'],
  ['工程验收合格率', '15'],
  ['校舍维修单位成本', '15'],
  ['校舍安全隐患消除率', '30'],
  ['学生及家长满意度', '10'],
];

describe('targets', () => {
  it('[TARGETS][WORKFLOW]: unit declares from the library, finance returns one indicator, unit fixes and resubmits, finance approves', async () => {
    const unitApi = await apiAs('unit');
    const deptApi = await apiAs('department');
    const project = await unitApi.post<{ id: number }>('/api/projects', {
      year: 2026,
      name: 'E2E教学楼屋面维修项目',
      fieldCode: 'education',
      budgetType: 'general',
      projectKind: 'oneOff',
      startYear: 2026,
      endYear: 2026,
      totalAmount: 150 * WAN,
      requestedAmount: 150 * WAN,
    });

    // unit: open the project, start the declaration, pick indicators from the library
    const unit = await signIn('unit');
    await unit.page.goto(`${BASE_URL}/projects/${project.id}`);
    await unit.page.getByRole('button', { name: '填报绩效目标' }).click();
    await unit.page.waitForURL(/\/targets\/\d+$/);
    const targetUrl = unit.page.url();
    const targetId = Number(targetUrl.split('/').pop());
    await unit.page.getByLabel('年度目标').fill('完成教学楼屋面防水维修，消除渗漏隐患。');
    await unit.page.getByRole('button', { name: '从指标库选择' }).click();
    const dialog = unit.page.getByRole('dialog');
    for (const [name] of picks) {
      await dialog
        .getByRole('row', { name: new RegExp(name) })
        .first()
        .getByRole('checkbox')
        .check();
    }
    await dialog.getByRole('button', { name: /加入所选指标/ }).click();
    const weights = unit.page.getByLabel('weight');
    await expect.poll(() => weights.count(), { timeout: 10_000 }).toBe(picks.length);
    const names = await unit.page
      .getByLabel('name')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    for (const [i, name] of names.entries()) {
      await weights.nth(i).fill(picks.find(([n]) => n === name)?.[1] ?? '0');
    }
    await unit.page.getByText('审核校验通过，可以提交').waitFor();
    await unit.page.getByRole('button', { name: '提交审核' }).click();
    await expect
      .poll(() => unit.page.getByTestId('target-status').textContent(), { timeout: 20_000 })
      .toBe('待主管部门审核');
    await deptApi.post(`/api/targets/${targetId}/review`, { decision: 'approve' });

    // finance: return the cost indicator with a comment
    const finance = await signIn('finance');
    await finance.page.goto(`${BASE_URL}/targets/${targetId}`);
    await finance.page.getByRole('button', { name: /审\s*核/ }).click();
    await finance.page.getByLabel('意见-校舍维修单位成本').fill('单位成本偏高，请按 650 元/平方米测算');
    await finance.page.getByRole('button', { name: '退回修改' }).click();
    await expect
      .poll(() => finance.page.getByTestId('target-status').textContent(), { timeout: 20_000 })
      .toBe('已退回');

    // unit: sees the comment, fixes the value, resubmits
    await unit.page.reload();
    await unit.page.getByText('单位成本偏高，请按 650 元/平方米测算').waitFor();
    const fixedNames = await unit.page
      .getByLabel('name')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await unit.page.getByLabel('targetValue').nth(fixedNames.indexOf('校舍维修单位成本')).fill('650');
    await unit.page.getByRole('button', { name: '提交审核' }).click();
    await expect
      .poll(() => unit.page.getByTestId('target-status').textContent(), { timeout: 20_000 })
      .toBe('待主管部门审核');
    await deptApi.post(`/api/targets/${targetId}/review`, { decision: 'approve' });

    // finance approves
    await finance.page.reload();
    await finance.page.getByRole('button', { name: /审\s*核/ }).click();
    await finance.page.getByRole('button', { name: '审核通过' }).click();
    await expect
      .poll(() => finance.page.getByTestId('target-status').textContent(), { timeout: 20_000 })
      .toBe('已批复');
    const final = await unitApi.get<{ status: string; indicators: { name: string; targetValue: string }[] }>(
      `/api/targets/${targetId}`,
    );
    expect(final.status).toBe('approved');
    expect(final.indicators.find((i) => i.name === '校舍维修单位成本')?.targetValue).toBe('650');
    await unit.context.close();
    await finance.context.close();
  }, 240_000);
});
