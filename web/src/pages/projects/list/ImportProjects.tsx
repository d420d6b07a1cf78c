import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { TProjectImportResult } from '../../../../../core/contracts/projects-import';
import { download } from '../../../api/request';
import { ImportButton } from '../../../components/ImportButton';

/** 下载模板 + 导入 for the project library; per-row errors show in ImportButton's table, nothing is imported then. */
export function ImportProjects({ onImported }: { onImported: () => void }) {
  const { modal } = App.useApp();
  return (
    <>
      <Button icon={<FileExcelOutlined />} onClick={() => download('/api/projects/import-template')}>
        下载导入模板
      </Button>
      <ImportButton<TProjectImportResult>
        url="/api/projects/import"
        onDone={(r) => {
          onImported();
          modal.success({ title: `已导入 ${r.imported} 个项目`, content: r.note });
        }}
      />
    </>
  );
}
