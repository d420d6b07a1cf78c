/** A task of 我的待办 as GET /api/inbox lists it (the fields the pages show). */
export interface TInboxTask {
  id: number;
  title: string;
  /** A TaskKind (core/enums TASK_KIND_LABELS), or workCalendar:<orgId>. */
  kind: string;
  /** 'todo' (a normal step) or 'returned' (a document sent back to its author). */
  flavor: 'todo' | 'returned';
  deadline: string | null;
  link: string;
  createdAt: string;
  doneAt: string | null;
  /** What the workflow says about the task: a return comment, an overdue notice; null when nothing. */
  note: string | null;
  overdue: boolean;
}
