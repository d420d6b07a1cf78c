import { describe, expect, it } from 'vitest';
import { apiAs, BASE_URL, setupBrowser, signIn } from '../helpers';

setupBrowser();

interface Candidate {
  id: number;
  name: string;
  unitCode: string;
  requestedAmount: number;
  required: boolean;
  assessor: string | null;
}
interface Point {
  code: string;
  weight: number;
}

const WAN = 1_000_000;
const PANEL = ['expert', 'expert2', 'expert3'];

describe('ex-ante', () => {
  it('[EX-ANTE][FLOW]: unit applies, a 3-expert panel scores, finance cuts, the project enters the library, statistics show the cut', async () => {
    const financeApi = await apiAs('finance');
    const candidates = await financeApi.get<Candidate[]>('/api/ex-ante/candidates?year=2026');
    const { rows: pool } = {
      rows:
        await financeApi.get<{ id: number; name: string; username: string | null; departmentId: number | null }[]>(
          '/api/experts',
        ),
    };
    const target = candidates.find((c) => c.required && c.assessor === 'finance');
    expect(target, '需要一个待评估的2026年新增项目').toBeDefined();
    if (!target) return;
    const unitUser = `u${target.unitCode}`;
    const R = target.requestedAmount;

    // 1. The unit opens the assessment and fills the application through the form.
    const unit = await signIn(unitUser);
    await unit.page.goto(`${BASE_URL}/ex-ante/assessments`);
    await unit.page.getByRole('button', { name: '发起评估' }).click();
    const dialog = unit.page.getByRole('dialog');
    await dialog.getByLabel('评估项目').fill(target.name.slice(0, 8));
    await unit.page.keyboard.press('Enter');
    await dialog.getByText('须开展事前评估').waitFor();
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await unit.page.waitForURL(/\/ex-ante\/assessments\/\d+$/);
    const id = Number(unit.page.url().split('/').pop());
    await unit.page.getByLabel('立项必要性').fill('现有设施老化，群众诉求集中，实施必要且紧迫。');
    await unit.page.getByLabel('实施方案').fill('一季度采购，二、三季度实施，四季度验收结算。');
    await unit.page.getByLabel('预期效益').fill('惠及辖区群众约3万人次，满意度不低于90%。');
    await unit.page.getByLabel('绩效目标（草案）').fill('验收合格率100%；服务对象满意度≥90%。');
    const price1 = Math.floor((R * 0.6) / 100 / 100) * 100; // 分, whole 元
    const rest = R - price1 * 100;
    await unit.page.getByRole('button', { name: '添加成本明细' }).click();
    await unit.page.getByRole('button', { name: '添加成本明细' }).click();
    const names = unit.page.getByPlaceholder('成本项目');
    const qty = unit.page.getByPlaceholder('数量');
    const price = unit.page.getByPlaceholder('单价（元）');
    await names.nth(0).fill('主要设备购置');
    await qty.nth(0).fill('100');
    await price.nth(0).fill(String(price1 / 100));
    await names.nth(1).fill('安装调试及预备费');
    await qty.nth(1).fill('1');
    await price.nth(1).fill((rest / 100).toFixed(2));
    await unit.page.getByRole('button', { name: '保存申报材料' }).click();
    await unit.page.getByText('申报材料已保存').waitFor();
    for (const slot of ['feasibility', 'costBasis']) {
      await unit.page
        .getByTestId(`material-${slot}`)
        .locator('input[type=file]')
        .setInputFiles({ name: `${slot}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 demo') });
      await unit.page.getByTestId(`material-${slot}`).getByText(`${slot}.pdf`).waitFor();
    }
    await unit.page.getByRole('button', { name: '提交申报' }).click();
    await unit.page.getByText('待组建专家组').first().waitFor();
    await unit.context.close();

    // 2. Finance forms a panel of three experts.
    const fin = await signIn('finance');
    await fin.page.goto(`${BASE_URL}/ex-ante/assessments/${id}`);
    await fin.page.getByRole('tab', { name: '专家评审' }).click();
    const members = fin.page.getByLabel('专家组成员');
    for (const u of PANEL) {
      const e = pool.find((x) => x.username === u);
      if (!e) throw new Error(`expert ${u} missing`);
      await members.fill(e.name);
      await fin.page.keyboard.press('Enter');
    }
    await fin.page.keyboard.press('Escape');
    await fin.page.getByRole('button', { name: '确认专家组' }).click();
    await fin.page.getByText('专家组已组建').waitFor();

    // 3. Each expert scores every point in their own session.
    const detail = await financeApi.get<{ template: { dimensions: { points: Point[] }[] } }>(
      `/api/ex-ante/assessments/${id}`,
    );
    const points = detail.template.dimensions.flatMap((d) => d.points);
    for (const u of PANEL) {
      const ex = await signIn(u);
      await ex.page.goto(`${BASE_URL}/ex-ante/assessments/${id}`);
      await ex.page.getByRole('tab', { name: '我的评分' }).waitFor();
      for (const p of points) {
        await ex.page.getByLabel(`得分-${p.code}`).fill(String(Math.round(p.weight * 0.7 * 2) / 2));
        await ex.page.getByLabel(`意见-${p.code}`).fill('测算依据基本充分，部分单价偏高');
      }
      await ex.page.getByRole('button', { name: '提交评分' }).click();
      await ex.page.getByText('评分已提交').first().waitFor();
      await ex.context.close();
    }

    // 4. Finance concludes partial support with a 50万元 cut and puts the project into the library.
    await fin.page.reload();
    await fin.page.getByRole('tab', { name: '评估结论' }).click();
    await fin.page.getByText('部分支持', { exact: true }).click();
    await fin.page.getByLabel('建议安排金额（万元）').fill(((R - 50 * WAN) / WAN).toFixed(2));
    await fin.page.getByLabel('评审意见').fill('部分设备单价高于市场询价，核减50万元后部分支持。');
    await fin.page.getByRole('button', { name: '出具结论' }).click();
    await fin.page.getByText('评估结论已出具').waitFor();
    await expect.poll(() => fin.page.getByTestId('cut-amount').textContent(), { timeout: 20_000 }).toBe('50.00');
    await fin.page.getByRole('button', { name: '按建议金额入库' }).click();
    await fin.page.getByText('项目已按建议安排金额入库').waitFor();
    await expect.poll(() => fin.page.getByTestId('project-status').textContent(), { timeout: 20_000 }).toBe('已入库');
    const recommendedWan = ((R - 50 * WAN) / WAN).toLocaleString('en-US', { minimumFractionDigits: 2 });
    await expect
      .poll(() => fin.page.getByTestId('project-approved').textContent(), { timeout: 20_000 })
      .toBe(recommendedWan);

    // 5. The statistics page shows the cut (2026) and the seed's 2025 figures.
    await fin.page.goto(`${BASE_URL}/ex-ante/statistics?year=2025`);
    await expect
      .poll(() => fin.page.getByTestId('stat-count').locator('.ant-statistic-content-value').textContent(), {
        timeout: 20_000,
      })
      .toBe('7');
    await expect
      .poll(() => fin.page.getByTestId('stat-cut').locator('.ant-statistic-content-value').textContent(), {
        timeout: 20_000,
      })
      .toBe('291.00');
    await fin.page.getByLabel('年度').click();
    await fin.page.getByTitle('2026年').click();
    await expect
      .poll(() => fin.page.getByTestId('stat-count').locator('.ant-statistic-content-value').textContent(), {
        timeout: 20_000,
      })
      .toBe('1');
    await expect
      .poll(() => fin.page.getByTestId('stat-cut').locator('.ant-statistic-content-value').textContent(), {
        timeout: 20_000,
      })
      .toBe('50.00');
    await fin.context.close();
  }, 300_000);

  it('[EX-ANTE][EXPERT-ACCOUNT]: finance adds an expert with a new login account; the pool lists the account', async () => {
    const fin = await signIn('finance');
    const username = `e2eexpert${Date.now() % 100000}`;
    await fin.page.goto(`${BASE_URL}/ex-ante/experts`);
    await fin.page.getByText('未关联账号').first().waitFor(); // the seed has experts without an account
    await fin.page.getByRole('button', { name: '新增专家' }).click();
    const dialog = fin.page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('端到端专家');
    await dialog.getByLabel('工作单位').fill('省财经大学');
    await dialog.getByLabel('专业领域').click();
    await fin.page.locator('.ant-select-item-option[title="文化旅游体育"]').click();
    await dialog.getByTestId('expert-username').fill(username);
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    const temp = await fin.page.getByTestId('temp-password').textContent({ timeout: 30_000 });
    expect(temp?.length ?? 0).toBeGreaterThanOrEqual(8);
    const pool = await (await apiAs('finance')).get<{ name: string; username: string | null }[]>('/api/experts');
    expect(pool.find((e) => e.username === username)?.name).toBe('端到端专家');
    await fin.context.close();
  }, 120_000);
});
