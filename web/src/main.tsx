import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { setUnauthenticatedHandler } from './api/request';
import { AppLayout } from './app/AppLayout';
import { AuthProvider, useAuth } from './app/auth';
import { ROUTES, routesFor } from './app/routes';
import ChangePassword from './pages/account/change-password';
import Login from './pages/login/index';

dayjs.locale('zh-cn');

function Guarded() {
  const { me, loading } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  setUnauthenticatedHandler(() => navigate('/login', { replace: true }));
  if (loading) return <Spin style={{ display: 'block', marginTop: 120 }} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.mustChangePassword) return <ChangePassword forced />;
  const allowed = new Set(routesFor(me.role as never).map((r) => r.path));
  const noPage = <Result status="404" title="页面不存在或无权访问" />;
  // Every path is registered, the role's own pages render: a page the role may not open must not fall through
  // to a looser pattern (/rectification/results would otherwise open /rectification/:id with id "results").
  return (
    <Routes>
      <Route element={<AppLayout />}>
        {ROUTES.map((r) => (
          <Route key={r.path} path={r.path} element={allowed.has(r.path) ? <r.element /> : noPage} />
        ))}
        <Route path="*" element={noPage} />
      </Route>
    </Routes>
  );
}

function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1d5fbf', borderRadius: 4 } }}>
      <AntApp>
        <AuthProvider>
          <BrowserRouter>
            <Suspense fallback={<Spin />}>
              <Routes>
                <Route path="/login" element={<Login />} />
                <Route path="/*" element={<Guarded />} />
              </Routes>
            </Suspense>
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
