import { Alert, Button, Card, Form, Input, message } from 'antd';
import { useNavigate } from 'react-router-dom';
import { checkPassword } from '../../../../core/password-policy';
import { api } from '../../api/request';
import { useAuth } from '../../app/auth';

/** Change password; `forced` when an admin-created account signs in for the first time. */
export default function ChangePassword({ forced = false }: { forced?: boolean }) {
  const { me, refresh, logout } = useAuth();
  const navigate = useNavigate();
  const submit = async (v: { oldPassword: string; newPassword: string }) => {
    await api.post('/api/auth/change-password', { oldPassword: v.oldPassword, newPassword: v.newPassword });
    message.success('密码已修改');
    await refresh();
    navigate('/');
  };
  return (
    <Card title="修改密码" style={{ maxWidth: 480, margin: forced ? '80px auto' : undefined }}>
      {forced && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="首次登录或密码已被重置，请先修改密码" />
      )}
      <Form layout="vertical" onFinish={(v) => submit(v).catch(() => undefined)}>
        <Form.Item name="oldPassword" label="原密码" rules={[{ required: true, message: '请输入原密码' }]}>
          <Input.Password />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          extra="至少 8 位，包含大写字母、小写字母、数字、特殊字符中的至少 3 类"
          rules={[
            { required: true, message: '请输入新密码' },
            {
              validator: async (_, value: string) => {
                const problems = value ? checkPassword(value, undefined, me?.username) : [];
                if (problems.length) throw new Error(problems.join('；'));
              },
            },
          ]}
        >
          <Input.Password />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_, value) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的密码不一致');
              },
            }),
          ]}
        >
          <Input.Password />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          确认修改
        </Button>
        {forced && (
          <Button style={{ marginLeft: 8 }} onClick={() => void logout().then(() => navigate('/login'))}>
            退出登录
          </Button>
        )}
      </Form>
    </Card>
  );
}
