export * from './harness.ts';
export { RecordingMailer } from '../mail/recording-mailer.ts';
export { fixedClock } from '../clock.ts';
export { createTestDatabase } from './postgres.ts';
export { SoftwareAuthenticator } from './software-authenticator.ts';
