/** Chaînes françaises de la console (forme : `ConsoleMessages`, voir en.ts). */
import type { ConsoleMessages } from './en.ts';
import { baseMessages } from './fr/base.ts';
import { signInMessages } from './fr/sign-in.ts';
import { peopleMessages } from './fr/people.ts';
import { deskMessages } from './fr/desk.ts';
import { stockMessages } from './fr/stock.ts';
import { errorMessages } from './fr/errors.ts';
import { serviceMessages } from './fr/service.ts';
import { clientsMessages } from './fr/clients.ts';
import { segmentsMessages } from './fr/segments.ts';
import { careMessages } from './fr/care.ts';
import { fromTheBrandMessages } from './fr/from-the-brand.ts';
import { insightFiguresMessages } from './fr/insight-figures.ts';

const fr: ConsoleMessages = {
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

export default fr;
