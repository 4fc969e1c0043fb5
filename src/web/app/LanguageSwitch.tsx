// 中文 / English switch; the choice is remembered in localStorage.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { isEn } from '../i18n/format';
import { rememberLang, type Lang } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value: Lang = isEn(i18n.language) ? 'en' : 'zh-CN';
  const change = (lang: Lang) => {
    rememberLang(lang);
    void i18n.changeLanguage(lang);
  };
  return (
    <Segmented<Lang>
      size="small"
      value={value}
      onChange={change}
      aria-label={t('lang.label')}
      data-testid="lang-switch"
      options={[
        { label: t('lang.zh'), value: 'zh-CN' },
        { label: t('lang.en'), value: 'en' },
      ]}
    />
  );
}
