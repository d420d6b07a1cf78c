import { Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import {
  KEY_EVALUATION_ACTION_LABELS,
  KEY_EVALUATION_ACTIONS,
  type KeyEvaluationAction,
} from '../../../../../../core/contracts/key-evaluations';
import { api } from '../../../../api/request';

const PRIMARY: KeyEvaluationAction[] = [
  'issueNotice',
  'confirmWorkPlan',
  'startFieldWork',
  'submitPreliminary',
  'requestViews',
  'submitReport',
  'finalise',
  'archive',
];
const NEEDS_REASON: KeyEvaluationAction[] = ['return', 'cancel'];
const DELIVERABLE_HINT: Partial<Record<KeyEvaluationAction, string>> = {
  issueNotice: '评价通知文号',
  confirmWorkPlan: '工作方案名称/要点',
  submitPreliminary: '初步结论及评分表',
  submitReport: '评价报告（征求意见后）',
  finalise: '评价报告定稿',
  archive: '归档资料清单',
};

/** Procedure buttons the server allows, each with its deliverable (or reason) dialog. */
export function ActionBar({
  id,
  version,
  allowed,
  onDone,
}: {
  id: number;
  version: number;
  allowed: string[];
  onDone: () => void;
}) {
  const [action, setAction] = useState<KeyEvaluationAction | null>(null);
  const [text, setText] = useState('');
  const actions = KEY_EVALUATION_ACTIONS.filter((a) => allowed.includes(a));
  const submit = async () => {
    if (!action) return;
    const reason = NEEDS_REASON.includes(action);
    await api.post(`/api/key-evaluations/${id}/transition`, {
      action,
      version,
      ...(reason ? { reason: text } : { deliverable: text }),
    });
    setAction(null);
    setText('');
    onDone();
  };
  if (actions.length === 0) return null;
  return (
    <Space wrap>
      {actions.map((a) => (
        <Button
          key={a}
          type={PRIMARY.includes(a) ? 'primary' : 'default'}
          danger={NEEDS_REASON.includes(a)}
          onClick={() => setAction(a)}
          data-testid={`action-${a}`}
        >
          {KEY_EVALUATION_ACTION_LABELS[a]}
        </Button>
      ))}
      <Modal
        title={action ? KEY_EVALUATION_ACTION_LABELS[action] : ''}
        open={action !== null}
        onCancel={() => setAction(null)}
        onOk={submit}
        okText="确定"
        okButtonProps={{ id: 'action-confirm' }}
      >
        {action && NEEDS_REASON.includes(action) ? (
          <Input.TextArea
            rows={3}
            placeholder="请填写理由（必填）"
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={500}
            data-testid="action-text"
          />
        ) : (
          <Input
            placeholder={`本环节成果：${(action && DELIVERABLE_HINT[action]) ?? '可选'}`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={500}
            data-testid="action-text"
          />
        )}
      </Modal>
    </Space>
  );
}
