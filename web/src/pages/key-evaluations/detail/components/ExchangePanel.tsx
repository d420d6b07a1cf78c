import { Alert, Button, Input, message, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../../api/request';
import { Attachments } from '../../../../components/Attachments';
import { dateTime } from '../../../../components/format';
import type { EvaluationDetail } from '../../types';

/** Exchange of views: the evaluated unit's written response to the preliminary conclusion. */
export function ExchangePanel({ e, onSaved }: { e: EvaluationDetail; onSaved: () => void }) {
  const [text, setText] = useState(e.unitResponse ?? '');
  const canRespond = e.allowedActions.includes('respond');
  const submit = async () => {
    await api.post(`/api/key-evaluations/${e.id}/response`, { text });
    message.success('反馈意见已提交');
    onSaved();
  };
  return (
    <>
      {e.stage === 'exchange' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="评价组已形成初步结论，请被评价单位核对评分和问题并提出书面意见。"
        />
      )}
      {canRespond ? (
        <>
          <Input.TextArea
            rows={5}
            maxLength={3000}
            value={text}
            onChange={(ev) => setText(ev.target.value)}
            placeholder="对初步结论的意见（如无异议请注明）"
          />
          <Button type="primary" style={{ marginTop: 8 }} onClick={submit} disabled={!text.trim()}>
            提交反馈意见
          </Button>
        </>
      ) : (
        <Typography.Paragraph>
          {e.unitResponse
            ? `${e.unitResponse}${e.unitRespondedAt ? `（${dateTime(e.unitRespondedAt)}）` : ''}`
            : '被评价单位尚未提交书面意见。'}
        </Typography.Paragraph>
      )}
      <h4>反馈材料</h4>
      <Attachments ownerEntity="keyEvaluation" ownerId={e.id} slot="response" canUpload={canRespond} />
    </>
  );
}
