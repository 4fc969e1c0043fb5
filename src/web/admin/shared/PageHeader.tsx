// Title, one-line explanation and actions at the top of an administration page.
import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeader({ title, intro, extra }: { title: ReactNode; intro?: ReactNode; extra?: ReactNode }) {
  return (
    <>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {intro && (
        <Typography.Paragraph className="govit-page-intro" style={{ marginTop: 8 }}>
          {intro}
        </Typography.Paragraph>
      )}
    </>
  );
}
