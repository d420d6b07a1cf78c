import { Alert, Button, Card, Form, Input, message, Popconfirm, Select, Space } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ruleCatalogues, validateRuleArea } from '../../../../core/rules/rule-catalogues';
import { defaultRuleSet, RULE_AREA_LABELS, type RuleArea } from '../../../../core/rules/rule-set';
import { api } from '../../api/request';
import { YearSelect } from '../../components/ListFilters';
import { useYearParam } from '../../components/useFiscalYears';
import { AdvancedJson } from './components/AdvancedJson';
import { RuleSectionCard } from './components/RuleSectionCard';
import { type RuleVersion, RuleVersions } from './components/RuleVersions';
import { sameValue, unplacedIssues } from './rule-form';

/** What the background job queued with a save does, by rule area. */
const followUps: Partial<Record<RuleArea, string>> = {
  monitoring: '的监控预警正在后台按新规则重新计算',
  review: '复核中样本的自动检查正在后台按新规则重新运行',
};

/** Versioned rule sets per year and area, edited as a form of labelled fields and saved with a reason. */
export default function RuleSetsPage() {
  const [area, setArea] = useState<RuleArea>('scoring');
  const [year, setYear] = useYearParam('work');
  const [stored, setStored] = useState<unknown>(null);
  const [draft, setDraft] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const [versions, setVersions] = useState<RuleVersion[]>([]);
  const [saving, setSaving] = useState(false);
  const load = useCallback(async () => {
    setDraft(null);
    const [rules, history] = await Promise.all([
      api.get<unknown>(`/api/rule-sets/${area}`, { year }),
      api.get<RuleVersion[]>(`/api/rule-sets/${area}/versions`, { year }),
    ]);
    setStored(rules);
    setDraft(rules);
    setVersions(history);
  }, [area, year]);
  useEffect(() => void load().catch(() => undefined), [load]);

  // The same validator as the server's: errors show at the fields before anything is sent.
  const issues = useMemo(() => (draft === null ? [] : validateRuleArea(area, draft)), [area, draft]);
  const catalogue = ruleCatalogues[area];
  const defaults = defaultRuleSet[area];
  const dirty = draft !== null && !sameValue(draft, stored);
  // Issues with a field are shown at it; the rest (advanced structures, shape) are listed above the form.
  const unplaced = unplacedIssues(
    issues,
    catalogue.sections.flatMap((section) => section.fields),
  );

  const save = async () => {
    if (issues.length > 0) {
      message.error(`还有 ${issues.length} 处规则不符合要求，请按标红的提示修改后再保存`);
      return;
    }
    setSaving(true);
    try {
      const data = draft;
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
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="规则配置">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="阈值、权重、等级区间与映射均按“区划 × 年度”版本化保存；未配置时使用国家默认规则。每次保存生成新版本并记录理由。"
      />
      <Space style={{ marginBottom: 16 }} wrap>
        <Select<RuleArea>
          aria-label="规则类别"
          value={area}
          style={{ width: 200 }}
          onChange={setArea}
          options={Object.entries(RULE_AREA_LABELS).map(([value, label]) => ({ value: value as RuleArea, label }))}
        />
        <YearSelect ariaLabel="年度" value={year} suffix=" 年度" width={120} onChange={setYear} />
        <Popconfirm
          title="将本类规则全部恢复为国家默认值（保存后生效）？"
          onConfirm={() => setDraft(structuredClone(defaults))}
        >
          <Button disabled={draft === null || sameValue(draft, defaults)}>全部恢复默认</Button>
        </Popconfirm>
        <AdvancedJson data={draft} keys={catalogue.advanced} />
      </Space>
      {unplaced.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={`以下 ${unplaced.length} 处规则（表单以外的部分）不符合要求`}
          description={unplaced.map((i) => <div key={`${i.path}-${i.message}`}>{i.message}</div>)}
        />
      )}
      {draft !== null && (
        <Form layout="vertical">
          {catalogue.sections.map((section) => (
            <RuleSectionCard
              key={`${area}-${section.title}`}
              section={section}
              draft={draft}
              defaults={defaults as unknown}
              issues={issues}
              onChange={setDraft}
            />
          ))}
        </Form>
      )}
      <Form layout="inline" style={{ marginTop: 16 }}>
        <Form.Item label="修改理由" required htmlFor="rule-note">
          <Input
            id="rule-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            style={{ width: 360 }}
            maxLength={500}
          />
        </Form.Item>
        <Button
          type="primary"
          loading={saving}
          disabled={!note.trim() || !dirty}
          onClick={() => void save().catch(() => undefined)}
        >
          保存为新版本
        </Button>
        {dirty && <span style={{ marginLeft: 12, color: '#faad14' }}>有未保存的修改</span>}
      </Form>
      <RuleVersions versions={versions} />
    </Card>
  );
}
