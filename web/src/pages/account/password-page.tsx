import ChangePassword from './change-password';

/** Route wrapper so the page chunk stays lazy while the forced flow imports the form directly. */
export default function PasswordPage() {
  return <ChangePassword />;
}
