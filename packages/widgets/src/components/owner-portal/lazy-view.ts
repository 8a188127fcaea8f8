/**
 * A view of the owner portal whose code is a chunk of its own (a piece's page, the account's pages,
 * "From the brand"), imported when the owner first goes there: the portal's first render evaluates
 * and draws only the sign-in and the pieces, each of which was otherwise one task of 60–185 ms at
 * Lighthouse's 4× CPU slowdown with every view in it (issue 18). The CDN loader also evaluates these
 * chunks once the portal is drawn, one per task (they are its `later` chunks), so a view is usually
 * here before the owner asks for it.
 */
import { lazily } from '../../base/lazy.ts';

export class LazyView<View> {
  #view: View | undefined;
  readonly #load: () => Promise<View>;

  /** `load` imports the view's module and builds the view; it runs once, again only after it failed. */
  constructor(load: () => Promise<View>) {
    this.#load = lazily(async () => (this.#view ??= await load()));
  }

  /** The view, once its code is here: drawn at once then, in the same update. */
  get ready(): View | undefined {
    return this.#view;
  }

  /** The view, its code loaded first; fails as a lost request does (`code: 'network_error'`) when it could not be loaded. */
  load(): Promise<View> {
    return this.#load();
  }
}
