/**
 * Plain stand-ins for the Polaris web components this page uses, defined only when Shopify's
 * `polaris.js` did not load (its CDN unreachable or blocked): the page then still shows every
 * section and works, with the keyboard and a screen reader, though it does not look like the
 * admin. They implement the few attributes the page sets (`heading`, `label`, `error`, `tone`,
 * `loading`, …), with the same names as Polaris, so the page's code does not know which it has.
 * The admin page's tests in Chromium run against these (Shopify's CDN is unreachable there).
 * Styles are adopted stylesheets, which the page's Content-Security-Policy allows.
 */

function sheet(css: string): CSSStyleSheet {
  const styles = new CSSStyleSheet();
  styles.replaceSync(css);
  return styles;
}

const documentStyles = sheet(`
  body { margin: 0; padding: 1rem; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #303030; background: #f1f1f1; }
  [hidden] { display: none !important; }
`);

const visuallyHidden = 'position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;';

const toneColours: Record<string, string> = {
  critical: 'color: #8e1f0b; background: #fedad9;',
  warning: 'color: #4f4700; background: #fff1b6;',
  caution: 'color: #4f4700; background: #fff1b6;',
  success: 'color: #014b40; background: #cdfee1;',
  info: 'color: #00527c; background: #eaf4ff;',
};

const toneStyles = Object.entries(toneColours)
  .map(([tone, colours]) => `:host([tone="${tone}"]) .tone { ${colours} }`)
  .join('\n');

let nextFieldId = 0;

/** An element that draws its shadow tree once and updates it when an observed attribute changes. */
abstract class StandIn extends HTMLElement {
  protected readonly root: ShadowRoot;
  protected readonly internals: ElementInternals;

  constructor(styles: string, markup: (root: ShadowRoot) => void, options: { role?: string } = {}) {
    super();
    this.internals = this.attachInternals();
    if (options.role) this.internals.role = options.role;
    this.root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    this.root.adoptedStyleSheets = [sheet(styles)];
    markup(this.root);
  }

  connectedCallback(): void {
    this.update();
  }

  attributeChangedCallback(): void {
    this.update();
  }

  protected update(): void {}

  protected inner<T extends HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }
}

function withHeading(tag: 'h1' | 'h2', wrapper: 'main' | 'section' | 'div', styles: string): CustomElementConstructor {
  return class extends StandIn {
    static observedAttributes = ['heading', 'tone'];
    constructor() {
      super(styles, (root) => {
        const id = `heading-${(nextFieldId += 1)}`;
        const container = document.createElement(wrapper);
        container.className = 'tone';
        const heading = document.createElement(tag);
        heading.id = id;
        container.append(heading, document.createElement('slot'));
        const actions = document.createElement('slot');
        actions.name = 'secondary-actions';
        container.append(actions);
        root.append(container);
      });
    }
    protected override update(): void {
      const heading = this.inner(tag);
      heading.textContent = this.getAttribute('heading') ?? '';
      heading.hidden = !heading.textContent;
      if (heading.textContent) this.inner(wrapper).setAttribute('aria-labelledby', heading.id);
      else this.inner(wrapper).removeAttribute('aria-labelledby');
      if (this.localName === 's-banner') {
        const tone = this.getAttribute('tone') ?? 'info';
        this.inner(wrapper).setAttribute('role', tone === 'critical' || tone === 'warning' ? 'alert' : 'status');
      }
    }
  };
}

function slotOnly(display: string, role?: string, extra = ''): CustomElementConstructor {
  return class extends StandIn {
    constructor() {
      super(`:host { display: ${display}; } ${extra}`, (root) => root.append(document.createElement('slot')), { role });
    }
  };
}

class StandInButton extends StandIn {
  static observedAttributes = ['accessibilitylabel', 'loading', 'disabled', 'variant'];
  constructor() {
    super(
      `:host { display: inline-block; }
       button { font: inherit; padding: .375rem .75rem; border-radius: .5rem; border: 1px solid #8a8a8a; background: #fff; color: #303030; cursor: pointer; }
       :host([variant="primary"]) button { background: #303030; border-color: #303030; color: #fff; }
       button:focus-visible { outline: 2px solid #005bd3; outline-offset: 2px; }
       button[aria-disabled="true"] { opacity: .7; cursor: progress; }`,
      (root) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.append(document.createElement('slot'));
        root.append(button);
      },
    );
    this.addEventListener('click', (event) => {
      if (this.hasAttribute('loading') || this.hasAttribute('disabled')) {
        event.stopImmediatePropagation();
        return;
      }
      if (this.getAttribute('type') === 'submit') this.closest('form')?.requestSubmit();
    });
  }
  protected override update(): void {
    const button = this.inner<HTMLButtonElement>('button');
    const label = this.getAttribute('accessibilitylabel');
    if (label) button.setAttribute('aria-label', label);
    else button.removeAttribute('aria-label');
    button.setAttribute('aria-disabled', String(this.hasAttribute('loading') || this.hasAttribute('disabled')));
    button.toggleAttribute('aria-busy', this.hasAttribute('loading'));
  }
}

function field(inputType: 'text' | 'url' | 'password'): CustomElementConstructor {
  return class extends StandIn {
    static formAssociated = true;
    static observedAttributes = ['label', 'labelaccessibilityvisibility', 'error', 'details', 'required', 'placeholder', 'autocomplete', 'value'];
    constructor() {
      super(
        `:host { display: block; }
         label { display: block; margin-bottom: .25rem; }
         :host([labelaccessibilityvisibility="exclusive"]) label { ${visuallyHidden} }
         input { box-sizing: border-box; width: 100%; max-width: 28rem; font: inherit; padding: .375rem .5rem; border: 1px solid #8a8a8a; border-radius: .5rem; background: #fff; color: #303030; }
         input:focus-visible { outline: 2px solid #005bd3; outline-offset: 1px; }
         input[aria-invalid="true"] { border-color: #8e1f0b; }
         .details { margin: .25rem 0 0; color: #616161; }
         .error { margin: .25rem 0 0; color: #8e1f0b; }
         p:empty { display: none; }`,
        (root) => {
          const id = `field-${(nextFieldId += 1)}`;
          const label = document.createElement('label');
          label.htmlFor = id;
          const input = document.createElement('input');
          input.id = id;
          input.type = inputType;
          const details = document.createElement('p');
          details.className = 'details';
          details.id = `${id}-details`;
          const error = document.createElement('p');
          error.className = 'error';
          error.id = `${id}-error`;
          root.append(label, input, details, error);
        },
      );
      const input = this.inner<HTMLInputElement>('input');
      input.addEventListener('input', () => this.internals.setFormValue(input.value));
      // Enter submits the form, as it does in a native field (the input sits in this element's shadow tree, outside the form).
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          this.internals.form?.requestSubmit();
        }
      });
    }
    get value(): string {
      return this.inner<HTMLInputElement>('input').value;
    }
    set value(value: string) {
      this.inner<HTMLInputElement>('input').value = value;
      this.internals.setFormValue(value);
    }
    protected override update(): void {
      const input = this.inner<HTMLInputElement>('input');
      this.inner('label').textContent = this.getAttribute('label') ?? '';
      this.inner('.details').textContent = this.getAttribute('details') ?? '';
      const error = this.getAttribute('error') ?? '';
      this.inner('.error').textContent = error;
      input.setAttribute('aria-invalid', String(error !== ''));
      input.setAttribute('aria-describedby', `${input.id}-error ${input.id}-details`);
      input.required = this.hasAttribute('required');
      input.placeholder = this.getAttribute('placeholder') ?? '';
      input.autocomplete = (this.getAttribute('autocomplete') ?? 'on') as AutoFill;
      const initial = this.getAttribute('value');
      if (initial !== null && input.dataset['initialised'] !== 'true') {
        input.dataset['initialised'] = 'true';
        this.value = initial;
      }
    }
  };
}

const standIns: Record<string, () => CustomElementConstructor> = {
  's-page': () => withHeading('h1', 'main', ':host { display: block; max-width: 62rem; margin: auto; } h1 { font-size: 1.25rem; margin: 0 0 1rem; }'),
  's-section': () =>
    withHeading('h2', 'section', ':host { display: block; } section { background: #fff; border-radius: .75rem; padding: 1rem; margin: 0 0 1rem; box-shadow: 0 1px 2px rgb(0 0 0 / .1); } h2 { font-size: 1rem; margin: 0 0 .75rem; }'),
  's-banner': () => withHeading('h2', 'div', `:host { display: block; margin: 0 0 1rem; } div { border-radius: .75rem; padding: .75rem 1rem; } h2 { font-size: 1rem; margin: 0 0 .25rem; } ${toneStyles}`),
  's-button': () => StandInButton,
  's-text-field': () => field('text'),
  's-url-field': () => field('url'),
  's-password-field': () => field('password'),
  's-paragraph': () => slotOnly('block', undefined, ':host { margin: 0 0 .5rem; }'),
  's-text': () => slotOnly('inline', undefined, ':host([type="strong"]) { font-weight: 600; }'),
  's-stack': () => slotOnly('flex', undefined, ':host { flex-direction: column; gap: .75rem; align-items: flex-start; } :host([direction="inline"]) { flex-direction: row; flex-wrap: wrap; align-items: flex-end; gap: .5rem; }'),
  's-badge': () =>
    class extends StandIn {
      constructor() {
        super(`:host { display: inline-block; } span { display: inline-block; padding: 0 .5rem; border-radius: .5rem; background: #e3e3e3; color: #303030; } ${toneStyles}`, (root) => {
          const span = document.createElement('span');
          span.className = 'tone';
          span.append(document.createElement('slot'));
          root.append(span);
        });
      }
    },
  's-table': () => slotOnly('table', 'table', ':host { width: 100%; border-collapse: collapse; }'),
  's-table-header-row': () => slotOnly('table-row', 'row'),
  's-table-header': () => slotOnly('table-cell', 'columnheader', ':host { font-weight: 600; padding: .375rem .5rem; border-bottom: 1px solid #e3e3e3; text-align: start; }'),
  's-table-body': () => slotOnly('table-row-group', 'rowgroup'),
  's-table-row': () => slotOnly('table-row', 'row'),
  's-table-cell': () => slotOnly('table-cell', 'cell', ':host { padding: .375rem .5rem; border-bottom: 1px solid #e3e3e3; vertical-align: middle; }'),
  's-unordered-list': () => slotOnly('block', 'list', ':host { padding-inline-start: 1.25rem; }'),
  's-list-item': () => slotOnly('list-item', 'listitem'),
};

/** The tags the page uses; main.ts waits for Polaris to define them, or defines these. */
export const polarisTagsUsed = Object.keys(standIns);

/** Defines a stand-in for each tag Polaris has not defined. */
export function defineStandIns(): void {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentStyles];
  for (const [tag, make] of Object.entries(standIns)) {
    if (!customElements.get(tag)) customElements.define(tag, make());
  }
}
