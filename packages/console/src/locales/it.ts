/** Testi italiani della console (forma: `ConsoleMessages`, vedi en.ts). */
import type { ConsoleMessages } from './en.ts';
import { baseMessages } from './it/base.ts';
import { signInMessages } from './it/sign-in.ts';
import { peopleMessages } from './it/people.ts';
import { deskMessages } from './it/desk.ts';
import { stockMessages } from './it/stock.ts';
import { errorMessages } from './it/errors.ts';
import { serviceMessages } from './it/service.ts';
import { clientsMessages } from './it/clients.ts';
import { segmentsMessages } from './it/segments.ts';
import { careMessages } from './it/care.ts';
import { fromTheBrandMessages } from './it/from-the-brand.ts';
import { insightFiguresMessages } from './it/insight-figures.ts';

const it: ConsoleMessages = {
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

export default it;
