/**
 * The transport of the owner space (issue 16): a page on the brand's own site, another origin than
 * the API's, where an owner signs in and reads their pieces. Their session is the
 * `__Host-atelier_owner` cookie on the API's origin (HttpOnly: no script reads it), so every request
 * goes with `credentials: 'include'`, and the owner operations carry no `Authorization` header (the
 * server judges a request with a key by its key). Signing in (asking for the code, then verifying
 * it) is done with the page's publishable key, with credentials too, so the browser keeps the cookie
 * the verification sets. Its own module, so only the owner portal's page carries it.
 */
import type { Operation } from './contract/operation.ts';
import { AtelierClientError } from './errors.ts';
import { createSender, createTransport } from './transport.ts';
import type { CallFunction, ConnectionOptions, FetchFunction, Sender, SendFunction } from './transport.ts';

/**
 * Where the API answers CORS with credentials: only the owner space's paths, so a publishable
 * operation elsewhere (the brand, a provenance record) would be refused by the browser.
 */
export const ownerSpacePathPrefix = '/v1/owner/';

export type OwnerTransportOptions = ConnectionOptions & {
  /** The brand's `pk_…` key, for signing in; the owner operations never send it. */
  publishableKey?: string;
};

/** Which credential an operation is sent with, or `undefined` when the owner transport may not call it. */
export function ownerCredentialOf(operation: Operation): 'session' | 'publishable' | undefined {
  if (operation.access.owner) return 'session';
  if (operation.access.keys?.includes('publishable') && operation.path.startsWith(ownerSpacePathPrefix)) return 'publishable';
  return undefined;
}

/**
 * `credentials: 'include'` through the fetch the transport calls: ky hands fetch its Request and the
 * init, and the init's `credentials` wins. Done here rather than as a transport option, so the
 * runtime every other widget's page downloads stays as it is.
 */
function includingCredentials(fetchFunction: FetchFunction | undefined): FetchFunction {
  return (input, init) => (fetchFunction ?? globalThis.fetch)(input, { ...init, credentials: 'include' });
}

/**
 * Calls the owner space's operations: those open to the signed-in owner (`access.owner`) with the
 * session cookie alone, and the sign-in operations with `publishableKey`. Any other operation is
 * refused at once, nothing sent, with code `not_an_owner_operation`; a sign-in without a
 * publishable key, with code `publishable_key_required`.
 */
export function createOwnerTransport(options: OwnerTransportOptions): Sender {
  const { publishableKey, ...connection } = options;
  const withCredentials = { ...connection, fetch: includingCredentials(connection.fetch) };
  const session = createSender(withCredentials, undefined, 'owner');
  const keyed = publishableKey === undefined ? undefined : createTransport({ ...withCredentials, publishableKey });

  const send: SendFunction = (operation, input, callOptions) => {
    const credential = ownerCredentialOf(operation);
    if (credential === 'session') return session.send(operation, input, callOptions);
    if (credential === 'publishable' && keyed) return keyed.send(operation, input, callOptions);
    return Promise.reject(
      credential === 'publishable'
        ? new AtelierClientError('publishable_key_required', `${operation.id} needs the brand's publishable key: pass publishableKey.`)
        : new AtelierClientError('not_an_owner_operation', `${operation.id} is not an owner operation: the owner transport calls the owner space only.`),
    );
  };
  const call: CallFunction = (operation, input, callOptions) => send(operation, input, callOptions).then((answer) => answer.data);
  return { call, send };
}
