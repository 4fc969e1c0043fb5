// A Form.List shown as an editable table: one row per entry, a delete button, an add button.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface EditableColumn {
  key: string;
  title: ReactNode;
  width?: number | string;
  render: (name: number) => ReactNode;
}

export function EditableList({
  name,
  columns,
  addLabel,
  disabled,
  testId,
}: {
  name: string;
  columns: EditableColumn[];
  addLabel: string;
  disabled: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div data-testid={testId}>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            scroll={{ x: 800 }}
            locale={{ emptyText: t('form.noRows') }}
            columns={[
              ...columns.map((c) => ({
                key: c.key,
                title: c.title,
                width: c.width,
                render: (_: unknown, f: { name: number }) => c.render(f.name),
              })),
              {
                key: 'x',
                width: 56,
                render: (_: unknown, f: { name: number }) => (
                  <Button
                    size="small"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    disabled={disabled}
                    aria-label={t('form.removeRow')}
                  />
                ),
              },
            ]}
          />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            disabled={disabled}
            style={{ marginTop: 8 }}
            data-testid={`${testId}-add`}
          >
            {addLabel}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
