import { describe, expect, it } from 'vitest';
import { evaluationName } from './types.ts';

describe('evaluationName', () => {
  it.each([
    ['区属学校校园物业及安保服务政府购买服务', 'purchasedService', '区属学校校园物业及安保服务政府购买服务绩效评价'],
    ['家庭医生签约服务', 'purchasedService', '家庭医生签约服务政府购买服务绩效评价'],
    ['区教育局', 'departmentOverall', '区教育局部门整体绩效评价'],
    ['2024年度区级集中采购目录货物及服务采购', 'procurement', '2024年度区级集中采购目录货物及服务采购政府采购绩效评价'],
    ['老旧小区改造专项债券项目政府债务 ', 'debt', '老旧小区改造专项债券项目政府债务绩效评价'],
  ] as const)('%s (%s) → %s', (objectName, kind, name) => {
    expect(evaluationName(objectName, kind)).toBe(name);
  });
});
