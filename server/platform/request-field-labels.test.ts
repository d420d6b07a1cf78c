import { describe, expect, it } from 'vitest';
import { describeIssue } from './request-field-labels';

describe('describeIssue', () => {
  it.each([
    ['a labelled body field', 'body', 'comment', '不能为空', '意见：不能为空'],
    [
      'a message that already names its field',
      'body',
      'deadline',
      '退回整改须填写退回意见和整改期限',
      '退回整改须填写退回意见和整改期限',
    ],
    ['a row of a list', 'body', 'indicators.1.weight', '数值过小', '第 2 项 分值：数值过小'],
    ['a paragraph of the report counts 段', 'body', 'paragraphs.0.text', '段落不能为空', '第 1 段 正文：段落不能为空'],
    ['a query parameter', 'querystring', 'year', '数值过大', '查询条件 年度：数值过大'],
    ['an unlabelled key keeps its path', 'body', 'foo.bar', '无效输入', 'foo.bar：无效输入'],
    ['the whole body', 'body', '', '无效输入', '无效输入'],
  ])('%s', (_label, context, path, message, expected) => {
    expect(describeIssue(context, path, message)).toBe(expected);
  });
});
