import * as migration_20261127_175434_initial from './20261127_175434_initial';

export const migrations = [
  {
    up: migration_20261127_175434_initial.up,
    down: migration_20261127_175434_initial.down,
    name: '20261127_175434_initial'
  },
];
