import { Modal, Typography } from 'antd';

/** Shows a new account's temporary password, the only time it is ever shown (users page, expert pool). */
export function showTemporaryPassword(username: string, password: string, title = '账号已创建') {
  Modal.success({
    title,
    content: (
      <div>
        用户名：<Typography.Text copyable>{username}</Typography.Text>
        <br />
        临时密码：
        <Typography.Text copyable data-testid="temp-password">
          {password}
        </Typography.Text>
        <p style={{ color: '#888' }}>临时密码仅显示一次，首次登录时须修改密码。</p>
      </div>
    ),
  });
}
