/** Password length bounds, shared by the forms' hints and the server's checks. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
