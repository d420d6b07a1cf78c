import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Input, Modal, message, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, download } from '../../api/request';
import { useAuth } from '../../app/auth';
import { LoadFailed } from '../../components/DetailState';
import { YearSelect } from '../../components/ListFilters';
import { useDetail } from '../../components/useDetail';
import { useYearParam } from '../../components/useFiscalYears';

interface Paragraph {
  key: string;
  kind: string;
  template: string;
  text: string;
  edited: boolean;
}
interface Report {
  title: string;
  paragraphs: Paragraph[];
  placeholders: { key: string; label: string; value: string }[];
}

export default function AnnualReportPage() {
  const [year, setYear] = useYearParam('work');
  // useDetail drops another year's text at once and ignores an answer that arrives after a quicker switch.
  const { data: report, failure, reload } = useDetail<Report>(`/api/reports/annual?year=${year}`);
  const [editing, setEditing] = useState<Paragraph | null>(null);
  const [draft, setDraft] = useState('');
  const { me } = useAuth();
  const canEdit = me?.role === 'finance' || me?.role === 'admin';
  const save = async () => {
    if (!editing) return;
    await api.put('/api/reports/templates', { year, paragraphs: [{ key: editing.key, text: draft }] });
    message.success('段落模板已保存，数据自动填入');
    setEditing(null);
    await reload();
  };

  return (
    <Card
      title="年度预算绩效工作开展情况说明"
      loading={!report && !failure}
      extra={
        <Space>
          <YearSelect value={year} suffix="年" onChange={setYear} />
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            data-testid="download-docx"
            onClick={() => download('/api/reports/annual', { year, format: 'docx' })}
          >
            下载 Word
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => download('/api/reports/annual', { year, format: 'xlsx' })}>
            下载数据表
          </Button>
        </Space>
      }
    >
      <LoadFailed failure={failure} onRetry={() => void reload()} />
      <Typography>
        {report?.paragraphs.map((p) => {
          const editBtn = canEdit && (
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              onClick={() => {
                setEditing(p);
                setDraft(p.template);
              }}
            />
          );
          if (p.kind === 'title')
            return (
              <Typography.Title key={p.key} level={3} style={{ textAlign: 'center' }}>
                {p.text}
                {editBtn}
              </Typography.Title>
            );
          if (p.kind === 'h1')
            return (
              <Typography.Title key={p.key} level={5}>
                {p.text}
                {editBtn}
              </Typography.Title>
            );
          if (p.kind === 'h2')
            return (
              <Typography.Text key={p.key} strong style={{ display: 'block', margin: '8px 0' }}>
                {p.text}
                {editBtn}
              </Typography.Text>
            );
          return (
            <Typography.Paragraph key={p.key} style={{ textIndent: '2em' }}>
              {p.text}
              {p.edited && (
                <Tag color="blue" style={{ marginLeft: 8 }}>
                  本年已修改
                </Tag>
              )}
              {editBtn}
            </Typography.Paragraph>
          );
        })}
      </Typography>
      <Modal
        title="编辑段落模板"
        open={!!editing}
        onOk={save}
        onCancel={() => setEditing(null)}
        width={760}
        okText="保存"
        // the page saves one paragraph at a time, so the API's "第 1 段" would not name the one being edited
        okButtonProps={{ disabled: !draft.trim() }}
      >
        <Input.TextArea rows={8} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          数据请使用占位符插入（保存后自动按业务数据计算，不可手工填写数字）：
        </Typography.Paragraph>
        <Descriptions size="small" column={2} bordered>
          {report?.placeholders.map((p) => (
            <Descriptions.Item key={p.key} label={`{${p.key}}`}>
              {p.label}：{p.value}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Modal>
    </Card>
  );
}
