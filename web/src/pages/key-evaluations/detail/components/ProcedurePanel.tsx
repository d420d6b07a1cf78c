import { Steps, Table } from 'antd';
import { KEY_EVALUATION_STEP_LABELS, type KeyEvaluationStep } from '../../../../../../core/contracts/key-evaluations';
import type { Step } from '../../types';

/** The procedure as steps with planned/completed dates and deliverables. */
export function ProcedurePanel({ steps }: { steps: Step[] }) {
  const current = steps.findIndex((s) => !s.doneOn);
  return (
    <>
      <Steps
        size="small"
        current={current === -1 ? steps.length : current}
        items={steps.map((s) => ({
          title: KEY_EVALUATION_STEP_LABELS[s.step as KeyEvaluationStep],
          description: s.doneOn ?? s.plannedOn ?? '',
        }))}
        style={{ marginBottom: 16 }}
      />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={steps}
        columns={[
          { title: '环节', dataIndex: 'step', render: (s: KeyEvaluationStep) => KEY_EVALUATION_STEP_LABELS[s] },
          { title: '计划时间', dataIndex: 'plannedOn', width: 120, render: (v: string | null) => v ?? '—' },
          { title: '完成时间', dataIndex: 'doneOn', width: 120, render: (v: string | null) => v ?? '未完成' },
          { title: '工作成果', dataIndex: 'deliverable', render: (v: string) => v || '—' },
          { title: '经办人', dataIndex: 'actorName', width: 100, render: (v: string | null) => v ?? '—' },
        ]}
      />
    </>
  );
}
