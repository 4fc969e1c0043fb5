// E-mail over SMTP (issue 10: reminders by e-mail when configured). One nodemailer transport per
// configuration; none when SMTP is not configured (the bell alone then). Config: SMTP_URL, or
// SMTP_HOST/PORT/SECURE/USER/PASS, and SMTP_FROM (server/config.ts).
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What the mail is for (the outbox's dedupe key), sent as X-GovIT-Ref so a receiver can see a repeat. */
  ref?: string;
}

export interface Mailer {
  send(m: MailMessage): Promise<{ messageId: string }>;
}

const transports = new WeakMap<NonNullable<Config['smtp']>, Mailer>();

/** The mailer for this configuration, or null when SMTP is not configured. */
export function mailerFor(smtp: Config['smtp']): Mailer | null {
  if (!smtp) return null;
  const known = transports.get(smtp);
  if (known) return known;
  const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
  const transport = smtp.url
    ? nodemailer.createTransport({ url: smtp.url, ...timeouts })
    : nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
        ...timeouts,
      });
  const mailer: Mailer = {
    async send(m) {
      const info = await transport.sendMail({
        from: smtp.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        headers: m.ref ? { 'X-GovIT-Ref': m.ref } : undefined,
      });
      return { messageId: String(info.messageId ?? '') };
    },
  };
  transports.set(smtp, mailer);
  return mailer;
}
