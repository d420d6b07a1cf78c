import type { Ctx } from './context';
import type { Tx } from './db/client';

/** What a project is about to do that another module may need to allow first (e.g. ex-ante assessment). */
export interface ProjectGateRequest {
  projectId: number;
  /** enterLibrary: → inLibrary; budget: set or change the approved/adjusted budget to `amount`. */
  action: 'enterLibrary' | 'budget';
  amount?: number;
}

/** A gate throws AppError('GATE_BLOCKED', reason) when the action is not allowed. */
export type ProjectGate = (tx: Tx, ctx: Ctx, req: ProjectGateRequest) => Promise<void>;

const gates: ProjectGate[] = [];

/** Modules register their gates once at import time. */
export function registerProjectGate(gate: ProjectGate) {
  gates.push(gate);
}

/** The project library calls this before every status change or budget entry, in the same transaction. */
export async function checkProjectGates(tx: Tx, ctx: Ctx, req: ProjectGateRequest) {
  for (const gate of gates) await gate(tx, ctx, req);
}
