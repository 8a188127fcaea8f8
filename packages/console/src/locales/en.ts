/**
 * English strings of the console: the reference catalog, bundled with it. Its shape is
 * `ConsoleMessages`, which every other locale must satisfy, so a missing translation is a type
 * error rather than a blank label. One section per capability folder (sign-in, account, people…),
 * kept in one module per group of pages (`en/desk.ts`…) that each other locale mirrors file for file.
 */
import { baseMessages } from './en/base.ts';
import { signInMessages } from './en/sign-in.ts';
import { peopleMessages } from './en/people.ts';
import { deskMessages } from './en/desk.ts';
import { stockMessages } from './en/stock.ts';
import { errorMessages } from './en/errors.ts';
import { serviceMessages } from './en/service.ts';
import { clientsMessages } from './en/clients.ts';
import { segmentsMessages } from './en/segments.ts';
import { careMessages } from './en/care.ts';
import { fromTheBrandMessages } from './en/from-the-brand.ts';
import { insightFiguresMessages } from './en/insight-figures.ts';

const en = {
  ...baseMessages,
  ...signInMessages,
  ...peopleMessages,
  ...deskMessages,
  ...stockMessages,
  ...errorMessages,
  ...serviceMessages,
  ...clientsMessages,
  ...segmentsMessages,
  ...careMessages,
  ...fromTheBrandMessages,
  ...insightFiguresMessages,
};

export type ConsoleMessages = typeof en;
export default en;
