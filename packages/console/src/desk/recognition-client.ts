/** What the "Look up a piece" page calls: the recognition card of a serial. */
import type { CallFunction, CallOptions } from '@atelier/client';
import { recognisePiece } from '@atelier/client/contract';
import type { PieceRecognition, Received } from '@atelier/client/contract';

export interface RecognitionClient {
  recognise(serial: string, options?: CallOptions): Promise<Received<PieceRecognition>>;
}

export function createRecognitionClient(call: CallFunction): RecognitionClient {
  return { recognise: (serial, options) => call(recognisePiece, { params: { serial } }, options) };
}
