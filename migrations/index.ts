import * as migration_20261127_175434_initial from './20261127_175434_initial';
import * as migration_20261130_225518_public_changes from './20261130_225518_public_changes';
import * as migration_20261201_000951_rate_limits from './20261201_000951_rate_limits';
import * as migration_20261201_023756_parent_indexes from './20261201_023756_parent_indexes';
import * as migration_20261201_034003_search_document_id_text from './20261201_034003_search_document_id_text';
import * as migration_20261201_034946_statements from './20261201_034946_statements';
import * as migration_20261201_111157_original_published_at from './20261201_111157_original_published_at';
import * as migration_20261201_135139_original_published_at_tz from './20261201_135139_original_published_at_tz';
import * as migration_20261201_140706_glossary_terms from './20261201_140706_glossary_terms';
import * as migration_20261201_171041_internal_collections_unlocked from './20261201_171041_internal_collections_unlocked';
import * as migration_20261201_194459_workflow_record_slug from './20261201_194459_workflow_record_slug';
import * as migration_20261202_024446_listing_indexes from './20261202_024446_listing_indexes';
import * as migration_20261202_154933_search_topics_in_row from './20261202_154933_search_topics_in_row';
import * as migration_20261204_190000_withdrawn_out_of_search from './20261204_190000_withdrawn_out_of_search';

export const migrations = [
  {
    up: migration_20261127_175434_initial.up,
    down: migration_20261127_175434_initial.down,
    name: '20261127_175434_initial',
  },
  {
    up: migration_20261130_225518_public_changes.up,
    down: migration_20261130_225518_public_changes.down,
    name: '20261130_225518_public_changes',
  },
  {
    up: migration_20261201_000951_rate_limits.up,
    down: migration_20261201_000951_rate_limits.down,
    name: '20261201_000951_rate_limits',
  },
  {
    up: migration_20261201_023756_parent_indexes.up,
    down: migration_20261201_023756_parent_indexes.down,
    name: '20261201_023756_parent_indexes',
  },
  {
    up: migration_20261201_034003_search_document_id_text.up,
    down: migration_20261201_034003_search_document_id_text.down,
    name: '20261201_034003_search_document_id_text',
  },
  {
    up: migration_20261201_034946_statements.up,
    down: migration_20261201_034946_statements.down,
    name: '20261201_034946_statements',
  },
  {
    up: migration_20261201_111157_original_published_at.up,
    down: migration_20261201_111157_original_published_at.down,
    name: '20261201_111157_original_published_at',
  },
  {
    up: migration_20261201_135139_original_published_at_tz.up,
    down: migration_20261201_135139_original_published_at_tz.down,
    name: '20261201_135139_original_published_at_tz',
  },
  {
    up: migration_20261201_140706_glossary_terms.up,
    down: migration_20261201_140706_glossary_terms.down,
    name: '20261201_140706_glossary_terms',
  },
  {
    up: migration_20261201_171041_internal_collections_unlocked.up,
    down: migration_20261201_171041_internal_collections_unlocked.down,
    name: '20261201_171041_internal_collections_unlocked',
  },
  {
    up: migration_20261201_194459_workflow_record_slug.up,
    down: migration_20261201_194459_workflow_record_slug.down,
    name: '20261201_194459_workflow_record_slug',
  },
  {
    up: migration_20261202_024446_listing_indexes.up,
    down: migration_20261202_024446_listing_indexes.down,
    name: '20261202_024446_listing_indexes',
  },
  {
    up: migration_20261202_154933_search_topics_in_row.up,
    down: migration_20261202_154933_search_topics_in_row.down,
    name: '20261202_154933_search_topics_in_row'
  },
  {
    up: migration_20261204_190000_withdrawn_out_of_search.up,
    down: migration_20261204_190000_withdrawn_out_of_search.down,
    name: '20261204_190000_withdrawn_out_of_search'
  },
];
