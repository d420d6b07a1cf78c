import { describe, expect, it } from 'vitest';
import { anonymousPage, BASE_URL, PASSWORD, setupBrowser, signIn } from '../helpers';

setupBrowser();

describe('foundation', () => {
  it('[FOUNDATION][LOGIN]: admin logs in through the form and sees the dashboard with live counts', async () => {
    const { page, context } = await anonymousPage();
    await page.goto(`${BASE_URL}/login`);
    await page.getByPlaceholder('用户名').fill('admin');
    await page.getByPlaceholder('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登 录' }).click();
    await page.getByText('系统管理员，您好').waitFor();
    await expect.poll(async () => page.getByTestId('stat-units').textContent()).toContain('72');
    await context.close();
  });

  it('[FOUNDATION][USERS]: admin opens the user list and creates a user who gets a temporary password', async () => {
    const { page, context } = await signIn('admin');
    await page.goto(`${BASE_URL}/system/users`);
    await page.getByRole('cell', { name: 'finance', exact: true }).waitFor();
    const dialog = page.getByRole('dialog');
    // Editing a user first must not leave that user's values in the new-user form.
    await page
      .getByRole('row', { name: /^finance/ })
      .getByText('编辑')
      .click();
    await expect.poll(() => dialog.getByLabel('姓名').inputValue()).not.toBe('');
    await dialog.getByRole('button', { name: /取\s*消|Cancel/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '新增用户' }).click();
    expect([await dialog.getByLabel('用户名').inputValue(), await dialog.getByLabel('姓名').inputValue()]).toEqual([
      '',
      '',
    ]);
    await dialog.getByLabel('用户名').fill(`e2eclerk${Date.now() % 100000}`);
    await dialog.getByLabel('姓名').fill('端到端测试员');
    await dialog.getByLabel('角色').click();
    await page.locator('.ant-select-item-option[title="预算单位"]').click();
    await dialog.locator('.ant-select-content[title="预算单位"]').waitFor();
    await dialog.getByLabel('所属机构').fill('江岸区教育局机关');
    // pick the option once the org list has loaded (Enter alone races the request on a slow machine)
    await page.locator('.ant-select-item-option[title^="江岸区教育局机关"]').click();
    await dialog.locator('.ant-select-content[title^="江岸区教育局机关"]').waitFor();
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    const temp = await page
      .getByTestId('temp-password')
      .textContent({ timeout: 60_000 })
      .catch(async (err: Error) => {
        // say what the page showed instead (form errors, server message) and keep a screenshot for diagnosis
        await page.screenshot({ path: '.tmp/e2e-users-failure.png' });
        const shown = await page.locator('.ant-form-item-explain-error, .ant-message-notice').allTextContents();
        throw new Error(`${err.message}\npage showed: ${shown.join(' | ')}`);
      });
    expect(temp?.length ?? 0).toBeGreaterThanOrEqual(8);
    await context.close();
  });

  it('[FOUNDATION][HOME]: finance sees its first open tasks and the work calendar on the home page', async () => {
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/`);
    const todo = page.getByTestId('home-todo');
    await todo.getByText(/^查看全部 \d+ 项$/).waitFor();
    // The first task is the inbox's first (nearest deadline): its link opens the document.
    const first = todo.locator('.ant-list-item a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/\w/);
    const calendar = page.getByTestId('home-calendar');
    await calendar.getByText('2025年度工作日历').waitFor();
    await calendar.getByText('评价结果应用及2026年预算安排').waitFor();
    await first.click();
    await page.waitForURL(`${BASE_URL}${href}`);
    await context.close();
  });

  it('[FOUNDATION][MENU]: a unit user sees only the unit menu, not system administration', async () => {
    const { page, context } = await signIn('unit');
    await page.goto(`${BASE_URL}/`);
    await page.getByText('张敏，您好').waitFor();
    const menu = await page.locator('.ant-menu-root').textContent();
    expect(menu).toContain('我的待办');
    expect(menu).not.toContain('用户管理');
    expect(menu).not.toContain('审计日志');
    await page.goto(`${BASE_URL}/system/users`);
    await page.getByText('页面不存在或无权访问').waitFor();
    await context.close();
  });
  it('[FOUNDATION][FISCAL-YEAR]: admin opens a fiscal year on the org page; the year pickers offer it at once', async () => {
    const { page, context } = await signIn('admin');
    // The calendar's picker loads the session's list first; then, without a reload, the org page.
    await page.goto(`${BASE_URL}/framework/calendar`);
    await page.locator('.ant-card-extra .ant-select').click();
    await page.locator('.ant-select-item-option[title="2026年"]').waitFor();
    expect(await page.locator('.ant-select-item-option[title="2023年"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: '机构管理' }).click();
    await page.getByRole('tab', { name: '财政年度' }).click();
    await page.getByRole('cell', { name: '2026', exact: true }).waitFor();
    // A past year: opening it leaves every page's default year (work, evaluated, budget) as it was for other specs.
    await page.getByLabel('新增财政年度').fill('2023');
    await page.getByRole('button', { name: '新增财政年度' }).click();
    await page.getByRole('cell', { name: '2023', exact: true }).waitFor();
    // Back in the app (no reload): the session's cached list was dropped, the calendar's picker asks again.
    await page.getByRole('menuitem', { name: '工作日历' }).click();
    await page.waitForURL(/\/framework\/calendar$/);
    await page.locator('.ant-card-extra .ant-select').click();
    await page.locator('.ant-select-item-option[title="2023年"]').waitFor();
    await page.locator('.ant-select-item-option[title="2023年"]').click();
    await page.waitForURL(/\/framework\/calendar\?year=2023$/);
    await context.close();
  });

  it('[FOUNDATION][DETAIL-404]: a missing record shows “未找到” and a way back to the list, not an endless spinner', async () => {
    const { page, context } = await signIn('finance');
    await page.goto(`${BASE_URL}/ex-ante/assessments/999999`);
    await page.getByText('未找到该记录，或您无权查看').waitFor();
    expect(await page.locator('.ant-layout-content .ant-spin').count()).toBe(0);
    await page.getByRole('button', { name: '返回列表' }).click();
    await page.waitForURL(/\/ex-ante\/assessments$/);
    await context.close();
  });
});
