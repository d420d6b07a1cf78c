import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, message, Space } from 'antd';
import { useEffect } from 'react';
import { api, download } from '../../../../api/request';
import { Attachments } from '../../../../components/Attachments';
import type { EvaluationDetail } from '../../types';

/** Report sections, the generated Word report and the agency's edited report (uploaded as an attachment). */
export function ReportPanel({ e, onSaved }: { e: EvaluationDetail; onSaved: () => void }) {
  const [form] = Form.useForm();
  const editable = e.allowedActions.includes('editReport');
  useEffect(
    () => form.setFieldsValue({ summary: e.summary, conclusion: e.conclusion, suggestions: e.suggestions }),
    [e, form],
  );
  const save = async () => {
    await api.put(`/api/key-evaluations/${e.id}/report-text`, { ...(await form.validateFields()), version: e.version });
    message.success('报告内容已保存');
    onSaved();
  };
  return (
    <>
      {e.returnComment && e.stage === 'preliminary' && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`报告被退回：${e.returnComment}`} />
      )}
      <Space style={{ marginBottom: 12 }}>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => download(`/api/key-evaluations/${e.id}/report`)}
          data-testid="download-report"
        >
          生成评价报告（Word）
        </Button>
        {editable && (
          <Button type="primary" onClick={save} data-testid="save-report-text">
            保存报告内容
          </Button>
        )}
      </Space>
      <Form form={form} layout="vertical" disabled={!editable}>
        <Form.Item name="summary" label="一、基本情况">
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="conclusion" label="三、综合评价情况及结论">
          <Input.TextArea rows={3} maxLength={5000} data-testid="report-conclusion" />
        </Form.Item>
        <Form.Item name="suggestions" label="六、有关建议">
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
      <h4>评价机构修改后的报告</h4>
      <Attachments
        ownerEntity="keyEvaluation"
        ownerId={e.id}
        slot="report"
        canUpload={e.allowedActions.includes('uploadReport')}
      />
    </>
  );
}
