// The web's one money display (issue 13): 万元 with thousands separators, never wrapping, the exact
// 元 figure on hover (title) and for screen readers. Formats with the domain's formatWan/formatYuan
// (through plan/money wanText/yuanText), so a table, a header and a total read the same.
import { wanText, yuanText } from '../plan/money';
import './ux.css';

export function Money({
  fen,
  digits = 2,
  testId,
}: {
  fen: number | null | undefined;
  digits?: number;
  testId?: string;
}) {
  if (fen === null || fen === undefined) return <span data-testid={testId}>—</span>;
  return (
    <span className="govit-money" title={yuanText(fen)} data-fen={fen} data-testid={testId}>
      {wanText(fen, digits)}
    </span>
  );
}

/** A table column's render for an amount in fen. */
export const renderMoney = (fen: number | null | undefined) => <Money fen={fen} />;
