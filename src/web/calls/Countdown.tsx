// Time left until a call's deadline (Art.8), measured against the server's clock: days and hours,
// red when fewer than 3 days remain, "已截止" afterwards.
import { Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function remainingParts(ms: number) {
  return {
    days: Math.floor(ms / DAY),
    hours: Math.floor((ms % DAY) / HOUR),
    minutes: Math.floor((ms % HOUR) / 60_000),
  };
}

/** Also used for the revision deadline (Art.14): `testId` and `passedText` name that use. */
export function Countdown({
  deadlineAt,
  serverNow,
  testId = 'call-countdown',
  passedText,
}: {
  deadlineAt: string;
  serverNow?: string;
  testId?: string;
  passedText?: string;
}) {
  const { t } = useTranslation();
  // The server's clock minus ours, fixed when the call was fetched.
  const skew = useMemo(() => (serverNow ? new Date(serverNow).getTime() - Date.now() : 0), [serverNow]);
  const [now, setNow] = useState(() => Date.now() + skew);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now() + skew), 30_000);
    return () => window.clearInterval(id);
  }, [skew]);

  const left = new Date(deadlineAt).getTime() - now;
  if (left <= 0)
    return (
      <Typography.Text type="danger" strong data-testid={testId} data-passed="true">
        {passedText ?? t('calls.passed')}
      </Typography.Text>
    );
  const { days, hours, minutes } = remainingParts(left);
  const text = days > 0 ? t('calls.leftDays', { days, hours }) : t('calls.leftHours', { hours, minutes });
  return (
    <Typography.Text type={left < 3 * DAY ? 'danger' : undefined} strong data-testid={testId} data-passed="false">
      {text}
    </Typography.Text>
  );
}
