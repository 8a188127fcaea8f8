/** French strings of the console: errors: problems, field errors and per-operation refusals (shape: ../en/errors.ts). */
import type { ErrorMessages } from '../en/errors.ts';
import { waitDuration } from '../wait-duration.ts';

export const errorMessages: ErrorMessages = {
  errors: {
    offline: 'Impossible de joindre le serveur : vérifiez votre connexion. Votre saisie est conservée : réessayez une fois connecté·e.',
    timeout: 'Le serveur a mis trop de temps à répondre. Votre saisie est conservée : veuillez réessayer.',
    unexpected: 'Une erreur s’est produite de notre côté. Votre saisie est conservée : réessayez dans un instant.',
    withRequestId: (message, requestId) => `${message} (Référence : ${requestId})`,
    signedOut: 'Votre session a pris fin. Veuillez vous reconnecter.',
    forbidden: 'Votre rôle ne permet pas cette action.',
    notFound: 'Introuvable : l’élément a peut-être été supprimé entre-temps.',
    conflict: 'Ceci a changé entre-temps. Rechargez la page et réessayez.',
    rateLimited: (seconds) =>
      seconds === undefined ? 'Trop de tentatives. Patientez un instant puis réessayez.' : `Trop de tentatives. Réessayez dans ${waitDuration(seconds, 'fr')}.`,
    invalidForm: 'Certains champs demandent votre attention.',
    byCode: {
      origin_not_allowed: 'Cette demande ne vient pas de l’adresse de la console. Ouvrez la console depuis son adresse habituelle et réessayez.',
      void_window_closed: 'Il est trop tard pour annuler cette vente ici. Demandez à la maison de la corriger.',
      sale_not_voidable: 'Cette vente ne peut plus être annulée : elle l’a déjà été, ou la pièce a changé de mains depuis.',
      care_reminder_not_draft: 'Ce rappel a été envoyé ou abandonné entre-temps. Rechargez la page pour voir ce qu’il est devenu.',
    },
  },

  fieldErrors: {
    required: 'Ce champ est obligatoire.',
    invalid_type: 'Cette valeur n’est pas valide.',
    invalid_format: 'Cette valeur n’est pas au format attendu.',
    invalid_value: 'Cette valeur n’est pas valide.',
    too_short: 'Cette valeur est trop courte.',
    too_long: 'Cette valeur est trop longue.',
    too_small: 'Ce nombre est trop petit.',
    too_large: 'Ce nombre est trop grand.',
    unknown_field: 'Ce champ n’est pas attendu.',
  },

  fieldErrorsByField: {
    email: { invalid_format: 'Saisissez une adresse e-mail telle que nom@exemple.com.' },
    recipientEmail: { invalid_format: 'Saisissez une adresse e-mail telle que nom@exemple.com.' },
    serial: {
      unknown_serial: 'Aucune pièce de la maison ne porte ce numéro. Vérifiez-le sur la carte.',
      already_activated: 'La garantie de cette pièce est déjà enregistrée.',
      item_unavailable: 'Cette pièce ne peut pas être enregistrée ici. Veuillez contacter la maison.',
    },
    purchaseDate: {
      purchase_date_in_future: 'La date de la vente ne peut pas être dans le futur.',
      purchase_date_before_manufacture: 'Cette date précède la fabrication de la pièce.',
    },
    kind: { invalid_value: 'Écrivez delivery ou return.' },
    date: { invalid_format: 'Écrivez la date au format AAAA-MM-JJ, par ex. 2026-11-02.' },
    retainUntil: { invalid_value: 'Choisissez un jour entre aujourd’hui et dans dix ans.' },
  },

  operationFieldErrors: {
    unknown_retailer: 'Aucun détaillant de la maison n’a cet identifiant.',
    unknown_serial: 'Aucune pièce de la maison ne porte ce numéro de série.',
    item_sold: 'Vendue : elle ne peut ni entrer en stock ni en sortir.',
    item_unavailable: 'Déclarée volée, perdue ou détruite.',
    already_in_stock: 'Déjà dans le stock de ce détaillant.',
    not_in_stock: 'Pas dans le stock de ce détaillant.',
    out_of_order: 'Datée d’avant le dernier mouvement de cette pièce : enregistrez les mouvements dans l’ordre où ils ont eu lieu.',
    listed_twice: 'Listée deux fois.',
    unreadable_file: 'Ce fichier ne peut pas être lu comme un CSV (un guillemet resté ouvert ?).',
    unknown_column: 'L’en-tête nomme une colonne autre que kind, serial, retailerId, date et reference, ou une colonne deux fois.',
    missing_column: 'L’en-tête doit nommer les colonnes kind, serial, retailerId et date.',
    no_lines: 'Le fichier ne contient aucune ligne sous son en-tête.',
    too_many_lines: 'Le fichier contient plus de 5 000 lignes : divisez-le.',
    wrong_field_count: 'Cette ligne a plus ou moins de champs que l’en-tête n’en nomme.',
  },
};
