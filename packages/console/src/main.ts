/**
 * The console's entry: Web Awesome's theme, the clients over the session cookie, and the shell,
 * mounted once every property it starts with is set.
 */
import './console.css';
import { consoleClients } from './shell/console-clients.ts';
import { consolePages } from './shell/console-pages.ts';
import './shell/console-app.ts';
import { followColourScheme } from './shell/colour-scheme.ts';

followColourScheme();
const app = document.createElement('atelier-console');
const clients = consoleClients(() => app.currentLocale);
app.sessionClient = clients.session;
app.signInClient = clients.signIn;
app.pages = consolePages(clients);
document.body.append(app);
