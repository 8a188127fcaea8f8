/**
 * The owner's preferences in the portal: per channel marketing / service only / none, the language
 * of the brand's messages and a quiet period, loaded when the view opens and saved together with
 * `wording`, the words on the owner's screen when they saved (the server keeps them with each
 * change, and shows them back in the history).
 */
import type { ReactiveControllerHost } from 'lit';
import { UpdateMyPreferencesRequest } from '@atelier/client/contract';
import type { ChannelChoice, Locale, MyPreferences, Received, UpdateMyPreferencesRequest as UpdateMyPreferencesRequestInput } from '@atelier/client/contract';
import { WidgetState } from '../../base/widget-state.ts';
import { focusAfterUpdate } from '../../forms/error-summary.ts';
import { FormController, optionalText } from '../../forms/form-controller.ts';
import type { FormValues } from '../../forms/form-controller.ts';
import type { OwnerPortalMessages } from './locales/en.ts';
import { clientPart } from './owner-portal-client.ts';
import type { OwnerPortalClient } from './owner-portal-client.ts';
import type { PortalFlowHost } from './portal-flow.ts';
import { problemOf } from './portal-problems.ts';

/** The form's fields, by the request's paths, so the server's field errors land on them. */
export const preferenceFields = {
  emailChoice: 'channels.0.choice',
  language: 'language',
  quiet: 'quiet',
  quietFrom: 'quietPeriod.from',
  quietUntil: 'quietPeriod.until',
} as const;

export interface PreferencesFlowOptions extends PortalFlowHost {
  /** The portal's words in the owner's language: the saved wording is made of them. */
  messages: () => OwnerPortalMessages;
  /** The session ended: the portal asks the owner to sign in again. */
  sessionEnded: () => void;
  /** The preferences are saved: the portal says so. */
  saved: (message: string) => void;
  /** Checks the form against the contract: its request, or undefined with the error summary focused. */
  attempt: (form: FormController<UpdateRequest>) => UpdateRequest | undefined;
}

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };
/** The request as the form builds it: the contract's input shape. */
type UpdateRequest = UpdateMyPreferencesRequestInput;

/** What the owner's screen said when they saved: the statement, then each choice as shown. */
export function preferencesWording(m: OwnerPortalMessages, values: FormValues): string {
  const choice = values[preferenceFields.emailChoice] as ChannelChoice;
  const language = values[preferenceFields.language] as Locale;
  const quiet = values[preferenceFields.quiet] === true;
  return [
    m.preferencesIntro,
    `${m.channelLegend['email'] ?? 'E-mail'}${m.labelSeparator}${m.channelChoices[choice] ?? choice}`,
    `${m.languageLabel}${m.labelSeparator}${m.languageNames[language] ?? language}`,
    quiet ? m.quietWording(String(values[preferenceFields.quietFrom] ?? ''), String(values[preferenceFields.quietUntil] ?? '')) : m.quietLifted,
  ].join('\n');
}

export class PreferencesFlow {
  readonly form: FormController<UpdateRequest>;
  readonly #preferences: WidgetState<Received<MyPreferences> | undefined>;
  readonly #host: Host;
  readonly #options: PreferencesFlowOptions;

  constructor(host: Host, options: PreferencesFlowOptions) {
    this.#host = host;
    this.#options = options;
    this.#preferences = new WidgetState<Received<MyPreferences> | undefined>(host, undefined);
    this.form = new FormController<UpdateRequest>(host, {
      schema: UpdateMyPreferencesRequest,
      toRequest: (values) => ({
        channels: [{ channel: 'email', choice: values[preferenceFields.emailChoice] as ChannelChoice }],
        language: values[preferenceFields.language] as Locale,
        quietPeriod:
          values[preferenceFields.quiet] === true
            ? ({ from: optionalText(values, preferenceFields.quietFrom), until: optionalText(values, preferenceFields.quietUntil) } as { from: string; until: string })
            : null,
        wording: preferencesWording(this.#options.messages(), values),
      }),
    });
  }

  /** The preferences as last read or saved; undefined while loading. */
  get preferences(): Received<MyPreferences> | undefined {
    return this.#preferences.value;
  }

  #show(preferences: Received<MyPreferences>): void {
    this.#preferences.value = preferences;
    const email = preferences.channels.find((channel) => channel.channel === 'email');
    const quiet = preferences.quietPeriod;
    this.form.set(preferenceFields.emailChoice, email?.choice ?? 'none');
    this.form.set(preferenceFields.language, preferences.language);
    this.form.set(preferenceFields.quiet, quiet !== null);
    this.form.set(preferenceFields.quietFrom, quiet?.from ?? '');
    this.form.set(preferenceFields.quietUntil, quiet?.until ?? '');
  }

  #failed(error: unknown, retry: () => void): void {
    const problem = problemOf(error);
    if (problem.kind === 'session-ended') this.#options.sessionEnded();
    else this.#options.showProblem(problem, retry);
  }

  /** Reads the preferences (the view opens); the title takes the focus. */
  async load(api: OwnerPortalClient, signal: AbortSignal): Promise<void> {
    this.#preferences.value = undefined;
    try {
      this.#show(await clientPart(api.preferences, 'preferences').get({ signal }));
      await focusAfterUpdate(this.#host, '#preferences-title');
    } catch (error) {
      if (!signal.aborted) this.#failed(error, () => void this.load(api, signal));
    }
  }

  /** Saves the form; the server's answer (with the new history) is shown. */
  async save(): Promise<boolean> {
    if (this.#options.pending()) return false;
    const request = this.#options.attempt(this.form);
    if (!request) return false;
    const saved = await this.#options.send(request, (api, options) => clientPart(api.preferences, 'preferences').update(request, options), this.form as FormController<unknown>, (error) =>
      this.#failed(error, () => void this.save()),
    );
    if (!saved) return false;
    this.#show(saved);
    this.#options.saved(this.#options.messages().preferencesSaved);
    return true;
  }
}
