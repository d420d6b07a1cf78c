import { Button, Card, Col, Form, Input, InputNumber, message, Row, Select, Switch } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { BUDGET_TYPE_LABELS, BUDGET_TYPES } from '../../../../../core/enums';
import type { ExAnteRules } from '../../../../../core/rules/ex-ante/rules';
import { api } from '../../../api/request';
import { useAuth } from '../../../app/auth';
import { fenToWan, wanToFen } from '../shared';

/** 事前评估规则 per region and year: thresholds, panel trimming, conclusion bands, cost tolerances. */
export default function ExAnteRulesPage() {
  const { me } = useAuth();
  const [year, setYear] = useState(2026);
  const [rules, setRules] = useState<ExAnteRules | null>(null);
  const [form] = Form.useForm();
  const load = useCallback(
    () =>
      api.get<ExAnteRules>('/api/rule-sets/exAnte', { year }).then(
        (r) => {
          setRules(r);
          const band = (c: string) => r.conclusionBands.bands.find((b) => b.code === c)?.min;
          form.setFieldsValue({
            ...Object.fromEntries(
              BUDGET_TYPES.flatMap((b) => [
                [`${b}.department`, fenToWan(r.thresholds[b].department)],
                [`${b}.finance`, fenToWan(r.thresholds[b].finance)],
              ]),
            ),
            trimEnabled: r.panel.trimEnabled,
            trimFromExperts: r.panel.trimFromExperts,
            support: band('support'),
            partialSupport: band('partialSupport'),
            unitPriceTolerancePercent: r.cost.unitPriceTolerancePercent,
            unitCostTolerancePercent: r.cost.unitCostTolerancePercent,
            note: '',
          });
        },
        () => undefined,
      ),
    [year, form],
  );
  useEffect(() => void load(), [load]);
  const save = async () => {
    if (!rules) return;
    const v = await form.validateFields();
    const data: ExAnteRules = {
      ...rules,
      thresholds: Object.fromEntries(
        BUDGET_TYPES.map((b) => [
          b,
          { department: wanToFen(v[`${b}.department`]) ?? 0, finance: wanToFen(v[`${b}.finance`]) ?? 0 },
        ]),
      ) as ExAnteRules['thresholds'],
      panel: { trimEnabled: v.trimEnabled, trimFromExperts: v.trimFromExperts },
      conclusionBands: {
        ...rules.conclusionBands,
        bands: [
          { code: 'support', min: v.support },
          { code: 'partialSupport', min: v.partialSupport },
        ],
      },
      cost: {
        ...rules.cost,
        unitPriceTolerancePercent: v.unitPriceTolerancePercent,
        unitCostTolerancePercent: v.unitCostTolerancePercent,
      },
    };
    await api.put('/api/rule-sets/exAnte', { year, data, note: v.note });
    message.success('规则已保存为新版本');
    await load();
  };
  const editable = me?.role === 'finance' || me?.role === 'admin';
  return (
    <Card
      title="事前评估规则"
      extra={
        <Select
          aria-label="年度"
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={[2025, 2026, 2027].map((y) => ({ value: y, label: `${y}年` }))}
        />
      }
    >
      <Form form={form} layout="vertical" disabled={!editable}>
        <Row gutter={16}>
          {BUDGET_TYPES.map((b) => (
            <Col span={8} key={b}>
              <Card size="small" title={BUDGET_TYPE_LABELS[b]}>
                <Form.Item name={`${b}.department`} label="部门自评估起点（万元）" rules={[{ required: true }]}>
                  <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name={`${b}.finance`} label="财政评估起点（万元）" rules={[{ required: true }]}>
                  <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                </Form.Item>
              </Card>
            </Col>
          ))}
        </Row>
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col span={4}>
            <Form.Item name="support" label="予以支持（≥ 分）">
              <InputNumber min={0} max={100} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="partialSupport" label="部分支持（≥ 分）">
              <InputNumber min={0} max={100} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="trimEnabled" label="去掉最高最低分" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="trimFromExperts" label="专家数达到（人）">
              <InputNumber min={3} max={15} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="unitPriceTolerancePercent" label="单价高于标准（%）">
              <InputNumber min={0} max={100} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="unitCostTolerancePercent" label="单位成本高于标准（%）">
              <InputNumber min={0} max={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label="修订说明" rules={[{ required: true, message: '请填写修订说明' }]}>
          <Input />
        </Form.Item>
        {editable && (
          <Button type="primary" onClick={save}>
            保存为新版本
          </Button>
        )}
      </Form>
    </Card>
  );
}
