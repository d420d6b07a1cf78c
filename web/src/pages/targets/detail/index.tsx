import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Input, message, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { TARGET_STATUS_LABELS, type TargetStatus } from '../../../../../core/contracts/targets';
import type { Level1, Level2, Operator } from '../../../../../core/rules/indicator';
import { checkTarget, type TargetRules } from '../../../../../core/rules/targets/index';
import { api, download } from '../../../api/request';
import { Attachments } from '../../../components/Attachments';
import { DetailState } from '../../../components/DetailState';
import { wan } from '../../../components/format';
import { HistoryButton } from '../../../components/HistoryDrawer';
import { ImportButton } from '../../../components/ImportButton';
import { useBusy } from '../../../components/useBusy';
import { useDetail } from '../../../components/useDetail';
import { IndicatorTable } from '../components/IndicatorTable';
import { type LibraryIndicator, LibraryPicker } from '../components/LibraryPicker';
import { type IndicatorRow, newKey, type TargetDetail } from '../components/types';
import './print.css';
import { askReason } from '../../../components/askReason';

const toRows = (d: TargetDetail): IndicatorRow[] =>
  d.indicators.map((i) => ({ ...i, weight: Number(i.weight), key: `id${i.id}` }));

/** 绩效目标: editor with library picker and live checks, workflow buttons, versions, print view. */
export default function TargetDetailPage() {
  const id = Number(useParams().id);
  const [rows, setRows] = useState<IndicatorRow[]>([]);
  const [goals, setGoals] = useState({ overallGoal: '', annualGoal: '' });
  const [rules, setRules] = useState<TargetRules | null>(null);
  const [picking, setPicking] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [comment, setComment] = useState('');
  const [comments, setComments] = useState<Record<number, string>>({});
  const [busy, busyWith] = useBusy<'save' | 'submit'>();
  const {
    data: d,
    failure,
    reload: load,
  } = useDetail<TargetDetail>(`/api/targets/${id}`, (t) => {
    setRows(toRows(t));
    setGoals({ overallGoal: t.overallGoal, annualGoal: t.annualGoal });
    setComments({});
  });
  const year = d?.year;
  useEffect(() => {
    if (year) void api.get<TargetRules>('/api/rule-sets/targets', { year }).then(setRules, () => undefined);
  }, [year]);
  const can = (a: string) => d?.allowedActions.includes(a) ?? false;
  const editable = can('edit');
  const findings = useMemo(() => {
    if (!rules || !d) return d?.findings ?? [];
    const indicators = rows.map((r) => ({
      ...r,
      level1: r.level1 as Level1,
      level2: r.level2 as Level2,
      operator: r.operator as Operator,
    }));
    return checkTarget({ indicators }, rules, { lastYearActuals: d.lastYearActuals });
  }, [rows, rules, d]);
  if (!d) return <DetailState failure={failure} listPath="/targets" onRetry={load} />;

  const save = async (quiet = false) => {
    const body = {
      ...goals,
      version: d.version,
      indicators: rows.map(({ key: _k, reviewComment: _c, ...r }) => ({
        ...r,
        valueNote: r.valueNote ?? '',
        basis: r.basis ?? '计划标准',
      })),
    };
    await api.put(`/api/targets/${id}`, body);
    if (!quiet) message.success('已保存');
    return load();
  };
  const submit = () =>
    busyWith('submit', async () => {
      if (editable) await save(true);
      // The live checks already know the outcome: keep the user's work saved and say what blocks the submit.
      if (editable && errors.length > 0) {
        message.error(`已保存。还有 ${errors.length} 项校验问题（见红色提示），修正后再提交审核`);
        return;
      }
      await api.post(`/api/targets/${id}/submit`);
      message.success('已提交审核');
      await load();
    });
  const review = async (decision: 'approve' | 'return') => {
    const indicatorComments = Object.entries(comments)
      .filter(([, c]) => c.trim())
      .map(([indicatorId, c]) => ({ indicatorId: Number(indicatorId), comment: c.trim() }));
    await api.post(`/api/targets/${id}/review`, { decision, comment, indicatorComments });
    message.success(decision === 'approve' ? '审核通过' : '已退回');
    setReviewing(false);
    setComment('');
    await load();
  };
  const adjust = () => {
    askReason({
      title: '年中调整绩效目标',
      label: '调整原因',
      placeholder: '请填写调整原因',
      onOk: async (reason) => {
        const next = await api.post<{ id: number }>(`/api/targets/${id}/adjust`, { reason });
        window.location.assign(`/targets/${next.id}`);
      },
    });
  };
  const pick = (picked: LibraryIndicator[]) => {
    setRows((r) => [
      ...r,
      ...picked.map((p) => ({
        key: newKey(),
        level1: p.level1,
        level2: p.level2,
        name: p.name,
        operator: p.operator,
        targetValue: p.recommendedValue,
        unit: p.unit,
        weight: 0,
        basis: p.basis,
        libraryIndicatorId: p.id,
      })),
    ]);
    setPicking(false);
  };
  const errors = findings.filter((f) => f.severity === 'error');
  const total = rows.reduce((s, r) => s + (Number(r.weight) || 0), 0);
  return (
    <Space direction="vertical" style={{ width: '100%' }} className="target-print">
      <Card
        title={
          <Space>
            <span>{d.project.name} · 绩效目标</span>
            <Tag
              color={d.status === 'approved' ? 'green' : d.status === 'returned' ? 'red' : 'blue'}
              data-testid="target-status"
            >
              {TARGET_STATUS_LABELS[d.status as TargetStatus] ?? d.status}
            </Tag>
            <Tag>
              第 {d.versionNo} 版{d.isCurrent ? '（当前）' : ''}
            </Tag>
          </Space>
        }
        extra={
          <Space className="no-print">
            {can('submit') && (
              <Button type="primary" onClick={submit} loading={busy === 'submit'} disabled={busy === 'save'}>
                提交审核
              </Button>
            )}
            {editable && (
              <Button
                onClick={() => busyWith('save', () => save())}
                loading={busy === 'save'}
                disabled={busy === 'submit'}
              >
                保存
              </Button>
            )}
            {can('approve') && (
              <Button type="primary" onClick={() => setReviewing(true)}>
                审核
              </Button>
            )}
            {can('adjust') && <Button onClick={adjust}>年中调整</Button>}
            <Button icon={<DownloadOutlined />} onClick={() => download(`/api/targets/${id}/export`)}>
              导出申报表
            </Button>
            {can('import') && (
              <ImportButton url={`/api/targets/${id}/import`} label="导入申报表" onDone={() => void load()} />
            )}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              打印
            </Button>
            <HistoryButton entity="target" entityId={id} />
          </Space>
        }
      >
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="项目编码">
            <Link to={`/projects/${d.project.id}`}>{d.project.code}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="预算单位">{d.project.unitName}</Descriptions.Item>
          <Descriptions.Item label="主管部门">{d.project.departmentName}</Descriptions.Item>
          <Descriptions.Item label="年度">{d.year}</Descriptions.Item>
          <Descriptions.Item label="申报金额（万元）">{wan(d.project.requestedAmount)}</Descriptions.Item>
          <Descriptions.Item label="版本">
            {d.versions.map((v) => (
              <Link key={v.id} to={`/targets/${v.id}`} style={{ marginRight: 8 }}>
                V{v.versionNo}
                {v.isCurrent ? '★' : ''}
              </Link>
            ))}
          </Descriptions.Item>
        </Descriptions>
        {d.adjustReason && <Alert style={{ marginTop: 12 }} type="info" message={`调整原因：${d.adjustReason}`} />}
        {d.status === 'returned' && d.returnComment && (
          <Alert style={{ marginTop: 12 }} type="error" message={`退回意见：${d.returnComment}`} />
        )}
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          总体目标
        </Typography.Title>
        {editable ? (
          <Input.TextArea
            rows={2}
            value={goals.overallGoal}
            onChange={(e) => setGoals({ ...goals, overallGoal: e.target.value })}
          />
        ) : (
          <Typography.Paragraph>{d.overallGoal || '—'}</Typography.Paragraph>
        )}
        <Typography.Title level={5}>年度目标</Typography.Title>
        {editable ? (
          <Input.TextArea
            rows={2}
            aria-label="年度目标"
            value={goals.annualGoal}
            onChange={(e) => setGoals({ ...goals, annualGoal: e.target.value })}
          />
        ) : (
          <Typography.Paragraph>{d.annualGoal || '—'}</Typography.Paragraph>
        )}
      </Card>
      <Card
        title={`绩效指标（权重合计 ${Math.round(total * 100) / 100}）`}
        extra={
          editable && (
            <Space className="no-print">
              <Button icon={<PlusOutlined />} onClick={() => setPicking(true)}>
                从指标库选择
              </Button>
              <Button
                onClick={() =>
                  setRows((r) => [
                    ...r,
                    {
                      key: newKey(),
                      level1: 'output',
                      level2: 'quantity',
                      name: '',
                      operator: '≥',
                      targetValue: '',
                      unit: '',
                      weight: 0,
                      libraryIndicatorId: null,
                    },
                  ])
                }
              >
                自定义指标
              </Button>
            </Space>
          )
        }
      >
        {findings
          .filter((f) => f.indicatorIndex === undefined)
          .map((f) => (
            <Alert
              key={f.code + f.message}
              style={{ marginBottom: 8 }}
              type={f.severity === 'error' ? 'error' : 'warning'}
              message={f.message}
              showIcon
            />
          ))}
        {editable && errors.length === 0 && rows.length > 0 && (
          <Alert style={{ marginBottom: 8 }} type="success" message="审核校验通过，可以提交" showIcon />
        )}
        <IndicatorTable
          rows={rows}
          editable={editable}
          findings={findings}
          onChange={setRows}
          commentFor={
            reviewing ? { value: comments, set: (k, c) => setComments((m) => ({ ...m, [k]: c })) } : undefined
          }
        />
        {reviewing && (
          <Space direction="vertical" style={{ width: '100%', marginTop: 12 }} className="no-print">
            <Input.TextArea
              rows={2}
              placeholder="审核意见（退回时必填，或填写逐项意见）"
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            <Space>
              <Button type="primary" onClick={() => review('approve')}>
                审核通过
              </Button>
              <Button danger onClick={() => review('return')}>
                退回修改
              </Button>
              <Button onClick={() => setReviewing(false)}>取消</Button>
            </Space>
          </Space>
        )}
      </Card>
      <Card title="附件" className="no-print">
        <Attachments ownerEntity="target" ownerId={id} canUpload={editable} />
      </Card>
      <LibraryPicker
        year={d.year}
        fieldCode={d.project.fieldCode}
        open={picking}
        onClose={() => setPicking(false)}
        onPick={pick}
      />
    </Space>
  );
}
