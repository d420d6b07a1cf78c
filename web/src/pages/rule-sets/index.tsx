import { Alert, Button, Card, Form, Input, message, Select, Space, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { RULE_AREA_LABELS, type RuleArea } from '../../../../core/rules/rule-set';
import { api } from '../../api/request';
import { dateTime } from '../../components/format';

interface Version {
  id: number;
  versionNo: number;
  note: string | null;
  createdAt: string;
}

const YEARS = [2024, 2025, 2026];

/** What the background job queued with a save does, by rule area. */
const followUps: Partial<Record<RuleArea, string>> = {
  monitoring: '的监控预警正在后台按新规则重新计算',
  review: '复核中样本的自动检查正在后台按新规则重新运行',
};

/** Versioned rule sets per year and area: thresholds, weights and bands are data, edited here with a reason. */
export default function RuleSetsPage() {
  const [area, setArea] = useState<RuleArea>('scoring');
  const [year, setYear] = useState(2025);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [versions, setVersions] = useState<Version[]>([]);
  const load = useCallback(async () => {
    const [rules, history] = await Promise.all([
      api.get<unknown>(`/api/rule-sets/${area}`, { year }),
      api.get<Version[]>(`/api/rule-sets/${area}/versions`, { year }),
    ]);
    setText(JSON.stringify(rules, null, 2));
    setVersions(history);
  }, [area, year]);
  useEffect(() => void load().catch(() => undefined), [load]);

  const save = async () => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      message.error('规则内容不是有效的 JSON');
      return;
    }
    const saved = await api.put<{ recomputeJobId: number | null }>(`/api/rule-sets/${area}`, { year, data, note });
    message.success('已保存为新版本');
    // Monitoring and review rules: a background job queued with the save applies them to what is stored.
    if (saved.recomputeJobId !== null)
      message.info(
        `${year} 年度${followUps[area] ?? '的数据正在后台按新规则重新计算'}，可在“系统管理 › 后台任务”查看进度`,
        6,
      );
    setNote('');
    await load();
  };

  return (
    <Card title="规则配置">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="阈值、权重、等级区间与映射均按“区划 × 年度”版本化保存；未配置时使用国家默认规则。每次保存生成新版本并记录理由。"
      />
      <Space style={{ marginBottom: 16 }}>
        <Select<RuleArea>
          value={area}
          style={{ width: 200 }}
          onChange={setArea}
          options={Object.entries(RULE_AREA_LABELS).map(([value, label]) => ({ value: value as RuleArea, label }))}
        />
        <Select
          value={year}
          style={{ width: 120 }}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: `${y} 年度` }))}
        />
      </Space>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 12, maxRows: 28 }}
        style={{ fontFamily: 'monospace' }}
      />
      <Form layout="inline" style={{ marginTop: 16 }}>
        <Form.Item label="修改理由" required>
          <Input value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 360 }} />
        </Form.Item>
        <Button type="primary" disabled={!note.trim()} onClick={() => void save().catch(() => undefined)}>
          保存为新版本
        </Button>
      </Form>
      <Table<Version>
        style={{ marginTop: 24 }}
        rowKey="id"
        size="small"
        dataSource={versions}
        pagination={false}
        locale={{ emptyText: '尚无本地版本，当前使用国家默认规则' }}
        columns={[
          { title: '版本', dataIndex: 'versionNo', width: 80 },
          { title: '理由', dataIndex: 'note' },
          { title: '时间', dataIndex: 'createdAt', width: 180, render: dateTime },
        ]}
      />
    </Card>
  );
}
