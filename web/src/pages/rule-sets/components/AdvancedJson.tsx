import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { advancedPart } from '../rule-form';

/** What each advanced structure is, for the read-only JSON view. */
const ADVANCED_LABELS: Record<string, string> = {
  taxonomies: '指标体系（一级 → 二级指标对应关系）',
  templates: '评分表 / 评价指标体系模板',
};

/** Read-only JSON of the structures the form does not edit (indicator taxonomies, scoring templates). */
export function AdvancedJson({ data, keys }: { data: unknown; keys: string[] }) {
  const [open, setOpen] = useState(false);
  if (keys.length === 0) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>查看 JSON</Button>
      <Modal title="查看 JSON（只读）" open={open} width={880} footer={null} onCancel={() => setOpen(false)}>
        <Typography.Paragraph type="secondary">
          以下结构不在表单中编辑：{keys.map((k) => ADVANCED_LABELS[k] ?? k).join('、')}。保存时按原样保留并校验。
        </Typography.Paragraph>
        <pre style={{ maxHeight: 520, overflow: 'auto', background: '#fafafa', padding: 12, fontSize: 12 }}>
          {JSON.stringify(advancedPart(data, keys), null, 2)}
        </pre>
      </Modal>
    </>
  );
}
