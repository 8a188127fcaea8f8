/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { signedOutEvent } from '../shared/events.ts';
import { problem } from '../testing/stand-ins.ts';
import './account-page.ts';
import type { ConsoleAccount } from './account-page.ts';
import { deviceName } from './device-name.ts';
import type { MySessionsClient } from './my-sessions-client.ts';
import { button, text } from './test-roots.ts';

type Sessions = Awaited<ReturnType<MySessionsClient['list']>>['sessions'];

const chromeOnMac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const firefoxOnWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

class StandInSessionsClient implements MySessionsClient {
  rows: Sessions = [
    { id: 'ses_here', createdAt: '2026-12-06T08:00:00Z', lastSeenAt: '2026-12-06T09:00:00Z', idleExpiresAt: '2026-12-06T09:30:00Z', absoluteExpiresAt: '2026-12-06T20:00:00Z', ip: '192.0.2.10', userAgent: chromeOnMac, current: true },
    { id: 'ses_other', createdAt: '2026-12-05T08:00:00Z', lastSeenAt: '2026-12-05T09:00:00Z', idleExpiresAt: '2026-12-05T09:30:00Z', absoluteExpiresAt: '2026-12-05T20:00:00Z', ip: '198.51.100.7', userAgent: firefoxOnWindows, current: false },
  ];
  revoked: string[] = [];
  listAnswer: (() => Promise<{ sessions: Sessions }>) | undefined;

  list() {
    return this.listAnswer?.() ?? Promise.resolve({ sessions: this.rows });
  }
  revoke(sessionId: string) {
    this.revoked.push(sessionId);
    this.rows = this.rows.filter((session) => session.id !== sessionId);
    return Promise.resolve({});
  }
}

async function mount(client: StandInSessionsClient): Promise<ConsoleAccount> {
  const element = await fixture<ConsoleAccount>(html`<console-account .sessions=${client}></console-account>`);
  await waitUntil(() => text(element).includes('This browser'), 'the sessions load');
  return element;
}

describe('<console-account>', () => {
  it('lists the browsers I am signed in on, this one marked, accessibly', async () => {
    const element = await mount(new StandInSessionsClient());
    expect(element.shadowRoot?.querySelector('h1')?.textContent).to.equal('My account');
    expect(text(element)).to.include('Chrome · macOS').and.include('Firefox · Windows').and.include('192.0.2.10');
    await expect(element).to.be.accessible();
  });

  it('ends another session, and ending this one signs me out here', async () => {
    const client = new StandInSessionsClient();
    const element = await mount(client);
    button(element, 'End this session: Firefox · Windows').click();
    await waitUntil(() => text(element).includes('Session ended.'));
    expect(client.revoked).to.deep.equal(['ses_other']);
    const signedOut = oneEvent(element, signedOutEvent);
    button(element, 'End this session: Chrome · macOS').click();
    await signedOut;
  });

  it('tells the shell when the session is gone while loading', async () => {
    const client = new StandInSessionsClient();
    client.listAnswer = () => Promise.reject(problem(401, 'unauthorized'));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const signedOut = oneEvent(host, signedOutEvent);
    const element = document.createElement('console-account');
    element.sessions = client;
    host.append(element);
    await signedOut;
  });
});

describe('deviceName', () => {
  it('says browser and system in a few words, or nothing when it cannot tell', () => {
    expect(deviceName(chromeOnMac)).to.equal('Chrome · macOS');
    expect(deviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1')).to.equal('Safari · iOS');
    expect(deviceName('curl/8.5.0')).to.equal(undefined);
    expect(deviceName(null)).to.equal(undefined);
  });
});
