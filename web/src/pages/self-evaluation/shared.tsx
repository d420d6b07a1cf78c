import { Tag } from 'antd';

export const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'blue',
  departmentApproved: 'cyan',
  approved: 'green',
  returned: 'red',
};
const GRADE_COLORS: Record<string, string> = { 优: 'green', 良: 'blue', 中: 'orange', 差: 'red' };

export function GradeTag({ grade }: { grade: string | null }) {
  return grade ? <Tag color={GRADE_COLORS[grade]}>{grade}</Tag> : <span>—</span>;
}
