import type { Access } from 'payload'

/**
 * Nobody writes through the API: the workflow module is the only writer (with access
 * overridden), so audit entries and workflow states cannot be forged, edited or deleted.
 */
export const isSystemOnly: Access = () => false
