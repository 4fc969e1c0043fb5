// A 元 amount typed as text (2 decimals at most), with its 万元 reading underneath.
import { Input, Typography } from 'antd';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { wanText, yuanInputToFen } from '../../plan/money';

interface Props {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  disabled?: boolean;
  showWan?: boolean;
  placeholder?: string;
}

export function YuanInput({ id, value, onChange, disabled, showWan = false, placeholder }: Props) {
  const { t } = useTranslation();
  const fen = yuanInputToFen(value);
  return (
    <>
      <Input
        id={id}
        value={value}
        disabled={disabled}
        inputMode="decimal"
        autoComplete="off"
        placeholder={placeholder ?? '0.00'}
        suffix={t('money.yuan')}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange?.(e.target.value)}
      />
      {showWan && typeof fen === 'number' && fen > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          ≈ {wanText(fen, 2)}
        </Typography.Text>
      )}
    </>
  );
}
