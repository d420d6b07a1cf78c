import { Button, Form, InputNumber, Select, Switch } from 'antd';
import { api } from '../../../api/request';

interface Values {
  seed: number;
  randomCount: number;
  amountAboveWan: number | null;
  excellentExecutionBelow: number | null;
  lastYearProblemUnits: boolean;
  screeningSeverity: 'P0' | 'P1' | 'none';
}

// The select keeps 'none' for 不使用 (a null option value reads as "nothing chosen"); the API takes null.
const SCREENING_CHOICES = [
  { value: 'none', label: '不使用' },
  { value: 'P0', label: '含P0问题的自评表' },
  { value: 'P1', label: '含P0或P1问题的自评表' },
];

/**
 * Sampling parameters: seeded random draw plus rules (amount, 优 with low execution, last year's problem units, the
 * forms the year's 自评全覆盖筛查 flagged).
 */
export function SamplingForm({ batchId, onDone }: { batchId: number; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const run = async (v: Values) => {
    await api.post(`/api/reviews/batches/${batchId}/sample`, {
      seed: v.seed,
      randomCount: v.randomCount,
      amountAbove:
        v.amountAboveWan === null || v.amountAboveWan === undefined
          ? null
          : Math.round(v.amountAboveWan * 100) * 10_000,
      excellentExecutionBelow: v.excellentExecutionBelow ?? null,
      lastYearProblemUnits: v.lastYearProblemUnits,
      screeningSeverity: v.screeningSeverity === 'none' ? null : v.screeningSeverity,
    });
    onDone();
  };
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={run}
      initialValues={{
        seed: 2025,
        randomCount: 20,
        amountAboveWan: 3000,
        excellentExecutionBelow: 80,
        lastYearProblemUnits: true,
        screeningSeverity: 'none',
      }}
    >
      <Form.Item name="seed" label="随机种子">
        <InputNumber min={0} aria-label="随机种子" />
      </Form.Item>
      <Form.Item name="randomCount" label="随机抽取数">
        <InputNumber min={0} aria-label="随机抽取数" />
      </Form.Item>
      <Form.Item name="amountAboveWan" label="金额超过（万元）">
        <InputNumber min={0} aria-label="金额超过（万元）" />
      </Form.Item>
      <Form.Item name="excellentExecutionBelow" label="自评为优且执行率低于（%）">
        <InputNumber min={0} max={100} />
      </Form.Item>
      <Form.Item name="lastYearProblemUnits" label="上年有问题单位" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="screeningSeverity" label="按全覆盖筛查结果抽取">
        <Select aria-label="按全覆盖筛查结果抽取" style={{ width: 200 }} options={SCREENING_CHOICES} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        抽取并自动检查
      </Button>
    </Form>
  );
}
