import { UploadOutlined } from '@ant-design/icons';
import { Button, Modal, Table, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, request } from '../api/request';

interface RowError {
  row: number;
  column?: string;
  message: string;
}

/** Uploads an xlsx to an import endpoint; per-row errors come back in a table, nothing is imported then. */
export function ImportButton<T>({
  url,
  label = '导入',
  onDone,
}: {
  url: string;
  label?: string;
  onDone: (result: T) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<RowError[] | null>(null);
  const upload = async (file: File) => {
    setBusy(true);
    const form = new FormData();
    form.append('file', file);
    try {
      onDone(await request<T>('POST', url, { form, silent: true }));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'IMPORT_ROW_INVALID') {
        setErrors(((e.details as { errors?: RowError[] })?.errors ?? []) as RowError[]);
      } else if (e instanceof ApiError) {
        Modal.error({ title: '导入失败', content: e.message });
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        beforeUpload={(f) => {
          void upload(f);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy}>
          {label}
        </Button>
      </Upload>
      <Modal
        open={errors !== null}
        title="导入失败：以下行有错误，未导入任何数据"
        width={720}
        footer={null}
        onCancel={() => setErrors(null)}
      >
        <Table<RowError>
          size="small"
          rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
          dataSource={errors ?? []}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: '行号', dataIndex: 'row', width: 80 },
            { title: '列', dataIndex: 'column', width: 140 },
            { title: '错误', dataIndex: 'message' },
          ]}
        />
      </Modal>
    </>
  );
}
