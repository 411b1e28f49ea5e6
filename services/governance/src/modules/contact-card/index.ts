// Public API of the contact-card module: contact cards.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { contact_cardModule } from './contact-card.module.js';
