/**
 * People and roles: who may sign in, with which role, invited by whom. A brand admin sees
 * everyone, invites brand staff and retailer staff, changes roles and deactivates; a retailer
 * manager sees their retailer's people and invites and deactivates associates. Given a
 * `retailer`, the page is that retailer's people (the retailers page embeds it so).
 */
import '@awesome.me/webawesome/dist/components/button/button.js';
import '@awesome.me/webawesome/dist/components/callout/callout.js';
import '@awesome.me/webawesome/dist/components/input/input.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import type WaInput from '@awesome.me/webawesome/dist/components/input/input.js';
import type WaSelect from '@awesome.me/webawesome/dist/components/select/select.js';
import type { BrandRole, Invitation, Locale, Person, Received, RetailerRole } from '@atelier/client/contract';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { englishMessages } from '../locales/catalog.ts';
import type { ConsoleMessages } from '../locales/en.ts';
import { renderConfirm, type PendingConfirmation } from '../shared/confirm-dialog.ts';
import { renderLoad } from '../shared/loads.ts';
import { renderDataTable } from '../shared/data-table.ts';
import { pageStyles } from '../shared/page-styles.ts';
import { renderRetailerSelect } from '../shared/retailer-select.ts';
import { isRetailerRole } from '../shared/person.ts';
import type { SignedInPerson } from '../shared/person.ts';
import { SubmissionController } from '../shared/submission.ts';
import type { PeopleClient, RetailerSummary, RetailersClient } from './people-client.ts';

type Role = BrandRole | RetailerRole;

const brandRoleChoices: readonly BrandRole[] = ['admin', 'serviceDesk', 'concierge', 'analyst'];
const retailerRoleChoices: readonly RetailerRole[] = ['manager', 'associate'];

interface InviteDraft {
  email: string;
  displayName: string;
  role: Role | '';
  retailerId: string;
}

export class ConsolePeople extends LitElement {
  static override styles = pageStyles;

  static override properties = {
    client: { attribute: false },
    retailersClient: { attribute: false },
    messages: { attribute: false },
    locale: { attribute: false },
    viewer: { attribute: false },
    retailer: { attribute: false },
    draft: { state: true },
    notice: { state: true },
    confirmation: { state: true },
  };

  declare client: PeopleClient;
  /** Where the invite form's retailers come from; brand admins only. */
  declare retailersClient: RetailersClient | undefined;
  declare messages: ConsoleMessages;
  declare locale: Locale;
  /** The signed-in person: what they may do here follows their role. */
  declare viewer: SignedInPerson;
  /** Shows this retailer's people only, and invites to it. */
  declare retailer: RetailerSummary | undefined;
  declare private draft: InviteDraft;
  declare private notice: string | undefined;
  declare private confirmation: PendingConfirmation | undefined;

  readonly #people = new Task(this, {
    task: ([client, retailer], { signal }) =>
      (client as PeopleClient).list((retailer as RetailerSummary | undefined) ? { retailerId: (retailer as RetailerSummary).id } : {}, { signal }),
    args: () => [this.client, this.retailer],
  });
  readonly #retailers = new Task(this, {
    task: async ([retailersClient], { signal }) => ((retailersClient as RetailersClient | undefined) ? (retailersClient as RetailersClient).list({ signal }) : []),
    args: () => [this.retailersClient],
  });
  readonly #inviting = new SubmissionController(this, () => this.messages);
  readonly #changing = new SubmissionController(this, () => this.messages);

  constructor() {
    super();
    this.messages = englishMessages;
    this.locale = 'en';
    this.retailer = undefined;
    this.draft = { email: '', displayName: '', role: '', retailerId: '' };
  }

  get #isAdmin(): boolean {
    return this.viewer.role === 'admin';
  }

  /** The roles this viewer may give here: an admin any (retailer roles only on a retailer's page), a manager associates. */
  #invitableRoles(): readonly Role[] {
    if (!this.#isAdmin) return ['associate'];
    return this.retailer ? retailerRoleChoices : [...brandRoleChoices, ...retailerRoleChoices];
  }

  #draftRole(): Role | '' {
    const roles = this.#invitableRoles();
    return roles.length === 1 ? (roles[0] ?? '') : this.draft.role;
  }

  /** The retailer an invitation goes to: the page's, the manager's own, or the one chosen. */
  #draftRetailerId(role: Role | ''): string | undefined {
    if (!role || !isRetailerRole(role)) return undefined;
    if (this.retailer) return this.retailer.id;
    if (!this.#isAdmin) return this.viewer.retailerId ?? undefined;
    return this.draft.retailerId || undefined;
  }

  async #invite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.notice = undefined;
    const role = this.#draftRole();
    const retailerId = this.#draftRetailerId(role);
    const displayName = this.draft.displayName.trim();
    const invitation = {
      email: this.draft.email.trim(),
      role,
      ...(displayName ? { displayName } : {}),
      ...(retailerId ? { retailerId } : {}),
    } as Invitation;
    const outcome = await this.#inviting.submit((options) => this.client.invite(invitation, options));
    if (!outcome.ok) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('form .field-error')?.focus());
      return;
    }
    this.notice = this.messages.people.invited(invitation.email);
    this.draft = { email: '', displayName: '', role: '', retailerId: this.draft.retailerId };
    void this.#people.run();
  }

  async #changeRole(person: Received<Person>, role: Role): Promise<void> {
    this.notice = undefined;
    const outcome = await this.#changing.submit((options) => this.client.update(person.id, { role }, options));
    if (!outcome.ok) return;
    this.notice = this.messages.people.roleChanged(this.#nameOf(person), this.messages.roles[role]);
    void this.#people.run();
  }

  #confirmDeactivate(person: Received<Person>): void {
    const words = this.messages.people;
    const name = this.#nameOf(person);
    this.confirmation = {
      label: words.deactivateLabel(name),
      message: words.deactivateConfirm(name),
      confirmLabel: words.deactivate,
      run: async () => {
        this.notice = undefined;
        const outcome = await this.#changing.submit((options) => this.client.update(person.id, { status: 'deactivated' }, options));
        if (!outcome.ok) return;
        this.notice = words.deactivated(name);
        void this.#people.run();
      },
    };
  }

  #nameOf(person: Received<Person>): string {
    return person.displayName || person.email;
  }

  /** Whether every person listed belongs to one retailer (a retailer's page, or a retailer's manager): no retailer column then. */
  get #oneRetailer(): boolean {
    return this.retailer !== undefined || this.viewer.retailerId !== null;
  }

  #mayDeactivate(person: Received<Person>): boolean {
    if (person.status === 'deactivated' || person.id === this.viewer.id) return false;
    return this.#isAdmin || person.role === 'associate';
  }

  override render() {
    const words = this.messages.people;
    return html`${this.retailer
        ? html`<h2 tabindex="-1">${this.messages.retailers.peopleOf(this.retailer.name)}</h2>`
        : html`<h1 tabindex="-1">${words.title}</h1>
            <p class="intro">${this.#isAdmin ? words.intro : words.retailerIntro}</p>`}
      <p role="status">${this.notice ?? nothing}</p>
      ${this.#changing.errorMessage ? html`<wa-callout variant="danger" role="alert">${this.#changing.errorMessage}</wa-callout>` : nothing}
      ${renderLoad(this, this.#people, this.messages, ({ people }) => this.#renderPeople(people, this.#retailers.value ?? []))}
      ${this.#renderInvite()}
      ${renderConfirm(this.confirmation, this.messages.common.cancel, () => {
        this.confirmation = undefined;
      })}`;
  }

  #renderPeople(people: readonly Received<Person>[], retailers: readonly RetailerSummary[]) {
    const words = this.messages.people;
    if (people.length === 0) return html`<p>${this.retailer ? this.messages.retailers.noPeople : words.empty}</p>`;
    const retailerName = (id: string | null) => (id === null ? words.brandWide : (retailers.find((retailer) => retailer.id === id)?.name ?? id));
    return renderDataTable({
      labelledBy: 'people-caption',
      caption: { text: this.retailer ? this.messages.retailers.peopleOf(this.retailer.name) : words.title },
      columns: [words.name, words.email, words.role, this.#oneRetailer ? undefined : words.retailer, words.status, words.actions],
      rows: people.map(
        (person) => html`<tr>
          <th scope="row">${this.#nameOf(person)}</th>
          <td>${person.email}</td>
          <td>${this.#renderRole(person)}</td>
          ${this.#oneRetailer ? nothing : html`<td>${retailerName(person.retailerId)}</td>`}
          <td>${(words.statuses as Record<string, string>)[person.status] ?? person.status}</td>
          <td>
            ${this.#mayDeactivate(person)
              ? html`<wa-button size="s" appearance="outlined" variant="danger" @click=${() => this.#confirmDeactivate(person)}
                  >${words.deactivate}<span class="visually-hidden">: ${this.#nameOf(person)}</span></wa-button
                >`
              : nothing}
          </td>
        </tr>`,
      ),
    });
  }

  #renderRole(person: Received<Person>) {
    const roleName = (role: string) => (this.messages.roles as Record<string, string>)[role] ?? role;
    if (!this.#isAdmin || person.status === 'deactivated' || person.id === this.viewer.id) return roleName(person.role);
    const choices = isRetailerRole(person.role) ? retailerRoleChoices : brandRoleChoices;
    return html`<wa-select
      size="s"
      label=${this.messages.people.changeRole(this.#nameOf(person))}
      class="row-role"
      .value=${person.role}
      ?disabled=${this.#changing.pending}
      @change=${(event: Event) => {
        const role = (event.target as WaSelect).value as Role;
        if (role !== person.role) void this.#changeRole(person, role);
      }}
    >
      ${choices.map((role) => html`<wa-option value=${role}>${roleName(role)}</wa-option>`)}
    </wa-select>`;
  }

  #renderInvite() {
    const words = this.messages.people;
    const request = this.#inviting;
    const roles = this.#invitableRoles();
    const role = this.#draftRole();
    const chooseRetailer = this.#isAdmin && !this.retailer && role !== '' && isRetailerRole(role);
    const errorOf = (name: string) => request.fieldError(name);
    const title = this.retailer ? this.messages.retailers.inviteManager(this.retailer.name) : words.inviteTitle;
    return html`<section aria-labelledby="invite-title">
      <h2 id="invite-title">${title}</h2>
      <p class="intro">${words.inviteIntro}</p>
      <form novalidate @submit=${(event: SubmitEvent) => void this.#invite(event)}>
        ${request.errorMessage ? html`<wa-callout variant="danger" role="alert">${request.errorMessage}</wa-callout>` : nothing}
        <wa-input
          name="email"
          type="email"
          autocomplete="off"
          spellcheck="false"
          required
          label=${words.emailLabel}
          class=${errorOf('email') ? 'field-error' : ''}
          hint=${errorOf('email') ?? ''}
          .value=${this.draft.email}
          @input=${(event: Event) => {
            this.draft = { ...this.draft, email: (event.target as WaInput).value ?? '' };
          }}
        ></wa-input>
        <wa-input
          name="displayName"
          autocomplete="off"
          label=${`${words.nameLabel} ${this.messages.common.optional}`}
          class=${errorOf('displayName') ? 'field-error' : ''}
          hint=${errorOf('displayName') ?? ''}
          .value=${this.draft.displayName}
          @input=${(event: Event) => {
            this.draft = { ...this.draft, displayName: (event.target as WaInput).value ?? '' };
          }}
        ></wa-input>
        ${roles.length === 1
          ? html`<p><strong>${words.roleLabel}:</strong> ${this.messages.roles[roles[0] ?? 'associate']}</p>`
          : html`<wa-select
              name="role"
              required
              label=${words.roleLabel}
              class=${errorOf('role') ? 'field-error' : ''}
              hint=${errorOf('role') ?? ''}
              .value=${this.draft.role}
              @change=${(event: Event) => {
                this.draft = { ...this.draft, role: (event.target as WaSelect).value as Role };
              }}
            >
              ${roles.map((choice) => html`<wa-option value=${choice}>${this.messages.roles[choice]}</wa-option>`)}
            </wa-select>`}
        ${chooseRetailer
          ? renderRetailerSelect({
              label: words.retailerLabel,
              placeholder: words.retailerPlaceholder,
              value: this.draft.retailerId,
              retailers: this.#retailers.value ?? [],
              place: this.messages.retailers.place,
              error: errorOf('retailerId'),
              onChange: (retailerId) => {
                this.draft = { ...this.draft, retailerId };
              },
            })
          : nothing}
        <div class="actions">
          <wa-button type="submit" variant="brand" ?loading=${request.pending}>${request.pending ? words.inviting : words.invite}</wa-button>
        </div>
      </form>
    </section>`;
  }
}

customElements.define('console-people', ConsolePeople);

declare global {
  interface HTMLElementTagNameMap {
    'console-people': ConsolePeople;
  }
}
