import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Modal, message, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import {
  INDICATOR_LAYER_LABELS,
  INDICATOR_LAYERS,
  INDICATOR_STATUS_LABELS,
  INDICATOR_STATUSES,
  type IndicatorLayer,
  type IndicatorStatus,
} from '../../../../core/contracts/indicators';
import { level1Codes, level1Labels, level2Labels } from '../../../../core/rules/indicator';
import { api, download } from '../../api/request';
import { useAuth } from '../../app/auth';
import { HistoryButton } from '../../components/HistoryDrawer';
import { ImportButton } from '../../components/ImportButton';
import { CodeSelect, FieldSelect, ListFilters, YearSelect } from '../../components/ListFilters';
import { NAME_CELL_STYLE } from '../../components/projectColumns';
import { useBusy } from '../../components/useBusy';
import { useFields } from '../../components/useFields';
import { useDefaultYear } from '../../components/useFiscalYears';
import { usePagedList } from '../../components/usePagedList';
import { IndicatorForm, type LibraryRow } from './IndicatorForm';

type Filters = { year: number; fieldCode?: string; layer?: string; level1?: string; status?: string; q?: string };

/** 指标库: search as you type, department proposals with finance approval, derive, xlsx import/export. */
export default function IndicatorLibraryPage() {
  const { me } = useAuth();
  const finance = me?.role === 'finance' || me?.role === 'admin';
  const fields = useFields();
  const [editing, setEditing] = useState<LibraryRow | 'new' | null>(null);
  const [returning, setReturning] = useState<LibraryRow | null>(null);
  const [comment, setComment] = useState('');
  const [busy, busyWith] = useBusy();
  const year = useDefaultYear('budget');
  const { filters, set, data, load, pagination } = usePagedList<LibraryRow, Filters>(
    '/api/indicators',
    { year },
    { debounceMs: 120, unit: '条' },
  );
  const review = async (id: number, decision: 'approve' | 'return', reason = '') => {
    await api.post(`/api/indicators/${id}/review`, { decision, comment: reason });
    message.success(decision === 'approve' ? '已审核通过并启用' : '已退回');
    setReturning(null);
    load();
  };
  const setStatus = async (id: number, action: 'enable' | 'disable') => {
    await api.post(`/api/indicators/${id}/status`, { action });
    message.success(action === 'enable' ? '已启用' : '已停用，申报时不再可选');
    load();
  };
  const derive = async () => {
    const year = Number(filters.year);
    const r = await api.post<{ count: number }>('/api/indicators/derive', { fromYear: year, toYear: year + 1 });
    message.success(`已由${year}年度生成${year + 1}年度指标库，共 ${r.count} 条`);
  };
  const fieldName = (c: string | null) => (c ? (fields.find((f) => f.code === c)?.name ?? c) : '通用');
  return (
    <Card
      title="绩效指标库"
      extra={
        <Space>
          {me && ['finance', 'admin', 'department'].includes(me.role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {finance ? '新增指标' : '提出行业指标'}
            </Button>
          )}
          {finance && <Button onClick={derive}>生成下一年度</Button>}
          {finance && <ImportButton url={`/api/indicators/import?year=${filters.year}`} onDone={() => load()} />}
          <Button icon={<DownloadOutlined />} onClick={() => download('/api/indicators/export', filters)}>
            导出
          </Button>
        </Space>
      }
    >
      <ListFilters>
        <YearSelect value={filters.year} onChange={(year) => set({ year })} />
        <FieldSelect
          fields={fields}
          lead={[{ value: 'common', label: '共性指标' }]}
          onChange={(fieldCode) => set({ fieldCode })}
        />
        <CodeSelect
          placeholder="指标层级"
          codes={INDICATOR_LAYERS}
          labels={INDICATOR_LAYER_LABELS}
          onChange={(layer) => set({ layer })}
        />
        <CodeSelect
          placeholder="一级指标"
          codes={level1Codes}
          labels={level1Labels}
          onChange={(level1) => set({ level1 })}
        />
        <CodeSelect
          placeholder="状态"
          codes={INDICATOR_STATUSES}
          labels={INDICATOR_STATUS_LABELS}
          onChange={(status) => set({ status })}
        />
        <Input
          allowClear
          placeholder="输入指标名称、行业或类别"
          style={{ width: 260 }}
          onChange={(e) => set({ q: e.target.value })}
        />
      </ListFilters>
      <Table
        rowKey="id"
        size="middle"
        dataSource={data.items}
        pagination={pagination}
        scroll={{ x: true }}
        expandable={{
          expandedRowRender: (r) =>
            `指标解释：${r.explanation || '—'}；计算方法：${r.calculation || '—'}；数据来源：${r.dataSource || '—'}；评分说明：${r.scoringNote || '—'}${r.reviewComment ? `；审核意见：${r.reviewComment}` : ''}`,
        }}
        columns={[
          { title: '领域', dataIndex: 'fieldCode', width: 110, render: fieldName },
          { title: '行业 / 类别', key: 'ind', width: 180, render: (_v, r) => `${r.industry} / ${r.category}` },
          {
            title: '层级',
            dataIndex: 'layer',
            width: 100,
            render: (v: string) => INDICATOR_LAYER_LABELS[v as IndicatorLayer],
          },
          {
            title: '一级 / 二级',
            key: 'lv',
            width: 190,
            render: (_v, r) =>
              `${level1Labels[r.level1 as keyof typeof level1Labels]} / ${level2Labels[r.level2 as keyof typeof level2Labels]}`,
          },
          { title: '三级指标', dataIndex: 'name', render: (v: string) => <span style={NAME_CELL_STYLE}>{v}</span> },
          { title: '运算符', dataIndex: 'operator', width: 70 },
          { title: '推荐值', key: 'v', width: 130, render: (_v, r) => `${r.recommendedValue}${r.unit}` },
          { title: '引用', dataIndex: 'usageCount', width: 70 },
          {
            title: '状态',
            dataIndex: 'status',
            width: 110,
            render: (s: string) => (
              <Tag color={s === 'enabled' ? 'green' : s === 'proposed' ? 'orange' : 'default'}>
                {INDICATOR_STATUS_LABELS[s as IndicatorStatus]}
              </Tag>
            ),
          },
          {
            title: '操作',
            key: 'op',
            width: 200,
            render: (_v, r) => (
              <Space size={4}>
                {(finance || (me?.role === 'department' && ['proposed', 'returned'].includes(r.status))) && (
                  <Button size="small" type="link" onClick={() => setEditing(r)}>
                    修改
                  </Button>
                )}
                {finance && r.status === 'proposed' && (
                  <>
                    <Button
                      size="small"
                      type="link"
                      loading={busy === `approve${r.id}`}
                      onClick={() => busyWith(`approve${r.id}`, () => review(r.id, 'approve'))}
                    >
                      通过
                    </Button>
                    <Button
                      size="small"
                      type="link"
                      danger
                      onClick={() => {
                        setComment('');
                        setReturning(r);
                      }}
                    >
                      退回
                    </Button>
                  </>
                )}
                {finance && (r.status === 'enabled' || r.status === 'disabled') && (
                  <Popconfirm
                    title={r.status === 'enabled' ? `停用指标“${r.name}”？` : `启用指标“${r.name}”？`}
                    onConfirm={() => setStatus(r.id, r.status === 'enabled' ? 'disable' : 'enable')}
                  >
                    <Button size="small" type="link" danger={r.status === 'enabled'}>
                      {r.status === 'enabled' ? '停用' : '启用'}
                    </Button>
                  </Popconfirm>
                )}
                <HistoryButton entity="indicator" entityId={r.id} />
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title={`退回指标“${returning?.name ?? ''}”`}
        open={!!returning}
        okText="退回"
        okButtonProps={{ danger: true, disabled: !comment.trim() }}
        confirmLoading={busy === 'return'}
        onOk={() => returning && busyWith('return', () => review(returning.id, 'return', comment.trim()))}
        onCancel={() => setReturning(null)}
      >
        <Input.TextArea
          rows={4}
          maxLength={500}
          placeholder="请填写退回意见（主管部门据此修改后重新提交）"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
      {editing && (
        <IndicatorForm
          year={Number(filters.year)}
          fields={fields}
          finance={finance}
          initial={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) load();
          }}
        />
      )}
    </Card>
  );
}
