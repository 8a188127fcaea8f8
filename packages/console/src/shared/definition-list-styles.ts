/**
 * A page's facts as a definition list: terms in a column as wide as the longest (at least
 * `--facts-term-min-width`, 8rem unless the page says), values beside them; one column on a phone,
 * each value under its term. The client's page and the retailer's recognition card share it.
 */
import { css } from 'lit';

export const definitionListStyles = css`
  dl {
    display: grid;
    grid-template-columns: minmax(var(--facts-term-min-width, 8rem), max-content) 1fr;
    gap: var(--wa-space-xs) var(--wa-space-m);
    margin: 0;
  }
  dt {
    font-weight: var(--wa-font-weight-semibold);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: var(--wa-space-s);
    }
  }
`;
