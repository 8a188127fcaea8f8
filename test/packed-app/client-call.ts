// Run with plain Node in the app: @atelier/client as installed from its npm tarball, against a real server.
import { ApiError, createClient } from '@atelier/client';
import type { ItemSummary, Received } from '@atelier/client/contract';

const [baseUrl = '', secretKey = '', serial = ''] = process.argv.slice(2);
const atelier = createClient({ baseUrl, secretKey });

const item: Received<ItemSummary> = await atelier.items.get(serial);
let unknownSerialCode = '';
try {
  await atelier.items.get('NO-SUCH-PIECE-1');
} catch (error) {
  if (error instanceof ApiError) unknownSerialCode = error.code;
  else throw error;
}
console.log(JSON.stringify({ serial: item.serial, unknownSerialCode }));
