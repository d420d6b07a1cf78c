import { Input, Modal } from 'antd';

interface AskReason {
  title: string;
  placeholder?: string;
  /** Accessible name of the text box; the title by default. */
  label?: string;
  maxLength?: number;
  /** Runs with the text typed; the dialog stays open (loading) until it settles, and stays open if it fails. */
  onOk: (reason: string) => unknown;
}

/** A confirm dialog that asks for a reason (退回意见, 调整原因, 解除原因 …): one way for every workflow step. */
export function askReason({ title, placeholder, label, maxLength, onOk }: AskReason) {
  let reason = '';
  Modal.confirm({
    title,
    content: (
      <Input.TextArea
        aria-label={label ?? title}
        rows={3}
        maxLength={maxLength}
        placeholder={placeholder}
        onChange={(e) => {
          reason = e.target.value;
        }}
      />
    ),
    onOk: () => onOk(reason),
  });
}
