import {
  firstBand,
  type PaymentBand,
  payableFee,
  type QualityItem,
  scoreAgencyQuality,
} from '../../../../../core/rules/key-evaluation/index';

/** Live preview of the quality total, payment share, payable fee and credit effect (same rules as the server). */
export function previewTerms(
  sheet: QualityItem[],
  scores: Record<string, number | null>,
  bands: PaymentBand[],
  fee: number,
) {
  const filled: Record<string, number> = {};
  for (const [k, v] of Object.entries(scores)) if (typeof v === 'number') filled[k] = v;
  const total = scoreAgencyQuality(sheet, filled);
  if (!total.ok) return null;
  const band = firstBand(total.value, bands);
  const paymentPercent = band?.paymentPercent ?? 100;
  const credit = band?.credit ?? 'none';
  const payable = payableFee(fee, paymentPercent);
  return {
    total: total.value,
    paymentPercent,
    credit,
    suspended: credit === 'suspend',
    payable: payable.ok ? payable.value : 0,
  };
}
