import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, List, message, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/request';
import { dateTime } from './format';

interface Attachment {
  id: number;
  filename: string;
  size: number;
  slot: string;
  createdAt: string;
}

/** Evidence files of a document (optionally one slot of it): list, download and, when allowed, upload. */
export function Attachments({
  ownerEntity,
  ownerId,
  slot = '',
  canUpload,
}: {
  ownerEntity: string;
  ownerId: number;
  slot?: string;
  canUpload: boolean;
}) {
  const [items, setItems] = useState<Attachment[]>([]);
  const load = useCallback(
    () =>
      api.get<Attachment[]>('/api/attachments', { ownerEntity, ownerId }).then(
        (all) => setItems(all.filter((a) => !slot || a.slot === slot)),
        () => undefined,
      ),
    [ownerEntity, ownerId, slot],
  );
  useEffect(() => void load(), [load]);
  const upload = async (file: File) => {
    await api.upload('/api/attachments', file, { ownerEntity, ownerId: String(ownerId), slot });
    message.success('已上传');
    await load();
  };
  return (
    <div>
      {canUpload && (
        <Upload
          showUploadList={false}
          beforeUpload={(f) => {
            void upload(f).catch(() => undefined);
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />}>
            上传佐证材料
          </Button>
        </Upload>
      )}
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: '暂无附件' }}
        renderItem={(a) => (
          <List.Item>
            <a href={`/api/attachments/${a.id}/download`}>
              <PaperClipOutlined /> {a.filename}
            </a>
            <span style={{ color: '#999' }}>
              {(a.size / 1024).toFixed(1)} KB · {dateTime(a.createdAt)}
            </span>
          </List.Item>
        )}
      />
    </div>
  );
}
