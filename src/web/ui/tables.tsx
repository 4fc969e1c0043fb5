// What every list table shares (issue 13, as in Ant Design Pro): sticky headers, pagination with the
// total, sorters and filters for the columns people use, and a column picker for wide tables (the
// choice kept in localStorage per table).
import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './ux.css';

/** Sticky header: the column titles stay in view while the page scrolls. */
export const STICKY = { offsetHeader: 0 } as const;

/** Client-side pagination for a list the server sends whole. */
export function listPagination(t: TFunction, pageSize = 20): TablePaginationConfig {
  return {
    defaultPageSize: pageSize,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (n) => t('common.total', { count: n }),
  };
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
type Key<T> = { [K in keyof T]: T[K] extends string | number | null | undefined ? K : never }[keyof T];

/** Sorts by a text field (Chinese collation, numbers in order); blanks last. */
export function byText<T>(key: Key<T>) {
  return (a: T, b: T) => collator.compare(String(a[key] ?? '\uffff'), String(b[key] ?? '\uffff'));
}
/** Sorts by a number field (fen, counts); blanks first. */
export function byNumber<T>(key: Key<T>) {
  return (a: T, b: T) => Number(a[key] ?? -1) - Number(b[key] ?? -1);
}
/** Sorts by an ISO date or instant string; blanks first. */
export function byDate<T>(key: Key<T>) {
  return (a: T, b: T) => String(a[key] ?? '').localeCompare(String(b[key] ?? ''));
}

/** Column filters from the distinct values of a field in the rows, labelled by `label`. */
export function valueFilters<T>(rows: readonly T[], key: Key<T>, label: (v: string) => string) {
  const values = [...new Set(rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined))].map(String);
  return {
    filters: values.map((v) => ({ text: label(v), value: v })).sort((a, b) => collator.compare(a.text, b.text)),
    onFilter: (value: unknown, r: T) => String(r[key]) === String(value),
  };
}

const storageKey = (table: string) => `govit.columns.${table}`;
function storedHidden(table: string, fallback: string[]): string[] {
  try {
    const s = localStorage.getItem(storageKey(table));
    return s ? (JSON.parse(s) as string[]) : fallback;
  } catch {
    return fallback;
  }
}
const columnKey = (c: ColumnsType<never>[number]) => String(c.key ?? (c as { dataIndex?: string }).dataIndex ?? '');

/**
 * A column picker for a wide table: returns the visible columns and the button that chooses them.
 * `hiddenByDefault` keys start hidden; `always` keys cannot be hidden.
 */
export function useColumnPicker<T>(
  table: string,
  columns: ColumnsType<T>,
  opts: { hiddenByDefault?: string[]; always?: string[] } = {},
) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState<string[]>(() => storedHidden(table, opts.hiddenByDefault ?? []));
  const always = new Set(opts.always ?? []);
  const visible = useMemo(
    () => columns.filter((c) => !hidden.includes(columnKey(c as ColumnsType<never>[number]))),
    [columns, hidden],
  );
  const save = (next: string[]) => {
    setHidden(next);
    try {
      localStorage.setItem(storageKey(table), JSON.stringify(next));
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };
  const picker = (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('ux.columns.title')}
      content={
        <Space orientation="vertical" size={4} data-testid={`column-picker-${table}`}>
          {columns.map((c) => {
            const k = columnKey(c as ColumnsType<never>[number]);
            return (
              <Checkbox
                key={k}
                checked={!hidden.includes(k)}
                disabled={always.has(k)}
                data-column={k}
                onChange={(e) => save(e.target.checked ? hidden.filter((h) => h !== k) : [...hidden, k])}
              >
                {c.title as string}
              </Checkbox>
            );
          })}
          <Button size="small" type="link" onClick={() => save(opts.hiddenByDefault ?? [])}>
            {t('ux.columns.reset')}
          </Button>
        </Space>
      }
    >
      <Button icon={<SettingOutlined />} data-testid={`column-picker-button-${table}`}>
        {t('ux.columns.button')}
      </Button>
    </Popover>
  );
  return { visible, picker, isVisible: (k: string) => !hidden.includes(k) };
}
