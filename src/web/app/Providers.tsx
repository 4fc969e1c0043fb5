// Ant Design, dayjs and the document follow the chosen language; zh-CN by default.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isEn } from '../i18n/format';
import '../ui/ux.css';

// Secondary, description and placeholder text dark enough for WCAG 2 AA contrast (4.5:1, GB/T 37668;
// axe-core in tests/e2e/ux.test.ts): antd's defaults (45 % black) measure about 4.0:1 on white.
const THEME = {
  token: {
    colorPrimary: '#1d5fbf',
    colorLink: '#1d5fbf',
    colorError: '#cf1322',
    borderRadius: 6,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  },
};

export function Providers({ children }: { children: ReactNode }) {
  const { i18n, t } = useTranslation();
  const en = isEn(i18n.language);

  useEffect(() => {
    dayjs.locale(en ? 'en' : 'zh-cn');
    document.documentElement.lang = en ? 'en' : 'zh-CN';
    document.title = t('app.name');
  }, [en, t]);

  return (
    <ConfigProvider locale={en ? enUS : zhCN} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
