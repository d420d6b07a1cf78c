import { debtTemplate } from './template-debt.ts';
import { departmentOverallTemplate } from './template-department.ts';
import { policyTemplate } from './template-policy.ts';
import { procurementTemplate } from './template-procurement.ts';
import { projectTemplate } from './template-project.ts';
import { purchasedServiceTemplate } from './template-purchased-service.ts';
import type { EvaluationTemplate } from './template-types.ts';
import type { EvaluationKind, FrameworkCode, GradeBand } from './types.ts';

/** Effect of an engagement's quality score on the agency's credit record. */
export type CreditEffect = 'goodRecord' | 'none' | 'warning' | 'suspend';

export const creditEffectLabels: Record<CreditEffect, string> = {
  goodRecord: '记入良好信用记录',
  none: '不影响信用',
  warning: '约谈提醒并记入信用记录',
  suspend: '暂停承接评价业务',
};

/** Score band → share of the fee to pay (percent) and credit effect. */
export interface PaymentBand {
  min: number;
  minInclusive: boolean;
  paymentPercent: number;
  credit: CreditEffect;
}

/** One line of the agency quality sheet (第三方机构执业质量评分表). */
export interface QualityItem {
  code: string;
  name: string;
  weight: number;
}

export interface KeyEvaluationRules {
  /** Default first-level skeleton weights (决策/过程/产出/效益). */
  frameworkWeights: Record<FrameworkCode, number>;
  /** 产出 + 效益 must be at least this percent of the total weight. */
  minOutputBenefitPercent: number;
  /** Best grade first; a total matching no band gets the last band's grade. */
  gradeBands: GradeBand[];
  templates: Record<EvaluationKind, EvaluationTemplate>;
  agency: {
    qualitySheet: QualityItem[];
    /** Best band first; a score matching no band gets the last band. */
    paymentBands: PaymentBand[];
  };
}

export const defaultKeyEvaluationRules: KeyEvaluationRules = {
  frameworkWeights: { decision: 15, process: 25, output: 30, benefit: 30 },
  minOutputBenefitPercent: 60,
  gradeBands: [
    { grade: '优', min: 90, minInclusive: true },
    { grade: '良', min: 80, minInclusive: true },
    { grade: '中', min: 60, minInclusive: true },
    { grade: '差', min: 0, minInclusive: true },
  ],
  templates: {
    project: projectTemplate,
    departmentOverall: departmentOverallTemplate,
    policy: policyTemplate,
    procurement: procurementTemplate,
    purchasedService: purchasedServiceTemplate,
    debt: debtTemplate,
  },
  agency: {
    qualitySheet: [
      { code: 'teamCompetence', name: '团队专业胜任能力', weight: 15 },
      { code: 'teamStability', name: '团队人员稳定性', weight: 15 },
      { code: 'communication', name: '沟通协调情况', weight: 20 },
      { code: 'reportFacts', name: '报告事实依据', weight: 25 },
      { code: 'conclusions', name: '结论与建议质量', weight: 25 },
    ],
    paymentBands: [
      { min: 90, minInclusive: true, paymentPercent: 100, credit: 'goodRecord' },
      { min: 80, minInclusive: true, paymentPercent: 95, credit: 'none' },
      { min: 60, minInclusive: true, paymentPercent: 85, credit: 'warning' },
      { min: 0, minInclusive: true, paymentPercent: 70, credit: 'suspend' },
    ],
  },
};
