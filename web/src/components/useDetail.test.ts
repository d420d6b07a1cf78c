import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/request';
import { detailFailure } from './useDetail';

describe('detailFailure', () => {
  it.each([
    [new ApiError(404, 'NOT_FOUND', '记录不存在或无权查看'), 'notFound'],
    [new ApiError(403, 'FORBIDDEN', '无权执行此操作'), 'notFound'],
    [new ApiError(400, 'VALIDATION_FAILED', '输入数据不符合要求'), 'notFound'],
    [new ApiError(500, 'INTERNAL', '服务器内部错误'), 'failed'],
    [new TypeError('Failed to fetch'), 'failed'],
  ])('%s → %s', (error, expected) => {
    expect(detailFailure(error)).toBe(expected);
  });
});
