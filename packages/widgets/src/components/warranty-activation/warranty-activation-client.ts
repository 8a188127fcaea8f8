/**
 * The part of the API client <atelier-warranty-activation> calls, so its `client` property can be
 * the real `createClient()` result, a client routed through the brand's own backend, or a test fake.
 *
 * The client built from the attributes, and the form's schema, come from activation-connection.ts,
 * loaded on first use: nothing here imports zod or the transport, so the form renders before them.
 */
import type { AtelierClient, ClientLike } from '@atelier/client';
import type { ActivationRequest } from '@atelier/client/contract';
import type { WidgetClient } from '../../base/atelier-element.ts';
import { lazily } from '../../base/lazy.ts';
import { loaderStagesDone } from '../../base/loader-stages.ts';
import { nextTask } from '../../base/task-timing.ts';
import type { RequestSchema } from '../../forms/form-controller.ts';

export type WarrantyActivationClient = ClientLike<Pick<AtelierClient, 'brand' | 'warranties'>>;

// After the CDN loader has evaluated zod, ky and the contract one chunk per task (base/loader-stages.ts).
const connection = lazily(async () => {
  await loaderStagesDone('atelier-warranty-activation');
  return import('./activation-connection.ts');
});

/** The contract's schema of the activation request, for the form to check what the buyer typed. */
export async function loadActivationSchema(): Promise<RequestSchema<ActivationRequest>> {
  return (await connection()).ActivationRequest;
}

export const warrantyActivationClient: WidgetClient<WarrantyActivationClient> = {
  methods: ['brand.get', 'warranties.activate', 'warranties.confirm'],
  build(attributes) {
    // Built and first called a task after the form takes its schema (`loadActivationSchema`): both
    // wait for the same code, and building the client (ky), sending and redrawing the form in one
    // task held the main thread for 50–60 ms at 4× CPU slowdown (issue 18).
    const client = lazily(async () => {
      const { buildWarrantyActivationClient } = await connection();
      await nextTask();
      return buildWarrantyActivationClient(attributes);
    });
    return {
      brand: { get: async (options) => (await client()).brand.get(options) },
      warranties: {
        activate: async (input, options) => (await client()).warranties.activate(input, options),
        confirm: async (token, options) => (await client()).warranties.confirm(token, options),
      },
    };
  },
};
