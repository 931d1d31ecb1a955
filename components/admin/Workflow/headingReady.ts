/**
 * Set on <html> once an untitled translation's heading is right (UntitledHeading, in the browser);
 * LocaleStatus, on the server, keeps the heading invisible until then. A module of its own: a
 * constant imported from a client module reaches a server component as a client reference.
 */
export const HEADING_READY = 'data-warta-heading-ready'
