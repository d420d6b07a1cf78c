import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';

/** Called inside the transaction when a form returned by the finance review is submitted again. */
export type ResubmitListener = (tx: Tx, ctx: Ctx, selfEvaluationId: number) => Promise<void>;

const listeners: ResubmitListener[] = [];

/** The review module subscribes at import time, so this module needs no import of it. */
export function onReviewResubmit(listener: ResubmitListener) {
  listeners.push(listener);
}

export async function emitReviewResubmit(tx: Tx, ctx: Ctx, selfEvaluationId: number) {
  for (const listener of listeners) await listener(tx, ctx, selfEvaluationId);
}
