// Articles as people read them: 'Art.10(1)4' → 第十条第（一）项第4点 in Chinese, unchanged in English.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { articleZh } from '../../domain/rules/cite';
import { isEn } from '../i18n/format';

export function citeText(article: string | null | undefined, lang: string): string {
  if (!article) return '';
  return isEn(lang) ? article : articleZh(article);
}

export function useCite(): (article: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback((a: string | null | undefined) => citeText(a, lang), [lang]);
}
