/** コンソールの日本語文字列（形は `ConsoleMessages`、en.ts を参照）。 */
import type { ConsoleMessages } from './en.ts';
import { baseMessages } from './ja/base.ts';
import { signInMessages } from './ja/sign-in.ts';
import { peopleMessages } from './ja/people.ts';
import { deskMessages } from './ja/desk.ts';
import { stockMessages } from './ja/stock.ts';
import { errorMessages } from './ja/errors.ts';
import { serviceMessages } from './ja/service.ts';
import { clientsMessages } from './ja/clients.ts';
import { segmentsMessages } from './ja/segments.ts';
import { careMessages } from './ja/care.ts';
import { fromTheBrandMessages } from './ja/from-the-brand.ts';
import { insightFiguresMessages } from './ja/insight-figures.ts';

const ja: ConsoleMessages = {
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

export default ja;
