import { Button, InputNumber, message, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';
import { useBusy } from '../../components/useBusy';
import { forgetFiscalYears } from '../../components/useFiscalYears';

interface FiscalYear {
  id: number;
  year: number;
  status: string;
  workYear: boolean;
}

/** 财政年度: the region's years, the ones every year picker offers; the admin opens the next one. */
export function FiscalYears() {
  const { me } = useAuth();
  const [years, setYears] = useState<FiscalYear[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [busy, busyWith] = useBusy();
  const load = useCallback(
    () =>
      api.get<FiscalYear[]>('/api/org/fiscal-years').then(
        (rows) => {
          setYears(rows);
          setNext(rows.length ? Math.max(...rows.map((r) => r.year)) + 1 : null);
        },
        () => undefined,
      ),
    [],
  );
  useEffect(() => void load(), [load]);
  const open = async () => {
    if (!next) return;
    await api.post('/api/org/fiscal-years', { year: next });
    forgetFiscalYears();
    message.success(`已新增 ${next} 财政年度`);
    await load();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {me?.role === 'admin' && (
        <Space>
          <InputNumber aria-label="新增财政年度" min={2000} max={2100} value={next} onChange={setNext} />
          <Button
            type="primary"
            loading={busy === 'open'}
            disabled={!next}
            onClick={() => void busyWith('open', open).catch(() => undefined)}
          >
            新增财政年度
          </Button>
        </Space>
      )}
      <Table
        rowKey="id"
        size="middle"
        dataSource={years}
        pagination={false}
        columns={[
          {
            title: '财政年度',
            dataIndex: 'year',
            render: (year: number, row: FiscalYear) => (
              <Space>
                {year}
                {row.workYear && (
                  <Tag color="blue" title="各页面默认年度由此推算：今年，或已编排工作日历的最后一年（更早者）">
                    当前工作年度
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: string) => (s === 'open' ? <Tag color="green">进行中</Tag> : <Tag>已结束</Tag>),
          },
        ]}
      />
    </Space>
  );
}
