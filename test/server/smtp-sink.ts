/** An SMTP server on loopback that keeps every message it receives, parsed. */
import type { AddressInfo } from 'node:net';

import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  readonly port: number;
  readonly messages: ParsedMail[];
  close(): Promise<void>;
}

/**
 * `refuse` answers an address's RCPT TO with a temporary 451, as greylisting does, while it
 * returns true.
 */
export async function startSmtpSink(refuse: (address: string) => boolean = () => false): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    onRcptTo(address, _session, callback) {
      if (!refuse(address.address)) return callback();
      return callback(Object.assign(new Error('4.7.1 greylisted, try again later'), { responseCode: 451 }));
    },
    authOptional: true,
    // No TLS on loopback: the test checks what is sent, not the certificate chain.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        messages.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  return { port, messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
