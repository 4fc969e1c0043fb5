// SMTP configuration (issue 10): off unless SMTP_URL or SMTP_HOST is given; a sender is required with
// either; one way of naming the server, not both; the mail backoff grows and gives up.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config.js';
import { MAX_ATTEMPTS, retryAt } from '../../src/server/mail/outbox.js';

const env = (more: Record<string, string>) => ({ DATA_DIR: '/tmp/govit-smtp-config', ...more });

describe('SMTP configuration', () => {
  it('is off by default: the bell only', () => {
    expect(loadConfig(env({})).smtp).toBeUndefined();
  });
  it('takes the server by parts, with defaults', () => {
    const c = loadConfig(env({ SMTP_HOST: 'mail.example.gov.cn', SMTP_FROM: 'govit@example.gov.cn' }));
    expect(c.smtp).toMatchObject({
      host: 'mail.example.gov.cn',
      port: 587,
      secure: false,
      from: 'govit@example.gov.cn',
    });
  });
  it('or as a URL', () => {
    const c = loadConfig(env({ SMTP_URL: 'smtps://u:p@mail.example.gov.cn:465', SMTP_FROM: 'govit@example.gov.cn' }));
    expect(c.smtp?.url).toBe('smtps://u:p@mail.example.gov.cn:465');
  });
  it('refuses a server without a sender, both ways at once, or a URL of another scheme', () => {
    expect(() => loadConfig(env({ SMTP_HOST: 'mail.example.gov.cn' }))).toThrow(/SMTP_FROM/);
    expect(() => loadConfig(env({ SMTP_HOST: 'h', SMTP_URL: 'smtp://h', SMTP_FROM: 'govit@example.gov.cn' }))).toThrow(
      ConfigError,
    );
    expect(() => loadConfig(env({ SMTP_URL: 'http://h', SMTP_FROM: 'x@y' }))).toThrow(/SMTP_URL/);
  });
});

describe('mail retry backoff', () => {
  const now = new Date('2026-10-16T02:00:00Z');
  it('waits 1, 2, 4 … minutes, at most 6 hours, and gives up after the last attempt', () => {
    expect(retryAt(1, now)).toEqual(new Date(now.getTime() + 60_000));
    expect(retryAt(2, now)).toEqual(new Date(now.getTime() + 120_000));
    expect(retryAt(MAX_ATTEMPTS - 1, now)!.getTime() - now.getTime()).toBeLessThanOrEqual(360 * 60_000);
    expect(retryAt(MAX_ATTEMPTS, now)).toBeNull();
  });
});
