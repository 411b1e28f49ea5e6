export * from './roles.js';
export * from './principal.js';
export * from './division.js';
export * from './tokens.js';
export * from './hmac.js';
export * from './permissions.js';
export * from './role-assignment.js';
export * from './household-tags.js';
