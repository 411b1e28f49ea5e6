import { maskPhone, normalisePhone, PHONE_MESSAGE } from '../../pii/phone.js';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { cadreInput } from './cadre.errors.js';

export interface SealedPhone {
  phoneCipher: string;
  phoneIndex: string;
  phoneMasked: string;
}

/** A cadre's work phone, checked and stored the only way personal data is: cipher + blind index + masked form. */
export function sealPhone(crypto: FieldCrypto, raw: string, field = 'phone'): SealedPhone {
  const phone = normalisePhone(raw);
  if (!phone) throw cadreInput(field, PHONE_MESSAGE);
  return { phoneCipher: crypto.encrypt(phone), phoneIndex: crypto.blindIndex(phone), phoneMasked: maskPhone(phone) };
}
