/** A task of 我的待办 as GET /api/inbox lists it (the fields the pages show). */
export interface TInboxTask {
  id: number;
  title: string;
  kind: string;
  deadline: string | null;
  link: string;
  createdAt: string;
  doneAt: string | null;
  note: string | null;
  overdue: boolean;
}
