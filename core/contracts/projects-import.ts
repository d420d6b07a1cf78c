import { z } from '../zod';
import type { TProjectRow } from './projects';

/** One row of the project sheet (export and import): the list row plus the period and total amount. */
export interface TProjectSheetRow extends TProjectRow {
  startYear: number;
  endYear: number;
  totalAmount: number;
}

/** Keys of the project sheet columns, in sheet order (the server owns the headers and values). */
export const PROJECT_SHEET_KEYS = [
  'year',
  'code',
  'name',
  'departmentName',
  'unitName',
  'field',
  'budgetType',
  'projectKind',
  'isNew',
  'requested',
  'approved',
  'adjusted',
  'status',
  'keyProject',
  'startYear',
  'endYear',
  'total',
] as const;
export type ProjectSheetKey = (typeof PROJECT_SHEET_KEYS)[number];

/** Columns written by the export only (workflow results); the import ignores them and creates drafts. */
export const PROJECT_EXPORT_ONLY_KEYS: readonly ProjectSheetKey[] = ['approved', 'adjusted', 'status', 'keyProject'];

/** A raw import row: every cell as text, as read from the sheet. */
export const ZProjectImportRow = z.object(
  Object.fromEntries(PROJECT_SHEET_KEYS.map((k) => [k, z.string().default('')])) as Record<
    ProjectSheetKey,
    z.ZodDefault<z.ZodString>
  >,
);
export type TProjectImportRow = z.infer<typeof ZProjectImportRow>;

/** Reply of POST /api/projects/import. */
export interface TProjectImportResult {
  imported: number;
  /** Codes generated for rows whose 项目编码 was blank. */
  generatedCodes: number;
  note: string;
}
