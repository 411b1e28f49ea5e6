/** The server's rules for a username (3–32 lower-case letters, digits, underscores) and a display name. */
export const USERNAME_PATTERN = /^[a-z0-9_]{3,32}$/;
export const USERNAME_MAX = 32;
export const DISPLAY_NAME_MAX = 50;
