/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SignInClient } from '../sign-in/sign-in-client.ts';
import { navigateTo, replaceAddress, signedOut } from '../shared/events.ts';
import type { SignedInPerson } from '../shared/person.ts';
import { admin, problem, retailerAssociate, retailerManager } from '../testing/stand-ins.ts';
import './console-app.ts';
import type { AtelierConsole } from './console-app.ts';
import type { ConsolePage } from './pages.ts';
import type { SessionClient } from './session-client.ts';

const testPageUrl = `${window.location.pathname}${window.location.search}`;

/** Pages that draw their name only: the shell's part is which of them a person sees and reaches. */
const pages: ConsolePage[] = [
  { segment: 'account', title: (m) => m.pages.account, access: { brandStaff: ['admin', 'serviceDesk', 'concierge', 'analyst'], retailerStaff: ['manager', 'associate'] }, render: (c) => html`<section><h1 tabindex="-1">${c.messages.pages.account}</h1><p class="search">${c.search}</p></section>` },
  { segment: 'people', title: (m) => m.pages.people, access: { brandStaff: ['admin'], retailerStaff: ['manager'] }, render: (c) => html`<section><h1 tabindex="-1">${c.messages.pages.people}</h1></section>` },
  { segment: 'api-keys', title: (m) => m.pages.apiKeys, access: { brandStaff: ['admin'] }, render: (c) => html`<section><h1 tabindex="-1">${c.messages.pages.apiKeys}</h1></section>` },
];

class StandInSessionClient implements SessionClient {
  signOuts = 0;
  readonly #answer: () => Promise<SignedInPerson>;
  constructor(answer: () => Promise<SignedInPerson>) {
    this.#answer = answer;
  }
  me() {
    return this.#answer();
  }
  signOut() {
    this.signOuts += 1;
    return Promise.resolve({ signedOut: true });
  }
}

const signInClient: SignInClient = {
  requestLink: () => Promise.resolve({}),
  consumeLink: () => Promise.resolve(admin),
};

async function mount(session: StandInSessionClient, signIn: SignInClient = signInClient): Promise<AtelierConsole> {
  const element = await fixture<AtelierConsole>(html`<atelier-console .sessionClient=${session} .signInClient=${signIn} .pages=${pages}></atelier-console>`);
  await waitUntil(() => !text(element).includes('Loading…'), 'the session is known');
  return element;
}

function text(element: HTMLElement): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

function navLinks(element: AtelierConsole): HTMLAnchorElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLAnchorElement>('nav a') ?? [])];
}

function heading(element: AtelierConsole): string {
  return element.shadowRoot?.querySelector('main h1')?.textContent?.trim() ?? '';
}

describe('<atelier-console>', () => {
  afterEach(async () => {
    window.history.replaceState(null, '', testPageUrl);
    localStorage.clear();
    document.documentElement.lang = 'en';
    await setViewport({ width: 800, height: 600 });
  });

  it('shows a signed-in admin every page, opens the first, and names them in the header', async () => {
    const element = await mount(new StandInSessionClient(() => Promise.resolve(admin)));
    expect(navLinks(element).map((link) => link.textContent)).to.deep.equal(['My account', 'People', 'API keys']);
    expect(heading(element)).to.equal('My account');
    expect(text(element)).to.include('Signed in as Adèle Aubert · Brand admin');
    expect(document.title).to.equal('My account · Atelier console');
    await expect(element).to.be.accessible();
  });

  it('shows a retailer associate only what their role reaches, and says so at a brand-only address', async () => {
    window.history.replaceState(null, '', '/console/api-keys');
    const element = await mount(new StandInSessionClient(() => Promise.resolve(retailerAssociate)));
    expect(navLinks(element).map((link) => link.textContent)).to.deep.equal(['My account']);
    expect(heading(element)).to.equal('Not available with your role');
    const manager = await mount(new StandInSessionClient(() => Promise.resolve(retailerManager)));
    expect(navLinks(manager).map((link) => link.textContent)).to.deep.equal(['My account', 'People']);
  });

  it('moves between pages without reloading: the address, the current link and the focus follow', async () => {
    window.history.replaceState(null, '', '/console/');
    const element = await mount(new StandInSessionClient(() => Promise.resolve(admin)));
    const people = navLinks(element).find((link) => link.textContent === 'People');
    people?.click();
    await waitUntil(() => heading(element) === 'People');
    expect(window.location.pathname).to.equal('/console/people');
    expect(people?.getAttribute('aria-current')).to.equal('page');
    await waitUntil(() => element.shadowRoot?.activeElement === element.shadowRoot?.querySelector('main h1'), 'focus on the new page’s heading');
    window.history.back();
    await waitUntil(() => heading(element) === 'My account');
  });

  it('shows the console page a page asks for (a client opened by id), and nothing outside the console', async () => {
    window.history.replaceState(null, '', '/console/');
    const element = await mount(new StandInSessionClient(() => Promise.resolve(admin)));
    element.shadowRoot?.querySelector('main section')?.dispatchEvent(navigateTo('/console/people'));
    await waitUntil(() => heading(element) === 'People');
    expect(window.location.pathname).to.equal('/console/people');
    element.shadowRoot?.querySelector('main section')?.dispatchEvent(navigateTo('/elsewhere'));
    await element.updateComplete;
    expect(window.location.pathname).to.equal('/console/people');
  });

  it('hands a page the address’s query, and writes the one a page asks for in place of the current entry', async () => {
    window.history.replaceState(null, '', '/console/account?filter=%7B%7D');
    const element = await mount(new StandInSessionClient(() => Promise.resolve(admin)));
    const search = () => element.shadowRoot?.querySelector('main p.search')?.textContent ?? '';
    expect(search()).to.equal('?filter=%7B%7D');
    const entries = window.history.length;
    element.shadowRoot?.querySelector('main section')?.dispatchEvent(replaceAddress('/console/account?filter=%5B%5D'));
    await waitUntil(() => search() === '?filter=%5B%5D', 'the page gets the new query');
    expect(window.location.search).to.equal('?filter=%5B%5D');
    expect(window.history.length, 'no new history entry').to.equal(entries);
    element.shadowRoot?.querySelector('main section')?.dispatchEvent(replaceAddress('/elsewhere'));
    await element.updateComplete;
    expect(window.location.pathname).to.equal('/console/account');
  });

  it('answers an unknown console address with a page saying so', async () => {
    window.history.replaceState(null, '', '/console/nowhere');
    const element = await mount(new StandInSessionClient(() => Promise.resolve(admin)));
    expect(heading(element)).to.equal('Page not found');
  });

  it('shows the sign-in page without a session, and after any page reports the session gone', async () => {
    const signedOutElement = await mount(new StandInSessionClient(() => Promise.reject(problem(401, 'unauthorized'))));
    expect(signedOutElement.shadowRoot?.querySelector('console-sign-in')).to.exist;
    const element = await mount(new StandInSessionClient(() => Promise.resolve(admin)));
    element.shadowRoot?.querySelector('main section')?.dispatchEvent(signedOut());
    await waitUntil(() => element.shadowRoot?.querySelector('console-sign-in'));
  });

  it('signs in from an e-mailed link: takes the token from the address, then shows the person’s pages', async () => {
    window.history.replaceState(null, '', '/console/#sign-in=tok_link');
    const consumed: string[] = [];
    const element = await mount(new StandInSessionClient(() => Promise.reject(problem(401, 'unauthorized'))), {
      ...signInClient,
      consumeLink: (token) => {
        consumed.push(token);
        return Promise.resolve(admin);
      },
    });
    await waitUntil(() => navLinks(element).length > 0, 'signed in');
    expect(consumed).to.deep.equal(['tok_link']);
    expect(window.location.hash).to.equal('');
  });

  it('signs in from a link pasted into the tab that asked for it: only the fragment changes, the page does not load again', async () => {
    window.history.replaceState(null, '', '/console/');
    const consumed: string[] = [];
    const element = await mount(new StandInSessionClient(() => Promise.reject(problem(401, 'unauthorized'))), {
      ...signInClient,
      consumeLink: (token) => {
        consumed.push(token);
        return Promise.resolve(admin);
      },
    });
    expect(element.shadowRoot?.querySelector('console-sign-in')).to.exist;
    window.location.hash = '#sign-in=tok_pasted';
    await waitUntil(() => navLinks(element).length > 0, 'signed in');
    expect(consumed).to.deep.equal(['tok_pasted']);
    expect(window.location.hash).to.equal('');
  });

  it('signs out', async () => {
    const session = new StandInSessionClient(() => Promise.resolve(admin));
    const element = await mount(session);
    [...(element.shadowRoot?.querySelectorAll<HTMLElement>('header wa-button') ?? [])].find((button) => button.textContent?.includes('Sign out'))?.click();
    await waitUntil(() => element.shadowRoot?.querySelector('console-sign-in'));
    expect(session.signOuts).to.equal(1);
  });

  it('says when the server cannot be reached, and tries again on request', async () => {
    let calls = 0;
    const element = await mount(
      new StandInSessionClient(() => {
        calls += 1;
        return calls === 1 ? Promise.reject(problem(503, 'service_unavailable')) : Promise.resolve(admin);
      }),
    );
    expect(element.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.include('Something went wrong on our side');
    [...(element.shadowRoot?.querySelectorAll<HTMLElement>('main wa-button') ?? [])].find((button) => button.textContent?.includes('Try again'))?.click();
    await waitUntil(() => navLinks(element).length > 0);
  });

  it('speaks the language picked, remembers it, and sets the page’s lang for Web Awesome', async () => {
    const element = await mount(new StandInSessionClient(() => Promise.resolve(admin)));
    const picker = element.shadowRoot?.querySelector<HTMLElement & { value: string }>('header wa-select');
    if (!picker) throw new Error('no language picker');
    picker.value = 'fr';
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => heading(element) === 'Mon compte', 'French strings load');
    expect(document.documentElement.lang).to.equal('fr');
    expect(localStorage.getItem('atelier-console-locale')).to.equal('fr');
    await expect(element).to.be.accessible();
  });

  it('keeps its contrast in Web Awesome’s dark theme', async () => {
    document.documentElement.classList.add('wa-dark');
    try {
      const element = await mount(new StandInSessionClient(() => Promise.resolve(admin)));
      await expect(element).to.be.accessible();
    } finally {
      document.documentElement.classList.remove('wa-dark');
    }
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    await mount(new StandInSessionClient(() => Promise.resolve(admin)));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
