/**
 * The activation form's fields as the contract's `ActivationRequest` names them, how the form's
 * values become that request, and which refusals are about one field or explained in their own words.
 */
import type { ActivationRequest, FieldError, Locale } from '@atelier/client/contract';
import type { Failure } from '../../base/failure.ts';
import { fieldErrorText } from '../../forms/fields.ts';
import { optionalText } from '../../forms/form-controller.ts';
import type { FormValues } from '../../forms/form-controller.ts';
import type { WarrantyActivationMessages } from './locales/en.ts';

/** The retailer choice for a piece bought elsewhere; sent as no `retailerId`. */
export const otherRetailer = 'other';

/**
 * Form fields in the order they appear, addressed by their path in the contract's ActivationRequest,
 * each with the message that labels it (on the field and in the error summary).
 */
export const fieldLabels = {
  serial: 'serialLabel',
  cardCode: 'cardCodeLabel',
  purchaseDate: 'purchaseDateLabel',
  retailerId: 'retailerLabel',
  'owner.name': 'nameLabel',
  'owner.email': 'emailLabel',
  'owner.country': 'countryLabel',
  'owner.language': 'languageLabel',
  'gift.recipientName': 'recipientNameLabel',
  'gift.recipientEmail': 'recipientEmailLabel',
  'gift.recipientLanguage': 'recipientLanguageLabel',
  'consents.service': 'serviceConsentLabel',
  'consents.marketing': 'marketingConsentLabel',
} as const satisfies Record<string, keyof WarrantyActivationMessages>;

export type FieldPath = keyof typeof fieldLabels;

export const fieldPaths = Object.keys(fieldLabels) as FieldPath[];

export function isFieldPath(path: string): path is FieldPath {
  return Object.hasOwn(fieldLabels, path);
}

/** Domain refusals that are about one input even when the server names no field. */
export const fieldOfDomainCode: Record<string, string> = {
  unknown_serial: 'serial',
  invalid_card_code: 'cardCode',
  unknown_retailer: 'retailerId',
  purchase_date_in_future: 'purchaseDate',
  purchase_date_before_manufacture: 'purchaseDate',
};

/** Refusals that are about the piece or the person rather than one input, by the message that explains each. */
export const messageOfRefusal: Record<string, 'alreadyActivated' | 'tooManyAttempts' | 'itemUnavailable'> = {
  already_activated: 'alreadyActivated',
  too_many_attempts: 'tooManyAttempts',
  rate_limited: 'tooManyAttempts',
  item_unavailable: 'itemUnavailable',
};

/** The code of a refusal explained by its own message, whether or not the server also named a field. */
export function refusalCode(failure: Failure | undefined): string | undefined {
  return failure && 'code' in failure && failure.kind !== 'unexpected' && messageOfRefusal[failure.code] ? failure.code : undefined;
}

/** The words for a field error: the field's own, then the code's, then a refusal's own message, then "not valid". */
export function fieldErrorMessage(m: WarrantyActivationMessages, error: FieldError): string {
  const refusal = messageOfRefusal[error.code];
  return fieldErrorText(m, error, refusal && m[refusal]);
}

export function toActivationRequest(values: FormValues): ActivationRequest {
  const retailer = optionalText(values, 'retailerId');
  return {
    serial: optionalText(values, 'serial') as string,
    cardCode: optionalText(values, 'cardCode'),
    purchaseDate: optionalText(values, 'purchaseDate') as string,
    retailerId: retailer === otherRetailer ? undefined : retailer,
    owner: {
      name: optionalText(values, 'owner.name') as string,
      email: optionalText(values, 'owner.email') as string,
      country: optionalText(values, 'owner.country') as string,
      language: optionalText(values, 'owner.language') as Locale,
    },
    gift:
      values['gift'] === true
        ? {
            recipientName: optionalText(values, 'gift.recipientName') as string,
            recipientEmail: optionalText(values, 'gift.recipientEmail') as string,
            // Unless chosen, the language the buyer writes in: most gifts stay in the family.
            recipientLanguage: (optionalText(values, 'gift.recipientLanguage') ?? optionalText(values, 'owner.language')) as Locale | undefined,
          }
        : undefined,
    // A gift's messages are the recipient's to choose (in their owner space): the buyer consents to nothing for them.
    consents: values['gift'] === true ? { service: false, marketing: false } : { service: values['consents.service'] === true, marketing: values['consents.marketing'] === true },
  };
}
