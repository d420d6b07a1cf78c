import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Statistic, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { TTraining, TTrainingCoverage } from '../../../../core/contracts/trainings';
import { TRAINING_MODE_LABELS, type TrainingMode } from '../../../../core/enums';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';
import { YearSelect } from '../../components/ListFilters';
import { useYearParam } from '../../components/useFiscalYears';
import { TrainingDetail } from './TrainingDetail';
import { type TrainingDraft, TrainingForm } from './TrainingForm';

export default function TrainingsPage() {
  const [year, setYear] = useYearParam('work');
  const [list, setList] = useState<{ items: TTraining[]; total: number }>({ items: [], total: 0 });
  const [coverage, setCoverage] = useState<TTrainingCoverage | null>(null);
  const [units, setUnits] = useState<{ value: number; label: string }[]>([]);
  const [draft, setDraft] = useState<TrainingDraft | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [detailKey, setDetailKey] = useState(0);
  const { me } = useAuth();
  const canEdit = me?.role === 'finance' || me?.role === 'admin';
  const load = useCallback(() => {
    api.get<typeof list>('/api/trainings', { year, pageSize: 100 }).then(setList, () => undefined);
    api.get<TTrainingCoverage>('/api/trainings/coverage', { year }).then(setCoverage, () => undefined);
  }, [year]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (canEdit)
      api.get<{ id: number; code: string; name: string; kind: string }[]>('/api/org/units').then(
        (all) =>
          setUnits(
            all.filter((u) => u.kind === 'budgetUnit').map((u) => ({ value: u.id, label: `${u.code} ${u.name}` })),
          ),
        () => undefined,
      );
  }, [canEdit]);
  return (
    <Card
      title="政策宣讲与培训"
      extra={
        <Space>
          <YearSelect value={year} suffix="年" onChange={setYear} />
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDraft({})} data-testid="training-new">
              新增宣讲
            </Button>
          )}
        </Space>
      }
    >
      <Space size={48} style={{ marginBottom: 16 }}>
        <Statistic title="宣讲场次" value={coverage?.sessions ?? 0} suffix="场" />
        <Statistic
          title="覆盖预算单位"
          value={coverage?.unitsReached ?? 0}
          suffix={`/ ${coverage?.budgetUnits ?? 0} 个`}
        />
        <Statistic title="未覆盖单位" value={coverage?.notReached.length ?? 0} suffix="个" />
      </Space>
      <Table
        rowKey="id"
        dataSource={list.items}
        pagination={false}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '日期', dataIndex: 'heldOn', width: 110 },
          {
            title: '主题',
            dataIndex: 'title',
            render: (t: string, r) => (
              <Space>
                <a>{t}</a>
                {r.cancelledAt && <Tag>已取消</Tag>}
              </Space>
            ),
          },
          {
            title: '形式',
            dataIndex: 'mode',
            width: 110,
            render: (m: TrainingMode) => <Tag>{TRAINING_MODE_LABELS[m] ?? m}</Tag>,
          },
          { title: '对象', dataIndex: 'audience', ellipsis: true },
          { title: '参训单位', dataIndex: 'unitCount', width: 100 },
        ]}
      />
      {coverage && coverage.notReached.length > 0 && (
        <Card size="small" title="尚未覆盖的预算单位" style={{ marginTop: 16 }}>
          {coverage.notReached.map((u) => (
            <Tag key={u.id}>{u.name}</Tag>
          ))}
        </Card>
      )}
      <TrainingForm
        draft={draft}
        units={units}
        onClose={(saved) => {
          setDraft(null);
          if (saved) {
            load();
            setDetailKey((k) => k + 1);
          }
        }}
      />
      <TrainingDetail key={detailKey} id={openId} onClose={() => setOpenId(null)} onEdit={setDraft} onChanged={load} />
    </Card>
  );
}
