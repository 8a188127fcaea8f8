/** HTTP headers of the API beyond the standard ones, named once for the client and the server. */

/** Each answer's request id, for the server's logs and its support (`ApiError.requestId`). */
export const requestIdHeader = 'x-request-id';

/** The SDK and its version (`atelier-client-js/0.1.0`): unlike `User-Agent`, a browser lets a page send it. */
export const clientHeader = 'atelier-client';

/**
 * The console session's cookie. `__Host-` makes browsers keep it on the API's own origin only
 * (Secure, `Path=/`, no `Domain`), where the console is served.
 */
export const consoleSessionCookieName = '__Host-atelier_session';
