// The test SMTP server's switch, for tests of an outage: stop it, then start it again on the same port.
// It lives on `process`, which the test files share with global setup when jest runs them in band.
export interface SmtpControl {
  stop(): Promise<void>;
  start(): Promise<void>;
}

const holder = process as unknown as { __pathwaySmtp?: SmtpControl };

export const smtpControl: SmtpControl = (holder.__pathwaySmtp ??= {
  stop: () =>
    Promise.reject(new Error('The test SMTP server is not running in this process (run jest with --runInBand).')),
  start: () =>
    Promise.reject(new Error('The test SMTP server is not running in this process (run jest with --runInBand).')),
});
