import { Button, Input, Modal, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { level1Codes, level1Labels, level2Labels } from '../../../../../core/rules/indicator';
import { api } from '../../../api/request';

export interface LibraryIndicator {
  id: number;
  fieldCode: string | null;
  level1: string;
  level2: string;
  name: string;
  operator: string;
  unit: string;
  recommendedValue: string;
  basis: string;
  explanation: string;
  usageCount: number;
}

/** Picks indicators from the year's library (filter by field, level and text). */
export function LibraryPicker({
  year,
  fieldCode,
  open,
  onClose,
  onPick,
}: {
  year: number;
  fieldCode: string;
  open: boolean;
  onClose: () => void;
  onPick: (rows: LibraryIndicator[]) => void;
}) {
  const [q, setQ] = useState('');
  const [field, setField] = useState<string | undefined>(fieldCode);
  const [level1, setLevel1] = useState<string | undefined>();
  const [data, setData] = useState<{ items: LibraryIndicator[]; total: number }>({ items: [], total: 0 });
  const [selected, setSelected] = useState<LibraryIndicator[]>([]);
  useEffect(() => {
    if (!open) return;
    const t = setTimeout(() => {
      void api
        .get<typeof data>('/api/indicators', { year, fieldCode: field, level1, q, status: 'enabled', pageSize: 100 })
        .then(setData, () => undefined);
    }, 150);
    return () => clearTimeout(t);
  }, [open, year, field, level1, q]);
  return (
    <Modal
      title="从指标库选择指标"
      open={open}
      width={960}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            disabled={selected.length === 0}
            onClick={() => {
              onPick(selected);
              setSelected([]);
            }}
          >
            加入所选指标（{selected.length}）
          </Button>
        </Space>
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          style={{ width: 160 }}
          value={field ?? 'all'}
          onChange={(v) => setField(v === 'all' ? undefined : v)}
          options={[
            { value: fieldCode, label: '本项目领域' },
            { value: 'common', label: '共性指标' },
            { value: 'all', label: '全部领域' },
          ]}
        />
        <Select
          allowClear
          placeholder="一级指标"
          style={{ width: 140 }}
          value={level1}
          onChange={setLevel1}
          options={level1Codes.map((c) => ({ value: c, label: level1Labels[c] }))}
        />
        <Input.Search
          allowClear
          placeholder="指标名称 / 行业 / 类别"
          style={{ width: 260 }}
          onChange={(e) => setQ(e.target.value)}
        />
        <span>共 {data.total} 条</span>
      </Space>
      <Table
        rowKey="id"
        size="small"
        dataSource={data.items}
        pagination={false}
        scroll={{ y: 420 }}
        rowSelection={{ selectedRowKeys: selected.map((s) => s.id), onChange: (_k, rows) => setSelected(rows) }}
        columns={[
          {
            title: '一级指标',
            dataIndex: 'level1',
            width: 100,
            render: (v: string) => level1Labels[v as keyof typeof level1Labels],
          },
          {
            title: '二级指标',
            dataIndex: 'level2',
            width: 120,
            render: (v: string) => level2Labels[v as keyof typeof level2Labels],
          },
          { title: '三级指标', dataIndex: 'name' },
          { title: '运算符', dataIndex: 'operator', width: 70 },
          { title: '推荐值', dataIndex: 'recommendedValue', width: 90 },
          { title: '单位', dataIndex: 'unit', width: 90 },
          { title: '引用次数', dataIndex: 'usageCount', width: 80 },
        ]}
      />
    </Modal>
  );
}
