/**
 * The ISO 3166-1 alpha-2 country codes, in a module without imports so the build script that names
 * them in every locale (scripts/generate-country-names.mjs) can read the same list as the forms.
 *
 * Written compactly: each word is a first letter followed by every second letter it takes (`ADEF`
 * stands for AD, AE and AF). Spelled out one by one, the 249 codes cost every page with a form
 * about three times as many bytes after gzip.
 */
const isoCountryCodesByFirstLetter =
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR ' +
  'GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ ' +
  'NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW';

export const isoCountryCodes: readonly string[] = isoCountryCodesByFirstLetter
  .split(' ')
  .flatMap(([first, ...seconds]) => seconds.map((second) => `${first ?? ''}${second}`));
