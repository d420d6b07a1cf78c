import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS } from '../../core/enums';

/** Every `action: '…'` literal the server writes (audit events and the workflow steps that become them). */
function actionLiterals(dir: string): Set<string> {
  const found = new Set<string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const a of actionLiterals(p)) found.add(a);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      for (const m of fs.readFileSync(p, 'utf8').matchAll(/action: '([a-zA-Z]+)'/g)) found.add(m[1]);
  }
  return found;
}

describe('audit action labels', () => {
  it('the audit log and the history drawers show every action the server writes in Chinese', () => {
    const actions = actionLiterals(path.join(import.meta.dirname, '..'));
    expect(actions.size).toBeGreaterThan(40);
    expect([...actions].filter((a) => !(a in AUDIT_ACTION_LABELS)).sort()).toEqual([]);
  });
});
