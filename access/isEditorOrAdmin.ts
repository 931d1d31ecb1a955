import type { Access } from 'payload'

import { hasRole } from './roles'

/** Creating newsroom documents is an editor's job; translators and reviewers work on what exists. */
export const isEditorOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
