import { Alert, Button, Result, Spin } from 'antd';
import { useNavigate } from 'react-router';
import type { DetailFailure } from './useDetail';

/**
 * What a detail page shows while it has no record: a spinner while loading, “未找到” with a way back to the list
 * when the record is missing or out of the caller's scope, and a retry when loading failed otherwise.
 */
export function DetailState({
  failure,
  listPath,
  onRetry,
}: {
  failure: DetailFailure | null;
  listPath: string;
  onRetry: () => void;
}) {
  const navigate = useNavigate();
  const back = (
    <Button type="primary" onClick={() => navigate(listPath)} key="back">
      返回列表
    </Button>
  );
  if (failure === 'notFound')
    return <Result status="404" title="未找到该记录，或您无权查看" extra={back} data-testid="detail-not-found" />;
  if (failure === 'failed')
    return (
      <Result
        status="error"
        title="加载失败"
        subTitle="请检查网络后重试"
        extra={[
          <Button key="retry" onClick={onRetry}>
            重试
          </Button>,
          back,
        ]}
      />
    );
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
    </div>
  );
}

/** For a page that keeps its frame (title, year picker) while its figures load: the failure, with 重试. */
export function LoadFailed({ failure, onRetry }: { failure: DetailFailure | null; onRetry: () => void }) {
  if (!failure) return null;
  return (
    <Alert
      type="error"
      showIcon
      message={failure === 'notFound' ? '未找到该年度的数据，或您无权查看' : '加载失败，请检查网络后重试'}
      action={
        <Button size="small" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
